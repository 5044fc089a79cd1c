// Numbers wrapped in narrow cells of aligned PDF text (pdftotext -layout, layoutColumnsRows.ts
// `stackWrapped`): Word centres each line of a wrapped cell, so a second piece may start right of
// its first piece's end (`771` / `8`). Such a join is taken only where the joined row's sum holds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layoutLines } from '../../../server/src/core/parse/renderings/layoutColumnsRows';
import { splitLines } from '../../../server/src/core/parse/renderings/lines';

/** 表三's 总计 row as pdftotext -layout gave it for LibreOffice's PDF of a Word page (the matrix's word 2021 seed 5). */
const TOTAL_ROW = [
  '                  3.其他                                                   0             0',
  '',
  '',
  '                                                     152     771                      360',
  '         （七）总计              25708         1023                           70',
  '                                                      9          8                    48',
  '',
  '',
].join('\n');

const numbersOf = (text: string) => {
  const lines = splitLines(text);
  return layoutLines(text, lines, 0, lines.length).map((l) => l.numbers.map((n) => n.value));
};

test('a wrapped piece three columns right of its first piece is joined where the row\'s sum holds', () => {
  const rows = numbersOf(TOTAL_ROW);
  assert.deepEqual(rows[4], [25708, 1023, 1529, 7718, 70, 36048]);
  assert.deepEqual(rows[3], []);
  assert.deepEqual(rows[5], []);
});

test('the same pieces are left apart where the joined row\'s sum fails', () => {
  const rows = numbersOf(TOTAL_ROW.replace('360', '361'));
  assert.deepEqual(rows[4], [25708, 1023, 70]);
  assert.deepEqual(rows[3], [152, 771, 361]);
});

/** 表三's 总计 row of LibreOffice's PDF of a Word page leaving zeros blank (the matrix's word 2021 seed 8): every cell wrapped, the label alone between its pieces. */
const LABEL_BETWEEN = [
  '                3.其他                 47       2        49',
  '',
  '',
  '                                     88       29       117',
  '            （七）总计',
  '                                     1        2         3',
  '',
  '',
  '    四、结转下年度继续办',
  '                                     1                  1',
  '         理',
].join('\n');

test('pieces wrapped above and below a label alone on its line are joined onto it, read only where the row\'s relations vouch', () => {
  const lines = splitLines(LABEL_BETWEEN);
  const layout = layoutLines(LABEL_BETWEEN, lines, 0, lines.length);
  assert.deepEqual(layout[4]!.numbers.map((n) => n.value), [881, 292, 1173]);
  assert.equal(layout[4]!.vouched, true);
  assert.deepEqual([layout[3]!.numbers, layout[5]!.numbers], [[], []]);
  // The one-line rows around stay as they are.
  assert.deepEqual(layout[0]!.numbers.map((n) => n.value), [47, 2, 49]);
  assert.deepEqual(layout[9]!.numbers.map((n) => n.value), [1, 1]);
});

test('not joined where the line between holds no words, nor where another line of numbers stands next to the run', () => {
  const blank = numbersOf(LABEL_BETWEEN.replace('            （七）总计', ''));
  assert.deepEqual(blank[3], [88, 29, 117]);
  const crowded = numbersOf(LABEL_BETWEEN.replace('3.其他                 47       2        49\n\n\n', '3.其他                 47       2        49\n'));
  assert.deepEqual(crowded[1], [88, 29, 117]);
});
