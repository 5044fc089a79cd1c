// Aligned PDF text (`pdftotext -layout`, layoutColumns.ts): rows with blank cells whose numbers
// stand where no column says whose they are (CMS pages print labels in a wide CJK face, and a line's
// numbers shift by as much as a column's width with the label beside them: runs of columns do not
// form, layoutColumnsSolve.ts gives up). What still holds is the order of a row's numbers on its
// line and the table's sums. Each unread row's ways: its numbers, in order (or with one cut in two,
// layoutColumnsRunTogether.ts), in its columns with its own sum holding. A way is ruled out when
// no choice of the other rows' ways makes the column sums (办理结果总计 = （一）至（六）; 新收 +
// 结转 = 总计 + 结转下年度) hold — by bounds, or by a search that finds none — and a row is read
// where one way is left and some choice of all rows holds. Ways that differ only by where a 0 or
// a blank stands add the same to every sum: such a row stays unread. Only where every number of
// the table's lines is a found row's; rows of the table not found count as blank. A search cut
// short rules nothing out (a row read must be the only reading, not the first found).
import type { FormatDefinition, RelationDef, TableDef } from '../../formats/types';
import { blankRows, increasing, openTable } from './layoutColumnsSolve';
import { spanOf, type LayoutLine, type LayoutRow } from './layoutColumnsRows';
import { cellsHold } from './readingOrderRows';
import { cutsInTwo } from './layoutColumnsRunTogether';
import type { NumberToken } from './readingOrderText';

/** Steps of search at most, over all rows' ways: ways not ruled out by then stay possible. */
const MAX_NODES = 20_000;

type Cells = Array<NumberToken | null>;

/** Fills the cells of `table`'s unread rows that its sums leave one way to place (see the file comment). */
export function solveByRelations(text: string, zone: LayoutLine[], rows: LayoutRow[], format: FormatDefinition, table: TableDef, tablesOf: (line: number) => TableDef[]): void {
  const open = openTable(zone, rows, format, table);
  if (!open) return;
  const { group, columnRelations, mine, unread } = open;
  const width = group.columns.length;
  // Every number of the table's lines a found row's: read ones by their cells, unread ones by their line.
  // By where they start: a number cut in two (layoutColumnsRunTogether.ts) is owned by its first piece.
  const owned = new Set<number>();
  for (const r of rows) for (const n of r.cells ?? []) if (n) owned.add(n.from);
  for (const r of unread) for (const n of zone[r.line]!.numbers) owned.add(n.from);
  for (const [k, line] of zone.entries()) {
    if (line.kind === 'heading' || line.kind === 'page' || !tablesOf(k).includes(table)) continue;
    if (line.numbers.some((n) => !owned.has(n.from))) return;
  }
  // Each row's ways: its cells where read, else its numbers in order in columns with its sum holding.
  const ways = new Map<LayoutRow, Cells[]>();
  const centres = columnCentres(zone, mine, width);
  for (const r of mine) {
    if (r.cells) {
      ways.set(r, [r.cells]);
      continue;
    }
    const numbers = zone[r.line]!.numbers;
    // Its numbers as they stand, or with one cut in two (two cells' numbers run together).
    const readings = [numbers, ...(numbers.length < width ? cutsInTwo(numbers) : [])];
    const list = readings
      .flatMap((numbers) => increasing(numbers.length, width).map((at) => ({ numbers, at })))
      .map(({ numbers, at }) => {
        const cells: Cells = new Array<NumberToken | null>(width).fill(null);
        at.forEach((c, i) => (cells[c] = numbers[i]!));
        return cells;
      })
      .filter((cells) => cellsHold(cells, group.columns, r.row, table, format.relations) && standsIn(cells, zone[r.line]!, centres.get(zone[r.line]!.page)));
    // No way at all: the numbers are not (all) this row's.
    if (list.length === 0) return;
    ways.set(r, list);
  }
  // The sums checked: per relation and column, Σ left − Σ right (rows not found count as blank).
  const checks = columnRelations.flatMap((relation) =>
    group.columns.flatMap((column, k) => (relation.over.includes(column.id) ? [{ relation, column: k, equal: relation.kind === 'equal' }] : [])),
  );
  const coefficient = (relation: RelationDef, rowId: string) => relation.left.filter((x) => x === rowId).length - relation.right.filter((x) => x === rowId).length;
  // Largest numbers first: the sums they leave bound the smaller rows' ways most. Rows in no sum
  // are left out of the search (nothing tells their ways apart).
  const largest = (r: LayoutRow) => Math.max(...ways.get(r)![0]!.map((n) => n?.value ?? 0));
  // The rows of the relation with fewest rows first (新收 + 结转 = 总计 + 结转下年度): once they are
  // placed its sums are whole, and 总计's columns bound the rest.
  const fewest = (r: LayoutRow) => Math.min(...columnRelations.filter((x) => coefficient(x, r.row.id) !== 0).map((x) => x.left.length + x.right.length));
  const order = mine.filter((r) => columnRelations.some((x) => coefficient(x, r.row.id) !== 0)).sort((a, b) => fewest(a) - fewest(b) || largest(b) - largest(a));
  const parts = order.map((r) =>
    ways.get(r)!.map((cells) => checks.map(({ relation, column }) => coefficient(relation, r.row.id) * (cells[column]?.value ?? 0))),
  );
  const forced = forcedWays(parts, checks.map((c) => c.equal), MAX_NODES);
  if (!forced) return;
  order.forEach((r, i) => {
    if (!r.cells && forced[i]! >= 0) r.cells = ways.get(r)![forced[i]!]!;
  });
  if (mine.every((r) => r.cells)) rows.push(...blankRows(text, zone, mine, format, table));
}

/**
 * The one way each row can take with every sum holding: `parts[i][w][j]` is what row i's way w
 * adds to sum j, which must come to 0 (`equal[j]`) or to at most 0. Per row the index of its one
 * way left, or -1 where more than one way is possible or not ruled out within `budget` steps of
 * search; undefined when no way of all rows together is found. Ways are ruled out by bounds (the
 * least and most the other rows can add) and by search; a way found in a whole solution is possible.
 */
export function forcedWays(parts: number[][][], equal: boolean[], budget: number): number[] | undefined {
  // Ways adding the same to every sum (a 0 in one column or the next) are told apart by nothing:
  // searched once, and a row left with such ways is not read.
  const members = parts.map((ways) => {
    const byKey = new Map<string, number[]>();
    ways.forEach((part, w) => {
      const key = part.join(',');
      byKey.set(key, [...(byKey.get(key) ?? []), w]);
    });
    return [...byKey.values()];
  });
  const distinct = members.map((groups, i) => groups.map((g) => parts[i]![g[0]!]!));
  const forced = forcedParts(distinct, equal, budget);
  return forced?.map((d, i) => (d >= 0 && members[i]![d]!.length === 1 ? members[i]![d]![0]! : -1));
}

function forcedParts(parts: number[][][], equal: boolean[], budget: number): number[] | undefined {
  const n = parts.length;
  const m = equal.length;
  const alive = parts.map((ways) => ways.map(() => true));
  const EPS = 1e-9;
  const holds = (lo: number, hi: number, j: number) => lo <= EPS && (!equal[j] || hi >= -EPS);
  // Bounds: a way whose row's part with the others' least and most cannot bring a sum to 0 is out.
  const propagate = (): boolean => {
    for (let changed = true; changed; ) {
      changed = false;
      const lo = new Float64Array(m);
      const hi = new Float64Array(m);
      const rowLo = parts.map(() => new Float64Array(m));
      const rowHi = parts.map(() => new Float64Array(m));
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < m; j++) {
          let [a, b] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
          parts[i]!.forEach((part, w) => {
            if (!alive[i]![w]) return;
            a = Math.min(a, part[j]!);
            b = Math.max(b, part[j]!);
          });
          if (a === Number.POSITIVE_INFINITY) return false;
          rowLo[i]![j] = a;
          rowHi[i]![j] = b;
          lo[j]! += a;
          hi[j]! += b;
        }
      }
      for (let i = 0; i < n; i++) {
        parts[i]!.forEach((part, w) => {
          if (!alive[i]![w]) return;
          for (let j = 0; j < m; j++) {
            if (!holds(lo[j]! - rowLo[i]![j]! + part[j]!, hi[j]! - rowHi[i]![j]! + part[j]!, j)) {
              alive[i]![w] = false;
              changed = true;
              return;
            }
          }
        });
      }
    }
    return alive.every((ways) => ways.some((x) => x));
  };
  if (!propagate()) return undefined;
  const witnessed = parts.map((ways) => ways.map(() => false));
  let steps = 0;
  let found = false;
  /** A whole solution with row `fixed` taking way `way`: 'found', 'none', or 'budget' (search cut short). */
  const search = (fixed: number, way: number): 'found' | 'none' | 'budget' => {
    const domain = alive.map((ways, i) => ways.flatMap((x, w) => (x && (i !== fixed || w === way) ? [w] : [])));
    const lowFrom = Array.from({ length: n + 1 }, () => new Float64Array(m));
    const highFrom = Array.from({ length: n + 1 }, () => new Float64Array(m));
    for (let p = n - 1; p >= 0; p--) {
      for (let j = 0; j < m; j++) {
        const values = domain[p]!.map((w) => parts[p]![w]![j]!);
        lowFrom[p]![j] = lowFrom[p + 1]![j]! + Math.min(...values);
        highFrom[p]![j] = highFrom[p + 1]![j]! + Math.max(...values);
      }
    }
    const sums = new Float64Array(m);
    const choice: number[] = [];
    const walk = (p: number): 'found' | 'none' | 'budget' => {
      if (++steps > budget) return 'budget';
      for (let j = 0; j < m; j++) if (!holds(sums[j]! + lowFrom[p]![j]!, sums[j]! + highFrom[p]![j]!, j)) return 'none';
      if (p === n) return 'found';
      for (const w of domain[p]!) {
        choice[p] = w;
        const part = parts[p]![w]!;
        for (let j = 0; j < m; j++) sums[j]! += part[j]!;
        const got = walk(p + 1);
        for (let j = 0; j < m; j++) sums[j]! -= part[j]!;
        if (got !== 'none') return got;
      }
      return 'none';
    };
    const got = walk(0);
    if (got === 'found') choice.forEach((w, i) => (witnessed[i]![w] = true));
    return got;
  };
  for (let i = 0; i < n; i++) {
    for (let w = 0; w < parts[i]!.length; w++) {
      if (!alive[i]![w] || witnessed[i]![w]) continue;
      const got = search(i, w);
      if (got === 'found') found = true;
      else if (got === 'none') {
        alive[i]![w] = false;
        if (!propagate()) return undefined;
      }
    }
  }
  if (!found) return undefined;
  return alive.map((ways) => (ways.filter((x) => x).length === 1 ? ways.indexOf(true) : -1));
}

/** A number's centre this close to a column's numbers stands on them… */
const ON = 1;
/** …and, this much closer to them than to its own column's, is not its own column's. */
const OFF = 3;

/**
 * The centres of the read rows' numbers, per page and column, where they stand on lines of
 * numbers alone (no label beside them to shift them: Word's narrow label cells wrapped above and below).
 */
function columnCentres(zone: LayoutLine[], rows: LayoutRow[], width: number): Map<number, number[][]> {
  const out = new Map<number, number[][]>();
  for (const r of rows) {
    const line = zone[r.line]!;
    if (!r.cells || line.kind !== 'numbers') continue;
    const columns = out.get(line.page) ?? Array.from({ length: width }, () => []);
    r.cells.forEach((n, k) => {
      if (!n) return;
      const [a, b] = spanOf(line, n);
      columns[k]!.push((a + b) / 2);
    });
    out.set(line.page, columns);
  }
  return out;
}

/**
 * Whether a way's numbers may stand in its columns: on a line of numbers alone, a number standing
 * on another column's numbers of its page (`ON`) and well away from its own's (`OFF`, or its own
 * column has none there) is that other column's.
 */
function standsIn(cells: Cells, line: LayoutLine, centres: number[][] | undefined): boolean {
  if (!centres || line.kind !== 'numbers') return true;
  const distance = (x: number, k: number) => Math.min(Number.POSITIVE_INFINITY, ...centres[k]!.map((c) => Math.abs(c - x)));
  return cells.every((n, k) => {
    if (!n) return true;
    const [a, b] = spanOf(line, n);
    const x = (a + b) / 2;
    const own = distance(x, k);
    return centres.every((_, other) => other === k || !(distance(x, other) <= ON && own >= distance(x, other) + OFF));
  });
}
