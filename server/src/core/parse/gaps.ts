// A row that lost one cell (6 numbers under 7 columns, as text exports that drop empty cells give):
// where the gap is cannot be seen, but the relations can tell. Each position is tried with the lost
// cell as an unknown that the row's and columns' sums determine: a position is possible when that
// value is valid for its column and every relation through the row then holds. One possible
// position is the reading; none means the row's numbers are wrong wherever the gap is.
import type { FormatDefinition, TableId } from '../formats/types';
import { columnKind, validValue } from '../relations/analysis';
import { evaluate, instantiate, solveSide, type Place, type PlacedRelation } from '../relations/evaluate';

export type GapVerdict =
  /** One position fits: the placement's index, and the value the relations give the lost cell. */
  | { kind: 'placed'; index: number; value: number | null }
  /** No position fits: the row is wrong whatever cell was lost. */
  | { kind: 'inconsistent' }
  /**
   * Several positions fit (`fits`: their placements' indexes; `values`: the lost cell's value the
   * relations give in each, null where none does), or nothing could be checked.
   */
  | { kind: 'open'; fits?: number[]; values?: Array<number | null> };

export interface GapInput {
  format: FormatDefinition;
  table: TableId;
  row: string;
  /** The row's column ids, in order. */
  columns: string[];
  /** Per placement, the column of the gap and the row's values by column (null for a cell that is no number). */
  placements: Array<{ gap: number; values: Array<number | null> }>;
  /** The other rows' values (null when unknown). */
  valueAt: (row: string, column: string) => number | null;
  /** The lost cell's value where the text says what it held (a dropped blank cell: 0); else the relations solve it. */
  gapValue?: number;
}

export function placeGap(input: GapInput): GapVerdict {
  const { format, table, row, columns } = input;
  const through = relationsThrough(format, table, row);
  if (through.length === 0) return { kind: 'open' };
  const fits: Array<{ index: number; value: number | null }> = [];
  let checked = false;
  input.placements.forEach(({ gap, values }, index) => {
    const gapColumn = columns[gap];
    const known = (p: Place): number | null => {
      if (p.row !== row) return input.valueAt(p.row, p.column);
      const c = columns.indexOf(p.column);
      return c < 0 ? null : (values[c] ?? null);
    };
    const isGapPlace = (p: Place) => p.row === row && p.column === gapColumn;
    const value = gapColumn === undefined ? null : (input.gapValue ?? solveGap(through, isGapPlace, known));
    if (value !== null && !validValue(columnKind(format, table, gapColumn!), value)) return;
    const at = (p: Place) => (isGapPlace(p) ? value : known(p));
    for (const inst of through) {
      const verdict = evaluate(inst, at);
      if (verdict === false) return;
      if (verdict === true) checked = true;
    }
    fits.push({ index, value });
  });
  if (fits.length === 1 && checked) return { kind: 'placed', ...fits[0]! };
  if (fits.length === 0) return { kind: 'inconsistent' };
  return checked ? { kind: 'open', fits: fits.map((f) => f.index), values: fits.map((f) => f.value) } : { kind: 'open' };
}

/** The format's relation instances through a row depend on its definitions only: listed once per format, table and row. */
const throughRows = new WeakMap<FormatDefinition, Map<string, PlacedRelation[]>>();
function relationsThrough(format: FormatDefinition, table: TableId, row: string): PlacedRelation[] {
  let byRow = throughRows.get(format);
  if (!byRow) throughRows.set(format, (byRow = new Map()));
  const key = `${table}/${row}`;
  let through = byRow.get(key);
  if (!through) {
    through = format.relations
      .filter((def) => def.table === table)
      .flatMap((def) => instantiate(def).filter((inst) => [...inst.left, ...inst.right].some((p) => p.row === row)));
    byRow.set(key, through);
  }
  return through;
}

/** The lost cell's value from the first equal relation whose other cells are all known. */
function solveGap(through: PlacedRelation[], isGap: (p: Place) => boolean, known: (p: Place) => number | null): number | null {
  for (const inst of through) {
    if (inst.def.kind !== 'equal') continue;
    let side: 'left' | 'right' | null = null;
    let l = 0;
    let r = 0;
    let complete = true;
    for (const [places, which] of [[inst.left, 'left'], [inst.right, 'right']] as const) {
      for (const p of places) {
        if (isGap(p)) {
          side = which;
          continue;
        }
        const v = known(p);
        if (v === null) complete = false;
        else if (which === 'left') l += v;
        else r += v;
      }
    }
    if (side && complete) return solveSide('equal', side, l, r);
  }
  return null;
}
