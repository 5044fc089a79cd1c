// The column-by-column walk over rows' ways (core/parse/placeByColumns.ts), on small tables whose
// whole tables can be counted by hand: rows a and b, their total t = a + b in every column.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { waysByColumns, type ColumnCheck } from '../../../server/src/core/parse/placeByColumns';

/** t − a − b = 0 in each of `width` columns, rows in the order a, b, t. */
const totals = (width: number): ColumnCheck[] => Array.from({ length: width }, (_, column) => ({ column, coefficients: [-1, -1, 1], equal: true }));

test('one whole table: each row keeps the one way it takes', () => {
  // a's 3 in column 0 or 1; b's 4 in column 0 or 1; t is 3 | 4.
  const a = [[3, 0], [0, 3]];
  const b = [[4, 0], [0, 4]];
  const t = [[3, 4]];
  assert.deepEqual(waysByColumns([a, b, t], totals(2), 1000), [[true, false], [false, true], [true]]);
});

test('two whole tables: every way either takes is kept', () => {
  // t is 5 | 5: a's 5 and b's 5 may stand either way round.
  const a = [[5, 0], [0, 5]];
  const b = [[5, 0], [0, 5]];
  const t = [[5, 5]];
  assert.deepEqual(waysByColumns([a, b, t], totals(2), 1000), [[true, true], [true, true], [true]]);
});

test('a 0 weighs what a blank weighs: ways differing only there are kept together', () => {
  // a is `0 2` over three columns: the 0 may be any column before the 2's; t fixes the 2 in column 2.
  const a = [[0, 2, 0], [0, 0, 2], [0, 0, 2]];
  const b = [[1, 0, 0]];
  const t = [[1, 0, 2]];
  assert.deepEqual(waysByColumns([a, b, t], totals(3), 1000), [[false, true, true], [true], [true]]);
});

test('no whole table (the page\'s own error) and a walk over its budget give nothing', () => {
  assert.equal(waysByColumns([[[3, 0]], [[4, 0]], [[8, 0]]], totals(2), 1000), undefined);
  const spread = (v: number) => [[v, 0, 0, 0], [0, v, 0, 0], [0, 0, v, 0], [0, 0, 0, v]];
  const rows = [spread(1), spread(1), [[1, 1, 0, 0]]];
  assert.deepEqual(waysByColumns(rows, totals(4), 10_000), [[true, true, false, false], [true, true, false, false], [true]]);
  assert.equal(waysByColumns(rows, totals(4), 3), undefined);
});

test('an at-most sum holds below its bound', () => {
  // a ≤ t in each column (a − t ≤ 0): a's 2 may stand under t's 2 or t's 3, not under the blank.
  const checks: ColumnCheck[] = [0, 1, 2].map((column) => ({ column, coefficients: [1, -1], equal: false }));
  assert.deepEqual(waysByColumns([[[2, 0, 0], [0, 2, 0], [0, 0, 2]], [[2, 3, 0]]], checks, 1000), [[true, true, false], [true]]);
});
