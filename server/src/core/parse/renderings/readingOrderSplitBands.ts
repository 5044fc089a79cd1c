// Raw PDF text in reading order (readingOrder.ts): 表三 as a LibreOffice PDF of the 2019 table gives
// it — each row label with its first columns' numbers, then the last columns' headers (`其他`
// `总计`) and those columns in bands for the rows so far; the rows after them with their first
// number beside the label and their other columns in bands after the 四、 heading.
import type { ColumnDef, FormatDefinition, RowDef, TableDef } from '../../formats/types';
import { skeletonOf } from '../../text/skeleton';
import { bandRows, bandsTable, columnsHold, readsAsRow, unfoundLabel, type Found } from './readingOrderRows';
import { bandReadings, readWithBlanks, type RunOfRows } from './readingOrderBlanks';
import { numberBlocksAfter, type Line, type NumberToken } from './readingOrderText';
import type { TextLine } from './types';

/**
 * Reads 表三 so laid out, only when: the numbers from the first label found up to the headers are
 * whole rows of the first columns, row after row; the headers are exactly the table's last columns;
 * the blocks after them make bands of those columns for exactly those rows; the numbers after the
 * bands are whole rows' first columns for the remaining rows, and the blocks after the heading bands
 * of their other columns; every row's and column's relation holds. Gives the run of lines read
 * after the heading (a region written as nothing); the rows get their cells.
 */
export function readSplitBands(
  text: string,
  lines: readonly TextLine[],
  heading: number,
  zone: Line[],
  found: Found[],
  format: FormatDefinition,
): { first: number; end: number } | undefined {
  const table = bandsTable(format);
  if (!table) return undefined;
  const group = table.groups[0]!;
  const columns = group.columns;
  const own = found.filter((f) => f.table === table && f.row);
  if (own.length === 0 || own.some((f) => f.numbers)) return undefined;
  const start = Math.min(...own.map((f) => f.hit.from));
  const headerOf = (line: Line): number => {
    if (line.kind !== 'text' || line.numbers.length > 0) return -1;
    const sk = skeletonOf(text.slice(line.from, line.textTo));
    return columns.findIndex((c) => [c.label, ...(c.aliases ?? [])].some((l) => skeletonOf(l) === sk));
  };
  // The first columns, up to the headers; the headers; the bands; the numbers after them.
  const prefix: NumberToken[] = [];
  const headers: number[] = [];
  const blocks: NumberToken[][][] = [];
  const tail: NumberToken[] = [];
  let block: NumberToken[][] = [];
  let stage: 'prefix' | 'headers' | 'bands' | 'tail' = 'prefix';
  for (const line of zone) {
    if (line.textTo < start && line.from < start) continue;
    if (stage === 'prefix') {
      const h = headerOf(line);
      if (h < 0) {
        prefix.push(...line.numbers.filter((n) => n.from >= start));
        continue;
      }
      stage = 'headers';
    }
    if (stage === 'headers') {
      if (line.kind === 'blank' || line.kind === 'page') continue;
      const h = headerOf(line);
      if (h >= 0) {
        headers.push(h);
        continue;
      }
      if (line.kind !== 'numbers') return undefined;
      stage = 'bands';
    }
    if (stage === 'bands') {
      if (line.kind === 'numbers') {
        block.push(line.numbers);
        continue;
      }
      if (block.length > 0) blocks.push(block);
      block = [];
      if (line.kind === 'blank' || line.kind === 'page') continue;
      stage = 'tail';
    }
    tail.push(...line.numbers);
  }
  if (block.length > 0) blocks.push(block);
  const m = headers.length;
  const w = columns.length - m;
  if (m === 0 || w < 1 || headers.some((h, k) => h !== w + k)) return undefined;
  const headingRun = numberBlocksAfter(text, lines, heading);
  const rows = exactRows(prefix, blocks, tail, headingRun.blocks, w, m, group.rows.length, columns.length);
  let read: Map<number, NumberToken[]> | undefined;
  if (rows) {
    const cells = new Map<RowDef, number[]>();
    for (const [r, row] of group.rows.entries()) {
      if (!readsAsRow(rows[r]!, columns, row, table, format.relations)) return undefined;
      cells.set(row, rows[r]!.map((n) => n.value));
    }
    if (!columnsHold(format, table, cells)) return undefined;
    read = new Map(rows.map((cells, r) => [r, cells]));
  } else {
    // Empty cells left out: the counts no longer cut the numbers into rows (readingOrderBlanks.ts).
    const alternatives = runsWithBlanks(prefix, blocks, tail, headingRun.blocks, w, m, group.rows.length, columns.length);
    read = alternatives && agreedRows(alternatives, columns, group.rows, table, format);
    if (!read || read.size * 3 < group.rows.length) return undefined;
  }
  for (const [r, row] of group.rows.entries()) {
    const cells = read.get(r);
    if (!cells) continue;
    const labels = own.filter((f) => f.row === row);
    const first = cells.find((n) => n.text !== '') ?? cells[0]!;
    if (labels.length === 0) found.push({ ...unfoundLabel(format, table, row, first), numbers: cells });
    else for (const f of labels) f.numbers = cells;
  }
  return { first: heading + 1, end: headingRun.end };
}


/** Each row's cells when every count fits: the first columns whole rows, the bands exact. */
function exactRows(prefix: NumberToken[], blocks: NumberToken[][][], tail: NumberToken[], headingBlocks: NumberToken[][][], w: number, m: number, rowCount: number, width: number): NumberToken[][] | undefined {
  if (prefix.length === 0 || prefix.length % w !== 0) return undefined;
  const before = prefix.length / w;
  const after = rowCount - before;
  if (after < 1) return undefined;
  const bands = bandRows(blocks, before, m);
  if (!bands || tail.length % after !== 0) return undefined;
  const w2 = tail.length / after;
  if (w2 < 1 || w2 >= width) return undefined;
  const rest = bandRows(headingBlocks, after, width - w2);
  if (!rest) return undefined;
  return Array.from({ length: rowCount }, (_, r) =>
    r < before ? [...prefix.slice(r * w, (r + 1) * w), ...bands[r]!] : [...tail.slice((r - before) * w2, (r - before + 1) * w2), ...rest[r - before]!],
  );
}

/**
 * The same layout with empty cells left out: the bands are whole (each row's last columns, as
 * blocks by column or row after row: every such reading is tried), so they tell how many rows the
 * first columns hold; the rows after them take as many columns from the tail as the blocks after
 * the heading leave, for exactly one such width. Per reading of the bands, the runs of rows.
 */
function runsWithBlanks(prefix: NumberToken[], blocks: NumberToken[][][], tail: NumberToken[], headingBlocks: NumberToken[][][], w: number, m: number, rowCount: number, width: number): RunOfRows[][] | undefined {
  const count = blocks.flat(2).length;
  if (count === 0 || count % m !== 0) return undefined;
  const before = count / m;
  const after = rowCount - before;
  if (after < 1 || prefix.length > before * w) return undefined;
  const readings = bandReadings(blocks, before, m);
  if (!readings || readings.length === 0) return undefined;
  const widths: Array<{ w2: number; rest: NumberToken[][] }> = [];
  for (let w2 = 1; w2 < width; w2++) {
    const rest = bandRows(headingBlocks, after, width - w2);
    if (rest && tail.length <= after * w2) widths.push({ w2, rest });
  }
  if (widths.length !== 1) return undefined;
  const { w2, rest } = widths[0]!;
  const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
  return readings.map((bands) => [
    { rows: range(0, before), numbers: prefix, width: w, rest: bands },
    { rows: range(before, after), numbers: tail, width: w2, rest },
  ]);
}

/**
 * The rows every reading of the bands that fits at all reads alike (readingOrderBlanks.ts); undefined
 * where none fits or one could not be tried through.
 */
function agreedRows(alternatives: RunOfRows[][], columns: ColumnDef[], rows: RowDef[], table: TableDef, format: FormatDefinition): Map<number, NumberToken[]> | undefined {
  let agreed: Map<number, NumberToken[]> | undefined;
  const key = (cells: NumberToken[]) => cells.map((n) => (n.text === '' ? '_' : n.value)).join();
  for (const runs of alternatives) {
    const read = readWithBlanks(runs, columns, rows, table, format);
    if (read === undefined) return undefined;
    if (read === null) continue;
    if (!agreed) agreed = read;
    else for (const [r, cells] of agreed) if (read.get(r) === undefined || key(read.get(r)!) !== key(cells)) agreed.delete(r);
  }
  return agreed;
}
