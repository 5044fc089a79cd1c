// The preview's layout functions: merged headers and row labels read from the format
// definitions, every table a rectangular grid, each cell status drawn differently.
import assert from 'node:assert/strict';
import test from 'node:test';
import { FORMATS, tableDef } from '../../server/src/core';
import { headerRows } from '../../webview/src/layout/columns';
import { labelCells, labelLevel, labelPaths, labelWidth } from '../../webview/src/layout/labels';
import { pageElement } from '../../webview/src/layout/page';
import { textOf } from '../../webview/src/vnode';
import { byKey, find, gridWidths, page, rendering, sample, sectionOf, strings } from './support';

const applications2021 = tableDef(FORMATS['2021'], 'applications').groups[0]!;
const appeals = tableDef(FORMATS['2021'], 'appeals').groups[0]!;

test('表三 header: 申请人情况 over everything, 法人或其他组织 over five columns, 自然人 and 总计 down two rows', () => {
  const rows = headerRows(applications2021.columns);
  assert.equal(rows.length, 3);
  assert.deepEqual(rows[0]!.map((c) => [c.text, c.colspan, c.rowspan]), [['申请人情况', 7, 1]]);
  assert.deepEqual(rows[1]!.map((c) => [c.text, c.colspan, c.rowspan]), [
    ['自然人', 1, 2],
    ['法人或其他组织', 5, 1],
    ['总计', 1, 2],
  ]);
  assert.deepEqual(rows[2]!.map((c) => c.text), ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
});

test('表四 header: 行政复议 (five outcomes down two rows) and 行政诉讼 › 未经复议直接起诉 | 复议后起诉', () => {
  const rows = headerRows(appeals.columns);
  assert.deepEqual(rows[0]!.map((c) => [c.text, c.colspan]), [['行政复议', 5], ['行政诉讼', 10]]);
  assert.deepEqual(rows[1]!.map((c) => [c.text, c.colspan, c.rowspan]), [
    ['结果维持', 1, 2], ['结果纠正', 1, 2], ['其他结果', 1, 2], ['尚未审结', 1, 2], ['总计', 1, 2],
    ['未经复议直接起诉', 5, 1], ['复议后起诉', 5, 1],
  ]);
  assert.deepEqual(rows[2]!.map((c) => c.text), ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
});

test('a narrower block stretches its last column by `widen`', () => {
  const rows = headerRows(appeals.columns, 2);
  assert.equal(rows[0]!.at(-1)!.colspan, 12);
  assert.equal(rows[2]!.at(-1)!.colspan, 3);
});

test('label levels follow the enumerators', () => {
  assert.equal(labelLevel('三、本年度办理结果'), 0);
  assert.equal(labelLevel('（三）不予公开'), 1);
  assert.equal(labelLevel('1.属于国家秘密'), 2);
  assert.equal(labelLevel('规章'), -1);
});

test('表三 row labels: 三、本年度办理结果 spans the outcomes, （三）不予公开 its eight items', () => {
  for (const version of ['2019', '2021'] as const) {
    const group = tableDef(FORMATS[version], 'applications').groups[0]!;
    const paths = labelPaths(group.rows);
    const width = labelWidth(paths);
    assert.equal(width, 3);
    const cells = labelCells(paths, width);
    const index = (id: string) => group.rows.findIndex((r) => r.id === id);
    const outcome = cells[index('granted')]![0]!;
    assert.equal(outcome.node.text, '三、本年度办理结果');
    assert.equal(outcome.rowspan, index('total') - index('granted') + 1);
    const denied = cells[index('denied-state-secret')]!;
    assert.deepEqual(denied.map((c) => [c.node.text, c.rowspan, c.colspan]), [['（三）不予公开', 8, 1], ['1.属于国家秘密', 1, 1]]);
    assert.deepEqual(cells[index('new')]!.map((c) => c.colspan), [3]);
    assert.deepEqual(cells[index('partially-granted')]!.map((c) => c.colspan), [2]);
    assert.deepEqual(cells[index('total')]!.map((c) => [c.node.text, c.colspan]), [['（七）总计', 2]]);
    assert.deepEqual(cells[index('carried-forward')]!.map((c) => c.colspan), [3]);
  }
  const other2021 = labelCells(labelPaths(applications2021.rows), 3)[applications2021.rows.findIndex((r) => r.id === 'other-no-correction')]!;
  assert.equal(other2021[0]!.node.text, '（六）其他处理');
  assert.equal(other2021[0]!.rowspan, 3);
});

const REPORTS: Array<[string, () => string]> = [
  ['sample 满洲里 (2019 format)', () => sample('满洲里市应急管理局2020年政府信息公开工作年度报告.txt')],
  ['sample 大兴 (2019 format)', () => sample('北京市大兴区应急管理局2020年政府信息公开工作年度报告.txt')],
  ['tab rows, 2021 format', () => rendering('tab-rows-2021.txt')],
  ['Hubei local row, 2021', () => rendering('tab-cells-2021-hubei.txt')],
  ['sub-rows, 2019', () => rendering('tab-cells-2019-subrows.txt')],
  ['fused and ambiguous, 2019', () => rendering('fused-2019-ambiguous.txt')],
  ['gaps, 2021', () => rendering('tab-rows-2021-gaps.txt')],
];

for (const [name, text] of REPORTS) {
  test(`${name}: every table is a rectangular grid and shows every cell of the model`, () => {
    const { model, root } = page(text());
    assert.ok(model.format, 'format detected');
    for (const table of ['proactive', 'applications', 'appeals'] as const) {
      const widths = gridWidths(find(sectionOf(root, table), (n) => n.tag === 'table')[0]!);
      assert.ok(widths.length > 0);
      assert.ok(widths.every((w) => w === widths[0]), `${table} rows ${widths.join(',')}`);
    }
    for (const cell of model.tables.flatMap((t) => t.rows.flatMap((r) => r.cells))) {
      const td = byKey(root, cell.key);
      assert.ok(td, `cell ${cell.key} drawn`);
      assert.match(td.attrs['class']!, new RegExp(`status-${cell.status}`));
      if (cell.status === 'ok' && cell.value !== null) assert.match(textOf(td), new RegExp(String(Math.abs(cell.value)).replace('.', '\\.')));
      assert.equal(td.attrs['data-line'], String(cell.span.range.start.line));
    }
  });
}

test('the page header states format version, year and body', () => {
  const { root } = page(sample('满洲里市应急管理局2020年政府信息公开工作年度报告.txt'));
  const facts = find(root, (n) => n.attrs['class']?.startsWith('fact ') === true).map(textOf);
  assert.deepEqual(facts.slice(0, 2), ['2019版格式', '2020年度']);
  assert.ok(facts[2]?.includes('满洲里市应急管理局'), facts.join(' '));
});

test('表二 of 2021: captions per 第二十条第（N）项, a 信息内容 header, one-column blocks stretched', () => {
  const { root } = page(rendering('tab-rows-2021.txt'));
  const section = sectionOf(root, 'proactive');
  const captions = find(section, (n) => n.attrs['class'] === 'caption').map(textOf);
  assert.deepEqual(captions, ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']);
  const corners = find(section, (n) => n.attrs['class'] === 'corner').map(textOf);
  assert.deepEqual(corners, ['信息内容', '信息内容', '信息内容', '信息内容']);
  const decisions = find(section, (n) => n.attrs['data-column'] === 'decisions');
  assert.equal(decisions[0]!.attrs['colspan'], '3');
});

test('the Hubei local row and the 2019 sub-rows are drawn after the row they follow', () => {
  const hubei = page(rendering('tab-cells-2021-hubei.txt')).root;
  const extra = find(hubei, (n) => n.tag === 'tr' && n.attrs['class'] === 'row extra-row');
  assert.ok(extra.some((r) => textOf(r).includes('其他主动公开文件')), 'Hubei row drawn');
  const sub = page(rendering('tab-cells-2019-subrows.txt')).root;
  const rows = find(sectionOf(sub, 'proactive'), (n) => n.tag === 'tr');
  const at = rows.findIndex((r) => r.attrs['data-row'] === 'other-services');
  assert.ok(rows[at + 1]?.attrs['class']?.includes('extra-row'), 'a sub-row follows its row');
});

test('ambiguous cells show their candidates; dash, empty and missing cells a marker of their own', () => {
  const { model, root } = page(rendering('fused-2019-ambiguous.txt'));
  const ambiguous = model.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)).filter((c) => c.status === 'ambiguous');
  assert.ok(ambiguous.length > 0);
  for (const cell of ambiguous) {
    const td = byKey(root, cell.key)!;
    for (const candidate of cell.candidates ?? []) assert.ok(textOf(td).includes(String(Math.abs(candidate))), `${cell.key}: ${textOf(td)}`);
    assert.match(td.attrs['title']!, /多种读法/);
  }
  const gaps = page(rendering('tab-rows-2021-gaps.txt'));
  const statuses = new Set(gaps.model.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)).map((c) => c.status));
  for (const status of statuses) {
    const cell = gaps.model.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)).find((c) => c.status === status)!;
    const td = byKey(gaps.root, cell.key)!;
    if (status === 'empty') assert.equal(textOf(td), '空');
    if (status === 'missing') assert.equal(textOf(td), '缺');
    if (status === 'dash') assert.notEqual(textOf(td), '');
  }
});

test('a report without a table shows the official layout empty, with a note', () => {
  const text = sample('满洲里市应急管理局2020年政府信息公开工作年度报告.txt');
  const { data } = page(text);
  const without = { ...data, tables: data.tables.filter((t) => t.id !== 'appeals') };
  const root = pageElement(without, strings);
  const section = sectionOf(root, 'appeals');
  assert.ok(find(section, (n) => n.attrs['class']?.includes('table-missing') === true).length === 1);
  assert.equal(find(section, (n) => n.tag === 'td').length, 15);
});

test('a row with fewer numbers than its columns says so on its label', () => {
  const { model, root } = page(sample('海东市应急管理局.txt'));
  const incomplete = model.tables.flatMap((t) => t.rows).filter((r) => r.incomplete);
  assert.ok(incomplete.length > 0);
  for (const row of incomplete) {
    const tr = find(root, (n) => n.tag === 'tr' && n.attrs['data-row'] === row.id)[0]!;
    const label = tr.children.find((c) => c.attrs['class']?.split(' ').includes('label'))!;
    assert.match(label.attrs['title']!, new RegExp(`应有 ${row.incomplete!.expected} 个数字，只有 ${row.incomplete!.found} 个`));
  }
});

test('group labels point at their text in the report (a click selects it)', () => {
  const { model, root } = page(sample('满洲里市应急管理局2020年政府信息公开工作年度报告.txt'));
  const applications = model.tables.find((t) => t.id === 'applications')!;
  const groups = find(sectionOf(root, 'applications'), (n) => n.attrs['class'] === 'group-label');
  assert.equal(groups.length, 4, 'the 2019 format: 三、 and （三）（四）（五）');
  for (const found of applications.groupLabels) {
    const range = found.span.range;
    const attr = `${range.start.line}:${range.start.character}:${range.end.line}:${range.end.character}`;
    assert.ok(groups.some((g) => g.attrs['data-range'] === attr), `group label of ${found.row} at ${attr}`);
  }
});
