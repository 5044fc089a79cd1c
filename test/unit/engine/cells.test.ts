// Reading cells and splitting fused digits (docs/report-format.md §3, §5.6).
import assert from 'node:assert/strict';
import test from 'node:test';
import { modelCells, modelValues, parseReport } from '../../../server/src/core';
import { readCell } from '../../../server/src/core/parse/values';

test('counts, signed changes and amounts', () => {
  assert.deepEqual(readCell('12', 'count'), { status: 'ok', value: 12 });
  assert.deepEqual(readCell('1,234', 'count'), { status: 'ok', value: 1234 });
  assert.deepEqual(readCell(' 0 ', 'count'), { status: 'ok', value: 0 });
  assert.deepEqual(readCell('-3', 'count'), { status: 'ok', value: -3 });
  assert.deepEqual(readCell('增10', 'change'), { status: 'ok', value: 10 });
  assert.deepEqual(readCell('减7', 'change'), { status: 'ok', value: -7 });
  assert.deepEqual(readCell('+26', 'change'), { status: 'ok', value: 26 });
  assert.deepEqual(readCell('-1', 'change'), { status: 'ok', value: -1 });
  assert.deepEqual(readCell('4339000.00元', 'amount'), { status: 'ok', value: 433.9, unit: '元' });
  assert.deepEqual(readCell('14.4万元', 'amount'), { status: 'ok', value: 14.4, unit: '万元' });
  assert.deepEqual(readCell('929.9082', 'amount', '万元'), { status: 'ok', value: 929.9082, unit: '万元' });
  assert.deepEqual(readCell('248500.00', 'amount'), { status: 'ok', value: 248500 });
});

test('empty, dash and words are kept as such, never 0', () => {
  assert.equal(readCell('', 'count').status, 'empty');
  assert.equal(readCell('　', 'count').status, 'empty');
  assert.equal(readCell('—', 'count').status, 'dash');
  assert.equal(readCell('/', 'count').status, 'dash');
  assert.equal(readCell('无', 'count').status, 'not-number');
  assert.equal(readCell('1.5', 'count').status, 'not-number');
  assert.equal(readCell('abc', 'amount').status, 'not-number');
});

/** A fused 2019 report built around one 表三 with the given rows (label → digits). */
function fusedReport(rows: Record<string, string>): string {
  const labels: Array<[string, string]> = [
    ['new', '一、本年新收政府信息公开申请数量'],
    ['carried-over', '二、上年结转政府信息公开申请数量'],
    ['granted', '三、本年度办理结果（一）予以公开'],
    ['partially-granted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
    ['denied-state-secret', '（三）不予公开1.属于国家秘密'],
    ['denied-prohibited-by-law', '2.其他法律行政法规禁止公开'],
    ['denied-security-stability', '3.危及“三安全一稳定”'],
    ['denied-third-party', '4.保护第三方合法权益'],
    ['denied-internal-affairs', '5.属于三类内部事务信息'],
    ['denied-process-information', '6.属于四类过程性信息'],
    ['denied-enforcement-files', '7.属于行政执法案卷'],
    ['denied-query-matters', '8.属于行政查询事项'],
    ['unavailable-not-held', '（四）无法提供1.本机关不掌握相关政府信息'],
    ['unavailable-needs-creation', '2.没有现成信息需要另行制作'],
    ['unavailable-unclear', '3.补正后申请内容仍不明确'],
    ['rejected-complaint', '（五）不予处理1.信访举报投诉类申请'],
    ['rejected-duplicate', '2.重复申请'],
    ['rejected-publication', '3.要求提供公开出版物'],
    ['rejected-excessive', '4.无正当理由大量反复申请'],
    ['rejected-confirmation', '5.要求行政机关确认或重新出具已获取信息'],
    ['other', '（六）其他处理'],
    ['total', '（七）总计'],
    ['carried-forward', '四、结转下年度继续办理'],
  ];
  const body = labels.map(([id, label]) => label + (rows[id] ?? '0000000')).join('');
  return (
    '某某局2020年政府信息公开工作年度报告一、总体情况略。三、收到和处理政府信息公开申请情况' +
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他' +
    body +
    '四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计000000000000000五、存在的主要问题及改进情况无。六、其他需要报告的事项无。'
  );
}

test('fused digits: 300000232 is 30, 0, 0, 0, 0, 2, 32 — the only split whose total adds up', () => {
  const model = parseReport(fusedReport({ new: '300000232', total: '300000232', granted: '300000232' }));
  const v = modelValues(model);
  assert.deepEqual(
    ['natural-person', 'commercial', 'research', 'social-welfare', 'legal-services', 'other-entity', 'total'].map((c) => v[`applications.new.${c}`]),
    [30, 0, 0, 0, 0, 2, 32],
  );
  assert.equal(model.tables.find((t) => t.id === 'applications')!.rendering, 'fused');
  assert.deepEqual(Object.entries(v).filter(([, x]) => x === null), [], 'every cell read');
});

test('fused digits: column relations settle rows their own totals cannot', () => {
  // "101000011" reads 10,1,0,0,0,0,11 or 1,0,10,0,0,0,11: both add up within the row. The result
  // rows (10,0,…,10 and 0,1,0,…,1, each readable one way only) make the first the only one that
  // keeps 总计 = sum of results and 新收 + 结转 = 总计 + 结转下年 in every column.
  const model = parseReport(
    fusedReport({ new: '101000011', granted: '100000010', 'partially-granted': '0100001', total: '101000011' }),
  );
  const v = modelValues(model);
  const columns = ['natural-person', 'commercial', 'research', 'social-welfare', 'legal-services', 'other-entity', 'total'];
  assert.deepEqual(columns.map((c) => v[`applications.new.${c}`]), [10, 1, 0, 0, 0, 0, 11]);
  assert.deepEqual(columns.map((c) => v[`applications.total.${c}`]), [10, 1, 0, 0, 0, 0, 11]);
});

test('fused digits with several consistent readings are kept as candidates, not guessed', () => {
  // Rows 一, （一） and （七） all read 10,1,0,0,0,0,11 or 1,0,10,0,0,0,11 alike: no relation tells.
  const model = parseReport(fusedReport({ new: '101000011', granted: '101000011', total: '101000011' }));
  const row = model.tables.find((t) => t.id === 'applications')!.rows.find((r) => r.id === 'new')!;
  assert.equal(row.readings?.length, 2);
  assert.equal(row.cells[0]!.status, 'ambiguous');
  assert.deepEqual([...(row.cells[0]!.candidates ?? [])].sort((a, b) => a - b), [1, 10]);
  assert.equal(row.cells[6]!.value, 11, 'the total is the same in every reading');
  assert.equal(row.cells[3]!.value, 0);
});

test('fused digits that no split can explain make the row unreadable, not invented', () => {
  // Twelve digits for seven cells where the total never adds up.
  const model = parseReport(fusedReport({ new: '987654321987' }));
  const row = model.tables.find((t) => t.id === 'applications')!.rows.find((r) => r.id === 'new')!;
  assert.ok(row.unreadable);
  assert.ok(row.cells.every((c) => c.value === null));
});

test('a row ending in an empty TAB cell before a blank line keeps that cell (a table a page break parted in two)', () => {
  // A document reader writes each part of a table a page break cut as its own grid, with a blank
  // line between: the TAB that ends 行政许可's line is its empty cell, whatever follows the blank line.
  const text = [
    '二、主动公开政府信息情况',
    '第二十条第（五）项',
    '信息内容\t本年处理决定数量',
    '行政许可\t',
    '',
    '第二十条第（六）项',
    '信息内容\t本年处理决定数量',
    '行政处罚\t3',
    '行政强制\t4',
  ].join('\n');
  const cells = new Map(modelCells(parseReport(text)).map((c) => [c.key, c.status]));
  assert.equal(cells.get('proactive.licensing.decisions'), 'empty');
});
