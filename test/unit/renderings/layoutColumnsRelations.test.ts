// pdftotext -layout text of Chromium's PDFs of CMS pages: the labels' wide CJK face shifts each
// line's numbers by as much as a column, so neither full rows nor runs of columns place a row with
// blanks; the order of its numbers and the table's sums do (layoutColumnsRelations.ts). Chromium
// also sets a narrow cell's number against the next one's (`2203548517`: 22035 and 48517), cut
// where one cut makes the row's sum hold (layoutColumnsRunTogether.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { modelCells, parseReport } from '../../../server/src/core';

/** 表三 as pdftotext -layout gave it for Chromium's PDF of a CMS page leaving some zeros blank (the matrix's word 2021 seed 7). */
const CMS_2021 = ` 三、收到和处理政府信息公开申请情况
                                                           申请人情况

                                         法人或
                                         其他组织
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第                       法
四项之和）                         自
                                                    律
                              然                                                     总计
                                         商业 科研 社会公益 服
                              人                                                其他
                                         企业 机构  组织 务
                                                    机
                                                    构

      一、本年新收政府信息公开申请数量               0 527         0           25955           2203548517


      二、上年结转政府信息公开申请数量           0       567       0       0                            567


三、本年度 （一）予以公开                                71                  8         0    0   79
办理结果

      （二）部分公开（区分处理的，只计这一情形，不计
                                         0             0
               其他情形）


             1.属于国家秘密            0       1             0         1         0        2


                2.其他法律行政法规禁止公开           0                 0                    0   0


             3.危及“三安全一稳定”                10                            0                10


                  4.保护第三方合法权益            0                       0         0
      （三）不
       予公开
             5.属于三类内部事务信息                                        39        0    0       39


                  6.属于四类过程性信息        0       799       0         0     0        0   799


                   7.属于行政执法案卷                 8                        0            8


                   8.属于行政查询事项                89    0       96              0    0       185


             1.本机关不掌握相关政府信息              0         0       576             0    0   576

      （四）无
           2.没有现成信息需要另行制作                                        5                       5
       法提供

                 3.补正后申请内容仍不明确               76                        0        7   83
\f                        1.信访举报投诉类申请                              0             7                       7


                   2.重复申请                                   40   0             0                   0   40

            （五）不
                 3.要求提供公开出版物                      0              0             7       0       0       7
             予处理

                   4.无正当理由大量反复申请                                         3                 0           3


                   5.要求行政机关确认或重新出具已获取信息 0                   0        0       23606             2202845634


                   1.申请人无正当理由逾期不补正、行政机关
                                                                               0           0                0
                       不再处理其政府信息公开申请

            （六）其
                 2.申请人逾期未按收费通知要求缴纳费用、
             他处理                      0                                  817               0               817
                   行政机关不再处理其政府信息公开申请


                               3.其他                                  0   790               0           790


                        （七）总计                 0         1094         0       25955         0 2203549084


四、结转下年度继续办理                                                                                0       0   0


`;

/** 表三 as pdftotext -layout gave it for Chromium's PDF of a CMS page with every cell written (the matrix's word 2019 seed 6). */
const CMS_2019 = `  三、收到和处理政府信息公开申请情况
                                  申请人情况
                                    法人或其他组织
（本列数据的勾稽关系为：第一项加第二项之和，等于第三
                           自然
项加第四项之和）                      商业企 科研机 社会公益 法律服务    总计
                            人                   其他
                              业    构   组织   机构


        一、本年新收政府信息公开申请数量          52     1335        1083 43              0   13533866


二、上年结转政府信息公开申请数量                  19       271        0   41          0       685 1016

三、本年度办
理结果    （一）予以公开                      7 0               0   9               0   932 948


         （二）部分公开（区分处理的，只计这一情
                                    0      224 1                0         0       2   227
              形，不计其他情形）

         （三）不予公
         开      1.属于国家秘密            0       0         0         0     0       30      30


                 2.其他法律行政法规禁止公开     0      86         0   0           0           8 94


                   3.危及“三安全一稳定”     0      545       95   0               0   0       640


                 4.保护第三方合法权益        0 0          0        0           0           0       0


                 5.属于三类内部事务信息       3 0          0        4               0   0           7


                 6.属于四类过程性信息        4 8          0              0     0       29          41


                 7.属于行政执法案卷         0 0          0              6     0       0       6
\f                             8.属于行政查询事项             0           0              0   0                0   47      47


                          1.本机关不掌握相关政府信息                0 0                    0   0        0               0 0

              （四）无法提
                     2.没有现成信息需要另行制作                 8           79        0        0                0       0       87
                 供

                          3.补正后申请内容仍不明确                 0            0        281 51                0       2 334


                          1.信访举报投诉类申请                   0 85                   0        0   0           981 1066


                          2.重复申请                        0 0               0             9           0       0       9

              （五）不予处
                            3.要求提供公开出版物             48               0         0   5        0               0 53
                 理

                          4.无正当理由大量反复申请                 0 0               0             0   0           0           0

                          5.要求行政机关确认或重新出具
                                          1                         579        1   0                0       0 581
                          已获取信息

                          （六）其他处理                   0           0         0        0                0   0       0


              （七）总计                                     71          1606 378       84       0           20314170


四、结转下年度继续办理                                         0                0    705           0           0       7 712


`;

const head = (year: number) => ['某某区应急管理局', `${year}年政府信息公开工作年度报告`, '一、总体情况', '本机关认真贯彻落实条例。', '      二、主动公开政府信息情况', ''];
const TAIL = ['', '    四、政府信息公开行政复议、行政诉讼情况', '', '      五、存在的主要问题及改进情况', '      无。', '      六、其他需要报告的事项', '      无。', '\f'];

/** A blank cell. */
const _ = 'empty';
const COLUMNS = ['natural-person', 'commercial', 'research', 'social-welfare', 'legal-services', 'other-entity', 'total'];
const read = (applications: string, year = 2023) => {
  const cells = new Map(modelCells(parseReport([...head(year), applications, ...TAIL].join('\n'))).map((c) => [c.key, c]));
  return (row: string) =>
    COLUMNS.map((c) => {
      const cell = cells.get(`applications.${row}.${c}`);
      return cell?.status === 'ok' ? cell.value : (cell?.status ?? 'absent');
    });
};
/** No cell of 表三's row placed; its total may still be read (its last number, the sum of the others: layoutColumnsUnread.ts). */
const unread = (cells: ReadonlyArray<unknown>) => cells.slice(0, -1).every((v) => typeof v !== 'number');

test('rows with blanks whose numbers stand anywhere are placed where the table\'s sums leave one way, in part where they agree', () => {
  const row = read(CMS_2021);
  assert.deepEqual(row('new'), [0, 527, 0, 25955, _, 22035, 48517]);
  assert.deepEqual(row('granted'), [_, 71, _, 8, 0, 0, 79]);
  assert.deepEqual(row('denied-internal-affairs'), [_, _, _, 39, 0, 0, 39]);
  assert.deepEqual(row('denied-query-matters'), [_, 89, 0, 96, 0, 0, 185]);
  assert.deepEqual(row('rejected-confirmation'), [0, 0, 0, 23606, _, 22028, 45634]);
  assert.deepEqual(row('total'), [0, 1094, 0, 25955, 0, 22035, 49084]);
  // `0 567 0 0 567`: which of the columns after 567 the blanks are, no sum tells; the 0 and 567
  // before them stand in the same columns in every placement the sums leave, and are read.
  const carried = row('carried-over');
  assert.deepEqual([carried.slice(0, 2), carried[6]], [[0, 567], 567]);
  assert.deepEqual(carried.slice(2, 6), ['missing', 'missing', 'missing', 'missing']);
});

test('a number changed so that a column sum breaks, row sums holding: no row placed by the sums', () => {
  // （一）予以公开: 71 + 8 = 79 becomes 72 + 8 = 80; 商业企业 and 总计 no longer add up.
  const broken = CMS_2021.replace(/71( +8 +0 +0 +)79/, '72$180');
  assert.notEqual(broken, CMS_2021);
  const row = read(broken);
  // (新收 and 总计 hold all their columns' numbers: read from their lines alone.)
  for (const id of ['granted', 'denied-internal-affairs', 'denied-query-matters', 'rejected-confirmation']) assert.ok(unread(row(id)), `${id}: ${JSON.stringify(row(id))}`);
});

test('a row one number short with two numbers run together is read where one cut makes its sum hold', () => {
  const row = read(CMS_2019, 2020);
  assert.deepEqual(row('new'), [52, 1335, 1083, 43, 0, 1353, 3866]);
  assert.deepEqual(row('total'), [71, 1606, 378, 84, 0, 2031, 4170]);
  // Cut so that the sum holds no way: not read.
  const row2 = read(CMS_2019.replace('13533866', '13533867'), 2020);
  assert.ok(unread(row2('new')), JSON.stringify(row2('new')));
});
