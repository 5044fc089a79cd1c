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

/** 表三's last rows as pdftotext -layout gave them for LibreOffice's PDF of a WPS page (the matrix's word 2019 seed 11): 总计's pieces right above 结转下年度's. */
const LAST_ROWS = [
  '（六）其他处理      0    41     0    37      0      0    78',
  '',
  '                        159                       292',
  ' （七）总计      846   824         304   25020   628',
  '                         2                         14',
  '\x0c 四、结转下年度继续办                                                             167',
  '                          0       0       821   52    793       4',
  '      理                                                                  0',
].join('\n');

test('pieces with the next row\'s pieces right after them are joined where each joined row\'s sum holds', () => {
  const rows = numbersOf(LAST_ROWS);
  assert.deepEqual(rows[3], [846, 824, 1592, 304, 25020, 628, 29214]);
  assert.deepEqual(rows[6], [0, 0, 821, 52, 793, 4, 1670]);
  // 总计's sum broken: its pieces are not joined (nothing says they are its, not the next row's).
  const broken = numbersOf(LAST_ROWS.replace('25020', '25021'));
  assert.deepEqual(broken[3], [846, 824, 304, 25021, 628]);
});
