// Numbers wrapped in narrow centred cells (pdftotext -layout, layoutColumnsRows.ts `stackWrapped`)
// on rows LibreOffice sets with no blank line between them: `159` / `2` of （七）总计 right under
// （六）其他处理's numbers, and `167` of the next row right under its `14`. The pieces above and
// below the row's line are joined where the joined row ends with its sum.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applicationsRow } from '../../support/layoutTable';

/** 表三 as pdftotext -layout gave it for LibreOffice's PDF of a WPS page (the matrix's word 2019 seed 11, first seed 10). */
const APPLICATIONS = ` 三、收到和处理政府信息公开申请情况

                                申请人情况

                               法人或其他组织
（本列数据的勾稽关系
为：第一项加第二项之                           社
和，等于第三项加第四         自然          科     会                   总
   项之和）             人    商业企   研     公     法律服     其     计
                          业    机     益     务机构     他
                               构     组
                                     织

一、本年新收政府信息                     241                       281
                   732   824         356   23202   632
  公开申请数量                        3                         59

二、上年结转政府信息                                               272
                   114    0     0     0    2611     0
  公开申请数量                                                  5

三、   （一）予以公开        2     0    188    0     40      0    230
本年
度办   （二）部分公开
理结   （区分处理的，
 果                  0     0     0     0      0      0     0
     只计这一情形，
     不计其他情形）

     （     1.属于国
                    0     0     0    96      0     46    142
     三      家秘密
     ）
     不     2.其他法
     予     律行政法
     公              0     22    0     0      0      0    22
           规禁止公
     开        开

            3.危及
           “三安全     0     65    0     0      0      7    72
           一稳定”

           4.保护第
           三方合法    775    0     0     0      0      0    775
             权益

           5.属于三    0     0     0     0      5     14    19
           类内部事
            务信息
\f    6.属于四
                                                  253
    类过程性     0     0    395    0    24966    0
                                                   61
      信息

    7.属于行
    政执法案     0     0     0     0      0      2     2
       卷

    8.属于行
    政查询事     0     0     0     0      3     56    59
       项

    1.本机关
    不掌握相
             0     0     3    49      0      0    52
    关政府信
（      息
四
）   2.没有现
无   成信息需
             7     0     0    115     0      8    130
法   要另行制
提      作
供
    3.补正后
    申请内容     0    52     0     0      0      0    52
    仍不明确

    1.信访举
    报投诉类     0     0     0     7      0     454   461
      申请

    2.重复申
             0     0    938    0      6      0    944
       请

（
    3.要求提
五
    供公开出     0    642   68     0      0     39    749
）
      版物
不
予
处   4.无正当
理   理由大量     0     2     0     0      0      0     2
    反复申请

    5.要求行
    政机关确
    认或重新    62     0     0     0      0      2    64
    出具已获
     取信息

（六）其他处理      0    41     0    37      0      0    78

                        159                       292
 （七）总计      846   824         304   25020   628
                         2                         14
\f 四、结转下年度继续办                                                             167
                          0       0       821   52    793       4
      理                                                                  0
`;

const rowOf = (applications: string, row: string) => applicationsRow(applications, row, 2019);

test('pieces above and below a row set close to its neighbours are joined where the row sums', () => {
  assert.deepEqual(rowOf(APPLICATIONS, 'total'), [846, 824, 1592, 304, 25020, 628, 29214]);
  assert.deepEqual(rowOf(APPLICATIONS, 'carried-forward'), [0, 0, 821, 52, 793, 4, 1670]);
});

test('not where the joined row does not sum', () => {
  const off = APPLICATIONS.replace('                         2                         14', '                         3                         14');
  assert.notEqual(off, APPLICATIONS);
  for (const v of rowOf(off, 'total')) assert.ok(v !== 1593 && v !== 159, `total: ${v}`);
});
