// Where a text that was cut short ends. Pages copied from the web and PDF excerpts often stop in
// the middle of a table or before the last sections; that is one fact (`text-truncated`), and the
// rows, tables and sections after the cut are then not reported one by one (docs/report-format.md
// §5). Read once per model: several rules ask.
import { SECTIONS, type FormatDefinition, type SectionId, type TableId } from '../formats';
import type { ReportModel, SourceSpan, TableModel } from '../model';

export interface Truncation {
  /** The last table row read before the cut, when the text ends inside a table (none: in its header). */
  lastRow?: { table: TableId; row: string; label: SourceSpan } | undefined;
  /** The table the text ends in, when it does. */
  lastTable?: TableId | undefined;
  /** The last row, when the cut went through it (cells missing): its relations cannot be judged. */
  partialRow?: { table: TableId; row: string } | undefined;
  /** The last section present, when the text ends before the last sections. */
  lastSection?: SectionId | undefined;
  /** Sections, tables and rows the cut explains. */
  sections: Set<SectionId>;
  tables: Set<TableId>;
  rows: Map<TableId, Set<string>>;
}

/** Text after a table's last cell that still leaves it the end of the report: a page footer, a date. */
const TRAILING_ALLOWANCE = 200;

const cache = new WeakMap<ReportModel, Truncation | null>();

export function truncationOf(model: ReportModel, text: string, format: FormatDefinition | null): Truncation | undefined {
  let found = cache.get(model);
  if (found === undefined) cache.set(model, (found = readTruncation(model, text, format) ?? null));
  return found ?? undefined;
}

const sectionIndex = (id: SectionId | null): number => (id === null ? -1 : SECTIONS.findIndex((s) => s.id === id));

function readTruncation(model: ReportModel, text: string, format: FormatDefinition | null): Truncation | undefined {
  if (model.problem || !format || model.sections.length + model.tables.length === 0) return undefined;
  const present = new Set(model.sections.map((s) => s.id).filter((id): id is SectionId => id !== null));
  const lastIndex = Math.max(...model.sections.map((s) => sectionIndex(s.id)), ...model.tables.map((t) => sectionIndex(sectionOfTable(format, t.id))));
  if (lastIndex < 0) return undefined;
  // A heading numbered after the last recognised section (a reworded 六、…) means the text goes on.
  const lastNumeral = SECTIONS[lastIndex]!.numeral;
  if (model.sections.some((s) => s.id === null && (s.numeral ?? 0) > lastNumeral)) return undefined;
  const after = SECTIONS.slice(lastIndex + 1).map((s) => s.id);
  const tablesAfter = format.tables.filter((t) => after.includes(t.section) && !model.tables.some((m) => m.id === t.id)).map((t) => t.id);

  const cut: Truncation = { sections: new Set(after.filter((id) => !present.has(id))), tables: new Set(tablesAfter), rows: new Map() };
  const last = lastTable(model);
  const tableCut = last && endsInside(model, last, text, format);
  if (tableCut) {
    cut.lastTable = last.id;
    cut.lastRow = tableCut.lastRow;
    cut.partialRow = tableCut.partialRow;
    cut.rows.set(last.id, tableCut.rows);
    return cut;
  }
  // Cut before the last sections: they are missing, and nothing closes the report (no signature
  // date); the text reads as a report from its start (its first section is there).
  if (cut.sections.size === 0 || model.metadata.publicationDate !== undefined || !present.has('overview')) return undefined;
  cut.lastSection = SECTIONS[lastIndex]!.id;
  // The last section's own table, when the text ends before it.
  for (const t of format.tables) if (t.section === cut.lastSection && !model.tables.some((m) => m.id === t.id)) cut.tables.add(t.id);
  return cut;
}

function sectionOfTable(format: FormatDefinition, table: TableId): SectionId | null {
  return format.tables.find((t) => t.id === table)?.section ?? null;
}

function lastTable(model: ReportModel): TableModel | undefined {
  let last: TableModel | undefined;
  for (const table of model.tables) if (!last || table.span.endOffset > last.span.endOffset) last = table;
  return last;
}

/** The table's missing rows are the end of its row order, and next to nothing follows it. */
function endsInside(
  model: ReportModel,
  table: TableModel,
  text: string,
  format: FormatDefinition,
): { lastRow: Truncation['lastRow']; partialRow: Truncation['partialRow']; rows: Set<string> } | undefined {
  const def = format.tables.find((t) => t.id === table.id);
  if (!def) return undefined;
  const order = def.groups.flatMap((g) => g.rows.map((r) => r.id));
  // Rows read with at least one number; a label with nothing after it (a header word taken for a
  // row label, or the row the cut went through before its first number) is no evidence.
  const found = table.rows.filter((r) => r.cells.some((c) => c.status === 'ok'));
  const lastFound = found.length > 0 ? Math.max(...found.map((r) => order.indexOf(r.id))) : -1;
  const unread = [...table.missingRows, ...table.rows.filter((r) => !found.includes(r)).map((r) => r.id)];
  if (unread.length === 0 && !found.some((r) => order.indexOf(r.id) === lastFound && isPartial(r))) return undefined;
  if (!unread.every((id) => order.indexOf(id) > lastFound)) return undefined;
  if (model.sections.some((s) => s.heading.offset > table.span.endOffset)) return undefined;
  if (visibleLength(text.slice(table.span.endOffset)) > TRAILING_ALLOWANCE) return undefined;
  const row = found.find((r) => order.indexOf(r.id) === lastFound);
  return {
    lastRow: row ? { table: table.id, row: row.id, label: row.label ?? row.cells[0]!.span } : undefined,
    partialRow: row && isPartial(row) ? { table: table.id, row: row.id } : undefined,
    rows: new Set(unread),
  };
}

/**
 * The last row before a cut may hold only its first numbers, and the reading can then put them in
 * the wrong places (a merged-cell marker read as an empty first cell): any cell not read as a
 * number makes its relations unjudgeable.
 */
function isPartial(row: TableModel['rows'][number]): boolean {
  return !!row.incomplete || row.cells.some((c) => c.status === 'missing' || c.status === 'empty');
}

/** Characters a reader would see: no white space, no markup of a page cut mid-way. */
function visibleLength(text: string): number {
  return text.replace(/<[^>]*>?/g, '').replace(/&[a-z]+;/gi, '').replace(/\s+/g, '').length;
}
