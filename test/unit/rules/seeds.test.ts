// The five seed reports (test/fixtures/seeds, real published reports):
// report what is really there and nothing that is not.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport, parseReport } from '../../../server/src/core';
import { fixturePath } from '../../support/fixtures';

const SEEDS = fixturePath('seeds');

function findingsOf(prefix: string): string[] {
  const name = readdirSync(SEEDS).find((n) => n.startsWith(prefix) && n.endsWith('.txt'))!;
  const text = readFileSync(join(SEEDS, name), 'utf8');
  return checkReport(parseReport(text), text).map((f) => `${f.code}|${f.message}`);
}

const ARITHMETIC = /^(applications-|appeals-total|published-within-total|narrative-consistency)/;

test('seed 002: 其他需要报告的事项 missing, reworded headings, two 表三 rows short of a cell — and no more', () => {
  const findings = findingsOf('002_');
  const codes = findings.map((f) => f.split('|')[0]);
  assert.deepEqual(findings.filter((f) => f.startsWith('section-missing')).length, 1);
  assert.match(findings.find((f) => f.startsWith('section-missing'))!, /其他需要报告的事项/);
  assert.equal(codes.filter((c) => c === 'section-heading').length, 2);
  assert.equal(codes.filter((c) => c === 'cell-missing').length, 2);
  assert.deepEqual(findings.filter((f) => ARITHMETIC.test(f)), []);
  assert.ok(!codes.includes('cell-ambiguous'), 'a row short of a cell is not a fused row');
  assert.ok(!codes.includes('section-order'), 'one section under two headings is not misordered');
});

test('seed 003: no title, but a statistics period', () => {
  const findings = findingsOf('003_');
  assert.deepEqual(findings.map((f) => f.split('|')[0]), ['title-missing']);
  assert.match(findings[0]!, /2020年政府信息公开工作年度报告/);
});

test('seeds: no arithmetic or narrative false alarm on any seed', () => {
  for (const prefix of ['000_', '001_', '002_', '003_', '004_']) {
    assert.deepEqual(findingsOf(prefix).filter((f) => ARITHMETIC.test(f)), [], prefix);
  }
});
