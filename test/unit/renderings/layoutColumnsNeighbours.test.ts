// Rows with blank cells in aligned PDF text (pdftotext -layout, layoutColumnsRows.ts
// `placedByNeighbours`) whose page's full rows disagree on the columns: LibreOffice sets 表三's
// first rows (新收, 结转, 予以公开) a few columns left of the rest, so no column's places hold for
// the whole page. A row with blanks is then placed by the nearest full rows above and below it
// alone, where each of its numbers stands at one of their columns.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applicationsRow } from '../../support/layoutTable';

/** 表三 as pdftotext -layout gave it for LibreOffice's PDF of our 2021 page (the matrix's our 2021 seed 10, blanks). */
const APPLICATIONS = `三、收到和处理政府信息公开申请情况

                      申请人情况
                         法人或其他组织
（本列数据的勾稽关系为：第一项加第二项
之和，等于第三项加第四项之和）     自然人             社会                         总计
                                 科研                    法律服务
                            商业企业    公益                      其他
                                 机构                    机构
                                    组织
一、本年新收政府信息公开申请数量     2363   0    0  161                0    716 3240
二、上年结转政府信息公开申请数量     0           0  1528               0    0   1528
     （一）予以公开         5      0    0  0                  0    30 35
     （二）部分公开（区分处理的，
                     0      0         0         0      0    0    0
     只计这一情形，不计其他情形）
         1．属于国家秘密    347    0         0         0      0    0    347
         2．其他法律行政法规禁
                     0      0         0         0      0    0    0
         止公开
         3．危及“三安全一稳
                     0      0         0         0      0    66   66
     （三） 定”
     不予公 4．保护第三方合法权益 0      0         0         5      0    0    5
     开   5．属于三类内部事务信
                     2      0         0         411    0    0    413
         息
         6．属于四类过程性信息 1625   0         0         0      0    0    1625
         7．属于行政执法案卷  37     0         0         0      0    0    37
         8．属于行政查询事项  0      0         0                0    0    0
         1．本机关不掌握相关政
                     0      0         0         0      0    0    0
         府信息
     （四）
三、本年 无法提 2．没有现成信息需要另 0      0         0         0      0    0    0
度办理结 供   行制作
果        3．补正后申请内容仍不
                     0      0         0         510    0    228 738
         明确
         1．信访举报投诉类申请 2      0         0         0      0    2    4
         2．重复申请      44     0         0         763    0    0    807
     （五） 3．要求提供公开出版物 0      0         0                0    4    4
     不予处 4．无正当理由大量反复
     理               0      0         0         0      0    0    0
         申请
         5．要求行政机关确认或
                     0      0         0         0      0         0
         重新出具已获取信息
         1．申请人无正当理由逾
         期不补正、行政机关不再 0      0         0         0      0    0    0
         处理其政府信息公开申请
     （六）
         2．申请人逾期未按收费
     其他处
         通知要求缴纳费用、行政
     理               0      0         0         0      0    0    0
         机关不再处理其政府信息
         公开申请
         3．其他        0      0         0         0      0    29 29
     （七）总计           2062   0         0         1689   0    359 4110
四、结转下年度继续办理          301    0         0         0      0    357 658
`;

const rowOf = (applications: string, row: string) => applicationsRow(applications, row, 2021);

test('a row with a blank among the shifted first rows is placed by its neighbours', () => {
  assert.deepEqual(rowOf(APPLICATIONS, 'carried-over'), [0, 'empty', 0, 1528, 0, 0, 1528]);
});

test('a row with a blank among the rows of the usual columns is placed by its neighbours', () => {
  assert.deepEqual(rowOf(APPLICATIONS, 'denied-query-matters'), [0, 0, 0, 'empty', 0, 0, 0]);
  assert.deepEqual(rowOf(APPLICATIONS, 'rejected-publication'), [0, 0, 0, 'empty', 0, 4, 4]);
});

test('not where a number stands off its neighbours\u2019 columns', () => {
  // Without 总计 the column sums tell nothing (layoutColumnsSolve.ts): the neighbours alone place.
  const noTotals = APPLICATIONS.replace(/^.*（七）总计.*$/m, '');
  assert.notEqual(noTotals, APPLICATIONS);
  assert.deepEqual(rowOf(noTotals, 'denied-query-matters'), [0, 0, 0, 'empty', 0, 0, 0]);
  // 行政查询事项's third 0 moved from under 科研 (column 38) three columns right (41): none of its neighbours' columns.
  const moved = noTotals.replace('8．属于行政查询事项  0      0         0                0', '8．属于行政查询事项  0      0            0             0');
  assert.notEqual(moved, noTotals);
  const read = rowOf(moved, 'denied-query-matters');
  assert.ok(read.every((v) => typeof v !== 'number'), `read ${JSON.stringify(read)}`);
});

/** 表三 of the matrix's our 2021 seed 36 (blanks; first seed 28): 自然人 and 商业企业 two columns apart. */
const NARROW = `三，收到和处理政府信息公开申请情况

                     申请人情况
                        法人或其他组织
（本列数据的勾稽关系为：第一项加第二项
之和，等于第三项加第四项之和）     自然人            社会                 总计
                               科研             法律服务
                          商业企业     公益              其他
                               机构             机构
                                   组织
一、本年新收政府信息公开申请数量      0   177  123 0          0    49   349
二、上年结转政府信息公开申请数量      0   51   0   0          0    77   128
     （一）予以公开          0   6    0   0          0    9    15
     （二）部分公开（区分处理的，
                      0 0   0             0   0    20   20
     只计这一情形，不计其他情形）
         1．属于国家秘密     0 0   51            0   0    0    51
         2．其他法律行政法规禁
                      0 0   0             0   0    0    0
         止公开
         3．危及"三安全一稳定" 0 60                0   0    4    64
     （三） 4．保护第三方合法权益 0  6   0             0   0    0    6
     不予公
     开   5．属于三类内部事务信
                      0 0   0             0   0    69   69
         息
         6．属于四类过程性信息 0  0   2             0   0    0    2
         7．属于行政执法案卷   0 45  0             0   0    0    45
         8．属于行政查询事项   0 96  7             0   0    3    106
         1．本机关不掌握相关政
                      0 0   58            0   0    0    58
         府信息
     （四）
         2．没有现成信息需要另
三、本年 无法提 行制作          0 0   0             0   0    8    8
度办理结 供   3．补正后申请内容仍不
果                     0 0   0             0   0    5    5
         明确
         1．信访举报投诉类申请 0  0   0             0   0    0    0
         2．重复申请       0 8   0             0   0    0    8
     （五） 3．要求提供公开出版物 0  0   5             0        8    13
     不予处 4．无正当理由大量反复
     理                0 4   0             0   0    0    4
         申请
         5．要求行政机关确认或
                      0     0             0   0    0    0
         重新出具已获取信息
         1．申请人无正当理由逾
         期不补正、行政机关不再 0  3   0             0   0    0    3
         处理其政府信息公开申请
     （六）
         2．申请人逾期未按收费
     其他处
         通知要求缴纳费用、行政
     理                0 0   0             0   0    0    0
         机关不再处理其政府信息
         公开申请
         3．其他         0 0   0             0        0   0
     （七）总计            0 228 123           0   0    126 477
四、结转下年度继续办理           0 0   0             0   0    0   0
`;

test('columns two apart: a number at one of its neighbours\u2019 columns is placed', () => {
  assert.deepEqual(rowOf(NARROW, 'denied-security-stability'), [0, 60, 'empty', 0, 0, 4, 64]);
  assert.deepEqual(rowOf(NARROW, 'rejected-publication'), [0, 0, 5, 0, 'empty', 8, 13]);
  assert.deepEqual(rowOf(NARROW, 'rejected-confirmation'), [0, 'empty', 0, 0, 0, 0, 0]);
});

test('columns two apart: a number between two of them is not', () => {
  // Without 总计 the column sums tell nothing (layoutColumnsSolve.ts): the neighbours alone place.
  const noTotals = NARROW.replace(/^.*（七）总计.*$/m, '');
  assert.notEqual(noTotals, NARROW);
  assert.deepEqual(rowOf(noTotals, 'rejected-confirmation'), [0, 'empty', 0, 0, 0, 0, 0]);
  // 确认或重新出具's first 0 moved from under 自然人 (column 22) to column 23, one from 商业企业 (24).
  const moved = noTotals.replace('                      0     0             0   0    0    0', '                       0    0             0   0    0    0');
  assert.notEqual(moved, noTotals);
  const read = rowOf(moved, 'rejected-confirmation');
  assert.ok(read.every((v) => typeof v !== 'number'), `read ${JSON.stringify(read)}`);
});
