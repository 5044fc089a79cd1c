// 表二's captions wrapped in a narrow cell of aligned PDF text (pdftotext -layout of Chromium's PDF
// of a Word page, layoutColumns.ts `captionLines`): `第二十条第` / `（九）项` on two lines is the
// caption, so the headers between it and the group's first row, `（万元）` among them, give the
// amount column its unit (no amount-unit finding on a page that writes it).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkReport, parseReport } from '../../../server/src/core';
import { layoutColumns } from '../../../server/src/core/parse/renderings/layoutColumns';
import { splitLines } from '../../../server/src/core/parse/renderings/lines';

/** 表二 as pdftotext -layout gave it (the matrix's word 2019 seed 4, Chromium). */
const PROACTIVE = `                第二十条第
                （一）项
                 本 本 对
                 年 年 外
              信
                 新 新 公
              息
                 制 公 开
              内
                 作 开  总
              容
                  数    数   数
                  量    量   量
              规
                   0   0   0
              章
              规
              范
              性    7   2   16
              文
              件
                  第二十条第
                  （五）项
\f    上
               处
    一
信        本     理
    年
息        年     决
    项
内        增/    定
    目
容        减     数
    数
               量
    量
行
政
     5    0    0
许
可
其
他
对
外
管
    65   452   53
理
服
务
事
项
    第二十条第
    （六）项
    上
               处
    一
信     本        理
    年
息     年        决
    项
内     增/       定
    目
容     减        数
    数
               量
    量
行
政
     2   -26   304
处
罚
行
政
     2    0    62
强
制
\f         第二十条第（八）
                  项
             上
             一
         信
             年
         息
             项 本年增/减
         内
             目
         容
             数
             量
        行
        政
        事
        业     0       -8
        性
        收
        费
             第二十条第
             （九）项
             采
         信   购
                  采购总金
         息   项
                      额
         内   目
                  （万元）
         容   数
             量
        政
        府
        集
              0       390
        中
        采
        购

`;

const HEAD = ['某某区人民政府', '2023年政府信息公开工作年度报告', '一、总体情况', '本机关认真贯彻落实条例。', '  二、主动公开政府信息情况'];
const TAIL = ['三、收到和处理政府信息公开申请情况', '', '    四、政府信息公开行政复议、行政诉讼情况', '', '      五、存在的主要问题及改进情况', '      无。', '      六、其他需要报告的事项', '      无。', '\f'];

const headerOf = (proactive: string) => {
  const text = [...HEAD, proactive, ...TAIL].join('\n');
  const rows = layoutColumns.read(text, splitLines(text)).flatMap((r) => r.grid.rows);
  return { text, header: rows.find((r) => r.cells.some((c) => c.text.startsWith('采购总金额')))?.cells.map((c) => c.text) };
};

test('a caption wrapped over two lines heads its group: the unit under it is the amount column\u2019s', () => {
  const { text, header } = headerOf(PROACTIVE);
  assert.deepEqual(header, ['信息内容', '采购项目数量', '采购总金额（万元）']);
  assert.deepEqual(checkReport(parseReport(text), text).filter((f) => f.code === 'amount-unit').map((f) => f.message), []);
});

test('two lines that do not spell the caption together head nothing: no unit', () => {
  const { header } = headerOf(PROACTIVE.replace(/( +)（九）项/, '$1（九）'));
  assert.deepEqual(header, ['信息内容', '采购项目数量', '采购总金额']);
});
