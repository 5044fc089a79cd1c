// A row with blanks in aligned PDF text (pdftotext -layout, layoutColumnsSolve.ts `besideRead`)
// where the page's columns drift a little line by line, so that its numbers fall into no runs
// with the read rows': the table's sums leave each way of placing its numbers (where the zeros
// and the blank go) holding, and the read rows tell the columns instead. A run of the unread row's
// overlapping the numbers of one read column, two of them at least, and of no other, is that
// column's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applicationsRow } from '../../support/layoutTable';

/** 表三 as pdftotext -layout gave it for LibreOffice's PDF of our 2021 page (the matrix's our 2021 seed 12, blanks). */
const APPLICATIONS = `三、收到和处理政府信息公开申请情况
                                                     申请人情况

(本列数据的勾稽关系为:第一项加第二项之和,等于第三                       法人或其他组织
         项加第四项之和)
                                 自然人                                    总计
                                                科研 社会公 法律服务
                                       商业企业                 其他
                                                机构 益组织  机构

    一、本年新收政府信息公开申请数量              0     0       265    909   204   22 1400

    二、上年结转政府信息公开申请数量              0     0        0     14    0     112 126

三、本年度           (一)予以公开           0     0        7      0    0     80   87
 办理结果
        (二)部分公开(区分处理的,只计这一情形,不
                                  0     0        0      0    5     0    5
                 计其他情形)

                  1.属于国家秘密        0     0        0      0    0     0    0

               2.其他法律行政法规禁止公开     0     0       83      0    0     0    83

                3.危及“三安全一稳定”            0        0     23    0     0    23

                4.保护第三方合法权益       0     0        0      0    0     0    0
        (三)不
        予公开
                5.属于三类内部事务信息      0     0        0      0    0     0    0

                6.属于四类过程性信息       0     0        0      0    0     2    2

                 7.属于行政执法案卷       0     0        0      3    0     0    3

                 8.属于行政查询事项             0        0     50    3     0    53

               1.本机关不掌握相关政府信息     0     0        0      7    0     0    7

        (四)无
               2.没有现成信息需要另行制作           0        7      0    0     9    16
        法提供

               3.补正后申请内容仍不明确      0     0        0     238   0     0    238

        (五)不    1.信访举报投诉类申请       0     0        0     256   3     0    259
        予处理
                   2.重复申请         0     0        0      0    0     0    0

                3.要求提供公开出版物       0     0        0      0    4     0    4

               4.无正当理由大量反复申请      0     0        0      0    7     0    7
\f                5.要求行政机关确认或重新出具已
                                           0        0        93     0         5         7   105
                       获取信息

                1.申请人无正当理由逾期不补正、
                行政机关不再处理其政府信息公开            0        0         0     0         93        0   93
                        申请

         (六)其
              2.申请人逾期未按收费通知要求缴
         他处理
              纳费用、行政机关不再处理其政府              0        0        75    86         0     36      197
                    信息公开申请

                            3.其他           0        0         0    215        84        0   299

                      (七)总计                0        0        265   878       204    134 1481

          四、结转下年度继续办理                               0         0    45         0         0   45
`;

const rowOf = (applications: string, row: string) => applicationsRow(applications, row, 2021);

test('the last row\u2019s blank goes where the read rows\u2019 columns leave it', () => {
  assert.deepEqual(rowOf(APPLICATIONS, 'carried-forward'), ['empty', 0, 0, 45, 0, 0, 45]);
});

test('not where its first number stands under no read column', () => {
  // 商业企业's 0 moved from column 52 to 47, between 自然人's (43) and 商业企业's (52).
  const moved = APPLICATIONS.replace('          四、结转下年度继续办理                               0         0    45         0         0   45', '          四、结转下年度继续办理                          0              0    45         0         0   45');
  assert.notEqual(moved, APPLICATIONS);
  const read = rowOf(moved, 'carried-forward');
  // Not placed beside the read rows; every way the table's sums allow still puts 45 in 社会公益组织,
  // the 0 before it in 科研机构 and the two 0 and the total after it where they stand
  // (layoutColumnsSolve.ts, layoutColumnsRelations.ts). Which of the two first columns is the
  // blank, nothing tells.
  assert.deepEqual(read, ['missing', 'missing', 0, 45, 0, 0, 45]);
});
