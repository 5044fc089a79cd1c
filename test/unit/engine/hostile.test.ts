// Hostile but plausible texts: label soup and long digit runs must be parsed, not crash or
// take quadratic time (100 000 repeated row labels once overflowed the stack).
import assert from 'node:assert/strict';
import test from 'node:test';
import { parseReport } from '../../../server/src/core';

test('a hundred thousand repeated 表二 row labels after one caption', () => {
  const text = '第二十条第（一）项\n' + '规章 0 0 0 行政许可 1 2 3 '.repeat(100_000);
  const model = parseReport(text);
  const table = model.tables.find((t) => t.id === 'proactive');
  assert.ok(table, 'the caption makes a table');
  assert.ok(table.rows.some((r) => r.id === 'regulations'));
});

test('thirty thousand repeated 表三 rows and header words', () => {
  const text =
    '三、收到和处理政府信息公开申请情况\n' +
    '一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n（七）总计 1 0 0 0 0 0 1\n信息内容 本年新制作数量 '.repeat(30_000);
  const model = parseReport(text);
  assert.ok(model.tables.find((t) => t.id === 'applications'));
});

test('runs of thousands of digits are unreadable rows, not a search that never ends', () => {
  const text =
    '三、收到和处理政府信息公开申请情况\n申请人情况一、本年新收政府信息公开申请数量' + '1'.repeat(3000) + '二、上年结转政府信息公开申请数量' + '9'.repeat(50_000);
  const table = parseReport(text).tables.find((t) => t.id === 'applications')!;
  assert.ok(table.rows.every((r) => r.unreadable));
});
