// A row that lost one cell: the relations place the gap (parse/gaps.ts), or say that no place fits.
import test from 'node:test';
import assert from 'node:assert/strict';
import { checkReport, parseReport } from '../../../server/src/core';
import { only, readFixture, replaceOnce } from './support';

const BASE = readFixture('base-2020.txt');
const GRANTED = '（一）予以公开\t\t15\t1\t0\t0\t0\t0\t16';

function granted(text: string) {
  const model = parseReport(text);
  const row = model.tables.find((t) => t.id === 'applications')!.rows.find((r) => r.id === 'granted')!;
  return { model, row, findings: checkReport(model, text) };
}

for (const [lost, column, value, label] of [
  ['（一）予以公开\t\t15\t0\t0\t0\t0\t16', 'commercial', 1, '商业企业'],
  ['（一）予以公开\t\t1\t0\t0\t0\t0\t16', 'natural-person', 15, '自然人'],
  ['（一）予以公开\t\t15\t1\t0\t0\t0\t0', 'total', 16, '总计'],
] as const) {
  test(`one cell lost from a row: the relations place it in ${column} (${value})`, () => {
    const { row, findings } = granted(replaceOnce(BASE, GRANTED, lost));
    assert.deepEqual(row.incomplete?.gap, { column, value });
    const missing = only(findings, 'cell-missing');
    assert.equal(missing.length, 1);
    assert.match(missing[0]!.message, new RegExp(`缺的是“${label}”列，应为 ${value}`));
    // The placed row takes part in the relations again: nothing else is reported.
    assert.deepEqual(findings.filter((f) => f.severity === 'error' && f.code !== 'cell-missing'), []);
  });
}

test('one cell lost and no place fits: the row is wrong either way, said once', () => {
  const { row, findings } = granted(replaceOnce(BASE, GRANTED, '（一）予以公开\t\t15\t1\t0\t0\t0\t17'));
  assert.equal(row.incomplete?.inconsistent, true);
  const missing = only(findings, 'cell-missing');
  assert.equal(missing.length, 1);
  assert.match(missing[0]!.message, /无论缺的是哪一格，本行都不满足勾稽关系/);
  const en = checkReport(parseReport(replaceOnce(BASE, GRANTED, '（一）予以公开\t\t15\t1\t0\t0\t0\t17')), '', { locale: 'en' });
  assert.match(only(en, 'cell-missing')[0]!.message, /wherever the missing one was/);
});

test('one cell lost from a row of zeros: every place fits, so none is guessed', () => {
  const { row, findings } = granted(replaceOnce(BASE, '2.重复申请\t0\t0\t0\t0\t0\t0\t0', '2.重复申请\t0\t0\t0\t0\t0\t0'));
  assert.equal(row.incomplete, undefined, 'the granted row is untouched');
  const missing = only(findings, 'cell-missing');
  assert.equal(missing.length, 1);
  assert.match(missing[0]!.message, /无法判断缺的是哪一格/);
});
