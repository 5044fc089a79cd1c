// Numbers wrapped in narrow top-aligned cells of aligned PDF text (pdftotext -layout,
// layoutColumnsRows.ts `wrappedBelow`): the rest of a number on the line below (`12` / `5` is 125).
// Where that line holds the start of the row's own label (`规范`, the row found there as
// 规范性文件), the join is read when the row's label found again takes every word of both lines:
// the piece stands inside the row's own cell. Else the row stays unread (its relations, if any,
// vouching for it alone).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { modelCells, parseReport } from '../../../server/src/core';

/** 表二 as pdftotext -layout gave it for LibreOffice's PDF of a WPS page (the matrix's word 2021 seed 6). */
const PROACTIVE = `
 第二十条第（一）项

        本    本    现
        年    年    行
 信息     制    废    有
 内容     发    止    效
        件    件    件
        数    数    数

 规章     0    44   0

 行政     2    0    12
 规范                5
 性文
\f件

第二十条第（五）项

信息   本年处理决定
内容     数量

行政
         0
许可

第二十条第（六）项

信息   本年处理决定
内容     数量

行政
         0
处罚

行政
         0
强制

第二十条第（八）项

     本年收费金额
信息
      （单位：万
内容
        元）

行政
事业
      7287.8409
性收
 费
`;

/** 表三 of the same page: its rows tell the format. */
const APPLICATIONS = `    三、收到和处理政府信息公开申请情况

                             申请人情况

                              法人或
                             其他组织
（本列数据的勾稽关系
为：第一项加第二项之
和，等于第三项加第四                       社
                  自然
                             科   会             总计
   项之和）            人                  法律
                       商业企   研   公         其
                                     服务机
                        业    机   益         他
                                       构
                             构   组
                                 织
\f一、本年新收政府信息                     37             207
           1594        0   0        114   0
  公开申请数量                       1               9

二、上年结转政府信息                     11
                 0     0   0         4    0   119
  公开申请数量                       5

三、   （一）予以公
                 0     0   0   5     0    0   5
本年      开
度办
理结   （二）部分公
 果   开（区分处理
     的，只计这一      0     0   0   0     0    0   0
     情形，不计其
      他情形）

     （   1.属于国
                 476   0   0   0    36    0   512
     三    家秘密
     ）
     不   2.其他法
     予   律行政法
     公           0     0   0   7     0    0   7
         规禁止公
     开      开

          3.危及
         “三安全    0     0   0   0     0    0   0
         一稳定”

         4.保护第
         三方合法    0     0   0   0     0    0   0
           权益

         5.属于三
         类内部事    691   0   0   0     0    0   691
          务信息

         6.属于四
         类过程性    0     0   0   0     0    0   0
           信息

         7.属于行
         政执法案    0     0   0   0    64    0   64
            卷

         8.属于行   0     0   0   8     0    0   8
         政查询事
\f     项

    1.本机关
    不掌握相
            415   0   0   0    0   0   415
    关政府信
（      息
四
）   2.没有现
无   成信息需
            0     0   0   0    0   0   0
法   要另行制
提      作
供
    3.补正后
    申请内容    0     0   0   1    0   0   1
    仍不明确

    1.信访举
    报投诉类    6     0   0   0    0   0   6
      申请

    2.重复申
            0     0   0   0    5   0   5
       请
（
    3.要求提
五                         42
    供公开出    0     0   0        0   0   421
）                         1
      版物
不
予
处   4.无正当
理   理由大量    4     0   0   41   0   0   45
    反复申请

    5.要求行
    政机关确
    认或重新    0     0   0   0    9   0   9
    出具已获
     取信息

（   1.申请人   0     0   0   0    0   0   0
六   无正当理
）   由逾期不
其   补正、行
他   政机关不
处   再处理其
理   政府信息
    公开申请
\f             2.申请人
             逾期未按
             收费通知
             要求缴纳
             费用、行         0          0       0   0        0        0   0
             政机关不
             再处理其
             政府信息
             公开申请

             3.其他         2          0       0   3        0        0   5

                                                 48                    219
         （七）总计           1594        0       0        114          0
                                                 6                      4

四、结转下年度继续办
                          0          0       0   0        4        0   4
     理

`;

const HEAD = ['某某区人民政府', '2023年政府信息公开工作年度报告', '一、总体情况', '本机关认真贯彻落实条例。', '      二、主动公开政府信息情况', ''];
const TAIL = [APPLICATIONS, '    四、政府信息公开行政复议、行政诉讼情况', '', '      五、存在的主要问题及改进情况', '      无。', '      六、其他需要报告的事项', '      无。', '\f'];

const normative = (proactive: string) => {
  const cells = new Map(modelCells(parseReport([...HEAD, proactive, ...TAIL].join('\n'))).map((c) => [c.key, c]));
  return ['issued', 'repealed', 'in-force'].map((c) => {
    const cell = cells.get(`proactive.normative-documents.${c}`);
    return cell?.status === 'ok' ? cell.value : (cell?.status ?? 'absent');
  });
};

test('a number wrapped onto the line holding the rest of its row\u2019s label is joined and read', () => {
  assert.deepEqual(normative(PROACTIVE), [2, 0, 125]);
});

test('not where the line of the numbers holds a word the row\u2019s label does not take', () => {
  const read = normative(PROACTIVE.replace(' 行政     2    0    12', ' 其他     2    0    12'));
  assert.ok(!read.includes(125) && !read.includes(12), `read ${JSON.stringify(read)}`);
});

test('not where the line below holds a word the row\u2019s label does not take', () => {
  const read = normative(PROACTIVE.replace(' 规范                5', ' 规范   注          5'));
  assert.ok(!read.includes(125) && !read.includes(12), `read ${JSON.stringify(read)}`);
});
