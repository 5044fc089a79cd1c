// Rows a PDF's text left unread. Plain pdftotext gives a table's cells in the PDF's own order; the
// reading-order rendering (parse/renderings/readingOrder.ts) reads a row only where nothing is in
// doubt and leaves the others with their label and no number, or without their label when the PDF
// broke it beyond finding. `pdftotext -layout` keeps the columns, but a Word table's numbers may
// lie scattered over the lines of their row and its blank cells leave no trace; the layout
// rendering (parse/renderings/layoutColumns.ts) likewise reads only rows beyond doubt. Those rows
// are not missing from the report: they are one fact about the table (`table-unreadable`), not a
// row-missing or cell-missing each. Read once per model: several rules ask.
import type { FormatDefinition, TableDef, TableId } from '../formats';
import type { ReportModel } from '../model';
import { pdfTextKind, type PdfTextKind } from '../text/pdfText';
import { truncationOf } from './truncation';

/** Per table, the rows left unread, in the format's order, and the kind of PDF text that left them. */
export interface Unread {
  kind: PdfTextKind;
  rows: Map<TableId, string[]>;
}

const cache = new WeakMap<ReportModel, Unread | null>();

export function unreadOf(model: ReportModel, text: string, format: FormatDefinition | null): Unread | undefined {
  let found = cache.get(model);
  if (found === undefined) cache.set(model, (found = readUnread(model, text, format) ?? null));
  return found ?? undefined;
}

/** Whether the row is one the text left unread (see `unreadOf`). */
export function isUnread(unread: Unread | undefined, table: TableId, row: string): boolean {
  return unread?.rows.get(table)?.includes(row) ?? false;
}

function readUnread(model: ReportModel, text: string, format: FormatDefinition | null): Unread | undefined {
  if (model.problem || !format) return undefined;
  const cut = truncationOf(model, text, format);
  const unread = new Map<TableId, string[]>();
  for (const table of model.tables) {
    const def = format.tables.find((t) => t.id === table.id);
    if (!def) continue;
    // A row with no number, or with too few and no telling which are lost: in this text, numbers
    // the PDF put elsewhere, not cells the report lacks.
    const ids = new Set<string>();
    for (const row of table.rows) {
      if (!row.incomplete || row.incomplete.gap || row.incomplete.inconsistent || cut?.rows.get(table.id)?.has(row.id)) continue;
      if (cut?.partialRow?.table === table.id && cut.partialRow.row === row.id) continue;
      ids.add(row.id);
    }
    const notCut = table.missingRows.filter((id) => !cut?.rows.get(table.id)?.has(id));
    if (ids.size === 0) {
      // No row half read, but a row not found whose label stands in the table's section: its
      // numbers are there too, scattered past reading (a sign and digits on three lines), and the
      // row is unread, not missing. Only in a PDF's text (asked last: most reports lack no row).
      const seen = notCut.filter((id) => labelInSection(model, text, def, id));
      if (seen.length === 0 || !pdfTextKind(text)) continue;
      for (const id of seen) ids.add(id);
    } else {
      // In a table the PDF scrambled so, a row not found may be one whose label it broke beyond
      // finding: not told apart from a row the report lacks. Elsewhere a row not found is missing.
      for (const id of notCut) ids.add(id);
    }
    unread.set(table.id, def.groups.flatMap((g) => g.rows.map((r) => r.id)).filter((id) => ids.has(id)));
  }
  // Only then look at the text: most reports have no such row.
  if (unread.size === 0) return undefined;
  const kind = pdfTextKind(text);
  return kind ? { kind, rows: unread } : undefined;
}

/** Only the Chinese characters: what survives of a label a PDF's text broke over lines among numbers. */
const hanOnly = (s: string) => s.replace(/[^\u4e00-\u9fff]+/g, '');

/**
 * Whether the row's label, its Chinese characters in a row, stands in the text of the table's
 * section, or in order with a few other characters between (a PDF's reading order put its last
 * piece after the next headers: `行政` / `规范` / `性文` / `0 5 9` / `信息内` / `容` / `行` … `件`).
 * Labels of four characters or more that no other row's label holds, so that a row the report
 * lacks is not taken for one whose label merely occurs inside another.
 */
function labelInSection(model: ReportModel, text: string, def: TableDef, rowId: string): boolean {
  const rows = def.groups.flatMap((g) => g.rows);
  const label = hanOnly(rows.find((r) => r.id === rowId)?.label ?? '');
  if (label.length < 4 || rows.some((r) => r.id !== rowId && hanOnly(r.label).includes(label))) return false;
  const section = model.sections.find((s) => s.id === def.section);
  if (!section) return false;
  // To the next heading: a body may end early, at the edge of the block a page break began.
  const from = section.body.offset;
  const to = Math.min(text.length, ...model.sections.map((s) => s.heading.offset).filter((o) => o > from));
  return inOrderNear(hanOnly(text.slice(from, to)), label);
}

/** Other characters that may stand among a label's, per character of its own: a PDF's text of a narrow cell puts other cells' pieces between. */
const SPREAD = 2;

/** Whether `label` stands in `text` as is, or its characters in order within (SPREAD + 1) times its length, its first two together. */
function inOrderNear(text: string, label: string): boolean {
  if (text.includes(label)) return true;
  const reach = label.length * (SPREAD + 1);
  for (let at = text.indexOf(label.slice(0, 2)); at >= 0; at = text.indexOf(label.slice(0, 2), at + 1)) {
    let k = 2;
    for (let i = at + 2; i < Math.min(text.length, at + reach) && k < label.length; i++) if (text[i] === label[k]) k++;
    if (k === label.length) return true;
  }
  return false;
}
