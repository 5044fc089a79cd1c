// Raw PDF text in reading order (readingOrder.ts): 表三 laid out as `readBands` reads it — each row's
// first column (自然人), or first few columns, beside its label, row after row; the further columns
// after the 四、 heading in bands, one block of lines per column (or, where a line holds several
// numbers, one block for several columns, row by row) — where the counts do not make the plain
// reading, most often because the text left a page's empty cells out altogether. A band's column
// with an empty cell is a block one line short; a column empty in all of a band's rows is no block
// at all; an empty first cell is a label with fewer numbers. So the blocks no longer tell the
// bands: every way to cut them into bands of the table's columns, and to put the empty cells
// among each band's rows and among the first columns, is tried against every relation of the
// table (each row's 总计, each column's sums over the rows). A row is read only where every way
// that fits gives it the same cells, its empty ones at the same places: a row whose empty cell
// could stand beside a 0 in its column is left unread (nothing in the text tells the two apart),
// and so is every row when nothing fits or too many ways had to be tried.
import type { FormatDefinition, TableDef } from '../../formats/types';
import { rowTotalRelation } from '../../formats';
import { blankToken } from './readingOrderBlanks';
import { SIGNED, type NumberToken } from './readingOrderText';

/** Empty cells on the page at most (first columns and bands together): more is not tried. */
const MAX_BLANKS = 6;
/** Steps of the search at most: the reading is left undone rather than slow. */
const MAX_STEPS = 100_000;

type Cell = NumberToken | null;

/**
 * Per row index of the table's one group, its cells (empty ones as `blankToken`), for the rows
 * every fitting reading agrees on; undefined when the text is not such a layout, nothing fits,
 * or the search was cut short. `first`: the numbers beside the labels, row after row (one column
 * or several: every count the numbers allow is tried); `blocks`: the bands' blocks of lines.
 */
export function bandsWithBlanks(first: NumberToken[], blocks: NumberToken[][][], table: TableDef, format: FormatDefinition): Map<number, NumberToken[]> | undefined {
  const group = table.groups[0]!;
  const columns = group.columns;
  const rows = group.rows;
  const R = rows.length;
  const total = columns.findIndex((c) => c.id === 'total');
  // The first columns add up to what each row's 总计 leaves of its other columns: the row relation must say so.
  const rowRelation = total < 0 ? undefined : rowTotalRelation(format, table, group, columns[total]!.id);
  if (total < 1 || !rowRelation || rows.some((row) => !rowRelation.over.includes(row.id))) return undefined;
  // A block's numbers in order; a block with a line of several numbers holds several columns.
  const columnBlocks = blocks.map((block) => block.flat());
  const multi = blocks.map((block) => block.some((line) => line.length > 1));
  if ([...first, ...columnBlocks.flat()].some((n) => n.decimal || SIGNED.test(n.text) || /元$/.test(n.text))) return undefined;
  const inBands = columnBlocks.reduce((s, b) => s + b.length, 0);
  const checks = columnChecks(format, table);
  const seen = new Map<number, { key: string; cells: NumberToken[] } | null>();
  let fits = 0;
  let steps = 0;
  // Rows two fitting readings read differently; every row so: no need to search on.
  let undecided = 0;
  let hopeless = false;
  const value = (n: Cell) => (n ? n.value : 0);

  // Whether the column relations over columns [from, to) hold, `cell(r, c)` giving the cells.
  const columnsHold = (from: number, to: number, cell: (r: number, c: number) => Cell): boolean => {
    for (const check of checks) {
      if (check.column < from || check.column >= to) continue;
      let left = 0;
      let right = 0;
      for (const r of check.left) left += value(cell(r, check.column));
      for (const r of check.right) right += value(cell(r, check.column));
      if (left !== right) return false;
    }
    return true;
  };

  /** A reading whose band columns hold their relations: the first columns' checked, then each row noted. */
  const record = (firstCells: Cell[][], cells: Cell[][], width: number) => {
    if (!columnsHold(0, width, (r, c) => firstCells[r]![c]!)) return;
    fits++;
    for (let r = 0; r < R; r++) {
      const before = seen.get(r);
      if (before === null) continue;
      const row = [...firstCells[r]!, ...cells[r]!];
      const key = row.map((n) => (n ? n.value : '_')).join();
      if (before === undefined) {
        const at = row.find((n) => n)?.from ?? 0;
        seen.set(r, { key, cells: row.map((n) => n ?? blankToken(at)) });
      } else if (before.key !== key) {
        seen.set(r, null);
        if (++undecided === R) hopeless = true;
      }
    }
  };

  /** Every reading with `width` columns beside the labels; false when cut short. */
  const solve = (width: number, firstBlanks: number, bandBlanks: number): boolean => {
    const W = columns.length - width;
    // The band columns' cells per row (null where empty), filled as the search goes.
    const cells: Cell[][] = Array.from({ length: R }, () => Array.from({ length: W }, () => null));
    const bandTotal = total - width;
    // The sum of the first columns each row's relation makes it.
    const derived = (r: number) => value(cells[r]![bandTotal]!) - cells[r]!.reduce((s, n, k) => (k === bandTotal ? s : s + value(n)), 0);

    // Every way to put the first columns' numbers in order on the rows, row after row, some cells
    // left empty: a row's numbers add up to what its relation wants.
    // The ways for each `wanted` (the same for many band readings that differ by where a blank
    // among zeros stands), found once.
    const alignments = new Map<string, Cell[][][]>();
    const evaluate = (): boolean => {
      if (!columnsHold(width, columns.length, (r, c) => cells[r]![c - width]!)) return true;
      const wanted = Array.from({ length: R }, (_, r) => derived(r));
      const key = wanted.join();
      let found = alignments.get(key);
      if (!found) {
        found = [];
        if (!align(wanted, found)) return false;
        alignments.set(key, found);
      }
      for (const firstCells of found) record(firstCells, cells, width);
      return !hopeless;
    };
    const align = (wanted: number[], found: Cell[][][]): boolean => {
      const firstCells: Cell[][] = [];
      const place = (r: number, k: number, left: number): boolean => {
        if (++steps > MAX_STEPS) return false;
        if (r === R) {
          if (k === first.length) found.push([...firstCells]);
          return true;
        }
        for (let take = Math.min(width, first.length - k); take >= width - left && take >= 0; take--) {
          const mine = first.slice(k, k + take);
          if (mine.reduce((s, n) => s + n.value, 0) !== wanted[r]) continue;
          for (const row of spread(mine, width)) {
            firstCells[r] = row;
            if (!place(r + 1, k + take, left - (width - take))) return false;
          }
        }
        return true;
      };
      return place(0, 0, firstBlanks);
    };

    // Depth first: a band from row `r` on, from block `b`, of `size` rows, its column `c` next.
    const band = (b: number, r: number, left: number): boolean => {
      if (++steps > MAX_STEPS) return false;
      if (r === R) return b === blocks.length && left === 0 ? evaluate() : true;
      if (b === blocks.length) return true;
      const most = Math.min(R - r, columnBlocks[b]!.length + left);
      for (let size = 1; size <= most; size++) if (!column(b, r, size, 0, left)) return false;
      return true;
    };
    const column = (b: number, r: number, size: number, c: number, left: number): boolean => {
      if (++steps > MAX_STEPS) return false;
      if (c === W) {
        for (let k = r; k < r + size; k++) if (derived(k) < 0) return true;
        return band(b, r + size, left);
      }
      // The column empty in all the band's rows: no block.
      if (left >= size) {
        for (let k = r; k < r + size; k++) cells[k]![c] = null;
        if (!column(b, r, size, c + 1, left - size)) return false;
      }
      const block = columnBlocks[b];
      if (!block) return true;
      // The block's numbers on the band's rows, row by row across its `span` columns (one column:
      // top to bottom), `slots - length` of them left empty. A block with a line of several numbers
      // holds several columns (`16752 18973` `0` `0` `89`: two columns of three rows, one empty).
      // A block of one number a line holds several columns only where one column cannot hold it.
      for (let span = multi[b] ? 2 : 1; span <= W - c && (span === 1 || multi[b] || block.length > size * (span - 1)); span++) {
        const slots = size * span;
        const empty = slots - block.length;
        if (empty < 0 || empty > left) continue;
        const fill = (k: number, used: number): boolean => {
          if (k === slots) return column(b + 1, r, size, c + span, left - empty);
          const at = cells[r + Math.floor(k / span)]!;
          if (used < block.length) {
            at[c + (k % span)] = block[used]!;
            if (!fill(k + 1, used + 1)) return false;
          }
          if (k - used < empty) {
            at[c + (k % span)] = null;
            if (!fill(k + 1, used)) return false;
          }
          return true;
        };
        if (!fill(0, 0)) return false;
      }
      return true;
    };
    return band(0, 0, bandBlanks);
  };

  // How many columns stand beside the labels: every count the numbers allow is tried.
  for (let width = 1; width < total; width++) {
    const firstBlanks = R * width - first.length;
    const bandBlanks = R * (columns.length - width) - inBands;
    if (bandBlanks < 0 || firstBlanks < 0 || bandBlanks + firstBlanks > MAX_BLANKS) continue;
    if (!solve(width, firstBlanks, bandBlanks)) return undefined;
  }
  if (fits === 0) return undefined;
  const out = new Map<number, NumberToken[]>();
  for (const [r, s] of seen) if (s) out.set(r, s.cells);
  return out;
}

/** The numbers in order over `width` columns, the columns left over empty: every such row. */
function spread(numbers: NumberToken[], width: number): Cell[][] {
  const out: Cell[][] = [];
  const empty = width - numbers.length;
  const walk = (row: Cell[], used: number) => {
    if (row.length === width) {
      out.push(row);
      return;
    }
    if (used < numbers.length) walk([...row, numbers[used]!], used + 1);
    if (row.length - used < empty) walk([...row, null], used);
  };
  walk([], 0);
  return out;
}

/** Each column relation of the table, per column: its rows' indexes on either side (all `equal`). */
function columnChecks(format: FormatDefinition, table: TableDef): Array<{ column: number; left: number[]; right: number[] }> {
  const group = table.groups[0]!;
  return format.relations
    .filter((rel) => rel.table === table.id && rel.along === 'column' && rel.kind === 'equal')
    .flatMap((rel) =>
      rel.over.map((id) => ({
        column: group.columns.findIndex((x) => x.id === id),
        left: rel.left.map((rowId) => group.rows.findIndex((x) => x.id === rowId)),
        right: rel.right.map((rowId) => group.rows.findIndex((x) => x.id === rowId)),
      })),
    )
    .filter((c) => c.column >= 0 && ![...c.left, ...c.right].includes(-1));
}
