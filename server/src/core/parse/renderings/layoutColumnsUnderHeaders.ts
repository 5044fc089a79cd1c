// Aligned PDF text (`pdftotext -layout`, layoutColumns.ts): 表二's rows with blanks where its group
// has no full row to give the columns (WPS pages leaving zeros blank: `规章     42`). A 表二 group
// has no sums across its rows, so only its headers can say: between the group's caption
// (第二十条第（N）项, on a line or wrapped over two) and its first row, each column's label wrapped down a narrow cell
// (`本` / `年` / `制` / `发` …, layoutColumnsHeaders.ts), three lines at least. A row is read where each of its numbers
// stands under exactly one column's header (`anchorColumns`), in order, the row's own relations
// holding, and no read row of the table stands otherwise; else it stays unread. Headers on a line or two (Chromium's PDF of a WPS page): each
// number within exactly one header's extent on the page, where the table's read rows stand
// within theirs and every line with numbers in the group is a row's (a CMS page's numbers stand
// apart from its headers), and the number does not stand with another column's numbers read in
// other groups. The same headers also unread a row that the page's full rows placed where they
// place it otherwise (`unplaceAgainstHeaders`).
import type { FormatDefinition, GroupDef, TableDef } from '../../formats/types';
import { skeletonOf } from '../../text/skeleton';
import { anchorColumns, headerPieces, headerRooms, startsOf, type HeaderPiece } from './layoutColumnsHeaders';
import { holdsNumbers, spanOf, type LayoutLine, type LayoutRow } from './layoutColumnsRows';
import { displayWidth } from './lines';
import { cellsHold } from './readingOrderRows';
import type { NumberToken } from './readingOrderText';

/** Lines a header wraps over at least. */
const NARROW = 3;

/** Fills the cells of captioned groups' unread rows that their headers place (see the file comment). */
export function readUnderHeaders(text: string, zone: LayoutLine[], rows: LayoutRow[], format: FormatDefinition, tablesOf: (line: number) => TableDef[]): void {
  const rowLines = new Set(rows.map((r) => r.line));
  for (const table of format.tables) {
    const frames = new Map<GroupDef, { from: number; pieces: HeaderPiece[][] }>();
    for (const group of table.groups) {
      const frame = group.caption ? headersOf(text, zone, rows, table, group, tablesOf) : undefined;
      if (frame) frames.set(group, frame);
    }
    const trusted = widthsHold(zone, rows, frames);
    const standing = numbersStanding(zone, rows, table);
    const startsTrusted = startsHold(zone, rows, frames);
    for (const group of table.groups) {
      const frame = frames.get(group);
      if (!frame) continue;
      const mine = rows.filter((r) => r.group === group);
      const unread = mine.filter((r) => !r.cells);
      if (unread.length === 0) continue;
      const { from, pieces } = frame;
      const headers = startsOf(pieces);
      const rooms = headerRooms(pieces);
      // Every header wrapped down a narrow cell, three lines at least: numbers start where their
      // headers start. Else (headers on a line or two, a CMS page's far left of right-aligned
      // numbers) each number must stand within its header's own width.
      const narrow = headers.every((starts) => starts.length >= NARROW);
      // By widths only where every line with numbers from the headers to the line after the
      // group's last row is a row's (a number on a line of its own, `357` below `行政处罚  2`: the
      // group's numbers do not stand as its headers do).
      const last = Math.max(...mine.map((r) => r.line));
      const tidy = zone.slice(from, last + 2).every((l, i) => !holdsNumbers(l) || rowLines.has(from + i));
      // Some headers wrapped down a narrow cell and some not: a narrow one's glyph is no measure
      // of its cell (Chromium's `3574` centred under `采` / `购` … started under 采购总金额's extent).
      const mixed = !narrow && headers.some((starts) => starts.length >= NARROW);
      const widths = narrow || mixed || !trusted || !tidy ? undefined : headerWidths(pieces);
      if (narrow ? !startsTrusted : !widths) continue;
      for (const r of unread) {
        const line = zone[r.line]!;
        // On the headers' page only, its numbers alone in its lines (no line of numbers next to it that is no row's).
        if (line.page !== zone[from]!.page || line.numbers.length === 0 || line.numbers.length >= group.columns.length) continue;
        const scattered = (k: number) => holdsNumbers(zone[k]) && !rowLines.has(k);
        if (scattered(r.line - 1) || scattered(r.line + 1)) continue;
        const spans = line.numbers.map((n) => spanOf(line, n));
        const at = widths ? spans.map((span) => within(span, widths)) : anchorColumns(spans, headers, rooms);
        if (at.some((c, i) => c < 0 || (i > 0 && c <= at[i - 1]!))) continue;
        // Each number starting where its header starts: a number between two headers (Chromium
        // centres `477` between `本` and `本`) may be either's.
        if (!widths && at.some((c, i) => !headers[c]!.some((s) => Math.abs(s - spans[i]![0]) <= 1))) continue;
        if (widths && at.some((c, i) => standsOtherwise(spans[i]!, group.columns[c]!.id, group, standing.get(line.page)))) continue;
        const cells: Array<NumberToken | null> = group.columns.map(() => null);
        at.forEach((c, i) => (cells[c] = line.numbers[i]!));
        if (cellsHold(cells, group.columns, r.row, table, format.relations)) r.cells = cells;
      }
    }
  }
}

/**
 * Rows with blanks placed by other rows' numbers, by some edges only (readCells), that their
 * group's narrow headers place otherwise: left unread. pdftotext sets a page's lines to scales of
 * their own, and one full row cannot show it: Chromium's `8 3 3` of 行政规范性文件 at 18, 26, 30
 * put 规章's `12841 2`, at 18 and 24, under 本年制发件数 and 本年废止件数 by their starts and
 * centres (by its end `12841` is near no column), while `2` stands at 现行有效件数's `现` (24), its
 * own. Which line is to the headers' scale is not known, so neither placement is taken. (Headers
 * often stand a column apart however wide their cells: a placement every edge gives is kept.)
 */
export function unplaceAgainstHeaders(text: string, zone: LayoutLine[], placedRows: LayoutRow[], rows: LayoutRow[], tablesOf: (line: number) => TableDef[]): void {
  for (const r of placedRows) {
    if (!r.cells || !r.group.caption) continue;
    const frame = headersOf(text, zone, rows, r.table, r.group, tablesOf);
    const line = zone[r.line]!;
    if (!frame || line.page !== zone[frame.from]!.page) continue;
    // The headers found wrapped down a narrow cell; the others' places unknown (one that does not
    // spell down the lines, its pieces interleaved with its neighbour's, places no number).
    const headers = frame.pieces.map((chain) => (chain.length >= NARROW ? chain.map((p) => p.at) : []));
    const rooms = headerRooms(frame.pieces);
    const contradicted = r.cells.some((n, k) => {
      if (!n || !line.numbers.includes(n)) return false;
      const [at] = anchorColumns([spanOf(line, n)], headers, rooms);
      return at! >= 0 && at !== k;
    });
    if (contradicted) r.cells = null;
  }
}

/**
 * Each column's header's extent on the page, [from, to) in the text's columns: its pieces from
 * the leftmost start to the furthest end, a full-width glyph taking two columns (pdftotext sets
 * the words after it as far right as it reaches). Undefined where a column has no header or two
 * columns' extents meet: then no number's column is sure.
 */
function headerWidths(pieces: HeaderPiece[][]): Array<[number, number]> | undefined {
  if (pieces.some((chain) => chain.length === 0)) return undefined;
  const extents = pieces.map((chain): [number, number] => [
    Math.min(...chain.map((p) => p.at)),
    Math.max(...chain.map((p) => p.at + displayWidth(p.text))),
  ]);
  return extents.every(([a], k) => k === 0 || a >= extents[k - 1]![1]) ? extents : undefined;
}

/** The column whose header's extent the number's span overlaps, only one's; -1 where none or several. */
function within([a, b]: [number, number], extents: Array<[number, number]>): number {
  const hit = extents.flatMap(([from, to], k) => (a < to && from < b ? [k] : []));
  return hit.length === 1 ? hit[0]! : -1;
}

/**
 * A captioned group's headers: the lines between its caption (on a line, or the second of two it
 * wraps over) and its first row's label, on one page, with each column's header pieces found there.
 */
function headersOf(text: string, zone: LayoutLine[], rows: LayoutRow[], table: TableDef, group: GroupDef, tablesOf: (line: number) => TableDef[]): { from: number; pieces: HeaderPiece[][] } | undefined {
  const mine = rows.filter((r) => r.group === group);
  // None, or a row found twice: which numbers are whose is not known.
  if (mine.length === 0 || new Set(mine.map((r) => r.row.id)).size !== mine.length) return undefined;
  const caption = skeletonOf(group.caption!);
  const skeletonAt = (k: number) => (zone[k] && zone[k]!.kind !== 'heading' ? skeletonOf(text.slice(zone[k]!.from, zone[k]!.textTo)) : '');
  const captionLines = zone.flatMap((l, k) =>
    l.kind !== 'heading' && tablesOf(k).includes(table) && (skeletonAt(k).includes(caption) || (!skeletonAt(k - 1).includes(caption) && (skeletonAt(k - 1) + skeletonAt(k)).includes(caption))) ? [k] : [],
  );
  if (captionLines.length !== 1) return undefined;
  const from = captionLines[0]! + 1;
  // The headers end where the first row's label starts.
  const labelStart = Math.min(...mine.map((r) => r.label.pieces[0]?.from ?? zone[r.line]!.from));
  let to = from;
  while (to < zone.length && zone[to]!.textTo < labelStart && zone[to]!.numbers.length === 0) to++;
  if (to === from || zone.slice(from, to).some((l) => l.page !== zone[from]!.page)) return undefined;
  return { from, pieces: headerPieces(text, zone, group.columns, from, to) };
}

/**
 * Where the numbers of the table's rows read so far stand, per page and column id: the columns a
 * group shares with others (上一年项目数量, 本年增/减 in 表二's groups) stand alike on a page.
 */
function numbersStanding(zone: LayoutLine[], rows: LayoutRow[], table: TableDef): Map<number, Map<string, Array<[number, number]>>> {
  const out = new Map<number, Map<string, Array<[number, number]>>>();
  for (const r of rows) {
    if (r.table !== table || !r.cells) continue;
    const line = zone[r.line]!;
    const byColumn = out.get(line.page) ?? new Map<string, Array<[number, number]>>();
    out.set(line.page, byColumn);
    r.cells.forEach((n, k) => {
      if (!n || !line.numbers.includes(n)) return;
      const id = r.group.columns[k]!.id;
      byColumn.set(id, [...(byColumn.get(id) ?? []), spanOf(line, n)]);
    });
  }
  return out;
}

/** Within this many columns (by start or end) of another row's number, a number stands in that number's column. */
const ALONGSIDE = 2;

/**
 * Whether a number that a header's width places in column `id` stands, on its page, at the
 * numbers of another of the group's columns read in other rows, and not at any of its own: each
 * header line is set to a scale of its own, while a column's numbers line up down the page (CMS
 * 2019 seed 159: 行政事业性收费's `5` at 36, 本年增/减's, stood within 上一年项目数量's glyphs on
 * its header line, and at 37 with 本年增/减's -75 and -65 in the groups above).
 */
function standsOtherwise(span: [number, number], id: string, group: GroupDef, standing: Map<string, Array<[number, number]>> | undefined): boolean {
  if (!standing) return false;
  const near = (column: string) => (standing.get(column) ?? []).some(([a, b]) => Math.min(Math.abs(a - span[0]), Math.abs(b - span[1])) <= ALONGSIDE);
  return !near(id) && group.columns.some((c) => c.id !== id && near(c.id));
}

/** Numbers of read rows standing within their headers' widths at least, to trust the widths. */
const WITNESSES = 2;

/**
 * Whether the table's read rows bear the headers' widths out: each of their numbers (on the
 * headers' page) within its own column's header's extent, two at least, none outside. A CMS
 * page's numbers stand apart from its headers (right-aligned under centred headers, `34` of 处理
 * 决定数量 under 本年增/减): there a row's numbers say so.
 */
function widthsHold(zone: LayoutLine[], rows: LayoutRow[], frames: Map<GroupDef, { from: number; pieces: HeaderPiece[][] }>): boolean {
  let witnesses = 0;
  for (const [group, { from, pieces }] of frames) {
    const widths = headerWidths(pieces);
    if (!widths) continue;
    for (const r of rows) {
      if (r.group !== group || !r.cells || zone[r.line]!.page !== zone[from]!.page) continue;
      for (const [k, n] of r.cells.entries()) {
        if (!n || !zone[r.line]!.numbers.includes(n)) continue;
        if (within(spanOf(zone[r.line]!, n), widths) !== k) return false;
        witnesses++;
      }
    }
  }
  return witnesses >= WITNESSES;
}

/**
 * Whether no read row of the table contradicts its narrow headers' starts: each of their numbers
 * (on the headers' page) that such headers place at all, placed in its own column. Chromium
 * centres a number in its narrow cell, so `30` of 上一年项目数量 starts under 本年增/减's `本`
 * (a full row of 行政处罚 says so), and a row with blanks beside it, `3 … 3`, would be read a
 * column off: in that table no number is placed by where its header starts.
 */
function startsHold(zone: LayoutLine[], rows: LayoutRow[], frames: Map<GroupDef, { from: number; pieces: HeaderPiece[][] }>): boolean {
  for (const [group, { from, pieces }] of frames) {
    const headers = startsOf(pieces);
    if (!headers.every((starts) => starts.length >= NARROW)) continue;
    const rooms = headerRooms(pieces);
    for (const r of rows) {
      if (r.group !== group || !r.cells || zone[r.line]!.page !== zone[from]!.page) continue;
      for (const [k, n] of r.cells.entries()) {
        if (!n || !zone[r.line]!.numbers.includes(n)) continue;
        const [at] = anchorColumns([spanOf(zone[r.line]!, n)], headers, rooms);
        if (at! >= 0 && at !== k) return false;
      }
    }
  }
  return true;
}
