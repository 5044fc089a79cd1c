// PDF text in aligned columns (`pdftotext -layout`): each table row on a line of its own, its cells
// set apart by runs of spaces, its label wrapped onto the lines above and below, group labels
// (`（三）不予公开`) beside, page footers and form feeds in between. Columns drift from their
// headers, and a CJK character takes one column however wide its glyph, so headers say little;
// the numbers of a row are read in order when they are exactly its columns, placed by the full
// rows of the same page when fewer (layoutColumnsRows.ts). A row read otherwise keeps its label
// and no cell: a missing cell, never a wrong one (docs/renderings.md).
//
// Like the reading-order rendering, the region is 表二 and 表三's sections (the line after
// 二、主动公开… to the line before 四、…复议…), written as the format's table; 表四's section
// is a region of its own, its one row read when one line holds all its numbers.
import type { GridCell, GridRow } from '../../grid/types';
import { FORMATS } from '../../formats';
import type { ColumnDef, FormatDefinition, TableDef } from '../../formats/types';
import { buildSkeleton, skeletonOf } from '../../text/skeleton';
import { findRows, layoutLines, readCells, rowCells, spanOf, spell, wordsOf, wrappedBelow, type LayoutLine, type LayoutRow, type Word } from './layoutColumnsRows';
import { anchorColumns, headerStarts } from './layoutColumnsHeaders';
import { ordered, readBlocks, readBlockTotals } from './layoutColumnsBlocks';
import { solveByTotals } from './layoutColumnsSolve';
import { solveByRelations } from './layoutColumnsRelations';
import { cutsInTwo } from './layoutColumnsRunTogether';
import { readBlankGroups } from './layoutColumnsBlankGroups';
import { addUnfoundRows } from './layoutColumnsUnfound';
import { readBlankRowsOfUnread, readTotalsOnly } from './layoutColumnsUnread';
import { cellsByGroupSums, type GroupCell } from './layoutColumnsGroupSums';
import { readUnderHeaders, unplaceAgainstHeaders } from './layoutColumnsUnderHeaders';
import { keepBands, stackedBands } from './layoutColumnsStacked';
import { dropSignCut, numbersUnderSigns } from './layoutColumnsSigns';
import { appealsRows, cellsHold, readsAsRow } from './readingOrderRows';
import { wrappedAcrossLabel } from './layoutColumnsWrappedAcross';
import { cellOf, headingLine, numberCell, syntheticCell, type NumberToken } from './readingOrderText';
import { chooseFormat, headerTexts, keepPiecesInOrder, markerScore, tablesZone, type TablesZone } from './pdfTables';
import type { Rendering, RenderingRegion, TextLine } from './types';

/** Aligned columns: runs of spaces between the words of a line. */
const ALIGNED = /\S {3,}\S/;

/** Fewer aligned lines than this in the tables' sections: not -layout text (raw pdftotext is the reading-order rendering's). */
const MIN_ALIGNED = 3;

export const layoutColumns: Rendering = {
  name: 'layout-columns',
  // pdftotext ends every page with a form feed.
  mayOccur: (text) => text.includes('\f') && ALIGNED.test(text),
  read(text, lines) {
    const zone = tablesZone(text, lines);
    if (!zone) return [];
    const layout = layoutLines(text, lines, zone.first, zone.end);
    let aligned = 0;
    for (let i = zone.first; i < zone.end; i++) if (ALIGNED.test(text.slice(lines[i]!.from, lines[i]!.to))) aligned++;
    if (aligned < MIN_ALIGNED) return [];
    for (const k of zone.headings.keys()) layout[k - zone.first] = { ...headingLine(text, lines[k]!), page: layout[k - zone.first]!.page, origin: lines[k]!.from };
    const split = [...zone.headings.keys()][0];
    const zoneSkeleton = buildSkeleton(text, lines[zone.first]!.from, lines[zone.end - 1]!.to).text;
    const candidates = Object.values(FORMATS).map((format) => {
      const tables = format.tables.filter((t) => t.section === 'proactive' || t.section === 'applications');
      // 表二 before the 三、 heading, 表三 after it; with no such heading, either (their labels differ).
      const tablesOf = (i: number) => (split === undefined ? tables : tables.filter((t) => (i + zone.first < split) === (t.section === 'proactive')));
      const first = findRows(text, layout, format, tablesOf);
      // Numbers wrapped below their top-aligned cells, on lines no row was found on: joined, read again.
      const joined = wrappedBelow(layout, first);
      let zoneLines = joined ?? layout;
      let rows = joined ? findRows(text, joined, format, tablesOf) : first;
      // Numbers wrapped past a line or two of their row's label, or over a page break: joined where the row's sums then hold.
      const across = wrappedAcrossLabel(zoneLines, rows, format.relations, (z) => findRows(text, z, format, tablesOf));
      if (across) [zoneLines, rows] = [across, findRows(text, across, format, tablesOf)];
      // Numbers wrapped a piece a line in narrow cells, interleaved with their label: joined band by band, kept where a row reads them.
      const banded = stackedBands(text, zoneLines, rows, tablesOf);
      if (banded) {
        let again = findRows(text, banded.zone, format, tablesOf);
        const kept = keepBands(text, banded.zone, again, banded.bands);
        const only = kept.length === banded.bands.length ? banded : kept.length > 0 ? stackedBands(text, zoneLines, rows, tablesOf, new Set(kept.map((b) => b.first))) : undefined;
        if (only && only !== banded) again = findRows(text, only.zone, format, tablesOf);
        if (only) [zoneLines, rows] = [only.zone, again];
      }
      // Markers tied (headers wrapped a character a line): the format whose labels spell more of the text.
      const spelled = rows.reduce((n, r) => n + skeletonOf(r.label.text).length, 0);
      const headerWords = wordsAbove(text, zoneLines, rows);
      const score = markerScore(format, (table, row) => rows.some((r) => r.table.id === table && r.row.id === row), zoneSkeleton, (sk) => spell(headerWords, sk) !== undefined);
      return { format, rows, zoneLines, tablesOf, score, tie: spelled };
    });
    const best = chooseFormat(candidates, text, lines[zone.first]!.from);
    if (!best || best.rows.length === 0) return [];
    const placedRows = readCells(text, best.zoneLines, best.rows, best.format.relations);
    unplaceAgainstHeaders(text, best.zoneLines, placedRows, best.rows, best.tablesOf);
    readBlocks(text, best.zoneLines, best.rows, best.format, best.tablesOf);
    for (const table of best.format.tables) solveByTotals(text, best.zoneLines, best.rows, best.format, table, best.tablesOf);
    for (const table of best.format.tables) solveByRelations(text, best.zoneLines, best.rows, best.format, table, best.tablesOf);
    readUnderHeaders(text, best.zoneLines, best.rows, best.format, best.tablesOf);
    readBlankGroups(text, best.zoneLines, best.rows, best.format, best.tablesOf);
    readTotalsOnly(best.zoneLines, best.rows, best.format);
    readBlockTotals(text, best.zoneLines, best.rows, best.format, best.tablesOf);
    readBlankRowsOfUnread(text, best.zoneLines, best.rows, best.format);
    dropSignCut(best.rows, numbersUnderSigns(text, best.zoneLines));
    addUnfoundRows(text, best.zoneLines, best.rows, best.format, best.tablesOf);
    const rows = gridRows(text, best.zoneLines, best.rows, best.format, zone, lines);
    const regions: RenderingRegion[] = [{ firstLine: zone.first, endLine: zone.end, grid: { rows, source: 'layout-columns' } }];
    const appeals = best.format.tables.find((t) => t.section === 'appeals');
    if (zone.stopsAtAppeals && appeals && zone.appealsEnd > zone.end + 1) {
      regions.push({ firstLine: zone.end + 1, endLine: zone.appealsEnd, grid: { rows: appealsGrid(text, lines, zone.end + 1, zone.appealsEnd, appeals, best.format), source: 'layout-columns' } });
    }
    return regions;
  },
};

/**
 * The words of the lines above the first row found (表二's first caption and headers, wrapped a
 * few characters a line in Word's narrow cells: `本年废` / `止件数`): where the format's marker
 * columns are spelled when no line holds them whole.
 */
function wordsAbove(text: string, zone: LayoutLine[], rows: LayoutRow[]): Word[] {
  const first = Math.min(zone.length, ...rows.map((r) => r.line));
  const words: Word[] = [];
  for (let k = 0; k < first; k++) words.push(...wordsOf(text, zone[k]!.from, zone[k]!.textTo));
  return words;
}

/** 表四: its headers, and its one row when its numbers, as many as its columns, stand on a line (or two or three in a row), its totals holding. */
function appealsGrid(text: string, lines: readonly TextLine[], first: number, end: number, table: TableDef, format: FormatDefinition): GridRow[] {
  // Headers only (no lines, nothing after them taken): its numbers are read from the layout below.
  const rows = appealsRows(text, lines, first, first, first, table, format.relations);
  const layout = layoutLines(text, lines, first, end);
  const numbered: number[] = [];
  for (const [k, l] of layout.entries()) if (l.numbers.length > 0) numbered.push(k);
  const group = table.groups[0]!;
  const acrossPages = pieceOverPage(text, layout, numbered, group.columns, table, format);
  if (acrossPages) return [...rows, { cells: acrossPages.map(appealsCell) }];
  // Numbers only, on one line or on two or three lines in a row (Word's centred cells: a short
  // cell's number on another line than a tall one's), taken left to right where their order is sure.
  if (numbered.length === 0 || numbered.length > 3 || numbered.some((k, i) => layout[k]!.kind !== 'numbers' || (i > 0 && k !== numbered[i - 1]! + 1))) return rows;
  const numbers = numbered.length === 1 ? layout[numbered[0]!]!.numbers : ordered(layout, numbered);
  const split = numbers && numbers.length === group.columns.length - 1 ? runTogether(numbers, group.columns, table, format) : undefined;
  if (numbers && readsAsRow(numbers, group.columns, group.rows[0]!, table, format.relations)) rows.push({ cells: numbers.map(numberCell) });
  else if (split) rows.push({ cells: split.map(numberCell) });
  else if (numbers && numbers.length < group.columns.length) {
    // Fewer numbers than columns (zeros left blank): each placed under its own header.
    const holds = (cells: Array<NumberToken | null>) => cellsHold(cells, group.columns, group.rows[0]!, table, format.relations);
    const cells = underHeaders(text, layout, numbered, numbers, group.columns, holds);
    if (cells) rows.push({ cells: cells.map(appealsCell) });
    else {
      // Not placed by the headers: the groups its sums cut the numbers into, where only one cut holds.
      const byGroups = cellsByGroupSums(numbers, table, format);
      if (byGroups) rows.push({ cells: byGroups.map(appealsCell) });
    }
  }
  return rows;
}

/** 表四's grid cell: its number, a blank, or of unknown content (a number two columns may hold). */
function appealsCell(c: GroupCell): GridCell {
  return c === 'unknown' ? { text: '', pieces: [], unknown: true } : c ? numberCell(c) : { text: '', pieces: [] };
}

/** A run of digits standing alone: the rest of a number its cell wrapped over a page break. */
const PLAIN_PIECE = /^\d+$/;

/**
 * 表四's row with a number wrapped over a page break (LibreOffice: `36` at the page's foot, `1`
 * alone on the next page's first line, at a column of that page's own): the row's line and a line
 * after the break holding one plain number and nothing else. Read where exactly one number of
 * the row, joined with it, makes the row read (all its columns, or under its headers) with its
 * totals holding, and the row without the join does not; else nothing.
 */
function pieceOverPage(text: string, layout: LayoutLine[], numbered: number[], columns: ColumnDef[], table: TableDef, format: FormatDefinition): Array<NumberToken | null> | undefined {
  if (numbered.length !== 2) return undefined;
  const [k, j] = numbered as [number, number];
  const [line, next] = [layout[k]!, layout[j]!];
  if (line.kind !== 'numbers' || next.kind !== 'numbers' || next.page === line.page || next.numbers.length !== 1) return undefined;
  if (layout.slice(k + 1, j).some((l) => l.kind !== 'blank' && l.kind !== 'page')) return undefined;
  const d = next.numbers[0]!;
  if (!PLAIN_PIECE.test(d.text)) return undefined;
  const row = table.groups[0]!.rows[0]!;
  const reads = (numbers: NumberToken[]): Array<NumberToken | null> | undefined => {
    if (numbers.length === columns.length) return readsAsRow(numbers, columns, row, table, format.relations) ? numbers : undefined;
    if (numbers.length > columns.length) return undefined;
    const cells = underHeaders(text, layout.map((l, i) => (i === k ? { ...l, numbers } : l)), [k], numbers, columns, (c) => cellsHold(c, columns, row, table, format.relations));
    return cells && !cells.includes('unknown') ? (cells as Array<NumberToken | null>) : undefined;
  };
  if (reads(line.numbers)) return undefined;
  const found = line.numbers.flatMap((u, i) => {
    if (!PLAIN_PIECE.test(u.text) || u.text.length < d.text.length) return [];
    const joined: NumberToken = { text: u.text + d.text, from: u.from, to: u.to, value: Number(u.text + d.text), decimal: false, parts: [u, d] };
    const cells = reads(line.numbers.map((n, m) => (m === i ? joined : n)));
    return cells ? [cells] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * 表四's row one number short, two numbers run together (Chromium sets a cell's number against the
 * next one's: `1427624` is 14276 and 24): read where exactly one way of cutting one number in two
 * makes the row read with its totals holding.
 */
function runTogether(numbers: NumberToken[], columns: ColumnDef[], table: TableDef, format: FormatDefinition): NumberToken[] | undefined {
  const row = table.groups[0]!.rows[0]!;
  const found = cutsInTwo(numbers).filter((cells) => readsAsRow(cells, columns, row, table, format.relations));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * 表四's numbers, fewer than its columns, each in the column whose header (above the first line
 * with numbers, `结` / `果` / `维` / `持` in each group) it stands under (`anchorColumns`): every
 * number placed, in order, the row's sums holding (`holds`), or null. A number midway between
 * two headers where the row's other numbers stand at theirs (`midway`) goes to the one column
 * whose placement keeps the sums; where both do, both cells are unknown.
 */
function underHeaders(
  text: string,
  layout: LayoutLine[],
  numbered: number[],
  numbers: NumberToken[],
  columns: ColumnDef[],
  holds: (cells: Array<NumberToken | null>) => boolean,
): GroupCell[] | null {
  // pdftotext sets each page's columns to a scale of its own. Where the headers go on over a page
  // break, the two scales stand close enough; where the numbers open a page and every header word
  // stands on the page before, they need not (`2` three columns right of its 结果维持's header,
  // under 结果纠正's): such headers place nothing.
  const page = layout[numbered[0]!]!.page;
  if (numbered.some((k) => layout[k]!.page !== page)) return null;
  const onPage = layout.findIndex((l) => l.page === page);
  if (onPage > 0 && !layout.slice(onPage, numbered[0]!).some((l) => l.kind === 'text')) return null;
  const headers = headerStarts(text, layout, columns, 0, numbered[0]!);
  const lineOf = new Map(numbered.flatMap((k) => layout[k]!.numbers.map((n) => [n, k] as const)));
  const spans = numbers.map((n) => spanOf(layout[lineOf.get(n)!]!, n));
  const at = anchorColumns(spans, headers);
  if (at.some((c, i) => c < 0 || (i > 0 && c <= at[i - 1]!))) return null;
  const placed = (columnsOf: number[]) => {
    const cells: Array<NumberToken | null> = columns.map(() => null);
    columnsOf.forEach((c, i) => (cells[c] = numbers[i]!));
    return cells;
  };
  const cells = placed(at);
  const odd = midway(spans, at, headers);
  if (odd === undefined) return holds(cells) ? cells : null;
  const c = at[odd]!;
  const other = at[odd + 1] === c + 1 ? undefined : placed(at.map((x, i) => (i === odd ? c + 1 : x)));
  const [here, there] = [holds(cells), other !== undefined && holds(other)];
  if (here && there) return cells.map((n, k) => (k === c || k === c + 1 ? 'unknown' : n));
  return here ? cells : there ? other! : null;
}

/** Columns a number's start may stand off its header's and still be at it. */
const AT_HEADER = 1;

/**
 * The number standing no nearer its own header's start than the next column's, where every other
 * number of the row starts at its own header (Chromium's `281` four right of 结果维持 and four
 * left of 结果纠正, every other number of 表四 at its header's start): the row's numbers start
 * where their headers do, so the one that does not may be either column's. Its index, if one.
 */
function midway(spans: Array<[number, number]>, at: number[], headers: number[][]): number | undefined {
  const start = (c: number) => (headers[c]!.length > 0 ? Math.min(...headers[c]!) : undefined);
  const off = spans.map(([from], i) => from - (start(at[i]!) ?? Number.NaN));
  const odd = off.flatMap((d, i) => {
    const next = at[i]! + 1 < headers.length ? start(at[i]! + 1) : undefined;
    return d > AT_HEADER && next !== undefined && next - spans[i]![0] <= d ? [i] : [];
  });
  if (odd.length !== 1) return undefined;
  return off.every((e, j) => j === odd[0] || Math.abs(e) <= AT_HEADER) ? odd[0] : undefined;
}

/**
 * The grid, laid out as the format's table (a Word table copied row by row): 表三's section
 * heading, per group its caption (the text's line where found) and column headers (the format's
 * wording: the text's own are scattered over lines), then each row found, with its cells where read.
 */
function gridRows(text: string, layout: LayoutLine[], found: LayoutRow[], format: FormatDefinition, zone: TablesZone, lines: readonly TextLine[]): GridRow[] {
  const rows: GridRow[] = [];
  const captions = captionLines(text, layout, format);
  const split = [...zone.headings.keys()][0];
  const zoneFrom = lines[zone.first]!.from;
  const zoneTo = zone.end < lines.length ? lines[zone.end]!.from : text.length;
  const splitAt = split === undefined ? undefined : lines[split]!.from;
  let cursor = zoneFrom;
  for (const table of format.tables) {
    if (table.section !== 'proactive' && table.section !== 'applications') continue;
    const tableRows: GridRow[] = [];
    if (table.section === 'applications' && split !== undefined) {
      const l = layout[split - zone.first]!;
      tableRows.push({ cells: [cellOf(text, l.from, l.textTo)] });
    }
    for (const group of table.groups) {
      const groupRows: GridRow[] = [];
      let at = -1;
      for (const row of group.rows) {
        const r = found.find((f) => f.table === table && f.row === row);
        if (!r) continue;
        if (at < 0) at = r.label.pieces[0]!.from;
        groupRows.push({ cells: rowCells(r) });
      }
      const caption = group.caption ? captions.get(group.id) : undefined;
      if (groupRows.length === 0 && !caption) continue;
      const header = headerTexts(group, caption && at > caption.from ? text.slice(caption.from, at) : '');
      if (caption) {
        at = caption.from;
        tableRows.push({ cells: [caption] });
      } else if (group.caption) tableRows.push({ cells: [syntheticCell(group.caption, at)] });
      else if (table.anchors.length > 0) tableRows.push({ cells: [syntheticCell(table.anchors[table.anchors.length - 1]!, at)] });
      tableRows.push({ cells: header.map((h) => syntheticCell(h, at)) });
      tableRows.push(...groupRows);
    }
    const [lo, hi]: [number, number] = splitAt === undefined ? [zoneFrom, zoneTo] : table.section === 'proactive' ? [zoneFrom, splitAt] : [splitAt, zoneTo];
    cursor = keepPiecesInOrder(tableRows, Math.max(cursor, lo), hi);
    rows.push(...tableRows);
  }
  return rows;
}

/**
 * 表二's captions (第二十条第（N）项) on lines of their own: the cell of the first line holding
 * each, or of two lines in a row where it wraps (`第二十条第` / `（九）项` in a narrow cell).
 */
function captionLines(text: string, layout: LayoutLine[], format: FormatDefinition): Map<string, GridCell & { from: number }> {
  const out = new Map<string, GridCell & { from: number }>();
  const groups = format.tables.flatMap((t) => t.groups).filter((g) => g.caption);
  for (const [k, line] of layout.entries()) {
    if (line.kind !== 'text' || !text.slice(line.from, line.textTo).includes('项')) continue;
    const sk = skeletonOf(text.slice(line.from, line.textTo));
    const above = layout[k - 1];
    const wrapped = above && above.kind === 'text' ? skeletonOf(text.slice(above.from, above.textTo)) + sk : undefined;
    for (const g of groups) {
      const caption = skeletonOf(g.caption!);
      if (out.has(g.id)) continue;
      if (sk.includes(caption)) out.set(g.id, { ...cellOf(text, line.from, line.textTo), from: line.from });
      else if (wrapped?.includes(caption)) out.set(g.id, { ...cellOf(text, above!.from, line.textTo), from: above!.from });
    }
  }
  return out;
}

