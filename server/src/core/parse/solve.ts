// Choosing among a table's row readings with the relations of the format (docs/report-format.md §4):
// a reading that makes the row total and the column balances hold is preferred to one that
// does not. One best reading → taken; several → kept, and the cells where they differ are
// ambiguous. Relations with an unknown cell are not evaluated.
import type { RelationDef } from '../formats/types';
import { holds, instantiate as placesOf, rounded, type PlacedRelation } from '../relations/evaluate';

export interface RowChoices {
  row: string;
  columns: string[];
  /** Per reading, the value of each column (null: not a readable number). */
  values: Array<Array<number | null>>;
}

interface Instance {
  left: Array<[string, string]>;
  right: Array<[string, string]>;
  rows: Set<string>;
}

const MAX_COMBINATIONS = 50_000;

export interface Choice {
  /** Per row, the indexes of the readings that survive (in input order). */
  chosen: Map<string, number[]>;
  /** Rows with several readings none of which satisfies the row's own relations. */
  inconsistent: Set<string>;
}

export function chooseReadings(rows: RowChoices[], relations: RelationDef[]): Choice {
  const chosen = new Map<string, number[]>(rows.map((r) => [r.row, r.values.map((_, i) => i)]));
  const inconsistent = new Set<string>();
  // Nothing to choose (every row read one way or none, as in nearly every table): the relations
  // are not instantiated, which was most of this function's time on such tables.
  if (rows.every((r) => r.values.length < 2)) return { chosen, inconsistent };
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const instances = instantiate(relations.filter((r) => r.kind === 'equal'), rows);

  // Within each row first: its own relations (row totals).
  for (const row of rows) {
    if (row.values.length < 2) continue;
    const own = instances.filter((inst) => inst.rows.size === 1 && inst.rows.has(row.row));
    const scores = row.values.map((_, i) => score(own, (r, c) => (r === row.row ? valueOf(row, i, c) : null)));
    chosen.set(row.row, best(scores));
    if (own.length > 0 && Math.max(...scores) < 0) inconsistent.add(row.row);
  }

  // Then across rows: first prune readings no column relation can accept, then weigh every
  // combination of what is left.
  propagate(instances, byRow, chosen);
  const open = rows.filter((r) => chosen.get(r.row)!.length > 1);
  if (open.length === 0) return { chosen, inconsistent };
  const combos = open.reduce((n, r) => n * chosen.get(r.row)!.length, 1);
  if (combos > MAX_COMBINATIONS) return { chosen, inconsistent };
  const cross = instances.filter((inst) => [...inst.rows].some((r) => open.some((o) => o.row === r)));
  const pick = new Map<string, number>();
  for (const r of rows) if (chosen.get(r.row)!.length === 1) pick.set(r.row, chosen.get(r.row)![0]!);
  // The relations across rows, compiled once: every combination is scored, and looking rows and
  // columns up by name for each was most of a table's solving time in the profile. `picked`
  // holds the fixed rows' readings and, during the search, the open rows' ones, by slot.
  const slots = new Map<string, number>();
  const slotOf = (r: string) => slots.get(r) ?? slots.set(r, slots.size).get(r)!;
  const compile = (cells: Array<[string, string]>): CompiledTerm[] =>
    cells.map(([r, c]) => {
      const row = byRow.get(r);
      return { slot: slotOf(r), row, column: row ? row.columns.indexOf(c) : -1 };
    });
  const compiled = cross.map((inst) => ({ left: compile(inst.left), right: compile(inst.right) }));
  const picked: Array<number | undefined> = new Array(slots.size).fill(undefined);
  for (const [r, i] of pick) if (slots.has(r)) picked[slots.get(r)!] = i;
  const openSlots = open.map((row) => slots.get(row.row));
  // Each relation is scored once its last open row is picked (its depth in the search), and its
  // score carried down: a combination's score is the same sum as scoring every relation at the
  // end, without scoring again, for each combination, the relations of rows picked above it.
  const depthOfSlot = new Map<number, number>();
  openSlots.forEach((slot, k) => slot !== undefined && depthOfSlot.set(slot, k));
  const atDepth: Array<Array<{ left: CompiledTerm[]; right: CompiledTerm[] }>> = open.map(() => []);
  const fixed: Array<{ left: CompiledTerm[]; right: CompiledTerm[] }> = [];
  for (const inst of compiled) {
    let depth = -1;
    for (const t of inst.left) depth = Math.max(depth, depthOfSlot.get(t.slot) ?? -1);
    for (const t of inst.right) depth = Math.max(depth, depthOfSlot.get(t.slot) ?? -1);
    (depth < 0 ? fixed : atDepth[depth]!).push(inst);
  }
  let bestScore = -Infinity;
  // A winner is the reading picked for each open row (by position in `open`, whose rows are
  // distinct): copying the whole pick map per tied combination was most of the garbage.
  const current: number[] = new Array(open.length).fill(0);
  let winners: number[][] = [];
  const visit = (k: number, s: number): void => {
    if (k === open.length) {
      if (s > bestScore) {
        bestScore = s;
        winners = [current.slice()];
      } else if (s === bestScore) winners.push(current.slice());
      return;
    }
    const row = open[k]!;
    const slot = openSlots[k];
    for (const i of chosen.get(row.row)!) {
      current[k] = i;
      if (slot !== undefined) picked[slot] = i;
      visit(k + 1, s + compiledScore(atDepth[k]!, picked));
    }
    if (slot !== undefined) picked[slot] = undefined;
  };
  visit(0, compiledScore(fixed, picked));
  for (const [k, row] of open.entries()) {
    const kept = [...new Set(winners.map((w) => w[k]!))].sort((a, b) => a - b);
    chosen.set(row.row, kept);
  }
  return { chosen, inconsistent };
}

const MAX_SUMS = 20_000;

/**
 * Arc consistency on the relations across rows: a reading survives only if, for every relation
 * it takes part in, the other rows' remaining readings can make the relation hold. A relation
 * that no combination satisfies (the drafter's own error) prunes nothing.
 */
function propagate(instances: Instance[], byRow: Map<string, RowChoices>, chosen: Map<string, number[]>): void {
  for (let changed = true, rounds = 0; changed && rounds < 20; rounds++) {
    changed = false;
    for (const inst of instances) {
      if (inst.rows.size < 2) continue;
      // Only a relation through a row still read several ways can prune: the others are passed
      // over before their terms are listed.
      let open = false;
      for (const r of inst.rows) if ((chosen.get(r)?.length ?? 0) > 1) open = true;
      if (!open) continue;
      const terms = [
        ...inst.left.map(([r, c]) => ({ r, c, sign: 1 })),
        ...inst.right.map(([r, c]) => ({ r, c, sign: -1 })),
      ];
      const sets = terms.map((t) => {
        const row = byRow.get(t.r);
        if (!row) return null;
        const vals = chosen.get(t.r)!.map((i) => valueOf(row, i, t.c));
        return vals.some((v) => v === null) ? null : [...new Set(vals as number[])].map((v) => v * t.sign);
      });
      if (sets.some((x) => x === null)) continue;
      const values = sets as number[][];
      const next = new Map<string, number[]>();
      let usable = true;
      for (let k = 0; k < terms.length && usable; k++) {
        const t = terms[k]!;
        if (chosen.get(t.r)!.length < 2) continue;
        const others = sumsOf(values.filter((_, j) => j !== k));
        if (!others) {
          usable = false;
          break;
        }
        const row = byRow.get(t.r)!;
        const keep = chosen.get(t.r)!.filter((i) => others.has(rounded(-(valueOf(row, i, t.c)! * t.sign))));
        if (keep.length === 0) usable = false;
        else if (keep.length < chosen.get(t.r)!.length) next.set(t.r, keep);
      }
      if (!usable) continue;
      for (const [r, keep] of next) {
        chosen.set(r, keep);
        changed = true;
      }
    }
  }
}

/** Every sum of one value from each set, or null when there are too many to list. */
function sumsOf(sets: number[][]): Set<number> | null {
  let sums = new Set<number>([0]);
  for (const set of sets) {
    const next = new Set<number>();
    for (const a of sums) for (const b of set) next.add(rounded(a + b));
    if (next.size > MAX_SUMS) return null;
    sums = next;
  }
  return sums;
}

function valueOf(row: RowChoices, reading: number, column: string): number | null {
  const c = row.columns.indexOf(column);
  return c < 0 ? null : row.values[reading]![c] ?? null;
}

function instantiate(relations: RelationDef[], rows: RowChoices[]): Instance[] {
  const present = new Set(rows.map((r) => r.row));
  const out: Instance[] = [];
  for (const rel of relations) {
    for (const placed of placesOf(rel)) {
      const { left, right, rows: all } = termsOf(placed);
      const involved = new Set<string>();
      for (const r of all) if (present.has(r)) involved.add(r);
      if (involved.size === 0) continue;
      out.push({ left, right, rows: involved });
    }
  }
  return out;
}

/**
 * A placed relation's cells as [row, column] pairs and its rows (first appearance order), made
 * once per relation: every table parse instantiated them anew. Read only.
 */
const placedTerms = new WeakMap<PlacedRelation, { left: Array<[string, string]>; right: Array<[string, string]>; rows: string[] }>();
function termsOf(placed: PlacedRelation): { left: Array<[string, string]>; right: Array<[string, string]>; rows: string[] } {
  let terms = placedTerms.get(placed);
  if (!terms) {
    const left = placed.left.map((p): [string, string] => [p.row, p.column]);
    const right = placed.right.map((p): [string, string] => [p.row, p.column]);
    terms = { left, right, rows: [...new Set([...left, ...right].map(([r]) => r))] };
    placedTerms.set(placed, terms);
  }
  return terms;
}

/** Satisfied minus broken relations; relations with an unknown cell count for nothing. */
function score(instances: Instance[], value: (row: string, column: string) => number | null): number {
  let s = 0;
  for (const inst of instances) {
    const l = sum(inst.left, value);
    const r = sum(inst.right, value);
    if (l === null || r === null) continue;
    s += holds('equal', l, r) ? 1 : -1;
  }
  return s;
}

function sum(cells: Array<[string, string]>, value: (row: string, column: string) => number | null): number | null {
  let total = 0;
  for (const [r, c] of cells) {
    const v = value(r, c);
    if (v === null) return null;
    total += v;
  }
  return total;
}

interface CompiledTerm {
  slot: number;
  row: RowChoices | undefined;
  /** Index in the row's columns; -1 when the row lacks the column. */
  column: number;
}

/** `score` over compiled instances, with the picked reading of each row slot. */
function compiledScore(instances: Array<{ left: CompiledTerm[]; right: CompiledTerm[] }>, picked: Array<number | undefined>): number {
  let s = 0;
  for (const inst of instances) {
    const l = compiledSum(inst.left, picked);
    const r = compiledSum(inst.right, picked);
    if (l === null || r === null) continue;
    s += holds('equal', l, r) ? 1 : -1;
  }
  return s;
}

function compiledSum(terms: CompiledTerm[], picked: Array<number | undefined>): number | null {
  let total = 0;
  for (const t of terms) {
    const i = picked[t.slot];
    if (!t.row || i === undefined || t.column < 0) return null;
    const v = t.row.values[i]![t.column] ?? null;
    if (v === null) return null;
    total += v;
  }
  return total;
}

function best(scores: number[]): number[] {
  const top = Math.max(...scores);
  return scores.flatMap((s, i) => (s === top ? [i] : []));
}
