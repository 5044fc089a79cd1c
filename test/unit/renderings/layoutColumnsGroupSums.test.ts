// 表四 in pdftotext -layout with zeros left blank and headers that place nothing: the row's numbers
// cut into its three groups' runs by the groups' sums, where only one cut holds. A whole run is its
// group, an empty run a group of blanks, a shorter run its total only (the rest unknown).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { FORMATS } from '../../../server/src/core/formats';
import { modelCells, parseReport } from '../../../server/src/core';
import { cellsByGroupSums } from '../../../server/src/core/parse/renderings/layoutColumnsGroupSums';
import type { NumberToken } from '../../../server/src/core/parse/renderings/readingOrderText';
import { TOOLS, wordFixtures } from '../../accuracy/matrix';
import { closeBrowser } from '../../support/browser';

after(() => closeBrowser());

const tokens = (values: number[]): NumberToken[] => values.map((v, i) => ({ text: String(v), from: i * 4, to: i * 4 + String(v).length, value: v, decimal: false }));
const appeals = FORMATS['2021'].tables.find((t) => t.id === 'appeals')!;
const cells = (values: number[]) => cellsByGroupSums(tokens(values), appeals, FORMATS['2021'])?.map((c) => (c === 'unknown' || c === null ? c : c.value));

test('one cut: whole groups read, a short run gives its total, the rest unknown', () => {
  assert.deepEqual(cells([35, 0, 0, 9, 44, 0, 9, 0, 0, 9, 67, 0, 0, 67]), [35, 0, 0, 9, 44, 0, 9, 0, 0, 9, 'unknown', 'unknown', 'unknown', 'unknown', 67]);
  // The short run in the middle: no other cut holds (10 ≠ 4, a short run never ends in 0).
  assert.deepEqual(cells([1, 2, 0, 0, 3, 5, 5, 4, 0, 0, 0, 4]), [1, 2, 0, 0, 3, 'unknown', 'unknown', 'unknown', 'unknown', 5, 4, 0, 0, 0, 4]);
  assert.deepEqual(cells([1, 2, 0, 0, 3, 5, 0, 0, 0, 4]), undefined, 'no cut: 5 ≠ 4, and neither run ends in its sum');
  // A group of blanks may be first, second or last: three cuts, nothing read.
  assert.equal(cells([1, 2, 0, 0, 3, 4, 0, 0, 0, 4]), undefined);
  assert.equal(cells([7, 2, 1, 0, 10, 6, 6]), undefined, 'the 6 6 run may be the second group or the third');
});

test('several cuts, or all the numbers: nothing; a short run of zeros is a cut whose cells are all unknown', () => {
  // Zeros make a run fit either group.
  assert.equal(cells([0, 0, 0, 0, 0, 3, 0, 0, 0, 3]), undefined);
  // A short run ending in 0: a zero cell may stand beside a blank total, so nothing of it is known.
  const u = 'unknown';
  assert.deepEqual(cells([5, 0, 0, 0, 5, 2, 1, 0, 0, 3, 0, 0]), [5, 0, 0, 0, 5, 2, 1, 0, 0, 3, u, u, u, u, u]);
  // Four zeros are the middle group with a blank as well as five are (fresh Word 2021 seed 89,
  // both PDF routes, read 0 into 未经复议直接起诉's blank 结果纠正 when a short run of zeros was no cut).
  assert.equal(cells([7, 0, 0, 7, 0, 0, 0, 0, 0, 7, 0, 0, 7]), undefined);
  // As many numbers as columns is no job of this.
  assert.equal(cells([1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1]), undefined);
});

test('Chromium -layout of a CMS page (the matrix\'s Word 2021 seed 19, seeds 19-27): 表四 read by its groups, the short group\'s total only', async () => {
  const page = wordFixtures(9, 19).find((f) => f.name.startsWith('word 2021 seed 19 '));
  assert.ok(page, 'the matrix page');
  const text = await TOOLS['chromium PDF pdftotext -layout']!(page.html);
  const model = parseReport(text);
  const got = new Map(modelCells(model).filter((c) => c.table === 'appeals').map((c) => [c.key, c]));
  let read = 0;
  for (const [key, cell] of got) {
    if (cell.status === 'ok') {
      assert.equal(cell.value, page.values[key] ?? 0, key);
      read++;
    } else assert.equal(cell.status, 'missing', key);
  }
  assert.equal(read, 11, 'two groups whole and the third group\'s total');
  assert.equal(got.get('appeals.cases.after-review-total')?.value, page.values['appeals.cases.after-review-total']);
  assert.ok(model.tables.find((t) => t.id === 'appeals')?.rows[0]?.incomplete, 'the row stays unread');
});
