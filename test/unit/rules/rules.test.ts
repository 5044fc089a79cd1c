// Per rule: a text where it fires and one where it must not. The base fixtures are consistent,
// complete reports (2020 in the 2019 format, 2022 in the 2021 format) on which no rule fires;
// each case changes one thing.
import test from 'node:test';
import assert from 'node:assert/strict';
import { checkReport, hasRepair, parseReport, RULES } from '../../../server/src/core';
import { check, codes, only, readFixture, replaceOnce } from './support';
import { meantReading } from '../../../server/src/core/rules/cellMeaning';
import { peerSummary } from '../../../server/src/core/rules/peers';

const BASE_2020 = readFixture('base-2020.txt');
const BASE_2022 = readFixture('base-2022.txt');

test('the base fixtures are clean: no rule fires', () => {
  for (const [name, text] of [['base-2020', BASE_2020], ['base-2022', BASE_2022]] as const) {
    assert.deepEqual(check(text).map((f) => `${f.code}: ${f.message}`), [], name);
  }
});

test('every rule of docs/interfaces.md is registered once, in catalogue order, with both languages', () => {
  const expected = [
    'section-missing', 'section-order', 'section-heading', 'table-missing', 'row-missing', 'cell-missing',
    'cell-empty', 'cell-not-number', 'cell-negative', 'cell-ambiguous', 'format-version', 'report-year',
    'title-missing', 'applications-balance', 'applications-row-total', 'applications-outcome-total',
    'appeals-total', 'published-within-total', 'narrative-consistency', 'carried-over-chain', 'in-force-chain',
    'amount-unit', 'fee-statement-missing', 'government-assessment-missing', 'publication-deadline', 'content-duplicate', 'text-truncated',
    'table-unreadable',
  ];
  assert.deepEqual(RULES.map((r) => r.id), expected);
  const severities: Record<string, string> = {
    'section-missing': 'error', 'section-order': 'warning', 'section-heading': 'information', 'table-missing': 'error',
    'row-missing': 'error', 'cell-missing': 'error', 'cell-empty': 'warning', 'cell-not-number': 'error',
    'cell-negative': 'error', 'cell-ambiguous': 'warning', 'format-version': 'warning', 'report-year': 'warning',
    'title-missing': 'warning', 'applications-balance': 'error', 'applications-row-total': 'error',
    'applications-outcome-total': 'error', 'appeals-total': 'error', 'published-within-total': 'warning',
    'narrative-consistency': 'warning', 'carried-over-chain': 'warning', 'in-force-chain': 'information',
    'amount-unit': 'warning', 'fee-statement-missing': 'information', 'government-assessment-missing': 'warning',
    'publication-deadline': 'information', 'content-duplicate': 'information', 'text-truncated': 'warning',
    'table-unreadable': 'warning',
  };
  for (const rule of RULES) {
    assert.equal(rule.defaultSeverity, severities[rule.id], rule.id);
    assert.ok(rule.description.zh && rule.description.en && rule.documentation.zh && rule.documentation.en, rule.id);
  }
});

// ——— Structure ———

test('section-missing fires when 六、其他需要报告的事项 is gone', () => {
  const text = replaceOnce(BASE_2020, '六、其他需要报告的事项\n', '');
  const f = only(check(text), 'section-missing');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /缺少第六部分“其他需要报告的事项”/);
  assert.equal(f[0]!.severity, 'error');
});

test('section-order fires when 五 and 六 are swapped, not on the base', () => {
  const five = BASE_2020.slice(BASE_2020.indexOf('五、政府信息公开工作'), BASE_2020.indexOf('六、其他需要报告的事项'));
  const six = BASE_2020.slice(BASE_2020.indexOf('六、其他需要报告的事项'), BASE_2020.lastIndexOf('示例市示例局'));
  const text = BASE_2020.replace(five + six, six + five);
  const f = only(check(text), 'section-order');
  assert.equal(f.length, 1, codes(check(text)).join());
  assert.match(f[0]!.message, /“存在的主要问题及改进情况”应排在/);
  assert.deepEqual(only(check(BASE_2020), 'section-order'), []);
});

test('section-heading fires on a reworded heading, not on an accepted variant', () => {
  const text = replaceOnce(BASE_2020, '五、政府信息公开工作存在的主要问题及改进情况', '五、存在问题与不足');
  const f = only(check(text), 'section-heading');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'information');
  assert.match(f[0]!.message, /应为“五、存在的主要问题及改进情况”/);
  assert.deepEqual(codes(check(text)).filter((c) => c === 'section-missing'), []);
});

test('table-missing fires when 表四 is removed', () => {
  const start = BASE_2020.indexOf('行政复议\t');
  const end = BASE_2020.indexOf('五、政府信息公开工作');
  const text = BASE_2020.slice(0, start) + '本年度无相关情况。\n\n' + BASE_2020.slice(end);
  const f = only(check(text), 'table-missing');
  assert.equal(f.length, 1, codes(check(text)).join());
  assert.match(f[0]!.message, /缺少表四/);
});

test('row-missing fires when a row of 表三 is left out', () => {
  const text = replaceOnce(BASE_2020, '\t\t2.重复申请\t0\t0\t0\t0\t0\t0\t0\n', '');
  const findings = check(text);
  const f = only(findings, 'row-missing');
  assert.equal(f.length, 1, codes(findings).join());
  assert.match(f[0]!.message, /表三缺少“（五）不予处理 2.重复申请”一行/);
});

test('row-missing names its neighbour as the format does when the text broke the neighbour\'s label over lines', () => {
  // pdftotext -layout of a Word table: the label's pieces stand on the lines around its numbers.
  const text = replaceOnce(BASE_2020, '\t\t2.重复申请\t0\t0\t0\t0\t0\t0\t0\n', '').replace('3.要求提供公开出版物', '3.要求提供\n公开出版物');
  const f = only(check(text), 'row-missing');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /表三缺少“（五）不予处理 2.重复申请”一行（应在“[^”\n]*要求提供公开出版物”之前）/);
  assert.doesNotMatch(f[0]!.message, /\n/);
});

test('cell-missing: a row short of a cell is reported once, and its relations are not checked', () => {
  const text = replaceOnce(BASE_2020, '（一）予以公开\t\t15\t1\t0\t0\t0\t0\t16', '（一）予以公开\t\t15\t1\t0\t0\t0\t16');
  const findings = check(text);
  const f = only(findings, 'cell-missing');
  assert.equal(f.length, 1, findings.map((x) => `${x.code} ${x.message}`).join('\n'));
  assert.match(f[0]!.message, /应有 7 个数字，只有 6 个/);
  assert.deepEqual(codes(findings).filter((c) => c.startsWith('applications-')), []);
});

test('cell-empty and cell-not-number on 表二 cells', () => {
  const empty = check(replaceOnce(BASE_2022, '行政处罚\t6', '行政处罚\t'));
  assert.ok(codes(empty).includes('cell-empty') || codes(empty).includes('cell-missing'), codes(empty).join());
  const dash = check(replaceOnce(BASE_2022, '行政处罚\t6', '行政处罚\t—'));
  const f = only(dash, 'cell-not-number');
  assert.equal(f.length, 1, codes(dash).join());
  assert.match(f[0]!.message, /“—”/);
  assert.deepEqual(only(check(BASE_2022), 'cell-not-number'), []);
});

test('cell-negative fires on a negative count, not on a signed change', () => {
  const findings = check(replaceOnce(BASE_2022, '行政许可\t34', '行政许可\t-34'));
  const f = only(findings, 'cell-negative');
  assert.equal(f.length, 1, codes(findings).join());
  assert.match(f[0]!.message, /为 -34，数量不能为负数/);
  // 2019: 本年增/减 of 减1 is a change and fine.
  assert.deepEqual(only(check(BASE_2020), 'cell-negative'), []);
});

test('format-version fires on 2019 tables in a 2022 report', () => {
  const text = BASE_2020.replace(/2020年/g, '2022年').replace('2021年1月20日', '2023年1月20日');
  const f = only(check(text), 'format-version');
  assert.equal(f.length, 1, codes(check(text)).join());
  assert.match(f[0]!.message, /2022 年度报告应使用 2021 年格式/);
});

test('report-year fires when the title year contradicts the statistics period', () => {
  const text = replaceOnce(BASE_2020, '2020年度政府信息公开工作年度报告', '2019年度政府信息公开工作年度报告');
  const f = only(check(text), 'report-year');
  assert.equal(f.length, 1, codes(check(text)).join());
  assert.match(f[0]!.message, /标题年份为 2019 年，而统计期限为 2020 年/);
  assert.equal(f[0]!.range.start.line, 1);
});

test('title-missing fires without a title', () => {
  const text = BASE_2020.slice(BASE_2020.indexOf('本报告根据'));
  const f = only(check(text), 'title-missing');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.range.start.line, 0);
});

// ——— Arithmetic in text ———

test('applications-row-total and -outcome-total fire on a changed cell and localise it', () => {
  const text = replaceOnce(BASE_2020, '（一）予以公开\t\t15\t', '（一）予以公开\t\t51\t');
  const findings = check(text);
  const model = parseReport(text);
  const cell = model.tables.find((t) => t.id === 'applications')!.rows.find((r) => r.id === 'granted')!.cells[0]!;
  // One wrong cell breaks its row and its column: one finding, on the cell, naming both.
  const arithmetic = findings.filter((f) => f.code === 'applications-row-total' || f.code === 'applications-outcome-total');
  assert.equal(arithmetic.length, 1, codes(findings).join());
  assert.deepEqual(arithmetic[0]!.range, cell.span.range);
  assert.ok(hasRepair(arithmetic[0]!.data));
  assert.equal(arithmetic[0]!.data.repair.value, 15);
  assert.deepEqual(only(findings, 'applications-balance'), []);
});

test('applications-outcome-total reports a wrong cell of the 总计 row, with the row it also breaks', () => {
  const text = replaceOnce(BASE_2020, '（七）总计\t\t18\t', '（七）总计\t\t81\t');
  const findings = check(text);
  const f = only(findings, 'applications-outcome-total');
  assert.equal(f.length, 1, codes(findings).join());
  assert.match(f[0]!.message, /应为 18/);
  // Its column's total, the 总计 row's own total and the column's balance: named in one finding.
  assert.match(f[0]!.message, /3 个勾稽关系都不成立/);
  assert.deepEqual(only(findings, 'applications-row-total'), []);
  assert.deepEqual(only(findings, 'applications-balance'), []);
});

test('applications-balance fires when 结转下年度 does not balance', () => {
  const text = replaceOnce(BASE_2020, '四、结转下年度继续办理\t\t\t3\t0\t0\t0\t0\t0\t3', '四、结转下年度继续办理\t\t\t4\t0\t0\t0\t0\t0\t4');
  const findings = check(text);
  // Both cells of the row changed consistently: the row holds, two columns break.
  const f = only(findings, 'applications-balance');
  assert.equal(f.length, 2, codes(findings).join());
  assert.match(f[0]!.message, /结转下年度继续办理应为 3/);
});

test('appeals-total fires when a group total is wrong', () => {
  const text = replaceOnce(BASE_2020, '2\t1\t0\t0\t3\t1\t0', '2\t1\t0\t0\t4\t1\t0');
  const f = only(check(text), 'appeals-total');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /行政复议 总计应为 3/);
});

test('published-within-total fires when newly published exceeds the total', () => {
  const text = replaceOnce(BASE_2020, '规范性文件\t3\t3\t12', '规范性文件\t3\t13\t12');
  const f = only(check(text), 'published-within-total');
  assert.equal(f.length, 1);
});

// ——— Across the document and years ———

test('narrative-consistency fires when the text contradicts the table (Chinese numerals too)', () => {
  const text = replaceOnce(BASE_2020, '全年共收到政府信息公开申请21件', '全年共收到政府信息公开申请二十二件');
  const f = only(check(text), 'narrative-consistency');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /正文称收到政府信息公开申请 22 件，而表三“一、本年新收政府信息公开申请数量”行“总计”列为 21/);
  const line = text.split('\n')[f[0]!.range.start.line]!;
  assert.equal(line.slice(f[0]!.range.start.character, f[0]!.range.end.character), '二十二');

  const upheld = only(check(replaceOnce(BASE_2020, '其中维持2件', '其中维持1件')), 'narrative-consistency');
  assert.equal(upheld.length, 1);
  assert.match(upheld[0]!.message, /行政复议结果维持 1 件/);
});

test('carried-over-chain compares with the previous year of the same body', () => {
  const previous = parseReport(BASE_2020);
  const thisYear = BASE_2022.replace(/2022年/g, '2021年').replace('2023年1月20日', '2022年1月20日');
  const model = parseReport(thisYear);
  assert.equal(model.year, 2021);
  // 2020 carried forward 3 (natural persons); 2021 says carried over 1.
  const findings = checkReport(model, thisYear, { peers: [{ file: 'a/2020.txt', model: previous }] });
  const f = only(findings, 'carried-over-chain');
  assert.equal(f.length, 2, codes(findings).join());
  assert.match(f[0]!.message, /应为 3（2020 年度报告“结转下年度继续办理”），实际为 1/);
  assert.equal(f[0]!.related?.[0]?.file, 'a/2020.txt');
  // Without the peer, or with another body's report, nothing.
  assert.deepEqual(only(checkReport(model, thisYear), 'carried-over-chain'), []);
  const other = parseReport(BASE_2020.replace(/示例市示例局/g, '另一市另一局'));
  assert.deepEqual(only(checkReport(model, thisYear, { peers: [{ file: 'b.txt', model: other }] }), 'carried-over-chain'), []);
});

test('in-force-chain: in force = last year + issued − repealed (information)', () => {
  const lastYear = BASE_2022.replace(/2022年/g, '2021年').replace('2023年1月20日', '2022年1月20日');
  const previous = parseReport(replaceOnce(lastYear, '行政规范性文件\t3\t1\t12', '行政规范性文件\t2\t0\t10'));
  const holds = checkReport(parseReport(BASE_2022), BASE_2022, { peers: [{ file: 'p.txt', model: previous }] });
  assert.deepEqual(only(holds, 'in-force-chain'), []);
  const broken = replaceOnce(BASE_2022, '行政规范性文件\t3\t1\t12', '行政规范性文件\t3\t1\t15');
  const f = only(checkReport(parseReport(broken), broken, { peers: [{ file: 'p.txt', model: previous }] }), 'in-force-chain');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'information');
  assert.match(f[0]!.message, /应为 12/);
});

// ——— Content ———

test('amount-unit fires on 元 in a 万元 column, not on the base', () => {
  const text = replaceOnce(BASE_2022, '行政事业性收费\t0', '行政事业性收费\t4339000.00元');
  const f = only(check(text), 'amount-unit');
  assert.equal(f.length, 1, codes(check(text)).join());
  assert.match(f[0]!.message, /应以万元为单位/);
  assert.deepEqual(only(check(BASE_2020), 'amount-unit'), []);
});

test('fee-statement-missing fires on a 2021-format report that says nothing of 信息处理费', () => {
  const text = replaceOnce(BASE_2022, '依据《政府信息公开信息处理费管理办法》，本机关未收取信息处理费。\n', '');
  const f = only(check(text), 'fee-statement-missing');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'information');
  // 2019 format: not asked for.
  assert.deepEqual(only(check(BASE_2020), 'fee-statement-missing'), []);
});

test('government-assessment-missing fires on a 人民政府 report without 考核/评议/责任追究', () => {
  const government = BASE_2022.replace(/示例市示例局/g, '示例市人民政府');
  const f = only(check(government), 'government-assessment-missing');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /工作考核、社会评议和责任追究/);
  const covered = replaceOnce(government, '（五）监督保障\n', '（五）监督保障\n本年度开展政务公开工作考核和社会评议，未发生责任追究情况。\n');
  assert.deepEqual(only(check(covered), 'government-assessment-missing'), []);
  assert.deepEqual(only(check(BASE_2022), 'government-assessment-missing'), []);
});

test('publication-deadline: a department after 31 January, a government only after 31 March', () => {
  const late = replaceOnce(BASE_2020, '2021年1月20日', '2021年2月20日');
  const f = only(check(late), 'publication-deadline');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /2021 年 1 月 31 日前/);
  const government = late.replace(/示例市示例局/g, '示例市人民政府');
  assert.deepEqual(only(check(government), 'publication-deadline'), []);
  const veryLate = replaceOnce(government, '2021年2月20日', '2021年4月2日');
  assert.equal(only(check(veryLate), 'publication-deadline').length, 1);
});

test('cell-ambiguous fires on a fused row that several readings fit, not on one that only one fits', async () => {
  const { renderReport, randomMetadata } = await import('../../support/render');
  const { mulberry32 } = await import('../../support/rng');
  const { randomConsistentValues } = await import('../../support/values');
  let fired = 0;
  let silent = 0;
  for (let seed = 1; seed <= 60 && (fired < 2 || silent < 2); seed++) {
    const rng = mulberry32(seed);
    const values = randomConsistentValues('2021', rng, { smallProactive: true });
    const rendered = renderReport({ format: '2021', values, metadata: randomMetadata('2021', rng), rendering: 'fused', seed });
    const findings = only(check(rendered.text), 'cell-ambiguous');
    if (rendered.ambiguous.length > 0) {
      assert.ok(findings.length > 0, `seed ${seed}: ${rendered.ambiguous.join()}`);
      assert.match(findings[0]!.message, /种拆分都符合勾稽关系|可读作/);
      fired++;
    } else if (rendered.unreadable.length === 0) {
      assert.deepEqual(findings.map((f) => f.message), [], `seed ${seed}`);
      silent++;
    }
  }
  assert.ok(fired > 0 && silent > 0, `fired ${fired}, silent ${silent}`);
});

test('format-version also fires on 2021 tables in a 2020 report', () => {
  const text = BASE_2022.replace(/2022年/g, '2020年').replace('2023年1月20日', '2021年1月20日');
  const f = only(check(text), 'format-version');
  assert.equal(f.length, 1, codes(check(text)).join());
  assert.match(f[0]!.message, /2020 年度报告应使用 2019 年格式/);
});

test('narrative-consistency compares more figures: 规范性文件, 予以公开及部分公开, group totals, 均获维持', () => {
  const withText = (sentence: string) => replaceOnce(BASE_2022, '本年度作出行政许可决定34件。', `本年度作出行政许可决定34件。${sentence}`);
  // Agreeing statements stay silent.
  for (const ok of ['本年制发行政规范性文件3件，现行有效规范性文件12件。', '予以公开16件。', '予以公开和部分公开共16件。', '不予公开0件。']) {
    assert.deepEqual(only(check(withText(ok)), 'narrative-consistency'), [], ok);
  }
  for (const [wrong, pattern] of [
    ['现行有效规范性文件15件。', /现行有效规范性文件 15 件/],
    ['制发规范性文件4件。', /本年制发规范性文件 4 件/],
    ['予以公开和部分公开共20件。', /予以公开及部分公开的申请 20 件，而表中为 16/],
    ['不予公开2件。', /不予公开的申请 2 件/],
    ['因政府信息公开工作被申请行政复议3件，均获维持。', /均获维持/],
  ] as const) {
    const f = only(check(withText(wrong)), 'narrative-consistency');
    assert.equal(f.length, 1, wrong);
    assert.match(f[0]!.message, pattern);
  }
});

test('narrative-consistency joins lines a PDF wrapped mid-sentence', () => {
  const wrapped = replaceOnce(BASE_2022, '全年共收到政府信息公开申请21件', '全年共收到政府信息公开申请，本机关认真办理，共收到政府信息公\n开申请22件');
  const f = only(check(wrapped), 'narrative-consistency');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /收到政府信息公开申请 22 件/);
  assert.equal(f[0]!.range.start.line, 10);
});

test('narrative-consistency: the narrative’s own year against the report year and the format', () => {
  const f = only(check(replaceOnce(BASE_2022, '2022年，我单位认真贯彻', '2019年，我单位认真贯彻')), 'narrative-consistency');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /2019年，本机关……”，而报告年度为 2022 年/);
  // Naming an earlier year for comparison is normal.
  const comparing = replaceOnce(BASE_2022, '2022年，我单位认真贯彻', '2022年，与2019年相比，我单位认真贯彻');
  assert.deepEqual(only(check(comparing), 'narrative-consistency'), []);
});

test('cell-not-number names the number most likely meant, as a warning when it is plain', () => {
  for (const [written, meant] of [['—', 0], ['无', 0], ['增10', 34]] as const) {
    const text = replaceOnce(BASE_2022, '行政许可\t34', `行政许可\t${written === '增10' ? '增34' : written}`);
    const f = only(check(text), 'cell-not-number');
    assert.equal(f.length, 1, `${written}: ${check(text).map((x) => x.code + ' ' + x.message).join('; ')}`);
    assert.equal(f[0]!.severity, 'warning', written);
    assert.deepEqual(f[0]!.data, { key: 'proactive.licensing.decisions', meant }, written);
  }
  const unclear = only(check(replaceOnce(BASE_2022, '行政许可\t34', '行政许可\t34.5')), 'cell-not-number');
  assert.equal(unclear.length, 1, check(replaceOnce(BASE_2022, '行政许可\t34', '行政许可\t34.5')).map((x) => x.code).join());
  assert.equal(unclear[0]!.severity, 'error');
});

test('the number a non-number cell most likely means', () => {
  assert.deepEqual(meantReading('+(0) -(0)', 'change'), { value: 0, plain: true });
  assert.deepEqual(meantReading('+（3）-（1）', 'change'), { value: 2, plain: false });
  assert.deepEqual(meantReading('+(0) -(0)', 'count'), { value: 0, plain: true });
  assert.deepEqual(meantReading('/', 'count'), { value: 0, plain: true });
  assert.deepEqual(meantReading('增10', 'count'), { value: 10, plain: true });
  assert.deepEqual(meantReading('减10', 'change'), { value: -10, plain: true });
  assert.equal(meantReading('减10', 'count'), null);
  assert.equal(meantReading('见附件', 'count'), null);
});

test('content-duplicate: the share of the narrative repeated from the same body’s previous-year report', () => {
  const lastYear = BASE_2022.replace(/2022年/g, '2021年').replace('2023年1月20日', '2022年1月20日');
  const model = parseReport(BASE_2022);
  const copied = checkReport(model, BASE_2022, { peers: [{ file: 'p/2021.txt', model: peerSummary(parseReport(lastYear), lastYear) }] });
  const f = only(copied, 'content-duplicate');
  assert.equal(f.length, 1, codes(copied).join());
  assert.equal(f[0]!.severity, 'information');
  assert.match(f[0]!.message, /正文约 (9\d|100)% 与上一年度报告（p\/2021\.txt）相同/);
  assert.equal(f[0]!.related?.[0]?.file, 'p/2021.txt');
  // Last year's narrative written anew: the tables alike do not count.
  const rewritten = lastYear
    .split('\n')
    .map((line, i) => (i > 2 && i < 17 && !line.includes('\t') && line.length > 12 ? `第${i}段：上一年度围绕重点领域信息公开、政策解读与回应关切开展了专项工作，编号${i * 7919}。` : line))
    .join('\n');
  const fresh = checkReport(model, BASE_2022, { peers: [{ file: 'p/2021.txt', model: peerSummary(parseReport(rewritten), rewritten) }] });
  assert.deepEqual(only(fresh, 'content-duplicate'), []);
  // Another body's report is not compared.
  const otherBody = lastYear.replace(/示例市示例局/g, '另一市另一局');
  assert.deepEqual(only(checkReport(model, BASE_2022, { peers: [{ file: 'o.txt', model: peerSummary(parseReport(otherBody), otherBody) }] }), 'content-duplicate'), []);
});
