// Small helpers the rules share: where to point when the thing at fault is absent, which format
// to measure a report against, what kind of body wrote it.
import { FORMATS, formatForYear } from '../formats';
import type { FormatDefinition, TableId } from '../formats/types';
import type { CellModel, Range, ReportModel, RowModel, SectionModel, SourceSpan, TableModel } from '../model';
import { LineIndex } from '../text/lineIndex';
import type { RuleContext } from './types';

/** The first line of the document (where a missing title belongs). */
export function firstLineRange(text: string): Range {
  const m = /^[\uFEFF\s]*/.exec(text);
  const start = m ? m[0].length : 0;
  // Any of LSP's line ends (\r\n, \n, a lone \r) ends the line: positions come from LineIndex,
  // over the text up to that line's end only (positions depend on what precedes them), so that a
  // long report is not indexed whole on every check that points here.
  const lineEnd = /\r|\n/g;
  lineEnd.lastIndex = start;
  const found = lineEnd.exec(text);
  const end = found ? found.index : text.length;
  return new LineIndex(text.slice(0, end)).rangeOf(start, end);
}

/** The format a report should be measured against: the one its tables follow, else its year's. */
export function effectiveFormat(context: RuleContext): FormatDefinition | null {
  if (context.format) return context.format;
  const year = context.model.year;
  if (year === null) return null;
  // A year before every version is measured against the first, one after all against the last.
  const byYear = Object.values(FORMATS).sort((a, b) => a.years.from - b.years.from);
  return formatForYear(year) ?? (year < byYear[0]!.years.from ? byYear[0]! : byYear[byYear.length - 1]!) ?? null;
}

/** A report's table (or a peer's: `PeerModel` keeps a few rows of its tables). */
export function tableOf<T extends { id: TableId } = TableModel>(model: { tables: T[] }, id: TableId): T | undefined {
  return model.tables.find((t) => t.id === id);
}

export function sectionOf(model: ReportModel, id: string): SectionModel | undefined {
  return model.sections.find((s) => s.id === id);
}

/** A report is worth checking when it parsed and has at least a section or a table. */
export function checkable(model: ReportModel): boolean {
  return !model.problem;
}

/**
 * Whether the report is a people's government's own report (人民政府, or a 县/市/区/镇/乡政府),
 * not a department's: read from the body name, else the title. Undefined when neither says.
 */
export function isGovernment(model: ReportModel): boolean | undefined {
  const name = model.metadata.bodyName ?? titleBody(model.metadata.title);
  if (!name) return undefined;
  const compact = name.replace(/\s+/g, '');
  return /(人民政府|[省市县区州盟旗镇乡]政府)$/.test(compact);
}

function titleBody(title: SourceSpan | undefined): string | undefined {
  if (!title) return undefined;
  const m = /^(.*?)\s*(?:[0-9０-９]{4}|[Xx×ＸＸ]{2,4})\s*年度?/.exec(title.text.replace(/\s+/g, ''));
  return m && m[1] ? m[1] : undefined;
}

/** Text ranges covered by tables: prose rules look outside them. */
export function tableSpans(model: ReportModel): Array<[number, number]> {
  return model.tables.map((t) => [t.span.offset, t.span.endOffset] as [number, number]).sort((a, b) => a[0] - b[0]);
}

/** Whether an offset falls inside a table. */
export function insideTable(spans: Array<[number, number]>, offset: number): boolean {
  return spans.some(([s, e]) => offset >= s && offset < e);
}

/**
 * The cells of a report that `keep` takes, with their table and row, skipping rows whose cells could not be placed
 * (incomplete or unreadable rows are cell-missing's and cell-ambiguous's to report).
 */
export function placedCells(model: ReportModel, keep: (cell: CellModel) => boolean): Array<{ table: TableModel; row: RowModel; cell: CellModel }> {
  // A list of the cells `keep` takes (a rule wants a few statuses): a generator's object per
  // cell of every table, for two rules, was a tenth of the rules' garbage.
  const placed: Array<{ table: TableModel; row: RowModel; cell: CellModel }> = [];
  if (model.problem) return placed;
  for (const table of model.tables) {
    for (const row of table.rows) {
      // A row that lost cells is placed only where its readings agree: with several left, the
      // cells they all put in one place are read (a blank every placement leaves), the rest missing.
      if ((row.incomplete && !row.readings) || row.unreadable) continue;
      for (const cell of row.cells) if (keep(cell)) placed.push({ table, row, cell });
    }
  }
  return placed;
}

/**
 * From the earliest start of a row's cells to the latest end: a rendering may write a row's cells
 * out of the source's order (a markup tag damaged into a grid cell), and a range must never end
 * before it starts. Undefined for a row with no cell.
 */
export function rowCellsRange(row: RowModel): Range | undefined {
  let first: SourceSpan | undefined;
  let last: SourceSpan | undefined;
  for (const { span } of row.cells) {
    if (!first || span.offset < first.offset) first = span;
    if (!last || span.endOffset > last.endOffset) last = span;
  }
  return first && last ? { start: first.range.start, end: last.range.end } : undefined;
}
