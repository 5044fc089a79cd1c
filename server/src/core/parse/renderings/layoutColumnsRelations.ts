// Aligned PDF text (`pdftotext -layout`, layoutColumns.ts): rows with blank cells whose numbers
// stand where no column says whose they are (CMS pages print labels in a wide CJK face, and a line's
// numbers shift by as much as a column's width with the label beside them: runs of columns do not
// form, layoutColumnsSolve.ts gives up). What still holds is the order of a row's numbers on its
// line and the table's sums. Each unread row's ways: its numbers, in order (or with one cut in two,
// layoutColumnsRunTogether.ts), in its columns with its own sum holding. A way is ruled out when
// no choice of the other rows' ways makes the column sums (办理结果总计 = （一）至（六）; 新收 +
// 结转 = 总计 + 结转下年度) hold (placeByColumns.ts walks the table column by column), and a row
// is read where one way is left. Where several are left (a blank-zeros page often fits a dozen or
// hundreds of whole tables, differing in which applicant columns are the blank ones), the cells
// all of them agree on are read and the others are of unknown content: the row stays one
// `table-unreadable` names. Ways that differ only by where a 0 or a blank stands add the same to
// every sum: both stay, and those cells are unknown. Only where every number of the table's lines
// is a found row's; rows of the table not found count as blank. A walk over its budget reads
// nothing (a cell read must hold in every whole table, not in the first found).
import type { FormatDefinition, TableDef } from '../../formats/types';
import { coefficient } from '../../formats';
import { blankRows, increasing, openTable } from './layoutColumnsSolve';
import { learnCells, spanOf, type LayoutLine, type LayoutRow } from './layoutColumnsRows';
import { cellsHold } from './readingOrderRows';
import { cutsInTwo } from './layoutColumnsRunTogether';
import type { NumberToken } from './readingOrderText';
import { waysByColumns, type ColumnCheck } from '../placeByColumns';

/** Steps of the column-by-column walk at most (placeByColumns.ts): a few milliseconds' work. */
const MAX_STEPS = 200_000;

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
  // Rows in no sum are left out (nothing tells their ways apart). Largest numbers first: the sums
  // they leave bound the smaller rows' ways most. The rows of the relation with fewest rows first
  // (新收 + 结转 = 总计 + 结转下年度): once they are placed its sums are whole, and 总计's columns
  // bound the rest.
  const largest = (r: LayoutRow) => Math.max(...ways.get(r)![0]!.map((n) => n?.value ?? 0));
  const fewest = (r: LayoutRow) => Math.min(...columnRelations.filter((x) => coefficient(x, r.row.id) !== 0).map((x) => x.left.length + x.right.length));
  const order = mine.filter((r) => columnRelations.some((x) => coefficient(x, r.row.id) !== 0)).sort((a, b) => fewest(a) - fewest(b) || largest(b) - largest(a));
  // The sums checked: per relation and column, Σ left − Σ right (rows not found count as blank).
  const checks: ColumnCheck[] = columnRelations.flatMap((relation) =>
    group.columns.flatMap((column, k) => (relation.over.includes(column.id) ? [{ column: k, equal: relation.kind === 'equal', coefficients: order.map((r) => coefficient(relation, r.row.id)) }] : [])),
  );
  const kept = waysByColumns(order.map((r) => ways.get(r)!.map((cells) => cells.map((n) => n?.value ?? 0))), checks, MAX_STEPS);
  if (!kept) return;
  order.forEach((r, i) => {
    if (r.cells) return;
    const left = ways.get(r)!.filter((_, w) => kept[i]![w]);
    if (left.length === 0) return;
    // What all its ways left have in a cell: the same number of the line, or a blank.
    learnCells(r, left[0]!.map((cell, k) => (left.every((w) => w[k] === cell) ? cell : undefined)));
  });
  if (mine.every((r) => r.cells)) rows.push(...blankRows(text, zone, mine, format, table));
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
