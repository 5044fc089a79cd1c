// Relation evaluation and error localisation on hand-built models (no parser involved).
import test from 'node:test';
import assert from 'node:assert/strict';
import { checkReport, FORMATS, hasRepair } from '../../../server/src/core';
import { analyseTable } from '../../../server/src/core/relations';
import { buildModel, only, type CellSpec } from './support';

/** A consistent 表三 (2019): natural persons 20 new, 1 carried over, 15 granted, 3 not held, 3 forward. */
function consistent(): Record<string, CellSpec> {
  return {
    'applications.new.natural-person': 20,
    'applications.new.commercial': 1,
    'applications.new.total': 21,
    'applications.carried-over.natural-person': 1,
    'applications.carried-over.total': 1,
    'applications.granted.natural-person': 15,
    'applications.granted.commercial': 1,
    'applications.granted.total': 16,
    'applications.unavailable-not-held.natural-person': 3,
    'applications.unavailable-not-held.total': 3,
    'applications.total.natural-person': 18,
    'applications.total.commercial': 1,
    'applications.total.total': 19,
    'applications.carried-forward.natural-person': 3,
    'applications.carried-forward.total': 3,
    'appeals.cases.review-upheld': 2,
    'appeals.cases.review-corrected': 1,
    'appeals.cases.review-total': 3,
  };
}

const ARITHMETIC = ['applications-balance', 'applications-row-total', 'applications-outcome-total', 'appeals-total', 'published-within-total'];

test('a consistent table breaks no relation', () => {
  for (const version of ['2019', '2021'] as const) {
    const model = buildModel(version, consistent());
    const findings = checkReport(model, '');
    assert.deepEqual(findings.filter((f) => ARITHMETIC.includes(f.code)), [], version);
  }
});

test('every relation of the format is instantiated from the data', () => {
  const model = buildModel('2019', consistent());
  const table = model.tables.find((t) => t.id === 'applications')!;
  const analysis = analyseTable(FORMATS['2019'], table);
  // 23 rows × row-total, 7 columns × (balance + outcome-total).
  assert.equal(analysis.instances.length, 23 + 7 * 2);
  assert.ok(analysis.instances.every((i) => i.known && i.holds));
});

test('row total message spells out the sum: 总计应为 21（= 20 + 0 + 0 + 0 + 0 + 1），实际为 12', () => {
  const values: Record<string, CellSpec> = {
    'applications.new.natural-person': 20,
    'applications.new.other-entity': 1,
    'applications.new.total': 12, // should be 21
    'applications.granted.natural-person': 20,
    'applications.granted.other-entity': 1,
    'applications.granted.total': 21,
    'applications.total.natural-person': 20,
    'applications.total.other-entity': 1,
    'applications.total.total': 21,
  };
  const model = buildModel('2019', values);
  const findings = checkReport(model, '');
  const rowTotal = only(findings, 'applications-row-total');
  assert.equal(rowTotal.length, 1);
  assert.match(rowTotal[0]!.message, /总计应为 21（= 20 \+ 0 \+ 0 \+ 0 \+ 0 \+ 1），实际为 12/);
  // The total cell also breaks its column's balance: one finding names both, with the repair.
  assert.match(rowTotal[0]!.message, /经过这一格的 2 个勾稽关系都不成立，改为 21 后全部成立/);
  assert.match(rowTotal[0]!.message, /“总计”列/);
  assert.ok(hasRepair(rowTotal[0]!.data) && rowTotal[0]!.data.repair.value === 21);
  assert.deepEqual(only(findings, 'applications-balance'), [], 'the broken balance is reported within the one finding');
  assert.equal(findings.filter((f) => ARITHMETIC.includes(f.code)).length, 1);
});

test('one wrong applicant cell: row and column broken, the cell is named with the repairing value', () => {
  const values = consistent();
  values['applications.granted.natural-person'] = 51; // should be 15
  const model = buildModel('2019', values);
  const findings = checkReport(model, '');
  const arithmetic = findings.filter((f) => ARITHMETIC.includes(f.code));
  assert.equal(arithmetic.length, 1, 'one wrong cell, one finding');
  const cell = model.tables[1]!.rows.find((r) => r.id === 'granted')!.cells[0]!;
  const f = arithmetic[0]!;
  assert.deepEqual(f.range, cell.span.range, f.message);
  assert.match(f.message, /（一）予以公开”行“自然人”列应为 15，实际为 51/);
  assert.match(f.message, /2 个勾稽关系都不成立/);
  assert.ok(hasRepair(f.data));
  assert.deepEqual(f.data.repair, { key: 'applications.granted.natural-person', range: cell.span.range, value: 15, text: '15' });
  // Related: the cells of the row and of the column, each once, the faulty cell not among them.
  const related = f.related ?? [];
  assert.ok(related.length >= 8, `${related.length} related cells`);
  assert.equal(new Set(related.map((r) => JSON.stringify(r.range))).size, related.length);
  assert.ok(!related.some((r) => JSON.stringify(r.range) === JSON.stringify(cell.span.range)), 'the faulty cell is not its own related location');
  assert.deepEqual(
    (f.data as { relations?: Array<{ relation: string }> }).relations?.map((r) => r.relation).sort(),
    ['applications-outcome-total', 'applications-row-total'],
  );
});

test('a wrong total cell on three relations is localised', () => {
  const values = consistent();
  values['applications.total.total'] = 91; // should be 19: breaks its row, its column's outcome total and balance
  const model = buildModel('2019', values);
  const findings = checkReport(model, '');
  const arithmetic = findings.filter((f) => ARITHMETIC.includes(f.code));
  assert.equal(arithmetic.length, 1);
  for (const f of arithmetic) {
    assert.ok(hasRepair(f.data));
    assert.equal(f.data.repair.key, 'applications.total.total');
    assert.equal(f.data.repair.value, 19);
    assert.match(f.message, /3 个勾稽关系都不成立/);
  }
});

test('a shared finding goes to a rule that is on: turning its reporting rule off does not hide the wrong cell', () => {
  const values = consistent();
  values['applications.granted.natural-person'] = 51;
  const model = buildModel('2019', values);
  const all = checkReport(model, '').filter((f) => ARITHMETIC.includes(f.code));
  assert.equal(all.length, 1);
  const off = checkReport(model, '', { severities: { [all[0]!.code]: 'off' } }).filter((f) => ARITHMETIC.includes(f.code));
  assert.equal(off.length, 1, 'reported by the other rule');
  assert.notEqual(off[0]!.code, all[0]!.code);
  assert.deepEqual(off[0]!.range, all[0]!.range);
  const none = checkReport(model, '', { severities: { 'applications-row-total': 'off', 'applications-outcome-total': 'off' } });
  assert.deepEqual(none.filter((f) => ARITHMETIC.includes(f.code)), []);
});

test('English messages when the locale is en', () => {
  const values = consistent();
  values['applications.granted.natural-person'] = 51;
  const findings = checkReport(buildModel('2019', values), '', { locale: 'en' });
  const f = only(findings, 'applications-row-total')[0]!;
  assert.match(f.message, /should be 15, but is 51/);
  assert.doesNotMatch(f.message, /应为/);
});

test('two errors on one row and one column: several explanations are said, none chosen', () => {
  // Swap-like damage: two cells of the same row changed in opposite directions keep the row total
  // but break two columns; no cell lies on two broken relations of different kinds… so use the
  // classic ambiguous case: the 2×2 rectangle of errors.
  const values = consistent();
  values['applications.granted.natural-person'] = 16; // +1
  values['applications.granted.commercial'] = 0; // −1  (row still sums to 16)
  const findings = checkReport(buildModel('2019', values), '');
  const broken = findings.filter((f) => ARITHMETIC.includes(f.code));
  assert.equal(broken.length, 2, broken.map((f) => f.message).join('\n'));
  for (const f of broken) assert.ok(!hasRepair(f.data), 'no single cell repairs compensating errors');
});

test('appeals: one relation per group cannot locate the wrong cell; the total is reported', () => {
  const values = consistent();
  values['appeals.cases.review-total'] = 4;
  const model = buildModel('2019', values);
  const findings = only(checkReport(model, ''), 'appeals-total');
  assert.equal(findings.length, 1);
  const f = findings[0]!;
  assert.match(f.message, /行政复议 总计应为 3（= 结果维持 2 \+ 结果纠正 1 \+ 其他结果 0 \+ 尚未审结 0），实际为 4/);
  assert.ok(!hasRepair(f.data));
  const total = model.tables[2]!.rows[0]!.cells.find((c) => c.column === 'review-total')!;
  assert.deepEqual(f.range, total.span.range);
  assert.equal(f.related?.length, 4);
});

test('relations through a cell that is not a number are skipped (no false alarm)', () => {
  for (const status of ['empty', 'missing', 'ambiguous', 'dash', 'not-number'] as const) {
    const values = consistent();
    values['applications.granted.natural-person'] = { status, text: status === 'dash' ? '—' : '' };
    const findings = checkReport(buildModel('2019', values), '');
    assert.deepEqual(findings.filter((f) => ARITHMETIC.includes(f.code)).map((f) => f.message), [], status);
  }
});

test('rows marked incomplete take part in no relation', () => {
  const values = consistent();
  values['applications.granted.natural-person'] = 7;
  const findings = checkReport(buildModel('2019', values, { incompleteRows: ['applications.granted'] }), '');
  assert.deepEqual(findings.filter((f) => ARITHMETIC.includes(f.code)), []);
  assert.equal(only(findings, 'cell-missing').length, 1);
});

test('published-within-total (2019): newly published above total published', () => {
  const values = consistent();
  values['proactive.normative-documents.published'] = 5;
  values['proactive.normative-documents.total-published'] = 3;
  const findings = only(checkReport(buildModel('2019', values), ''), 'published-within-total');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'warning');
  assert.match(findings[0]!.message, /本年新公开数量（5）不应大于对外公开总数量（3）/);
  // Not a relation of the 2021 format.
  assert.deepEqual(only(checkReport(buildModel('2021', values), ''), 'published-within-total'), []);
});

test('cell-empty suggests the value the relations determine', () => {
  const values = consistent();
  values['applications.granted.natural-person'] = null;
  const findings = only(checkReport(buildModel('2019', values), ''), 'cell-empty');
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /应为 15/);
  assert.ok(hasRepair(findings[0]!.data));
  assert.equal(findings[0]!.data.repair.value, 15);
});

test('severity overrides and off from the configuration', () => {
  const values = consistent();
  values['applications.granted.natural-person'] = 51;
  const model = buildModel('2019', values);
  const findings = checkReport(model, '', { severities: { 'applications-row-total': 'hint', 'applications-outcome-total': 'off' } });
  assert.equal(only(findings, 'applications-row-total')[0]!.severity, 'hint');
  assert.deepEqual(only(findings, 'applications-outcome-total'), []);
});
