// The five real reports of the corpus: every cell of all three tables, the year, the format,
// the body and the sections, exactly.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { decodeReportBytes, modelValues, parseReport, type ReportModel } from '../../../server/src/core';
import { fixturePath } from '../../support/fixtures';

const seedsDir = fixturePath('seeds');

function parseSeed(name: string): ReportModel {
  const decoded = decodeReportBytes(readFileSync(join(seedsDir, name)));
  assert.ok(decoded.ok);
  return parseReport(decoded.text);
}

const seeds = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();

test('the corpus holds the five seeds', () => {
  assert.equal(seeds.length, 5);
});

for (const name of seeds) {
  test(`seed ${name}: every cell, year, format and body`, () => {
    const expected = JSON.parse(readFileSync(fixturePath('seeds', name.replace('.txt', '.expected.json')), 'utf8'));
    const model = parseSeed(name);
    assert.equal(model.format, expected.format);
    assert.equal(model.year, expected.year);
    assert.equal(model.metadata.bodyName ?? null, expected.bodyName);
    assert.equal(model.metadata.publicationDate ?? null, expected.publicationDate);
    assert.deepEqual(modelValues(model), expected.values);
    assert.equal(model.problem, undefined);
  });
}

test('seed 000: cells keep their source ranges and raw text', () => {
  const model = parseSeed('000_e824e7fa6ddd1e25.txt');
  const source = readFileSync(join(seedsDir, '000_e824e7fa6ddd1e25.txt'), 'utf8');
  const lines = source.split('\n');
  const cells = model.tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
  const change = cells.find((c) => c.key === 'proactive.licensing.change')!;
  assert.equal(change.text, '增10');
  assert.equal(change.value, 10);
  assert.equal(lines[change.span.range.start.line]!.slice(change.span.range.start.character, change.span.range.end.character), '增10');
  const amount = cells.find((c) => c.key === 'proactive.procurement.amount')!;
  assert.equal(amount.text, '4339000.00元');
  assert.equal(amount.unit, '元');
  assert.equal(amount.value, 433.9);
  for (const cell of cells) {
    if (cell.status === 'ok') assert.equal(source.slice(cell.span.offset, cell.span.endOffset), cell.text, cell.key);
    if (cell.status === 'empty') assert.equal(source.slice(cell.span.offset, cell.span.endOffset).trim(), '', cell.key);
  }
  // Empty cells stay empty, not 0.
  const empty = cells.filter((c) => c.row === 'other-services');
  assert.deepEqual(empty.map((c) => c.status), ['empty', 'empty', 'empty']);
});

test('seed 001: the sub-rows 行政检查 and 行政确认 are recognised as sub-rows and summed', () => {
  const model = parseSeed('001_ab7eca12f286f93a.txt');
  const row = model.tables[0]!.rows.find((r) => r.id === 'other-services')!;
  assert.deepEqual(row.subRows?.map((s) => s.label.text), ['行政检查', '行政确认']);
  assert.deepEqual(row.cells.map((c) => c.value), [6, 0, 557]);
  assert.deepEqual(row.cells[2]!.derivedFrom, ['行政检查', '行政确认']);
});

test('seed 002: two 表三 rows with six numbers for seven columns are incomplete, not guessed', () => {
  const model = parseSeed('002_73748dfa6b923913.txt');
  const table = model.tables.find((t) => t.id === 'applications')!;
  const incomplete = table.rows.filter((r) => r.incomplete).map((r) => r.id);
  assert.deepEqual(incomplete, ['granted', 'partially-granted']);
  for (const id of incomplete) {
    const row = table.rows.find((r) => r.id === id)!;
    assert.deepEqual(row.incomplete, { expected: 7, found: 6 });
    assert.ok(row.cells.every((c) => c.value === null));
  }
  assert.equal(table.rendering, 'tab-rows');
});

test('seed 002: reworded headings 五、存在问题与不足 and 六、下一步工作思路; no 其他需要报告的事项', () => {
  const model = parseSeed('002_73748dfa6b923913.txt');
  assert.deepEqual(
    model.sections.map((s) => [s.numeral, s.id, s.match]),
    [
      [1, 'overview', 'official'],
      [2, 'proactive', 'official'],
      [3, 'applications', 'official'],
      [4, 'appeals', 'official'],
      [5, 'problems', 'reworded'],
      [6, 'problems', 'reworded'],
    ],
  );
});

test('seed 003: no title, the year comes from the statistics period', () => {
  const model = parseSeed('003_a1fd908adc18705e.txt');
  assert.equal(model.metadata.title, undefined);
  assert.equal(model.metadata.periodYear, 2020);
  assert.equal(model.year, 2020);
  assert.deepEqual(model.tables.map((t) => t.rendering), ['pipe-rows', 'pipe-rows', 'pipe-rows']);
});

test('seed 004: five sections, 六 absent', () => {
  const model = parseSeed('004_2396f07bfc46693f.txt');
  assert.deepEqual(model.sections.map((s) => s.id), ['overview', 'proactive', 'applications', 'appeals', 'problems']);
});

test('renderings of the seeds are told apart', () => {
  assert.deepEqual(parseSeed('000_e824e7fa6ddd1e25.txt').tables.map((t) => t.rendering), ['tab-cells', 'tab-cells', 'tab-cells']);
});
