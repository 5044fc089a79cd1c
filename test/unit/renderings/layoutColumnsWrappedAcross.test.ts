// A number wrapped in its narrow cell whose rest stands past a line or two of the row's own label,
// or on the next page (layoutColumnsWrappedAcross.ts): the rest's digits keep the label from being
// found; set aside, the row is found, and the rest is joined where exactly one joining makes the
// row's sums hold.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { modelCells, parseReport } from '../../../server/src/core';

/**
 * 表三 as pdftotext -layout gave it for LibreOffice's PDF of a Word 2019 page (the matrix's word
 * 2019 seed 40): the header, 1.本机关不掌握相关政府信息, and 2.没有现成信息需要另行制作 whose total
 * 18571 wraps as `185` at the page's foot and `71` two lines down the next page, among its label's
 * lines. Zeros are all written. The report's title and the headings around the tables added.
 */
const WRAPPED_OVER_PAGE = [
  '某某局2019年政府信息公开工作年度报告',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开 申请情况',
  '',
  '                                    申请人情况',
  '',
  '',
  '                                法人或其他组织',
  '（本列数据的勾稽关',
  '系为：第一项 加第二                              社',
  '项之和，等于第三项      自然                   科   会               总',
  ' 加第四项之和）        人    商业企            研   公   法律服   其     计',
  '                      业             机   益   务机构   他',
  '                                    构   组',
  '                                        织',
  '',
  '一、本年新收政府信                                         124   203',
  '               148   18982          0   0    0',
  ' 息 公开申请数量                                          3    73',
  '',
  '',
  '     （   1.本机关',
  '     四   不掌握相',
  '                  0      0     0   0   0    5    5',
  '     ）   关政府信',
  '     无      息',
  '     法',
  '     提   2.没有现    0    18039   0   0   0   532   185',
  '\f       成信息需',
  '       要另行制                                     71',
  '         作',
  '',
  '   供   3.补正后',
  '       申请内容     0       0     0   0   0    0    0',
  '       仍不明确',
  '',
  '四、政府信息公开行政复议、行政诉讼情况',
  '\f',
].join('\n');

const cellsOf = (text: string, row: string) =>
  modelCells(parseReport(text))
    .filter((c) => c.key.startsWith(`applications.${row}.`))
    .map((c) => (c.status === 'ok' ? c.text : c.status));

test('a total wrapped over a page break, its rest among the label\'s lines, is joined: the row is found and its sums hold', () => {
  assert.deepEqual(cellsOf(WRAPPED_OVER_PAGE, 'unavailable-needs-creation'), ['0', '18039', '0', '0', '0', '532', '18571']);
  assert.deepEqual(cellsOf(WRAPPED_OVER_PAGE, 'unavailable-not-held'), ['0', '0', '0', '0', '0', '5', '5']);
});

test('the same rest on the same page is joined where it stands under the number it continues', () => {
  assert.deepEqual(cellsOf(WRAPPED_OVER_PAGE.replace('\f', ''), 'unavailable-needs-creation'), ['0', '18039', '0', '0', '0', '532', '18571']);
});

test('a rest no joining makes the row hold is not joined, and the row is not read with a wrong total', () => {
  const text = WRAPPED_OVER_PAGE.replace('   71', '   72');
  assert.deepEqual(cellsOf(text, 'unavailable-not-held'), ['0', '0', '0', '0', '0', '5', '5']);
  // Not found at all (the rest's digits keep its label's last lines apart), or found and left unread.
  const cells = cellsOf(text, 'unavailable-needs-creation');
  assert.ok(!cells.includes('18571') && !cells.includes('185') && !cells.includes('18572'), cells.join(' '));
});
