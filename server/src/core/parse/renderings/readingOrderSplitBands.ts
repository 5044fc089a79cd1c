// Raw PDF text in reading order (readingOrder.ts): 表三 as a LibreOffice PDF of the 2019 table gives
// it — each row label with its first columns' numbers, then the last columns' headers (`其他`
// `总计`) and those columns in bands for the rows so far; the rows after them with their first
// number beside the label and their other columns in bands after the 四、 heading.
import type { FormatDefinition, RowDef } from '../../formats/types';
import { skeletonOf } from '../../text/skeleton';
import { bandRows, bandsTable, columnsHold, readsAsRow, unfoundLabel, type Found } from './readingOrderRows';
import { classify, type Line, type NumberToken } from './readingOrderText';
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
  if (prefix.length === 0 || prefix.length % w !== 0) return undefined;
  const before = prefix.length / w;
  const after = group.rows.length - before;
  if (after < 1) return undefined;
  const bands = bandRows(blocks, before, m);
  if (!bands || tail.length % after !== 0) return undefined;
  const w2 = tail.length / after;
  if (w2 < 1 || w2 >= columns.length) return undefined;
  // The remaining rows' other columns, after the heading.
  const headingBlocks: NumberToken[][][] = [];
  let k = heading + 1;
  block = [];
  for (; k < lines.length; k++) {
    const line = classify(text, lines[k]!);
    if (line.kind === 'numbers') block.push(line.numbers);
    else if (line.kind === 'blank' || line.kind === 'page') {
      if (block.length > 0) headingBlocks.push(block);
      block = [];
    } else break;
  }
  if (block.length > 0) headingBlocks.push(block);
  const rest = bandRows(headingBlocks, after, columns.length - w2);
  if (!rest) return undefined;
  const rows = group.rows.map((_, r) =>
    r < before ? [...prefix.slice(r * w, (r + 1) * w), ...bands[r]!] : [...tail.slice((r - before) * w2, (r - before + 1) * w2), ...rest[r - before]!],
  );
  const cells = new Map<RowDef, number[]>();
  for (const [r, row] of group.rows.entries()) {
    if (!readsAsRow(rows[r]!, columns, row, table, format.relations)) return undefined;
    cells.set(row, rows[r]!.map((n) => n.value));
  }
  if (!columnsHold(format, table, cells)) return undefined;
  for (const [r, row] of group.rows.entries()) {
    const labels = own.filter((f) => f.row === row);
    if (labels.length === 0) found.push({ ...unfoundLabel(format, table, row, rows[r]![0]!), numbers: rows[r]! });
    else for (const f of labels) f.numbers = rows[r]!;
  }
  return { first: heading + 1, end: k };
}
