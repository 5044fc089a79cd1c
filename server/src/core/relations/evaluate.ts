// The one evaluator of the format's relations (docs/report-format.md §4), used alike by parsing
// (splitting fused digits, choosing among readings), the arithmetic rules, hovers and fixes.
//
// A relation is data (`RelationDef`): for each row (or column) in `over`, the sum of the `left`
// cells ⋈ the sum of the `right` cells. Here it becomes instances over cell places, and sums
// become verdicts with one tolerance: amounts in 万元 carry up to four decimals, and their sums
// must compare equal whatever order they were added in.
import type { RelationDef } from '../formats/types';

/** Sums closer than this are equal. */
export const TOLERANCE = 1e-6;

/** One place of a relation instance: a row and a column of the relation's table. */
export interface Place {
  row: string;
  column: string;
}

/** A relation over one row (or one column): the places of its two sides. */
export interface PlacedRelation {
  def: RelationDef;
  /** The row (`along: 'row'`) or column (`along: 'column'`) this instance is for. */
  at: string;
  left: Place[];
  right: Place[];
}

/** Instances depend on the format's data only: made once per relation. */
const placed = new WeakMap<RelationDef, PlacedRelation[]>();

/** Every instance of a relation, one per row (or column) it runs over, in `over` order. */
export function instantiate(def: RelationDef): PlacedRelation[] {
  let instances = placed.get(def);
  if (!instances) {
    instances = def.over.map((at) => {
      const place = (id: string): Place => (def.along === 'row' ? { row: at, column: id } : { row: id, column: at });
      return { def, at, left: def.left.map(place), right: def.right.map(place) };
    });
    placed.set(def, instances);
  }
  return instances;
}

/** Whether sums of the two sides satisfy a relation of this kind. */
export function holds(kind: RelationDef['kind'], left: number, right: number): boolean {
  return kind === 'equal' ? Math.abs(left - right) < TOLERANCE : left <= right + TOLERANCE;
}

/** Whether two values are the same number within the tolerance. */
export function same(a: number, b: number): boolean {
  return Math.abs(a - b) < TOLERANCE;
}

/** A computed value rounded to the precision cells are written in (drops floating-point dust). */
export function rounded(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * The value one cell of an equal relation must take, given the sums of the other cells of each
 * side. Null for an `at-most` relation, which does not determine a value.
 */
export function solveSide(
  kind: RelationDef['kind'],
  side: 'left' | 'right',
  leftOthers: number,
  rightOthers: number,
): number | null {
  if (kind !== 'equal') return null;
  return rounded(side === 'left' ? rightOthers - leftOthers : leftOthers - rightOthers);
}

/**
 * Evaluates an instance with values looked up by place: null when a value is unknown (the
 * relation is then neither kept nor broken), else whether it holds.
 */
export function evaluate(instance: PlacedRelation, value: (place: Place) => number | null): boolean | null {
  const l = sideSum(instance.left, value);
  if (l === null) return null;
  const r = sideSum(instance.right, value);
  if (r === null) return null;
  return holds(instance.def.kind, l, r);
}

function sideSum(places: Place[], value: (place: Place) => number | null): number | null {
  let total = 0;
  for (const p of places) {
    const v = value(p);
    if (v === null) return null;
    total += v;
  }
  return total;
}
