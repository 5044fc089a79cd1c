// 表二's rows with blanks in aligned PDF text (pdftotext -layout, layoutColumnsUnderHeaders.ts)
// whose group has no full row and whose headers stand on a line or two (Chromium's PDF of a WPS
// page: `本年新制作数量` on one line, `260` centred under it). Each number is read in the column whose
// header's extent on the page (a full-width glyph two columns wide) it overlaps, where the table's
// read rows bear those extents out and every line with numbers in the group is a row's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { modelCells, parseReport } from '../../../server/src/core';

/** 表二 as pdftotext -layout gave it for Chromium's PDF of a WPS page (the matrix's word 2019 seed 17, first seed 10). */
const PROACTIVE = `
                            第二十条第（一）项

     信息内容           本年新制作数量        本年新公开数量         对外公开总数量

      规章               260                           26

    规范性文件              92                            564

                            第二十条第（五）项

     信息内容           上一年项目数量          本年增/减         处理决定数量

     行政许可              83               0

 其他对外管理服务事
                        5
     项
\f                         第二十条第（六）项

  信息内容          上一年项目数量               本年增/减                  处理决定数量

  行政处罚                                  -4                        48

  行政强制              2                   86                        63

                         第二十条第（八）项

  信息内容          上一年项目数量                          本年增/减

 行政事业性收费                                            0

                         第二十条第（九）项

  信息内容          采购项目数量                       采购总金额（万元）

 政府集中采购            26                            3044.6024
`;

const HEAD = ['某某区人民政府', '2019年政府信息公开工作年度报告', '一、总体情况', '本机关认真贯彻落实条例。', '   二、主动公开政府信息情况', ''];
const TAIL = [' 三、收到和处理政府信息公开申请情况', '', '四、政府信息公开行政复议、行政诉讼情况', '', '五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '无。', '\f'];

const read = (proactive: string, row: string, columns: string[]) => {
  const cells = new Map(modelCells(parseReport([...HEAD, proactive, ...TAIL].join('\n'))).map((c) => [c.key, c]));
  return columns.map((c) => {
    const cell = cells.get(`proactive.${row}.${c}`);
    return cell?.status === 'ok' ? cell.value : (cell?.status ?? 'absent');
  });
};

const PUBLISHED = ['made', 'published', 'total-published'];

test('a row with blanks is read under its headers\u2019 extents where its group has no full row', () => {
  assert.deepEqual(read(PROACTIVE, 'regulations', PUBLISHED), [260, 'empty', 26]);
  assert.deepEqual(read(PROACTIVE, 'normative-documents', PUBLISHED), [92, 'empty', 564]);
  assert.deepEqual(read(PROACTIVE, 'licensing', ['previous-items', 'change', 'decisions']), [83, 0, 'empty']);
  assert.deepEqual(read(PROACTIVE, 'fees', ['previous-items', 'change']), ['empty', 0]);
});

test('not where a read row\u2019s number stands outside its header\u2019s extent', () => {
  // 行政强制's 86 moved left of 本年增/减 (columns 38 to 47) to column 31, beyond 上一年项目数量 (16 to 30).
  const moved = PROACTIVE.replace('行政强制              2                   86', '行政强制              2          86         ');
  assert.notEqual(moved, PROACTIVE);
  for (const v of read(moved, 'regulations', PUBLISHED)) assert.ok(typeof v !== 'number', `regulations: ${v}`);
});

test('not where a line of the group holds numbers of no row', () => {
  const stray = PROACTIVE.replace('    规范性文件              92                            564\n', '    规范性文件              92                            564\n                                    7\n');
  assert.notEqual(stray, PROACTIVE);
  for (const v of read(stray, 'regulations', PUBLISHED)) assert.ok(typeof v !== 'number', `regulations: ${v}`);
});
