// Raw PDF text in reading order (readingOrder.ts): 表三 laid out as `readBands` reads it — each row's
// first column (自然人) beside its label, the further columns after the 四、 heading in bands, one
// block of lines per column, one number a line — on a page whose empty cells the text left out
// altogether. A band's column with an empty cell is a block one line short; a column empty in all
// of a band's rows is no block at all; an empty first cell is a label with no number. So the
// blocks no longer tell the bands: every way to cut them into bands of the table's columns, and to
// put the empty cells among each band's rows and among the first column, is tried against every
// relation of the table (each row's 总计, each column's sums over the rows). A row is read only
// where every way that fits gives it the same cells, its empty ones at the same places: a row
// whose empty cell could stand beside a 0 in its column is left unread (nothing in the text tells
// the two apart), and so is every row when nothing fits or too many ways had to be tried.
import type { FormatDefinition, TableDef } from '../../formats/types';
import { blankToken } from './readingOrderBlanks';
import { SIGNED, type NumberToken } from './readingOrderText';

/** Empty cells on the page at most (first column and bands together): more is not tried. */
const MAX_BLANKS = 6;
/** Steps of the search at most: the reading is left undone rather than slow. */
const MAX_STEPS = 300_000;

/**
 * Per row index of the table's one group, its cells (empty ones as `blankToken`), for the rows
 * every fitting reading agrees on; undefined when the text is not such a layout with empty cells
 * left out, nothing fits, or the search was cut short.
 */
export function bandsWithBlanks(first: NumberToken[], blocks: NumberToken[][][], table: TableDef, format: FormatDefinition): Map<number, NumberToken[]> | undefined {
  const group = table.groups[0]!;
  const columns = group.columns;
  const rows = group.rows;
  const R = rows.length;
  const W = columns.length - 1;
  const total = columns.findIndex((c) => c.id === 'total');
  // The first column is what each row's 总计 leaves of its other columns: the row relation must say so.
  const others = columns.filter((_, k) => k !== total).map((c) => c.id);
  const rowRelation = format.relations.find(
    (r) => r.table === table.id && r.along === 'row' && r.kind === 'equal' && r.left.length === 1 && r.left[0] === columns[total]?.id && r.right.length === others.length && others.every((id) => r.right.includes(id)),
  );
  if (total < 1 || !rowRelation || rows.some((row) => !rowRelation.over.includes(row.id))) return undefined;
  // A block's numbers in order; a block with a line of several numbers holds several columns.
  const columnBlocks = blocks.map((block) => block.flat());
  const multi = blocks.map((block) => block.some((line) => line.length > 1));
  if ([...first, ...columnBlocks.flat()].some((n) => n.decimal || SIGNED.test(n.text) || /元$/.test(n.text))) return undefined;
  const bandBlanks = R * W - columnBlocks.reduce((s, b) => s + b.length, 0);
  const firstBlanks = R - first.length;
  if (bandBlanks < 0 || firstBlanks < 0 || bandBlanks + firstBlanks === 0 || bandBlanks + firstBlanks > MAX_BLANKS) return undefined;

  // The band columns' cells per row (null where empty), filled as the search goes.
  const cells: Array<Array<NumberToken | null>> = Array.from({ length: R }, () => Array.from({ length: W }, () => null));
  const checks = columnChecks(format, table);
  const seen = new Map<number, { key: string; cells: NumberToken[] } | null>();
  let fits = 0;
  let steps = 0;
  const bandTotal = total - 1;
  const value = (n: NumberToken | null) => (n ? n.value : 0);
  // The first column each row's relation makes it.
  const derived = (r: number) => value(cells[r]![bandTotal]!) - cells[r]!.reduce((s, n, k) => (k === bandTotal ? s : s + value(n)), 0);

  const evaluate = () => {
    const wanted = Array.from({ length: R }, (_, r) => derived(r));
    // Every way to put the first column's numbers in order on the rows, the rows left empty deriving 0.
    const firstCells: Array<NumberToken | null> = [];
    const place = (r: number, k: number): boolean => {
      if (++steps > MAX_STEPS) return false;
      if (r === R) {
        if (k === first.length) record(firstCells);
        return true;
      }
      if (k < first.length && first[k]!.value === wanted[r]) {
        firstCells[r] = first[k]!;
        if (!place(r + 1, k + 1)) return false;
      }
      if (wanted[r] === 0 && R - r - 1 >= first.length - k) {
        firstCells[r] = null;
        if (!place(r + 1, k)) return false;
      }
      return true;
    };
    return place(0, 0);
  };

  const record = (firstCells: Array<NumberToken | null>) => {
    const values = (r: number, c: number) => value(c === 0 ? (firstCells[r] ?? null) : cells[r]![c - 1]!);
    for (const check of checks) {
      let left = 0;
      let right = 0;
      for (const r of check.left) left += values(r, check.column);
      for (const r of check.right) right += values(r, check.column);
      if (left !== right) return;
    }
    fits++;
    for (let r = 0; r < R; r++) {
      const row = [firstCells[r] ?? null, ...cells[r]!];
      const key = row.map((n) => (n ? n.value : '_')).join();
      const before = seen.get(r);
      if (before === null) continue;
      if (before === undefined) {
        const at = row.find((n) => n)?.from ?? 0;
        seen.set(r, { key, cells: row.map((n) => n ?? blankToken(at)) });
      } else if (before.key !== key) seen.set(r, null);
    }
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
    for (let span = multi[b] ? 2 : 1; span <= (multi[b] ? W - c : 1); span++) {
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

  if (!band(0, 0, bandBlanks)) return undefined;
  if (fits === 0) return undefined;
  const out = new Map<number, NumberToken[]>();
  for (const [r, s] of seen) if (s) out.set(r, s.cells);
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
