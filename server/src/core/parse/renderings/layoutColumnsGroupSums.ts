// Aligned PDF text (`pdftotext -layout`): 表四's one row with fewer numbers than columns (zeros left
// blank) whose headers do not place them (CMS pages: the headers drift a column or two). The row
// is three groups of five columns, each ending in its total (总计 = 维持 + 纠正 + 其他 + 尚未审结),
// and its numbers come in column order, so a group's numbers are a run of the row's, and where the
// runs can be cut only one way with each run's last number the sum of the others, the cut is
// certain. A run of five is its group read whole; an empty run, a group of blanks; a shorter run
// gives its total (above 0: a 0 may be a zero cell beside a blank total) and leaves its other
// cells of unknown content, the row unread but its totals known. A shorter run of zeros is a cut
// as good as any (a 0 total and a blank, or zeros beside a blank total), its cells all unknown:
// `7 0 0 7 | 0 0 0 0 | 0 7 0 0 7` cuts two ways, and nothing is read by the sums.
import type { FormatDefinition, TableDef } from '../../formats/types';
import type { NumberToken } from './readingOrderText';

/** A cell of the row: a number, a blank (null), or one whose content is not known. */
export type GroupCell = NumberToken | null | 'unknown';

/** The row's cells by the unique cut of its numbers into its groups' runs; undefined where none or several. */
export function cellsByGroupSums(numbers: NumberToken[], table: TableDef, format: FormatDefinition): GroupCell[] | undefined {
  const columns = table.groups[0]?.columns.map((c) => c.id);
  const groups = columns && groupsOf(columns, table, format);
  if (!columns || !groups || numbers.length >= columns.length || numbers.some((n) => n.decimal)) return undefined;
  const cuts: number[][] = [];
  // Each group takes a run of 0..size numbers, in order; every number is taken.
  const walk = (g: number, at: number, sizes: number[]): void => {
    if (cuts.length > 1) return;
    if (g === groups.length) {
      if (at === numbers.length) cuts.push([...sizes]);
      return;
    }
    for (let k = 0; k <= groups[g]!.length && at + k <= numbers.length; k++) {
      if (!runHolds(numbers.slice(at, at + k), groups[g]!.length)) continue;
      sizes.push(k);
      walk(g + 1, at + k, sizes);
      sizes.pop();
    }
  };
  walk(0, 0, []);
  if (cuts.length !== 1) return undefined;
  const cells: GroupCell[] = [];
  let at = 0;
  cuts[0]!.forEach((k, g) => {
    const size = groups[g]!.length;
    const run = numbers.slice(at, at + k);
    at += k;
    if (k === size) cells.push(...run);
    else if (k === 0) for (let i = 0; i < size; i++) cells.push(null);
    else if (run[run.length - 1]!.value === 0) for (let i = 0; i < size; i++) cells.push('unknown');
    else {
      for (let i = 0; i < size - 1; i++) cells.push('unknown');
      cells.push(run[run.length - 1]!);
    }
  });
  return cells;
}

/**
 * A group's run: none (all blank), all its columns with the last the sum, or fewer ending in their
 * sum; or fewer zeros (blanks and zeros beside a blank total, or a 0 total: `0 0 0 0` of five).
 */
function runHolds(run: NumberToken[], size: number): boolean {
  if (run.length === 0) return true;
  const last = run[run.length - 1]!.value;
  if (run.length < size && run.every((n) => n.value === 0)) return true;
  const sum = run.slice(0, -1).reduce((s, n) => s + n.value, 0);
  if (sum !== last) return false;
  return run.length === size || (run.length > 1 && last > 0);
}

/**
 * The table's column groups, each a run of columns ending in its total, from the format's row
 * relations (`total = the others of the run`); undefined unless they cover the columns in order.
 */
function groupsOf(columns: string[], table: TableDef, format: FormatDefinition): string[][] | undefined {
  const groups: string[][] = [];
  let at = 0;
  for (const rel of format.relations) {
    if (rel.table !== table.id || rel.along !== 'row' || rel.kind !== 'equal' || rel.left.length !== 1) continue;
    const run = columns.slice(at, at + rel.right.length + 1);
    if (run.length !== rel.right.length + 1 || run[run.length - 1] !== rel.left[0] || !rel.right.every((c) => run.includes(c))) return undefined;
    groups.push(run);
    at += run.length;
  }
  return at === columns.length && groups.length > 1 ? groups : undefined;
}
