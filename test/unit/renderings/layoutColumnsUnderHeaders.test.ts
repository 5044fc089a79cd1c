// pdftotext -layout text of LibreOffice's PDF of a WPS page leaving zeros blank: no 表二 row of a
// group is full, and 表二 has no sums across rows; the headers, wrapped a character a line down
// their narrow cells, place the numbers (layoutColumnsUnderHeaders.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { modelCells, parseReport } from '../../../server/src/core';

/** Sections 二 to 四 as pdftotext -layout gave them (the matrix's word 2021 seed 12, --seed 10). */
const PROACTIVE = `      二、主动公开政府信息情况

 第二十条第（一）项

       本     本    现
       年     年    行
信息     制     废    有
内容     发     止    效
       件     件    件
       数     数    数

规章     42

行政
规范
       14         67
性文
 件

 第二十条第（五）项

信息     本年处理决定数
内容        量

行政           91
\f许可

第二十条第（六）项

信息   本年处理决定数
内容      量

行政
         1
处罚

行政
         34
强制

第二十条第（八）项

信息    本年收费金额
内容   （单位：万元）

行政
事业
         34
性收
 费

 三、收到和处理政府信息公开申请情况

                              申请人情况

                             法人或其他组织
（本列数据的勾稽关系
为：第一项加第二项之                         社
和，等于第三项加第四       自然          科     会                 总
   项之和）           人   商业企    研     公     法律服   其     计
                       业     机     益     务机构   他
                             构     组
                                   织

一、本年新收政府信息                                           266
                      489    731   531         918
  公开申请数量                                              9

二、上年结转政府信息                                           186
                      1097   384   348         35
  公开申请数量                                              4

三、   （一）予以公开          747     6                17    770
本年
度办   （二）部分公开
理结   （区分处理的，
 果   只计这一情形，
     不计其他情形）

     （   1.属于国                                 49    49
     三    家秘密
\f    2.其他法
    律行政法
                 877         6    883
    规禁止公
       开

     3.危及
    “三安全          5          5    10
    一稳定”

    4.保护第
    三方合法          3                3
      权益
）
不
    5.属于三
予
    类内部事    89                    89
公
     务信息
开

    6.属于四
    类过程性          3                3
      信息

    7.属于行
    政执法案    78    5               83
       卷

    8.属于行
    政查询事
       项

    1.本机关
    不掌握相
    关政府信
（      息
四
）   2.没有现
无   成信息需
                        8          8
法   要另行制
提      作
供
    3.补正后
    申请内容    9     2          57   68
    仍不明确

（   1.信访举
五   报投诉类    45   78    110   2    235
）     申请
不
予   2.重复申
处      请
理
    3.要求提               7          7
    供公开出
\f               版物

          4.无正当
          理由大量                           38                    5       43
          反复申请

          5.要求行
          政机关确
          认或重新                 614                                     614
          出具已获
           取信息

          1.申请人
          无正当理
          由逾期不
          补正、行
                                                             796       796
          政机关不
          再处理其
          政府信息
     （    公开申请
     六
     ）
          2.申请人
     其
          逾期未按
     他
          收费通知
     处
          要求缴纳
     理
          费用、行                                                 9        9
          政机关不
          再处理其
          政府信息
          公开申请

            3.其他                4              754                     758

                                         101                           442
         （七）总计                 1586            879           946
                                          7                             8

四、结转下年度继续办
                                         98                    7       105
     理

    四、政府信息公开行政复议、行政诉讼情况

         行政复议                                        行政诉讼

                                        未经复议
                                                                   复议后起诉
                                        直接起诉
结    结    其     尚
果    果    他     未    总
维    纠    结     审    计     结        结    其     尚         结         结        其   尚
持    正    果     结          果        果    他     未     总   果         果        他   未    总
                           维        纠    结     审     计   维         纠        结   审    计
                           持        正    果     结         持         正        果   结

     7    47    76   130            2                2   999                    64   106
\f                                                                        3

`;

const HEAD = ['某某区应急管理局', '2023年政府信息公开工作年度报告', '一、总体情况', '本机关认真贯彻落实条例。'];
const TAIL = ['      五、存在的主要问题及改进情况', '      无。', '      六、其他需要报告的事项', '      无。', '\f'];

/** A blank cell. */
const _ = 'empty';
const read = (proactive: string) => {
  const cells = new Map(modelCells(parseReport([...HEAD, proactive, ...TAIL].join('\n'))).map((c) => [c.key, c]));
  return (row: string) =>
    ['issued', 'repealed', 'in-force'].map((c) => {
      const cell = cells.get(`proactive.${row}.${c}`);
      return cell?.status === 'ok' ? cell.value : (cell?.status ?? 'absent');
    });
};

test('表二 rows with blanks are placed under the headers wrapped down their narrow cells', () => {
  const row = read(PROACTIVE);
  assert.deepEqual(row('regulations'), [42, _, _]);
  assert.deepEqual(row('normative-documents'), [14, _, 67]);
});

test('headers on one line (as a CMS page sets them) place no number: the row stays unread', () => {
  const oneLine = PROACTIVE.replace(/ 第二十条第（一）项\n[\s\S]*?\n规章/, ' 第二十条第（一）项\n\n信息内容   本年制发件数 本年废止件数 现行有效件数\n\n规章');
  assert.notEqual(oneLine, PROACTIVE);
  const row = read(oneLine);
  assert.ok(row('regulations').every((v) => typeof v !== 'number'), JSON.stringify(row('regulations')));
});
