// Raw PDF text in reading order (readingOrder.ts): 表三 of 2019 with its last columns in bands
// (readingOrderSplitBands.ts) on a page whose empty cells the text left out altogether. Each row's
// first columns come one after the other, row after row, fewer numbers than cells; the bands give
// each row's last columns, 总计 among them, so each row's first columns must add up to 总计 less
// the band's other cells. Every way to cut the numbers into rows that way, and to put the empty
// cells among each row's columns, is tried against every relation of the table (the row sums, the
// column sums over all rows); a row is read only where every way that fits gives it the same
// cells, its empty ones at the same places. A row whose empty cell could stand beside a 0 (`0 _`
// or `_ 0`) is left unread: nothing in the text tells the two apart.
import type { ColumnDef, FormatDefinition, RelationDef, RowDef, TableDef } from '../../formats/types';
import { cellsHold } from './readingOrderRows';
import type { NumberToken } from './readingOrderText';

/** The numbers of some rows' first `width` columns, row after row, empty cells left out. */
export interface RunOfRows {
  /** The rows, in order (indexes into the group's rows). */
  rows: number[];
  numbers: NumberToken[];
  width: number;
  /** Per row, the cells of its other columns (after the first `width`), known. */
  rest: NumberToken[][];
}

/** A cell left empty: no number, counted as 0 in the relations (a zero-wide token at `at`). */
export function blankToken(at: number): NumberToken {
  return { text: '', from: at, to: at, value: 0, decimal: false };
}

/** Cuts and placements tried before giving up: the reading is left undone rather than slow. */
const MAX_TRIALS = 200_000;
/** Empty cells per run at most. */
const MAX_BLANKS = 4;

interface RowOption {
  /** The row's first columns' values (blanks 0) and, per placement giving them, the blank columns. */
  values: number[];
  cells: NumberToken[];
  patterns: Set<string>;
}

/**
 * The rows every fitting reading agrees on: per group row index, its cells (blanks as `blankToken`);
 * null where no reading fits, undefined where the layout does not fit or too many had to be tried.
 */
export function readWithBlanks(
  runs: RunOfRows[],
  columns: ColumnDef[],
  rows: RowDef[],
  table: TableDef,
  format: FormatDefinition,
): Map<number, NumberToken[]> | null | undefined {
  const total = columns.findIndex((c) => c.id === 'total');
  if (total < 0) return undefined;
  const relations = format.relations.filter((r) => r.table === table.id);
  // Per run, every cut of its numbers into its rows (each a list of options per row).
  const cutsPerRun: RowOption[][][][] = [];
  let trials = 0;
  for (const run of runs) {
    const blanks = run.width * run.rows.length - run.numbers.length;
    if (blanks < 0 || blanks > MAX_BLANKS || total < run.width) return undefined;
    const cuts: RowOption[][][] = [];
    const walk = (r: number, at: number, left: number, acc: RowOption[][]): boolean => {
      if (++trials > MAX_TRIALS) return false;
      if (r === run.rows.length) {
        if (at === run.numbers.length) cuts.push([...acc]);
        return true;
      }
      const rest = run.rest[r]!;
      const target = rest[total - run.width]!.value - rest.reduce((s, n, k) => (k === total - run.width ? s : s + n.value), 0);
      for (let take = run.width; take >= run.width - left && take >= 0; take--) {
        const mine = run.numbers.slice(at, at + take);
        if (mine.length !== take || mine.reduce((s, n) => s + n.value, 0) !== target) continue;
        const options = placements(mine, run.width, run.rows[r]!, rows, columns, rest, table, relations);
        if (options.length === 0) continue;
        acc.push(options);
        const ok = walk(r + 1, at + take, left - (run.width - take), acc);
        acc.pop();
        if (!ok) return false;
      }
      return true;
    };
    if (!walk(0, 0, blanks, [])) return undefined;
    if (cuts.length === 0) return null;
    cutsPerRun.push(cuts);
  }
  // Every combination of cuts and placements, checked against the column relations.
  const rowCount = rows.length;
  const seen = new Map<number, { key: string; patterns: Set<string>; cells: NumberToken[] } | null>();
  let fits = 0;
  const values: number[][] = Array.from({ length: rowCount }, () => []);
  const chosen: Array<RowOption | undefined> = Array.from({ length: rowCount });
  const runRows = runs.map((run) => run.rows);
  const record = () => {
    fits++;
    for (let r = 0; r < rowCount; r++) {
      const option = chosen[r];
      if (!option) continue;
      const key = option.values.join();
      const before = seen.get(r);
      if (before === null) continue;
      if (before === undefined) seen.set(r, { key, patterns: new Set(option.patterns), cells: option.cells });
      else if (before.key !== key) seen.set(r, null);
      else for (const p of option.patterns) before.patterns.add(p);
    }
  };
  // Each column relation per column: its rows' indexes on either side.
  const checks = relations
    .filter((rel) => rel.along === 'column')
    .flatMap((rel) =>
      rel.over.map((id) => ({
        equal: rel.kind === 'equal',
        column: columns.findIndex((x) => x.id === id),
        left: rel.left.map((rowId) => rows.findIndex((x) => x.id === rowId)),
        right: rel.right.map((rowId) => rows.findIndex((x) => x.id === rowId)),
      })),
    )
    .filter((c) => c.column >= 0 && ![...c.left, ...c.right].includes(-1));
  const columnsHold = (): boolean => {
    for (const check of checks) {
      let left = 0;
      let right = 0;
      for (const r of check.left) left += values[r]![check.column]!;
      for (const r of check.right) right += values[r]![check.column]!;
      if (check.equal ? left !== right : left > right) return false;
    }
    return true;
  };
  const known = new Set(runRows.flat());
  if (known.size !== rowCount) return undefined;
  // Depth first over the runs' cuts, then each row's options.
  const flat: Array<{ run: number; cut: number }> = [];
  const chooseCut = (k: number): boolean => {
    if (k === runs.length) return chooseRow(0);
    for (let c = 0; c < cutsPerRun[k]!.length; c++) {
      flat[k] = { run: k, cut: c };
      if (!chooseCut(k + 1)) return false;
    }
    return true;
  };
  const order = runs.flatMap((run, k) => run.rows.map((row, i) => ({ k, i, row })));
  const chooseRow = (n: number): boolean => {
    if (++trials > MAX_TRIALS) return false;
    if (n === order.length) {
      if (columnsHold()) record();
      return true;
    }
    const { k, i, row } = order[n]!;
    const options = cutsPerRun[k]![flat[k]!.cut]![i]!;
    for (const option of options) {
      chosen[row] = option;
      values[row] = [...option.values, ...runs[k]!.rest[i]!.map((t) => t.value)];
      if (!chooseRow(n + 1)) return false;
    }
    return true;
  };
  if (!chooseCut(0)) return undefined;
  if (fits === 0) return null;
  const out = new Map<number, NumberToken[]>();
  for (const [r, s] of seen) {
    if (!s || s.patterns.size !== 1) continue;
    const k = runs.findIndex((run) => run.rows.includes(r));
    out.set(r, [...s.cells, ...runs[k]!.rest[runs[k]!.rows.indexOf(r)]!]);
  }
  return out;
}

/**
 * The ways to put a row's numbers in its first `width` columns, in order, the rest empty: each a
 * value list with the blank columns that give it; a placement whose cells are not of their
 * columns' kinds or break the row's relations is none.
 */
function placements(
  numbers: NumberToken[],
  width: number,
  row: number,
  rows: RowDef[],
  columns: ColumnDef[],
  rest: NumberToken[],
  table: TableDef,
  relations: RelationDef[],
): RowOption[] {
  const byValues = new Map<string, RowOption>();
  const blanks = width - numbers.length;
  const at = numbers[0]?.from ?? rest[0]?.from ?? 0;
  const place = (from: number, chosen: number[]) => {
    if (chosen.length === blanks) {
      const cells: NumberToken[] = [];
      let next = 0;
      for (let c = 0; c < width; c++) cells.push(chosen.includes(c) ? blankToken(next < numbers.length ? numbers[next]!.from : at) : numbers[next++]!);
      const all = [...cells, ...rest];
      if (!cellsHold(all.map((t) => (t.text === '' ? null : t)), columns, rows[row]!, table, relations)) return;
      const values = cells.map((t) => t.value);
      const key = values.join();
      const option = byValues.get(key) ?? { values, cells, patterns: new Set<string>() };
      option.patterns.add(chosen.join());
      byValues.set(key, option);
      return;
    }
    for (let c = from; c < width; c++) place(c + 1, [...chosen, c]);
  };
  place(0, []);
  return [...byValues.values()];
}

/**
 * The ways to read bands of `m` columns for `rows` rows from blocks of number lines (blank lines
 * between blocks): row by row, `m` numbers a row whatever their lines; or, from a block's start,
 * `m` blocks of B lines of one number each, one block per column, for B rows. At most `cap`
 * readings; undefined beyond.
 */
export function bandReadings(blocks: NumberToken[][][], rows: number, m: number, cap = 16): NumberToken[][][] | undefined {
  const flat: Array<{ n: NumberToken; block: number }> = [];
  blocks.forEach((block, b) => block.forEach((line) => line.forEach((n) => flat.push({ n, block: b }))));
  const singles = (b: number) => blocks[b] !== undefined && blocks[b]!.every((line) => line.length === 1) ? blocks[b]!.length : 0;
  const out: NumberToken[][][] = [];
  const acc: NumberToken[][] = [];
  let overflow = false;
  const walk = (p: number) => {
    if (overflow) return;
    if (acc.length === rows || p >= flat.length) {
      if (acc.length === rows && p === flat.length) {
        if (out.length >= cap) overflow = true;
        else out.push([...acc]);
      }
      return;
    }
    if (p + m <= flat.length) {
      acc.push(flat.slice(p, p + m).map((x) => x.n));
      walk(p + m);
      acc.pop();
    }
    const b = flat[p]!.block;
    const size = singles(b);
    if (size >= 2 && (p === 0 || flat[p - 1]!.block !== b) && acc.length + size <= rows) {
      for (let k = 1; k < m; k++) if (singles(b + k) !== size) return;
      const columns = Array.from({ length: m }, (_, k) => blocks[b + k]!.map((line) => line[0]!));
      for (let r = 0; r < size; r++) acc.push(columns.map((c) => c[r]!));
      walk(p + size * m);
      acc.length -= size;
    }
  };
  walk(0);
  return overflow ? undefined : out;
}
