// Placing rows that lost their blank cells by the table's relations taken together
// (docs/report-format.md §4, §5). lynx drops an empty `<td></td>` without a trace, so a row of a
// table whose zeros are left blank may hold its numbers in any of several choices of columns.
// Row by row the row total leaves many; the column sums (总计 = the rows above it, 一 + 二 = 三 + 四)
// tie the rows together, and only the combinations where every relation holds are the page. A row
// keeps the placements found in at least one such combination: a cell is read only where all of
// them agree, never guessed. Exact, by walking the open rows in turn with the relations' partial
// sums as the state (each state solved once); a table with more states than the budget, or with
// no combination at all (the page's own error), is left as the caller had it.
import type { RelationDef } from '../formats/types';
import { instantiate, rounded } from '../relations/evaluate';
import { chooseReadings, type Choice, type RowChoices } from './solve';

/** Distinct (row, partial sums) states explored before giving up: a few milliseconds' work. */
const MAX_STATES = 20_000;
const TOLERANCE = 1e-6;

interface Term {
  row: number;
  column: number;
  sign: number;
}

/**
 * For each row with several readings left, the readings that take part in a combination of all
 * open rows' readings where every equal relation holds; 'none' where no combination exists,
 * 'too-many' where the search would be too long, undefined where nothing is open or checkable. Rows with one reading are fixed; relations over a cell no reading knows are
 * left out (they cannot be checked).
 */
export function supportedReadings(rows: RowChoices[], relations: RelationDef[], chosen: Map<string, number[]>): Map<string, number[]> | 'none' | 'too-many' | undefined {
  const index = new Map(rows.map((r, i) => [r.row, i]));
  const domains = rows.map((r) => chosen.get(r.row) ?? r.values.map((_, i) => i));
  const open = rows.map((_, i) => i).filter((i) => domains[i]!.length > 1);
  if (open.length === 0) return undefined;
  const isOpen = new Set(open);

  const instances: Term[][] = [];
  for (const rel of relations) {
    if (rel.kind !== 'equal') continue;
    for (const placed of instantiate(rel)) {
      const terms: Term[] = [];
      let usable = true;
      for (const [places, sign] of [[placed.left, 1], [placed.right, -1]] as const) {
        for (const p of places) {
          const r = index.get(p.row);
          const column = r === undefined ? -1 : rows[r]!.columns.indexOf(p.column);
          if (r === undefined || column < 0 || domains[r]!.length === 0) usable = false;
          else if (domains[r]!.some((i) => rows[r]!.values[i]![column] === null || rows[r]!.values[i]![column] === undefined)) usable = false;
          else terms.push({ row: r, column, sign });
        }
      }
      if (usable && terms.some((t) => isOpen.has(t.row))) instances.push(terms);
    }
  }
  if (instances.length === 0) return undefined;

  // Rows that take part in most relations first (the totals), so the sums close early.
  const weight = (r: number) => instances.filter((inst) => inst.some((t) => t.row === r)).length;
  open.sort((a, b) => weight(b) - weight(a) || domains[a]!.length - domains[b]!.length || a - b);
  const depthOf = new Map(open.map((r, d) => [r, d]));

  const n = instances.length;
  const start = new Float64Array(n);
  // contribution[d][k]: per reading of the open row at depth d, what it adds to each relation.
  const contribution = open.map((r) => domains[r]!.map(() => new Float64Array(n)));
  // The least and most the rows from depth d on can still add to each relation.
  const least = open.map(() => new Float64Array(n)).concat([new Float64Array(n)]);
  const most = open.map(() => new Float64Array(n)).concat([new Float64Array(n)]);
  instances.forEach((terms, k) => {
    for (const t of terms) {
      const value = (i: number) => t.sign * rows[t.row]!.values[i]![t.column]!;
      const d = depthOf.get(t.row);
      if (d === undefined) {
        start[k] = rounded(start[k]! + value(domains[t.row]![0]!));
        continue;
      }
      domains[t.row]!.forEach((i, j) => (contribution[d]![j]![k] = rounded(contribution[d]![j]![k]! + value(i))));
    }
    for (let d = open.length - 1; d >= 0; d--) {
      let lo = Infinity;
      let hi = -Infinity;
      for (const c of contribution[d]!) {
        lo = Math.min(lo, c[k]!);
        hi = Math.max(hi, c[k]!);
      }
      least[d]![k] = least[d + 1]![k]! + lo;
      most[d]![k] = most[d + 1]![k]! + hi;
    }
  });

  const feasible = (d: number, state: Float64Array) => {
    for (let k = 0; k < n; k++) {
      if (state[k]! + least[d]![k]! > TOLERANCE || state[k]! + most[d]![k]! < -TOLERANCE) return false;
    }
    return true;
  };
  const supported = open.map(() => new Set<number>());
  const memo = new Map<string, boolean>();
  let aborted = false;
  const solve = (d: number, state: Float64Array): boolean => {
    if (d === open.length) return true; // feasible() at the end means every sum is 0
    const key = `${d}|${state.join(',')}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (memo.size >= MAX_STATES) {
      aborted = true;
      return false;
    }
    memo.set(key, false);
    let any = false;
    contribution[d]!.forEach((c, j) => {
      if (aborted) return;
      const next = new Float64Array(n);
      for (let k = 0; k < n; k++) next[k] = rounded(state[k]! + c[k]!);
      if (feasible(d + 1, next) && solve(d + 1, next)) {
        supported[d]!.add(j);
        any = true;
      }
    });
    memo.set(key, any);
    return any;
  };
  const found = feasible(0, start) && solve(0, start);
  if (aborted) return 'too-many';
  if (!found) return 'none';
  const out = new Map<string, number[]>();
  open.forEach((r, d) => out.set(rows[r]!.row, domains[r]!.filter((_, j) => supported[d]!.has(j))));
  return out;
}

/**
 * The chooser's readings for a table that drops blank cells, narrowed by what the text shows of
 * them (`allowed`: per row, which readings leave the blank cells the text shows; undefined keeps
 * all) and by the relations taken together. Where no table the relations allow is left after the
 * narrowing, the text was misread (a layout the trace does not describe) and it is not used:
 * rows whose readings came from it (`traced`) are then read as nothing.
 */
export function choosePlacements(choices: RowChoices[], relations: RelationDef[], allowed: Array<boolean[] | undefined>, traced: boolean[]): Choice {
  const narrowed = traced.some(Boolean) || allowed.some((a) => a !== undefined && a.some((ok) => !ok) && a.some((ok) => ok));
  if (narrowed) {
    const kept = choices.map((c, r) => {
      const a = allowed[r];
      const all = c.values.map((_, i) => i);
      return a && a.some((ok) => ok) ? all.filter((i) => a[i]) : all;
    });
    const result = chooseWithin(choices.map((c, r) => ({ ...c, values: kept[r]!.map((i) => c.values[i]!) })), relations);
    if (result) {
      for (const [row, picked] of result.chosen) {
        const r = choices.findIndex((c) => c.row === row);
        result.chosen.set(row, picked.map((i) => kept[r]![i]!));
      }
      return result;
    }
  }
  const untraced = choices.map((c, r) => (traced[r] ? { ...c, values: [c.columns.map(() => null)] } : c));
  const result = chooseWithin(untraced, relations) ?? chooseReadings(untraced, relations);
  choices.forEach((c, r) => traced[r] && result.chosen.set(c.row, []));
  return result;
}

/** The chooser, then the relations together; undefined where no table they allow is left. */
function chooseWithin(choices: RowChoices[], relations: RelationDef[]): Choice | undefined {
  const choice = chooseReadings(choices, relations);
  const supported = supportedReadings(choices, relations, choice.chosen);
  if (supported === 'none') return undefined;
  if (supported instanceof Map) for (const [row, kept] of supported) choice.chosen.set(row, kept);
  return choice;
}
