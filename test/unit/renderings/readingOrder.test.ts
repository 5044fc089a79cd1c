// Raw PDF text in reading order (plain pdftotext, a viewer's copy): a row is read only where its
// label is followed at once by exactly its cells and its relations hold; anything else stays
// unread, never read as another number. On the real tool's text of LibreOffice PDFs: no wrong cell.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { checkReport, modelCells, modelValues, parseReport } from '../../../server/src/core';
import { ReportParser } from '../../../server/src/core/parse/parseReport';
import { readingOrder } from '../../../server/src/core/parse/renderings/readingOrder';
import { bandReadings } from '../../../server/src/core/parse/renderings/readingOrderBlanks';
import type { NumberToken } from '../../../server/src/core/parse/renderings/readingOrderText';
import { isReadingOrderText } from '../../../server/src/core/text/pdfText';
import { splitLines } from '../../../server/src/core/parse/renderings/lines';
import { fixture, fixtures, score, TOOLS, wordFixtures } from '../../accuracy/matrix';
import { FORMATS } from '../../../server/src/core/formats';
import { closeBrowser } from '../../support/browser';
import { mulberry32 } from '../../support/rng';
import { randomConsistentValues } from '../../support/values';

after(() => closeBrowser());

/** Cells one per line after their label, as pdftotext gives a row of a table. */
const row = (label: string, values: number[]) => [label, ...values.map(String)].join('\n');

const HEAD = ['某某区人民政府', '2023年政府信息公开工作年度报告', '一、总体情况', '本机关认真贯彻落实条例。', '二、主动公开政府信息情况'];
const TAIL = ['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '无。', '\f'];

function report(applications: string[]): string {
  return [
    ...HEAD,
    // 表二's first block, its headers only: they tell the 2021 format.
    '第二十条第（一）项',
    '信息内容',
    '本年制发件数',
    '本年废止件数',
    '现行有效件数',
    '第二十条第（五）项',
    '信息内容',
    '本年处理决定数量',
    row('行政许可', [12]),
    '第二十条第（六）项',
    '信息内容',
    '本年处理决定数量',
    row('行政处罚', [7]),
    row('行政强制', [3]),
    '三、收到和处理政府信息公开申请情况',
    ...applications,
    ...TAIL,
  ].join('\n');
}

const cellsOf = (text: string) => new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));

test('rows whose label is followed by exactly their cells are read; page breaks and page numbers between cells do not matter', () => {
  const text = report([
    row('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8]),
    // A page ends inside the row: form feed and page number between two cells.
    '二、上年结转政府信息公开申请数量\n1\n0\n\n- 3 -\n\f0\n0\n0\n0\n1',
    row('（一）予以公开', [3, 1, 0, 0, 0, 1, 5]),
  ]);
  const cells = cellsOf(text);
  assert.equal(cells.get('proactive.licensing.decisions')?.value, 12);
  assert.equal(cells.get('proactive.coercion.decisions')?.value, 3);
  assert.deepEqual(['natural-person', 'other-entity', 'total'].map((c) => cells.get(`applications.new.${c}`)?.value), [5, 2, 8]);
  assert.deepEqual(['natural-person', 'total'].map((c) => cells.get(`applications.carried-over.${c}`)?.value), [1, 1]);
  assert.equal(cells.get('applications.granted.total')?.value, 5);
});

test('a row short of a cell, or whose numbers break its relation, is left unread, never read as other numbers', () => {
  const text = report([
    row('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 2, 8]), // an empty cell dropped: six numbers
    row('二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 9]), // 1 + 0 … ≠ 9: not this row's numbers
    row('（一）予以公开', [3, 1, 0, 0, 0, 1, 5]),
  ]);
  const cells = cellsOf(text);
  for (const key of ['applications.new.total', 'applications.new.natural-person', 'applications.carried-over.total']) {
    assert.notEqual(cells.get(key)?.status, 'ok', key);
  }
  assert.equal(cells.get('applications.granted.total')?.value, 5);
});

test('two labels in one cell share the numbers after them, row after row; the last may be followed by whole rows its relations vouch for', () => {
  const text = report([
    '（七）总计\n四、结转下年度继续办理',
    [4, 0, 0, 0, 0, 1, 5, 2, 0, 0, 0, 0, 0, 2].join('\n'),
    // Followed by a whole row more (its label elsewhere): the first seven are this row's.
    row('（一）予以公开', [3, 1, 0, 0, 0, 1, 5, 1, 0, 0, 0, 0, 0, 1]),
    // Followed by part of a row: nothing says where this row ends.
    row('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [3, 1, 0, 0, 0, 1, 5, 1, 0]),
  ]);
  const cells = cellsOf(text);
  assert.equal(cells.get('applications.total.total')?.value, 5);
  assert.equal(cells.get('applications.carried-forward.natural-person')?.value, 2);
  assert.equal(cells.get('applications.granted.natural-person')?.value, 3);
  assert.notEqual(cells.get('applications.partially-granted.total')?.status, 'ok');
});

test('cells set apart by blank lines: a number wrapped in its narrow cell is joined where the row relation vouches for it', () => {
  const blankSeparated = (label: string, cells: string[]) => [label, ...cells].join('\n\n');
  const text = report([
    blankSeparated('一、本年新收政府信息公开申请数量', ['0', '0', '674\n0', '7', '0', '0', '674\n7']),
    // Wrapped or two cells? 12 + 5 ≠ 15 either way: unread.
    blankSeparated('二、上年结转政府信息公开申请数量', ['1\n2', '5', '0', '0', '0', '0', '15']),
  ]);
  const cells = cellsOf(text);
  assert.deepEqual(['research', 'social-welfare', 'total'].map((c) => cells.get(`applications.new.${c}`)?.value), [6740, 7, 6747]);
  assert.notEqual(cells.get('applications.carried-over.total')?.status, 'ok');
});

test('side by side narrow cells each wrapping its number (WPS): the heads on one line, their tails a line each, joined in order where the row relation vouches', () => {
  // pdftotext of a WPS page's PDF (Word pages seed 2, 2019): 4589, 1518 and 6321 each wrapped in
  // its narrow cell, the last two side by side.
  const real = ['一、本年新收政府信息', '公开申请数量', '', '0', '', '0', '', '0', '', '458', '9', '', '214', '', '151 632', '8', '1', ''].join('\n');
  const cells = cellsOf(report([real, row('二、上年结转政府信息公开申请数量', [0, 0, 0, 290, 0, 0, 290])]));
  assert.deepEqual(
    ['natural-person', 'research', 'social-welfare', 'legal-services', 'other-entity', 'total'].map((c) => cells.get(`applications.new.${c}`)?.value),
    [0, 0, 4589, 214, 1518, 6321],
  );
  // Tails whose joining breaks the row total (1516 + … ≠ 6321): unread, not read split.
  const broken = real.replace('151 632\n8\n1', '151 632\n6\n1');
  const unread = cellsOf(report([broken, row('二、上年结转政府信息公开申请数量', [0, 0, 0, 290, 0, 0, 290])]));
  assert.notEqual(unread.get('applications.new.total')?.status, 'ok');
  assert.notEqual(unread.get('applications.new.other-entity')?.status, 'ok');
});

test('a group label’s narrow cell beside a row label, their lines side by side: the group label’s pieces are set apart and the row label found', () => {
  // pdftotext of our 2021 page (seed 2, zeros left blank): （六）其他处理 beside 1.申请人无正当理由…
  const real = ['（六） 1.申请人无正当理由逾期不补', '其他处 正、行政机关不再处理其政府信', '理', '息公开申请', '', '0', '', '0', '', '439', '', '282', '', '0', '', '34', '', '755', ''].join('\n');
  const text = report([row('5.要求行政机关确认或重新出具已获取信息', [0, 0, 0, 0, 0, 0, 0]), real, row('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', [0, 0, 0, 0, 0, 0, 0])]);
  const cells = cellsOf(text);
  assert.deepEqual(
    ['natural-person', 'commercial', 'research', 'social-welfare', 'legal-services', 'other-entity', 'total'].map((c) => cells.get(`applications.other-no-correction.${c}`)?.value),
    [0, 0, 439, 282, 0, 34, 755],
  );
  // Pieces that spell no group label of the format (`（六）其他办理`): nothing is set apart, the row stays unread.
  const other = text.replace('其他处 正', '其他办 正');
  assert.notEqual(cellsOf(other).get('applications.other-no-correction.total')?.status, 'ok');
});

test('whole rows after a label whose labels come right after them (a group label between) are those rows; in another order, no one’s', () => {
  const lines = (labels: string[]) => [
    row('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8]),
    // 二、's cells, then 予以公开's and 部分公开's; their labels after them.
    row('二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1, 3, 1, 0, 0, 0, 1, 5, 0, 0, 2, 0, 0, 0, 2]),
    '',
    '三、',
    '本年',
    '度办理结果',
    '',
    ...labels,
    '',
    row('1.属于国家秘密', [0, 0, 0, 0, 0, 0, 0]),
  ];
  const cells = cellsOf(report(lines(['（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'])));
  assert.deepEqual(['natural-person', 'total'].map((c) => cells.get(`applications.granted.${c}`)?.value), [3, 5]);
  assert.deepEqual(['research', 'total'].map((c) => cells.get(`applications.partially-granted.${c}`)?.value), [2, 2]);
  assert.equal(cells.get('applications.carried-over.total')?.value, 1);
  const swapped = cellsOf(report(lines(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（一）予以公开'])));
  for (const id of ['granted', 'partially-granted']) assert.notEqual(swapped.get(`applications.${id}.total`)?.status, 'ok', id);
});

test('表二 numbers stacked one a line with no blank line between are cells of rows below each other: a row no relation checks is not read from them', () => {
  // plain pdftotext of a CMS page's LibreOffice PDF (held-out seed 24, 2019), 表二's last blocks:
  // 行政处罚 is [blank, -11, 9], 行政强制 [61, 51, 7]; the PDF's reading order put 61 before
  // 行政强制's label and stacked 9 over 7, so three numbers follow the label — not its cells.
  const table2 = [
    '第二十条第（一）项', '本年新制', '作数量', '', '信息内容', '规章', '', '44', '', '本年新公', '开数量', '8', '', '150', '0', '',
    '规范性文件', '', '对外公开总数量', '', '0', '',
    '第二十条第（五）项', '上一', '年项目数量', '', '信息内容', '行政许可', '其他对外管理服务事项', '', '本年增/减', '', '处理', '决定数量', '',
    '491', '', '0', '475', '', '-3', '', '10', '',
    '第二十条第（六）项', '信息内容', '', '上一年项目数量', '', '本年增/减', '', '处理决定数量', '',
    '\f行政处罚', '', '-11', '61', '', '行政强制', '', '9', '7', '', '51', '',
  ];
  const text = (block: string[]) => [...HEAD, ...table2, ...block, '三、收到和处理政府信息公开申请情况', ...TAIL].join('\n');
  const stacked = cellsOf(text([]));
  for (const column of ['previous-items', 'change', 'decisions']) {
    for (const row of ['penalties', 'coercion']) assert.notEqual(stacked.get(`proactive.${row}.${column}`)?.status, 'ok', `${row}.${column}`);
  }
  // A text with no blank line at all (a viewer's copy) says nothing of blocks: a row's cells one a line are read.
  const copied = cellsOf([...HEAD, ...table2.filter((l) => l !== ''), row('第二十条第（八）项\n信息内容\n上一年项目数量\n本年增/减\n行政事业性收费', [7, 0]), '三、收到和处理政府信息公开申请情况', ...TAIL].join('\n'));
  assert.deepEqual(['previous-items', 'change'].map((c) => copied.get(`proactive.fees.${c}`)?.value), [7, 0]);
  // The same row's cells each a block of its own (blank lines between) are read.
  const apart = cellsOf(text(['第二十条第（八）项', '信息内容', '上一年项目数量', '本年增/减', '行政事业性收费', '', '7', '', '0', '']));
  assert.deepEqual(['previous-items', 'change'].map((c) => apart.get(`proactive.fees.${c}`)?.value), [7, 0]);
});

test('表二 block whose column headers the PDF text gives out of the format’s order, one after a row’s numbers: none of its rows is read', () => {
  // plain pdftotext of a CMS page's LibreOffice PDF (seed 15, 2019), 表二's (六) block: 行政强制 is
  // [0, 840, 0], but its numbers come as 840 0 0 — the block's headers 上一年项目数量, 处理决定数量,
  // 本年增/减 already tell its text is not in column order.
  const block = (headers: string[]) => [
    '第二十条第（六）项', '信息内容', '', headers[0]!, '行政处罚', '', '375', '', headers[1]!, '', headers[2]!, '5', '', '0', '',
    '\f行政强制', '', '840', '', '0', '', '0', '',
  ];
  // Each cell a text block of its own, as pdftotext sets them apart: a blank line after each.
  const apart = (label: string, values: number[]) => [label, ...values.map(String)].join('\n\n');
  const text = (lines: string[]) => [...HEAD, '第二十条第（一）项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', apart('规章', [1, 2, 3]), apart('规范性文件', [4, 5, 6]),
    '第二十条第（五）项', '信息内容', apart('行政许可', [1, 2, 3]), apart('其他对外管理服务事项', [1, 0, 5]), ...lines, '三、收到和处理政府信息公开申请情况', ...TAIL].join('\n');
  const disordered = cellsOf(text(block(['上一年项目数量', '处理决定数量', '本年增/减'])));
  for (const column of ['previous-items', 'change', 'decisions']) assert.notEqual(disordered.get(`proactive.coercion.${column}`)?.status, 'ok', column);
  assert.equal(disordered.get('proactive.regulations.total-published')?.value, 3, 'the other blocks are read');
  // The same text with the headers in the format's order: the row after its label is read.
  const ordered = cellsOf(text(block(['上一年项目数量', '本年增/减', '处理决定数量'])));
  assert.deepEqual(['previous-items', 'change', 'decisions'].map((c) => ordered.get(`proactive.coercion.${c}`)?.value), [840, 0, 0]);
});

test('表三 with empty cells (fewer numbers than cells): a row read alone, neither label beside it read, is not read — its numbers may be an emptier row and other rows’ zeros', () => {
  // plain pdftotext of a Word page's LibreOffice PDF (seed 17, 2021): 1.本机关不掌握相关政府信息 is
  // [blank, blank, 0, 500, 0, 0, 500]; seven numbers follow its label, adding up, but two zeros are
  // other rows' and 500 is not the second column's.
  const around = (before: string[]) => [
    ...before,
    '（', '四', '）', '无', '法', '提', '供', '', '（', '五', '）', '',
    '1.本机关', '不掌握', '相关政', '府信息', '', '0', '', '500', '', '0', '', '0', '', '0', '', '0', '', '500', '',
    '2.没有现', '成信息需', '要另行制', '', '1', '', '0', '', '1', '', '作', '',
    '3.补正后', '申请内', '容仍不', '明确', '', '0', '',
  ];
  const alone = cellsOf(report(around(['8.属于行', '政查询事', '', '4', '', '项', ''])));
  for (const column of ['natural-person', 'commercial', 'social-welfare', 'total']) {
    assert.notEqual(alone.get(`applications.unavailable-not-held.${column}`)?.status, 'ok', column);
  }
  // The row before read too: the text is in row order there, and the row is read.
  const inOrder = cellsOf(report(around([row('8.属于行政查询事项', [4, 0, 0, 0, 0, 0, 4]), ''])));
  assert.equal(inOrder.get('applications.denied-query-matters.total')?.value, 4);
  assert.equal(inOrder.get('applications.unavailable-not-held.total')?.value, 500);
});

test('表二 row label wrapped around its cells (its last character after them, on the next page): the cells between its pieces are its own where the row before it was read', () => {
  // plain pdftotext of a WPS page's LibreOffice PDF (seed 2, 2019): 规范性文件 is [0, 0, 0].
  const block = (regulations: string[], cells: string[]) => [
    '第二十条第（一）项', '', '信息', '内容', '', '本', '年', '新', '制', '作', '数', '量', '', '本', '年', '新', '公', '开', '数', '量', '',
    '对', '外', '公', '开', '总', '数', '量', '', '规章', '', ...regulations, '规范', '性文', '', ...cells, '\f件',
    '第二十条第（五）项', '', '信息', '内容', '', '上', '一', '年', '项', '目', '数', '量', '', '本', '年', '增/', '减', '', '处', '理', '决', '定', '数', '量', '',
    '行政', '许可', '', '0', '', '5', '', '36', '', '其他', '对外', '管理', '服务', '事项', '', '53', '', '0', '', '1', '',
  ];
  const text = (lines: string[]) => [...HEAD, ...lines, '三、收到和处理政府信息公开申请情况', ...TAIL].join('\n');
  const columns = ['made', 'published', 'total-published'];
  const read = cellsOf(text(block(['6', '', '0', '', '47', ''], ['0', '', '0', '', '0', ''])));
  assert.deepEqual(columns.map((c) => read.get(`proactive.normative-documents.${c}`)?.value), [0, 0, 0]);
  assert.deepEqual(columns.map((c) => read.get(`proactive.regulations.${c}`)?.value), [6, 0, 47]);
  // The row before not read (a cell short): the text may not be in row order there; nothing says whose these are.
  const shortBefore = cellsOf(text(block(['6', '', '47', ''], ['0', '', '0', '', '0', ''])));
  for (const c of columns) assert.notEqual(shortBefore.get(`proactive.normative-documents.${c}`)?.status, 'ok', c);
  // Numbers stacked one a line, no blank line between: a column's cells in rows below each other, or a number wrapped.
  const stacked = cellsOf(text(block(['6', '', '0', '', '47', ''], ['0', '20', '7', ''])));
  for (const c of columns) assert.notEqual(stacked.get(`proactive.normative-documents.${c}`)?.status, 'ok', c);
});

test('表二 row label with the last pieces of each of its block’s headers after it (a page break inside the headers): the numbers after them are its cells; one column’s header alone before them reads nothing', () => {
  const text = (block: string[]) =>
    [...HEAD, '第二十条第（一）项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '', '1', '', '2', '', '3', '', ...block, '三、收到和处理政府信息公开申请情况', ...TAIL].join('\n');
  // plain pdftotext of a Word page's LibreOffice PDF (seed 4, 2019): 行政事业性收费 is [0, -8];
  // 上一年项目数量 and 本年增/减 broken by the page, their ends after the label.
  const broken = cellsOf(text(['第二十条第（八）项', '信息内', '容', '', '上', '一', '', '本年增/', '', '\f行政', '事业', '性收', '费', '', '年', '项', '目', '数', '量', '', '减', '', '0', '', '-8', '']));
  assert.deepEqual(['previous-items', 'change'].map((c) => broken.get(`proactive.fees.${c}`)?.value), [0, -8]);
  // seed 12 of 2019: 行政事业性收费 is [87, 0]; 本年增/减 alone after the label, over its own cell `0`.
  const over = cellsOf(text(['第二十条第（八）项', '上一年项', '目数量', '', '信息内容', '行政事业性收费', '', '本年增/减', '0', '', '87', '']));
  for (const c of ['previous-items', 'change']) assert.notEqual(over.get(`proactive.fees.${c}`)?.status, 'ok', c);
});

test('表二 block whose second row’s label comes after both rows’ cells: read where the cells are exactly the block’s, none stacked, and that label follows them', () => {
  // plain pdftotext of a Word page's LibreOffice PDF (seed 4, 2019): 行政许可 [5, 0, 0], 其他对外管理服务事项 [65, 452, 53].
  const headers = ['第二十条第（五）项', '上', '一', '信息内', '容', '', '年', '项', '目', '数', '', '处', '本', '', '理', '', '年', '', '决', '', '增/', '', '定', '', '减', '', '数', '量', '', '量', ''];
  const text = (cells: string[], after: string[]) =>
    [...HEAD, '第二十条第（一）项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '', '1', '', '2', '', '3', '', ...headers, '行政', '许可', '', ...cells, ...after,
      '第二十条第（六）项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政处罚', '', '1', '', '2', '', '3', '', '行政强制', '', '4', '', '5', '', '6', '',
      '三、收到和处理政府信息公开申请情况', ...TAIL].join('\n');
  // (The page's 本年增/减 was 452; two digits here, see below.)
  const cells = ['5', '', '0', '', '0', '', '65', '', '45', '', '53', ''];
  const label = ['其他对', '外管理', '服务事', '项', ''];
  const columns = ['previous-items', 'change', 'decisions'];
  const read = cellsOf(text(cells, label));
  assert.deepEqual(columns.map((c) => read.get(`proactive.licensing.${c}`)?.value), [5, 0, 0]);
  assert.deepEqual(columns.map((c) => read.get(`proactive.other-services.${c}`)?.value), [65, 45, 53]);
  // 452 under a header wrapped `增/` / `减`: `-452` would not fit its cell on a line, and pdftotext
  // takes out a sign left alone at a line's end (readingOrderSigns.ts), so its sign is not known.
  const wide = cellsOf(text(cells.map((c) => (c === '45' ? '452' : c)), label));
  assert.notEqual(wide.get('proactive.other-services.change')?.status, 'ok');
  assert.deepEqual(columns.map((c) => wide.get(`proactive.licensing.${c}`)?.value), [5, 0, 0]);
  // No label after the cells: nothing says the last three are a row, nor that the first three are 行政许可's alone.
  const unlabelled = cellsOf(text(cells, []));
  for (const c of columns) assert.notEqual(unlabelled.get(`proactive.licensing.${c}`)?.status, 'ok', c);
  // Cells stacked one a line (a column's cells in rows below each other): not read.
  const stacked = cellsOf(text(['5', '65', '', '0', '45', '', '0', '53', ''], label));
  for (const c of columns) assert.notEqual(stacked.get(`proactive.licensing.${c}`)?.status, 'ok', c);
});

test('a row label wrapped over two lines among its cells (四、结转下年度继续办理 after six of them): the row before’s numbers less the last six are its cells, those six and the one after the label this row’s, where both rows add up', () => {
  // plain pdftotext of a WPS page's LibreOffice PDF (seed 2, 2019): 总计 is [0, 0, 0, 7493, 214, 1518, 9225]
  // (7493 wrapped in its narrow cell, 1518 and 9225 side by side), 结转下年度继续办理 all zeros.
  const lines = (last: string) => [
    row('5.要求行政机关确认或重新出具已获取信息', [0, 0, 0, 0, 0, 0, 0]),
    '',
    '（七）总计', '', '0', '', '0', '', '0', '', '749', '3', '', '214', '', '151 922', '8', '5', '', '0', '', '0', '', '0', '', '0', '', '0', '', '0', '',
    '（', '五', '）', '不', '予', '处', '理', '', '四、结转下年度继续办', '理', '', last, '',
  ];
  const read = cellsOf(report(lines('0')));
  assert.deepEqual(['natural-person', 'social-welfare', 'other-entity', 'total'].map((c) => read.get(`applications.total.${c}`)?.value), [0, 7493, 1518, 9225]);
  assert.deepEqual(['natural-person', 'total'].map((c) => read.get(`applications.carried-forward.${c}`)?.value), [0, 0]);
  // The last cell breaks the row's sum: neither row is read.
  const broken = cellsOf(report(lines('4')));
  for (const id of ['total', 'carried-forward']) assert.notEqual(broken.get(`applications.${id}.total`)?.status, 'ok', id);
});

test('表二 row whose cells come each right after its own column’s header, in column order: read; the headers in another order read nothing', () => {
  const text = (block: string[]) =>
    [...HEAD, '第二十条第（一）项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '', '1', '', '2', '', '3', '', '规范性文件', '', '4', '', '5', '', '6', '',
      '第二十条第（五）项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', '', '7', '', '8', '', '9', '',
      '第二十条第（六）项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政处罚', '', '1', '', '2', '', '3', '', '行政强制', '', '4', '', '5', '', '6', '',
      ...block, '三、收到和处理政府信息公开申请情况', ...TAIL].join('\n');
  // plain pdftotext of a Word page's LibreOffice PDF (seed 7, 2019): 政府集中采购 is [39, 240.65].
  const step = cellsOf(text(['第二十条第（九）项', '', '信息', '内容', '', '政府', '集中', '采购', '', '采', '购', '项', '目', '数', '量', '', '39', '', '采购总', '金额', '（万', '元）', '', '240.65', '']));
  assert.deepEqual(['projects', 'amount'].map((c) => step.get(`proactive.procurement.${c}`)?.value), [39, 240.65]);
  const swapped = cellsOf(text(['第二十条第（九）项', '', '信息', '内容', '', '政府', '集中', '采购', '', '采购总', '金额', '（万', '元）', '', '240.65', '', '采', '购', '项', '目', '数', '量', '', '39', '']));
  for (const c of ['projects', 'amount']) assert.notEqual(swapped.get(`proactive.procurement.${c}`)?.status, 'ok', c);
});

test('labels not in the format order in one run of text lines read nothing', () => {
  const text = report(['1.属于国家秘密\n4.保护第三方合法权益', [0, 0, 0, 0, 0, 0, 0].join('\n')]);
  const cells = cellsOf(text);
  assert.notEqual(cells.get('applications.denied-third-party.total')?.status, 'ok');
  assert.notEqual(cells.get('applications.denied-state-secret.total')?.status, 'ok');
});

test('an edit inside the region reads as the edited text parsed afresh (PDF text is parsed whole)', () => {
  // Long enough for the parser to keep its normalisation for edits (a short text is parsed whole anyway).
  const narrative = '本机关认真贯彻落实条例，扎实推进政府信息公开工作。'.repeat(2500);
  const text = report([row('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8]), row('（一）予以公开', [3, 1, 0, 0, 0, 1, 5])]).replace(
    '本机关认真贯彻落实条例。',
    narrative,
  );
  assert.ok(text.length > 50_000);
  const parser = new ReportParser();
  parser.parse(text);
  const at = text.indexOf('（一）予以公开\n3') + '（一）予以公开\n'.length;
  const edited = parser.applyChanges([{ start: at, end: at + 1, text: '4' }]);
  const fresh = parseReport(text.slice(0, at) + '4' + text.slice(at + 1));
  assert.deepEqual(modelValues(edited), modelValues(fresh));
  assert.notEqual(modelValues(fresh)['applications.granted.total'], 5, 'the row no longer adds up: unread');
});

/**
 * 表三 as pdftotext gives a LibreOffice PDF of a plain table: each label with its 自然人 number (one
 * label wrapped around it), the other columns after the 四、 heading in bands — the first three rows
 * a band of columns of three, then a band per row, one band with two columns on a line.
 */
function bandedReport(swapBlocks = false, mangle?: (labelled: string[], v: (row: string, column: string) => string) => void): { text: string; values: Record<string, number | null> } {
  const values = randomConsistentValues('2021', mulberry32(7));
  const group = FORMATS['2021']!.tables.find((t) => t.id === 'applications')!.groups[0]!;
  const v = (row: string, column: string) => String(values[`applications.${row}.${column}`]);
  const rest = group.columns.slice(1).map((c) => c.id);
  const labelled = group.rows.map((row, i) =>
    i === 5 ? `${row.label.slice(0, 4)}\n${v(row.id, 'natural-person')}\n${row.label.slice(4)}` : `${row.label}\n${v(row.id, 'natural-person')}`,
  );
  mangle?.(labelled, v);
  const bands: string[] = [];
  const firstBand = rest.map((c) => group.rows.slice(0, 3).map((r) => v(r.id, c)).join('\n'));
  if (swapBlocks) [firstBand[0], firstBand[3]] = [firstBand[3]!, firstBand[0]!];
  bands.push(...firstBand);
  group.rows.slice(3).forEach((r, i) => {
    const cells = rest.map((c) => v(r.id, c));
    if (i === 2) bands.push(...cells.slice(0, 4), `${cells[4]} ${cells[5]}`);
    else bands.push(...cells);
  });
  const text = [
    ...HEAD,
    '第二十条第（一）项',
    '信息内容',
    '本年制发件数',
    '三、收到和处理政府信息公开申请情况',
    ...labelled,
    '四、政府信息公开行政复议、行政诉讼情况',
    '',
    bands.join('\n\n'),
    '',
    '行政复议',
    ...TAIL.slice(1),
  ].join('\n');
  return { text, values };
}

test('表三 in bands after the 四、 heading: read where every relation of the table holds, never otherwise', () => {
  const { text, values } = bandedReport();
  const cells = cellsOf(text);
  const keys = Object.keys(values).filter((k) => k.startsWith('applications.'));
  const read = keys.filter((k) => cells.get(k)?.status === 'ok');
  assert.equal(read.length, keys.length, 'every row has its 自然人 number beside its label, one wrapped around it');
  for (const k of read) assert.equal(cells.get(k)!.value, values[k], k);
  // Two columns of the first band swapped: rows still add up, columns no longer do — unread.
  const swapped = bandedReport(true);
  const after = cellsOf(swapped.text);
  assert.notEqual(values['applications.new.commercial'], values['applications.new.legal-services']);
  assert.equal(keys.filter((k) => after.get(k)?.status === 'ok').length, 0);
});

test('表三 in bands: a label broken beyond finding, a number before its label — the first column is the numbers beside the labels in row order', () => {
  // Rows 3.危及… and 4.保护…, as LibreOffice's PDF gives them: the group label's pieces inside the
  // row labels, row 4's number on row 3's line, row 3's before its label.
  const broken = (labelled: string[], v: (row: string, column: string) => string) => {
    labelled[6] = `${v('denied-security-stability', 'natural-person')}\n（三） 3.危及“三安全一稳定”`;
    labelled[7] = `${v('denied-third-party', 'natural-person')}\n不予公 4.保护第三方合法权\n开 益`;
  };
  const { text, values } = bandedReport(false, broken);
  const cells = cellsOf(text);
  const keys = Object.keys(values).filter((k) => k.startsWith('applications.'));
  for (const k of keys) assert.equal(cells.get(k)?.value, values[k], k);
  // Two rows' first numbers swapped in the text: the rows no longer add up — nothing is read.
  const swapped = bandedReport(false, (labelled, v) => {
    broken(labelled, v);
    labelled[2] = `${labelled[2]!.split('\n')[0]}\n${v('partially-granted', 'natural-person')}`;
    labelled[3] = `${labelled[3]!.split('\n')[0]}\n${v('granted', 'natural-person')}`;
  });
  assert.notEqual(values['applications.granted.natural-person'], values['applications.partially-granted.natural-person']);
  const after = cellsOf(swapped.text);
  for (const k of keys) if (after.get(k)?.status === 'ok') assert.equal(after.get(k)!.value, values[k], k);
});

/**
 * 表三 of the 2019 format as pdftotext gives a LibreOffice PDF of it: each label with its first five
 * numbers, then the 其他 and 总计 headers and those two columns in bands, the last three rows with
 * their 自然人 number beside the label and their other columns in bands after the 四、 heading.
 */
function splitBandsReport(swap = false): { text: string; values: Record<string, number | null> } {
  const values = randomConsistentValues('2019', mulberry32(5));
  const group = FORMATS['2019']!.tables.find((t) => t.id === 'applications')!.groups[0]!;
  const v = (row: string, column: string) => String(values[`applications.${row}.${column}`]);
  const ids = group.columns.map((c) => c.id);
  const before = group.rows.slice(0, -3);
  const after = group.rows.slice(-3);
  const lines: string[] = [];
  for (const row of before) lines.push(row.label, ...ids.slice(0, 5).map((c) => v(row.id, c)));
  lines.push('其他', '', '总计', '');
  const band = (rows: typeof before, columns: string[]) => columns.map((c) => rows.map((r) => v(r.id, c)).join('\n'));
  const first = band(before.slice(0, 3), ids.slice(5));
  if (swap) first.reverse();
  const blocks = [...first, ...before.slice(3).flatMap((r) => band([r], ids.slice(5)))];
  lines.push(blocks.join('\n\n'));
  for (const row of after) lines.push(row.label, v(row.id, ids[0]!));
  const text = [
    ...HEAD,
    '第二十条第（一）项',
    '信息内容',
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
    '三、收到和处理政府信息公开申请情况',
    ...lines,
    '四、政府信息公开行政复议、行政诉讼情况',
    '',
    band(after, ids.slice(1)).join('\n\n'),
    '',
    '行政复议',
    ...TAIL.slice(1),
  ].join('\n');
  return { text, values };
}

test('表三 of 2019 with its last columns in bands after their headers, the last rows after the 四、 heading: read where every relation holds', () => {
  const { text, values } = splitBandsReport();
  const cells = cellsOf(text);
  const keys = Object.keys(values).filter((k) => k.startsWith('applications.'));
  for (const k of keys) assert.equal(cells.get(k)?.value, values[k], k);
  // The first band's two columns swapped: the rows no longer add up — nothing read as another number.
  const swapped = splitBandsReport(true);
  const after = cellsOf(swapped.text);
  assert.notEqual(values['applications.new.other-entity'], values['applications.new.total']);
  for (const k of keys) if (after.get(k)?.status === 'ok') assert.equal(after.get(k)!.value, values[k], k);
  assert.notEqual(after.get('applications.new.total')?.status, 'ok');
});

test('表三 row by row with labels moved about: every row read from its numbers in row order where all relations hold, never with a number lost', () => {
  const values = randomConsistentValues('2021', mulberry32(11));
  const group = FORMATS['2021']!.tables.find((t) => t.id === 'applications')!.groups[0]!;
  const numbers = (id: string) => group.columns.map((c) => String(values[`applications.${id}.${c.id}`]));
  const lines = group.rows.flatMap((row, i) => {
    // 3.补正后… after its own numbers; 1.本机关不掌握… broken by its group label's pieces.
    if (row.id === 'unavailable-unclear') return [...numbers(row.id), '三、本年度', '办理结果', row.label];
    if (row.id === 'unavailable-not-held') return ['（四）无 1.本机关不掌握相关政府', '法提供', '信息', ...numbers(row.id)];
    return i % 2 === 0 ? [row.label, ...numbers(row.id)] : [row.label, '', ...numbers(row.id).flatMap((n) => [n, ''])];
  });
  const keys = Object.keys(values).filter((k) => k.startsWith('applications.'));
  const cells = cellsOf(report(lines));
  for (const k of keys) assert.equal(cells.get(k)?.value, values[k], k);
  // One number lost (an empty cell leaves no trace): rows are no longer told apart by count.
  const lost = lines.slice();
  lost.splice(lost.indexOf(numbers('granted')[3]!, lines.indexOf(group.rows[2]!.label)), 1);
  const after = cellsOf(report(lost));
  for (const k of keys) if (after.get(k)?.status === 'ok') assert.equal(after.get(k)!.value, values[k], k);
  assert.notEqual(after.get('applications.granted.total')?.status, 'ok');
});

test('表四: its row read only when all its numbers come after its headers (its last ones maybe after the next heading), one per column, totals holding', () => {
  const appeals = (numbers: number[]) =>
    report([row('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8]), row('二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1])]).replace(
      '四、政府信息公开行政复议、行政诉讼情况',
      ['四、政府信息公开行政复议、行政诉讼情况', '行政复议', '行政诉讼', '结', '果', '维', '持', ...numbers.map(String)].join('\n'),
    );
  const whole = cellsOf(appeals([1, 0, 2, 0, 3, 4, 0, 0, 0, 4, 0, 0, 5, 0, 5]));
  assert.deepEqual(['review-total', 'direct-upheld', 'after-review-other'].map((c) => whole.get(`appeals.cases.${c}`)?.value), [3, 4, 5]);
  // Numbers before its headers (表三's last cells, put after the heading) are not its own.
  const after = appeals([1, 0, 2, 0, 3, 4, 0, 0, 0, 4, 0, 0, 5, 0, 5]).replace('行政诉讼情况\n行政复议', '行政诉讼情况\n0\n1037\n\n54 732\n行政复议');
  const leftovers = cellsOf(after);
  assert.deepEqual(['review-upheld', 'review-total', 'after-review-total'].map((c) => leftovers.get(`appeals.cases.${c}`)?.value), [1, 3, 5]);
  // Cut off at the page edge (nine numbers): nothing says which columns they are.
  const cut = cellsOf(appeals([0, 0, 46, 0, 46, 4, 0, 0, 0]));
  assert.equal([...cut.values()].filter((c) => c.key.startsWith('appeals.') && c.status === 'ok').length, 0);
  // The last cells after the 五、 heading and its first paragraph (the PDF's text order): read when
  // the section's number lines are exactly the cells missing, never with one more.
  const spilled = (extra: string[]) =>
    cellsOf(
      appeals([1, 0, 2, 0, 3, 4, 0, 0, 0, 4, 0, 0, 5]).replace(
        '五、存在的主要问题及改进情况\n无。',
        ['五、存在的主要问题及改进情况', '一是公开内容还不够丰富。', '0', '5', ...extra, '下一步，我们将加强学习培训。'].join('\n'),
      ),
    );
  const read = spilled([]);
  assert.deepEqual(['review-total', 'after-review-other', 'after-review-pending', 'after-review-total'].map((c) => read.get(`appeals.cases.${c}`)?.value), [3, 5, 0, 5]);
  const more = spilled(['7']);
  assert.equal([...more.values()].filter((c) => c.key.startsWith('appeals.') && c.status === 'ok').length, 0);
});

test('表四 cut by a page break, its vertical headers’ last characters carried over between the blocks’ cells: read in text order where the cells stand one a line and every total holds; header words between them read nothing', () => {
  // plain pdftotext of a Word page's LibreOffice PDF (seed 2, 2021), 表四 after its headers: the
  // next page starts with the row, `持` `正` `果` `结` (the first four headers' last characters) after each block's cells.
  const tails = ['持', '', '正', '', '果', '', '结', ''];
  const cells = (values: number[]) => values.flatMap((v) => [String(v), '']);
  const section = (body: string[]) =>
    report([row('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8]), row('二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1])]).replace(
      '四、政府信息公开行政复议、行政诉讼情况',
      ['四、政府信息公开 行政复议、行政诉讼情况', '行政复议', '', '结', '果', '维', '持', '', '其', '他', '结', '果', '', '行政诉讼', '', '尚', '未', '审', '结', '', '总', '计', '', '未经', '', '复议后起诉', '', '复议直接起诉', '', ...body].join('\n'),
    );
  const carried = cellsOf(section(['\f0', '', ...cells([0, 0, 0, 0]), ...tails, ...cells([0, 0, 0, 0, 0]), ...tails, ...cells([0, 0, 42, 0, 42])]));
  assert.deepEqual(['review-total', 'direct-total', 'after-review-other', 'after-review-total'].map((c) => carried.get(`appeals.cases.${c}`)?.value), [0, 0, 42, 42]);
  // A total broken (a cell out of place): nothing read.
  const broken = cellsOf(section(['\f0', '', ...cells([0, 0, 0, 0]), ...tails, ...cells([0, 0, 0, 0, 0]), ...tails, ...cells([0, 42, 0, 0, 0])]));
  assert.equal([...broken.values()].filter((c) => c.key.startsWith('appeals.') && c.status === 'ok').length, 0);
  // Header words between the cells (a block's headers over its cells, seed 3 of 2019: `0` `0`
  // `其他 尚未` `结果 审结 总计` `5` `0` `5` for 0 0 0 5 5): the text's order may not be the columns'.
  const words = cellsOf(section([...cells([0, 0, 4, 0, 4, 0, 48, 0, 4, 52, 0, 0]), '其他 尚未', '结果 审结 总计', ...cells([5, 0, 5])]));
  assert.equal([...words.values()].filter((c) => c.key.startsWith('appeals.') && c.status === 'ok').length, 0);
});

test('表四 with a block’s header (复议后起诉) and vertical headers one character a line between the cells: read in text order where every total holds', () => {
  // plain pdftotext of a WPS page's LibreOffice PDF (seed 8, 2019): 复议 all 0, 未经复议直接起诉 [0, 0, 0, 2, 2],
  // 复议后起诉 [70, 5, 5, 0, 80]; the second block's 总计 after the third block's header.
  const vertical = (words: string[]) => words.flatMap((w) => [...w.split(''), '']);
  const head = ['', '行政复议', '', '行政诉讼', '未经复议直接起诉', '', ...vertical(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结'])];
  const headFirst = head.slice(0, head.length - 4 * 5);
  const cells = (values: number[]) => values.flatMap((v) => [String(v), '']);
  const section = (first: number[], second: number[]) =>
    report([row('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8]), row('二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1])]).replace(
      '四、政府信息公开行政复议、行政诉讼情况',
      ['四、政府信息公开行政复议、行政诉讼情况', ...head, ...cells(first), '复议后起诉', '总', '计', '', ...vertical(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']), ...cells(second)].join('\n'),
    );
  const read = cellsOf(section([0, 0, 0, 0, 0, 0, 0, 0, 2], [2, 70, 5, 5, 0, 80]));
  assert.deepEqual(['review-total', 'direct-pending', 'direct-total', 'after-review-upheld', 'after-review-total'].map((c) => read.get(`appeals.cases.${c}`)?.value), [0, 2, 2, 70, 80]);
  // A block's total broken: nothing read.
  const broken = cellsOf(section([0, 0, 0, 0, 0, 0, 0, 0, 2], [3, 70, 5, 5, 0, 80]));
  assert.equal([...broken.values()].filter((c) => c.key.startsWith('appeals.') && c.status === 'ok').length, 0);
  // seed 5 of 2019: the second block's 总计 and the third block after the 五、 heading, its first
  // paragraph after them (the page's text order): read, the totals holding.
  const spilled = (total: number) =>
    cellsOf(
      report([row('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8]), row('二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1])])
        .replace('四、政府信息公开行政复议、行政诉讼情况', ['四、政府信息公开行政复议、行政诉讼情况', ...headFirst, ...cells([0, 0, 0, 0, 0]), ...vertical(['结果维持', '结果纠正', '其他结果', '尚未审结']), ...cells([88, 0, 3, 3])].join('\n'))
        .replace('五、存在的主要问题及改进情况\n无。', ['五、存在的主要问题及改进情况', '', '复议后起诉', '', ...vertical(['总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计']), ...cells([total, 0, 8, 0, 39, 47]), '\f一是公开内容还不够丰富。'].join('\n')),
    );
  const after = spilled(94);
  assert.deepEqual(['direct-upheld', 'direct-total', 'after-review-total'].map((c) => after.get(`appeals.cases.${c}`)?.value), [88, 94, 47]);
  // The second block's total not its cells' sum: the row is not read (the last block's five numbers, on their lines of their own, may be read apart).
  const wrongTotal = spilled(95);
  for (const c of ['review-total', 'direct-upheld', 'direct-total']) assert.notEqual(wrongTotal.get(`appeals.cases.${c}`)?.status, 'ok', c);
});

test('表四 with numbers wrapped in their narrow cells (`44` `5`, one a line, no blank line between): joined where every total then holds', () => {
  // plain pdftotext of a WPS page's LibreOffice PDF (seed 6, 2021): 复议后起诉 is [0, 445, 7, 2, 454].
  const real = ['', '行政复议', '', '行政诉讼', '未经', '复议直接起诉', '', '结', '果', '维', '持', '', '结', '果', '纠', '正', '', '其', '他', '结', '果', '', '尚', '未', '审', '结', '', '总', '计', '', '0', '', '0', '', '0', '', '19', '', '19', '', '结', '果', '维', '持', '', '结', '果', '纠', '正', '', '其', '他', '结', '果', '', '尚', '未', '审', '结', '', '0', '', '36', '', '0', '', '4', '', '复议后起诉', '', '总', '计', '', '结', '果', '维', '持', '', '结', '果', '纠', '正', '', '其', '他', '结', '果', '', '尚', '未', '审', '结', '', '总', '计', '', '40', '', '0', '', '44', '5', '', '7', '', '2', '', '45', '4', ''];
  const section = (lines: string[]) =>
    report([row('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8]), row('二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1])]).replace(
      '四、政府信息公开行政复议、行政诉讼情况',
      ['四、政府信息公开行政复议、行政诉讼情况', ...lines].join('\n'),
    );
  const read = cellsOf(section(real));
  assert.deepEqual(['direct-total', 'after-review-corrected', 'after-review-total'].map((c) => read.get(`appeals.cases.${c}`)?.value), [40, 445, 454]);
  // Joined, a total breaks (`45` `3`): nothing read.
  const broken = cellsOf(section([...real.slice(0, -2), '3', '']));
  assert.equal([...broken.values()].filter((c) => c.key.startsWith('appeals.') && c.status === 'ok').length, 0);
});

test('表四 after 表三’s last columns in bands the PDF put after the 四、 heading (their headers, then their cells): those numbers are not 表四’s, its own headers and row follow', () => {
  // pdftotext of our 2021 page (seed 4, zeros left blank), shortened: 表三's bands (unread: blank
  // cells lost) between the heading and 表四's headers.
  const section = [
    '四、政府信息公开行政复议、行政诉讼情况',
    '',
    '总计', '法律服务', '其他', '机构', '8080', '0', '0', '', '284 17646', '0', '2010', '', '77 85', '205 18674', '79 982', '',
    '行政复议', '', '行政诉讼', '未经复议直接起诉', '复议后起诉',
    '结果 结果 其他 尚未', '总计 结果 结果 其他 尚未', '结果 结果 其他 尚未', '维持 纠正 结果 审结', '总计', '总计', '维持 纠正 结果 审结', '维持 纠正 结果 审结',
    '0', '4', '0', '0', '4', '2', '600 0', '6', '608 0', '0', '5', '0', '5',
  ].join('\n');
  const applications = [row('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8]), row('二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1])];
  const text = report(applications).replace('四、政府信息公开行政复议、行政诉讼情况', section);
  const values = modelValues(parseReport(text));
  const appeals = Object.entries(values).filter(([k]) => k.startsWith('appeals.')).map(([, v]) => v);
  assert.deepEqual(appeals, [0, 4, 0, 0, 4, 2, 600, 0, 6, 608, 0, 0, 5, 0, 5]);
  // 表四's own header words between its numbers still stop the reading: a cell out of order.
  const split = text.replace('0\n4\n0\n0\n4\n2', '0\n4\n维持 纠正\n0\n0\n4\n2');
  assert.ok(Object.entries(modelValues(parseReport(split))).filter(([k]) => k.startsWith('appeals.')).every(([, v]) => v === null));
});

test('rows a PDF text leaves unread are one table-unreadable finding for the table, not a row-missing or cell-missing each', () => {
  const text = report([
    row('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8]),
    row('二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 9]), // breaks its row relation: unread
    '（一）予以', // a label broken beyond finding: its row is not found
    row('公开', [3, 1, 0, 0, 0, 1, 5]),
  ]);
  const findings = checkReport(parseReport(text), text);
  const unreadable = findings.filter((f) => f.code === 'table-unreadable');
  assert.equal(unreadable.length, 1, findings.map((f) => f.message).join('\n'));
  assert.equal((unreadable[0]!.data as { table: string }).table, 'applications');
  assert.ok((unreadable[0]!.data as { rows: string[] }).rows.includes('carried-over'));
  assert.match(unreadable[0]!.message, /表三中 \d+ 行（“二、上年结转政府信息公开申请数量”/);
  assert.ok(!findings.some((f) => (f.code === 'row-missing' || f.code === 'cell-missing') && (f.data as { table?: string }).table === 'applications'));
  // The same rows in a text that is not a PDF's: each is reported as it stands.
  const plain = text.replace(/\f/g, '');
  const codes = checkReport(parseReport(plain), plain).map((f) => f.code);
  assert.ok(!codes.includes('table-unreadable'));
  assert.ok(codes.includes('row-missing'));
});

test('a title the PDF broke over two lines, a space inside a word, is the title', () => {
  const text = report([row('（一）予以公开', [3, 1, 0, 0, 0, 1, 5])]).replace('某某区人民政府\n2023年政府信息公开工作年度报告', '某某区卫生健康局 2023 年政 府信息公开工\n作年度报告');
  assert.match(parseReport(text).metadata.title?.text ?? '', /^某某区卫生健康局 2023 年政 府信息公开工\n?作年度报告$/);
  assert.ok(!checkReport(parseReport(text), text).some((f) => f.code === 'title-missing'));
  // Two paragraphs apart: not one title.
  const apart = text.replace('公开工\n作年度报告', '公开工作\n\n年度报告');
  assert.ok(checkReport(parseReport(apart), apart).some((f) => f.code === 'title-missing'));
});

test('a title centred over two lines, the second indented (pdftotext -layout), is the title, wherever the break falls', () => {
  for (const title of ['广州市天河区财政局 2019 年政府信息公开工作年度\n            报告', '某局2024年政 府信息\n      公开工作年度报告', '某局 2024 年政 府信息公开工\n         作年度报告']) {
    const text = report([row('（一）予以公开', [3, 1, 0, 0, 0, 1, 5])]).replace('某某区人民政府\n2023年政府信息公开工作年度报告', title);
    assert.ok(!checkReport(parseReport(text), text).some((f) => f.code === 'title-missing'), JSON.stringify(title));
  }
});

test('not claimed: text without form feeds, and aligned columns (pdftotext -layout)', () => {
  const plain = report([row('（一）予以公开', [3, 1, 0, 0, 0, 1, 5])]).replace(/\f/g, '');
  assert.equal(readingOrder.mayOccur(plain), false);
  const aligned = report(
    Array.from({ length: 5 }, () => '（一）予以公开        3      1      0      0      0      1      5').concat([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].join('\n')]),
  );
  assert.deepEqual(readingOrder.read(aligned, splitLines(aligned)), []);
  // Nor is such text taken for reading order by the rules (table-unreadable).
  const layout = report(Array.from({ length: 12 }, () => '（一）予以公开        3      1      0      0      0      1      5'));
  assert.equal(isReadingOrderText(layout), false);
  assert.equal(isReadingOrderText(report([row('（一）予以公开', [3, 1, 0, 0, 0, 1, 5])])), true);
  assert.equal(isReadingOrderText(plain), false);
});

test('bands of a table’s last columns: read row by row, or by column from a block’s start where m blocks of B one-number lines make B rows', () => {
  let at = 0;
  const n = (v: number): NumberToken => ({ text: String(v), from: at, to: (at += String(v).length + 1) - 1, value: v, decimal: false });
  // `34 2837` `1007 19736` `0` `17` | `0` `0` | `10` `0` (the pdftotext of our 2019 page, shortened)
  const blocks = [[[n(34), n(2837)], [n(1007), n(19736)], [n(0)], [n(17)]], [[n(0)], [n(0)]], [[n(10)], [n(0)]]];
  const readings = bandReadings(blocks, 5, 2)!.map((r) => r.map((row) => row.map((t) => t.value).join(' ')).join(' | '));
  assert.deepEqual(readings.sort(), ['34 2837 | 1007 19736 | 0 17 | 0 0 | 10 0', '34 2837 | 1007 19736 | 0 17 | 0 10 | 0 0']);
  assert.deepEqual(bandReadings(blocks, 4, 2), [], 'too many numbers for four rows: no reading');
});

test('表三 of 2019 split in bands with its empty cells left out (LibreOffice PDF, plain pdftotext): rows read where every cut and placement that fits agrees, never a blank beside a 0', async () => {
  const page = fixture('2019', 2, true);
  const text = await TOOLS['LibreOffice PDF pdftotext']!(page.html);
  // The first columns beside the labels lost their blank cells: `591 920 255 1037` under five columns.
  assert.match(text, /一、本年新收政府信息公开申请数量\n591\n920\n255\n1037\n/);
  const cells = modelCells(parseReport(text));
  const wrong = cells.filter((c) => c.status === 'ok' && c.value !== page.values[c.key]).map((c) => c.key);
  assert.deepEqual(wrong, []);
  const row = (id: string) => cells.filter((c) => c.row === id && c.table === 'applications');
  // 新收: the blank is 社会公益组织 (the column sums leave no other place), 1037 法律服务机构.
  assert.deepEqual(row('new').map((c) => [c.column, c.status === 'ok' ? c.value : c.status]), [
    ['natural-person', 591], ['commercial', 920], ['research', 255], ['social-welfare', 'empty'], ['legal-services', 1037], ['other-entity', 34], ['total', 2837],
  ]);
  // 内部事务信息 `3 47 68 0 0` then 过程性信息 `0 0 0`: which of the zeros are blank cannot be told.
  for (const id of ['denied-internal-affairs', 'denied-process-information']) assert.ok(row(id).every((c) => c.status !== 'ok'), id);
  const read = cells.filter((c) => c.table === 'applications' && (c.status === 'ok' || c.status === 'empty')).length;
  assert.ok(read >= 19 * 7, `${read} cells of 表三 read`);
});

test('表三 of 2021 in bands after the 四、 heading with its empty cells left out (LibreOffice PDF, plain pdftotext): rows read where every cut into bands and placement that fits agrees, never a blank beside a 0', async () => {
  const page = fixture('2021', 6, true);
  const text = await TOOLS['LibreOffice PDF pdftotext']!(page.html);
  // 部分公开's 商业企业 is blank: its one-row band has five one-number blocks, not six.
  assert.match(text, /\n1269\n0\n11\n\n0\n\n0\n\n0\n\n0\n\n452\n\n0\n/);
  // 补正后申请内容仍不明确's 自然人 is blank: its label has no number after it.
  assert.match(text, /3\.补正后申请内容仍不明\n度办理结\n确\n果\n1\.信访举报投诉类申请\n0\n/);
  const cells = modelCells(parseReport(text));
  const wrong = cells.filter((c) => c.status === 'ok' && c.value !== page.values[c.key]).map((c) => c.key);
  assert.deepEqual(wrong, []);
  const model = parseReport(text);
  const row = (id: string) => model.tables.find((t) => t.id === 'applications')!.rows.find((r) => r.id === id)!;
  const values = (id: string) => row(id).cells.map((c) => (c.status === 'ok' ? c.value : c.status));
  assert.deepEqual(values('new'), [1245, 0, 0, 24, 0, 0, 1269]);
  assert.deepEqual(values('denied-third-party'), [0, 0, 0, 5, 0, 0, 5]);
  // 部分公开 `452 _ 0 0 0 0 452`: the blank could be any of its zeros' columns.
  assert.ok(row('partially-granted').incomplete && values('partially-granted').every((v) => typeof v !== 'number'), 'partially-granted unread');
  const read = cells.filter((c) => c.table === 'applications' && c.status === 'ok').length;
  assert.ok(read >= 13 * 7, `${read} cells of 表三 read`);
});

test('表三 of 2019 with its first three columns beside the labels and the other four in bands after 表四’s first header (行政复议): every cell read', async () => {
  const page = fixture('2019', 17, false);
  const text = await TOOLS['LibreOffice PDF pdftotext']!(page.html);
  assert.match(text, /一、本年新收政府信息公开申请数量\n1495 956\n144\n/);
  assert.match(text, /提起行政诉讼情况\n行政复议\n\n0\n0\n0\n/);
  const cells = modelCells(parseReport(text)).filter((c) => c.table === 'applications');
  const notRead = cells.filter((c) => c.status !== 'ok' || c.value !== page.values[c.key]).map((c) => c.key);
  assert.deepEqual(notRead, []);
  assert.equal(cells.length, 23 * 7);
});

test('表三 of 2021 in bands after the 四、 heading under their own column headers, three columns’ cells row by row one a line: every cell read', async () => {
  const page = fixture('2021', 29, false);
  const text = await TOOLS['LibreOffice PDF pdftotext']!(page.html);
  // 商业企业, 科研机构, 社会公益组织 of the first three rows, row by row, among and after their headers.
  assert.match(text, /行政诉讼情况\n\n社会\n科研\n商业企业\n公益\n机构\n组织\n23\n0\n288\n2\n0\n354\n16\n0\n66\n\n总计\n法律服务\n/);
  const cells = modelCells(parseReport(text)).filter((c) => c.table === 'applications');
  const notRead = cells.filter((c) => c.status !== 'ok' || c.value !== page.values[c.key]).map((c) => c.key);
  assert.deepEqual(notRead, []);
  assert.equal(cells.length, 25 * 7);
});

test('section headings numbered with a full-width comma (`三，` `四，`) bound the tables in the PDF text too, before the characters are folded', async () => {
  const page = fixture('2021', 22, true);
  const text = await TOOLS['LibreOffice PDF pdftotext']!(page.html);
  assert.match(text, /^三，收到和处理政府信息公开申请情况$/m);
  assert.match(text, /^四，政府信息公开行政复议、行政诉讼情况$/m);
  const model = parseReport(text);
  const applications = model.tables.find((t) => t.id === 'applications')!;
  assert.equal(applications.rendering, 'tab-rows', 'read from the reading-order grid');
  const values = (id: string) => applications.rows.find((r) => r.id === id)!.cells.map((c) => (c.status === 'ok' ? c.value : c.status));
  assert.deepEqual(values('new'), [18508, 547, 371, 1054, 0, 42, 20522]);
  const wrong = modelCells(model).filter((c) => c.status === 'ok' && c.value !== page.values[c.key]).map((c) => c.key);
  assert.deepEqual(wrong, []);
});

test('LibreOffice PDFs through plain pdftotext: no cell read as another number, our pages and Word/WPS/CMS pages', async () => {
  for (const list of [fixtures(2), wordFixtures(1)]) {
    const s = await score('LibreOffice PDF pdftotext', list);
    assert.equal(s.wrong, 0, s.failures.filter((f) => / read as ok /.test(f)).join('\n'));
    assert.ok(s.reproduced > 0);
  }
});
