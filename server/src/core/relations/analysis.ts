// A table's relations evaluated over its parsed cells, and error localisation.
//
// An instance is evaluated only when every cell in it was read as a number (`ok`); anything else
// (empty, missing, dash, ambiguous, a row that was not found or could not be aligned) makes the
// instance unknown, and unknown is never reported.
//
// Localisation: a single wrong cell breaks every relation through it and nothing else, like a
// parity check. A cell is a *candidate* when every known relation through it is broken, and one
// value (valid for its column: a count is a non-negative integer) repairs all of them. A broken
// relation is *localised* when exactly one candidate on it is backed by at least two broken
// relations (a row and a column); with several such candidates the checker says so and does not
// choose; with none it only states the broken sum.
import type { ColumnDef, FormatDefinition, RelationDef, TableId, ValueKind } from '../formats/types';
import type { CellModel, ReportModel, RowModel, TableModel } from '../model';
import { holds, instantiate, same, solveSide, type Place, type PlacedRelation } from './evaluate';

/** One place of a relation: the cell key and the cell, when the table has it. */
export interface Term {
  key: string;
  row: string;
  column: string;
  cell: CellModel | undefined;
}

export interface RelationInstance {
  def: RelationDef;
  /** The row (`along: 'row'`) or column (`along: 'column'`) this instance is for. */
  at: string;
  left: Term[];
  right: Term[];
  /** Every cell is present and read as a number. */
  known: boolean;
  leftSum: number;
  rightSum: number;
  /** Meaningful only when `known`. */
  holds: boolean;
}

export interface Candidate {
  cell: CellModel;
  /** The value that makes every relation through the cell hold. */
  value: number;
  /** The broken instances through the cell. */
  covers: RelationInstance[];
}

export type Explanation =
  | { kind: 'cell'; candidate: Candidate }
  | { kind: 'several'; candidates: Candidate[] }
  | { kind: 'none' };

export interface TableAnalysis {
  table: TableModel;
  instances: RelationInstance[];
  broken: RelationInstance[];
  explain(instance: RelationInstance): Explanation;
  /** Every known instance a cell takes part in. */
  through(key: string): RelationInstance[];
}

function sum(terms: Term[]): number {
  let s = 0;
  for (const t of terms) s += t.cell?.value ?? 0;
  return s;
}

function rowUsable(row: RowModel | undefined): boolean {
  // A row that lost a cell takes part only when the relations placed the gap.
  return !!row && (!row.incomplete || !!row.incomplete.gap) && !row.unreadable;
}

/** The value kind of a column of a table (count when unknown). */
export function columnKind(format: FormatDefinition, table: TableId, column: string): ValueKind {
  return columnDef(format, table, column)?.kind ?? 'count';
}

export function columnDef(format: FormatDefinition, table: TableId, column: string): ColumnDef | undefined {
  const def = format.tables.find((t) => t.id === table);
  for (const group of def?.groups ?? []) {
    const found = group.columns.find((c) => c.id === column);
    if (found) return found;
  }
  return undefined;
}

/** Whether a value may stand in a column of this kind. */
export function validValue(kind: ValueKind, value: number): boolean {
  if (kind === 'count') return Number.isInteger(value) && value >= 0;
  if (kind === 'change') return Number.isInteger(value);
  return value >= 0;
}

/** Cell keys by table, row and column: built once, not once per term of every analysis. */
const termKeys = new Map<string, Map<string, Map<string, string>>>();
function termKey(table: string, row: string, column: string): string {
  let byRow = termKeys.get(table);
  if (!byRow) termKeys.set(table, (byRow = new Map()));
  let byColumn = byRow.get(row);
  if (!byColumn) byRow.set(row, (byColumn = new Map()));
  let key = byColumn.get(column);
  if (key === undefined) byColumn.set(column, (key = `${table}.${row}.${column}`));
  return key;
}

/** The cell keys of a placed relation's two sides (its table's), made once per placed relation. */
const placedKeys = new WeakMap<PlacedRelation, { left: string[]; right: string[] }>();
function keysOf(placed: PlacedRelation): { left: string[]; right: string[] } {
  let keys = placedKeys.get(placed);
  if (!keys) {
    const table = placed.def.table;
    keys = { left: placed.left.map((p) => termKey(table, p.row, p.column)), right: placed.right.map((p) => termKey(table, p.row, p.column)) };
    placedKeys.set(placed, keys);
  }
  return keys;
}

/** Builds every instance of the format's relations over one table. */
export function instancesOf(format: FormatDefinition, table: TableModel): RelationInstance[] {
  // The usable rows' cells, looked up once per table; a row's cell by a scan of its few cells
  // (the last of a column, as a map by column would keep), rather than a map made per row.
  const cellsByRow = new Map<string, CellModel[]>();
  for (const r of table.rows) if (rowUsable(r)) cellsByRow.set(r.id, r.cells);
  const cellAt = (row: string, column: string): CellModel | undefined => {
    const cells = cellsByRow.get(row);
    if (!cells) return undefined;
    for (let i = cells.length - 1; i >= 0; i--) if (cells[i]!.column === column) return cells[i];
    return undefined;
  };
  const side = (places: Place[], keys: string[]): Term[] => {
    const terms: Term[] = new Array(places.length);
    for (let i = 0; i < places.length; i++) {
      const p = places[i]!;
      terms[i] = { key: keys[i]!, row: p.row, column: p.column, cell: cellAt(p.row, p.column) };
    }
    return terms;
  };
  const instances: RelationInstance[] = [];
  for (const def of format.relations) {
    if (def.table !== table.id) continue;
    for (const placed of instantiate(def)) {
      const keys = keysOf(placed);
      const left = side(placed.left, keys.left);
      const right = side(placed.right, keys.right);
      const known = left.every(isKnown) && right.every(isKnown);
      const leftSum = sum(left);
      const rightSum = sum(right);
      instances.push({ def, at: placed.at, left, right, known, leftSum, rightSum, holds: holds(def.kind, leftSum, rightSum) });
    }
  }
  return instances;
}

function isKnown(t: Term): boolean {
  return t.cell?.status === 'ok' && t.cell.value !== null;
}

/** Whether an instance holds when one cell takes another value. */
function holdsWith(instance: RelationInstance, key: string, value: number): boolean {
  let l = 0;
  let r = 0;
  for (const t of instance.left) l += t.key === key ? value : (t.cell?.value ?? 0);
  for (const t of instance.right) r += t.key === key ? value : (t.cell?.value ?? 0);
  return holds(instance.def.kind, l, r);
}

/** The value a cell must take for an equal instance to hold, from the other cells. */
export function solveFor(instance: RelationInstance, key: string): number | null {
  if (instance.def.kind !== 'equal') return null;
  let l = 0;
  let r = 0;
  let side: 'left' | 'right' | null = null;
  for (const t of instance.left) {
    if (t.key === key) side = 'left';
    else l += t.cell?.value ?? 0;
  }
  for (const t of instance.right) {
    if (t.key === key) side = 'right';
    else r += t.cell?.value ?? 0;
  }
  if (side === null) return null;
  return solveSide(instance.def.kind, side, l, r);
}

export function analyseTable(format: FormatDefinition, table: TableModel): TableAnalysis {
  const instances = instancesOf(format, table);
  const known = instances.filter((i) => i.known);
  const broken = known.filter((i) => !i.holds);
  const byKey = new Map<string, RelationInstance[]>();
  for (const instance of known) {
    for (const t of [...instance.left, ...instance.right]) {
      const list = byKey.get(t.key) ?? [];
      list.push(instance);
      byKey.set(t.key, list);
    }
  }

  // Candidates: cells whose every known relation is broken and repaired by one valid value.
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const instance of broken) {
    for (const t of [...instance.left, ...instance.right]) {
      if (seen.has(t.key) || !t.cell) continue;
      seen.add(t.key);
      const through = byKey.get(t.key) ?? [];
      if (through.some((i) => i.holds && i.def.kind === 'equal')) continue;
      let value: number | null = null;
      let consistent = true;
      for (const i of through) {
        if (i.holds || i.def.kind !== 'equal') continue;
        const v = solveFor(i, t.key);
        if (v === null || (value !== null && !same(v, value))) {
          consistent = false;
          break;
        }
        value = v;
      }
      if (!consistent || value === null) continue;
      if (!validValue(columnKind(format, table.id, t.column), value)) continue;
      if (!through.every((i) => holdsWith(i, t.key, value!))) continue;
      candidates.push({ cell: t.cell, value, covers: through.filter((i) => !i.holds) });
    }
  }

  const explain = (instance: RelationInstance): Explanation => {
    if (instance.holds || !instance.known) return { kind: 'none' };
    const keys = new Set([...instance.left, ...instance.right].map((t) => t.key));
    // Backed by a row and a column: a single relation cannot tell its own cells apart.
    const onIt = candidates.filter((c) => keys.has(c.cell.key) && c.covers.length >= 2);
    if (onIt.length === 1) return { kind: 'cell', candidate: onIt[0]! };
    if (onIt.length > 1) return { kind: 'several', candidates: onIt };
    return { kind: 'none' };
  };

  return { table, instances, broken, explain, through: (key) => byKey.get(key) ?? [] };
}

/**
 * Analyses by table object and format. A table in a block an edit did not touch is the same
 * object in the next model (see parseReport's placed tables), so its analysis is kept too.
 */
const cache = new WeakMap<TableModel, { format: FormatDefinition; analysis: TableAnalysis }>();

/** The analysis of every table of a report (cached per table). */
export function analyse(model: ReportModel, format: FormatDefinition | null): TableAnalysis[] {
  if (!format) return [];
  return model.tables.map((table) => cachedAnalysis(format, table));
}

function cachedAnalysis(format: FormatDefinition, table: TableModel): TableAnalysis {
  const cached = cache.get(table);
  if (cached && cached.format === format) return cached.analysis;
  const analysis = analyseTable(format, table);
  cache.set(table, { format, analysis });
  return analysis;
}

/**
 * The value the relations determine for a cell that holds no number (empty, dash): every known-
 * but-for-this-cell equal instance through it gives the same valid value. Null when they do not
 * agree, or none determines it.
 */
export function impliedValue(format: FormatDefinition, table: TableModel, key: string): number | null {
  const instances = cachedAnalysis(format, table).instances;
  let value: number | null = null;
  for (const instance of instances) {
    if (instance.def.kind !== 'equal') continue;
    const terms = [...instance.left, ...instance.right];
    if (!terms.some((t) => t.key === key)) continue;
    const others = terms.filter((t) => t.key !== key);
    if (!others.every((t) => t.cell?.status === 'ok' && t.cell.value !== null)) continue;
    const v = solveFor(instance, key);
    if (v === null) continue;
    if (value !== null && !same(v, value)) return null;
    value = v;
  }
  if (value === null) return null;
  const column = key.split('.')[2] ?? '';
  return validValue(columnKind(format, table.id, column), value) ? value : null;
}

