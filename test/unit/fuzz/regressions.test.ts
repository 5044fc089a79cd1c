// Bugs the fuzz properties found, each pinned by the smallest input that showed it.
import assert from 'node:assert/strict';
import test from 'node:test';
import { checkReport, LineIndex, parseReport } from '../../../server/src/core';
import { assertRangeInside } from './support';

test('title-missing on a text whose lines end in a lone CR points inside the first line', () => {
  // Found by "random tables in every rendering": a table-only report whose first line break was
  // a lone \r (old Mac line ends). The rule counted only \n and pointed past the end of line 0.
  const text = '\r\r二、主动公开政府信息情况\r第二十条第（一）项\r信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\r规章\t0\t0\t2\r';
  const finding = checkReport(parseReport(text), text).find((f) => f.code === 'title-missing');
  assert.ok(finding, 'the report has no title');
  assertRangeInside(new LineIndex(text), finding.range, 'title-missing');
  assert.deepEqual(finding.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 12 } });
});
