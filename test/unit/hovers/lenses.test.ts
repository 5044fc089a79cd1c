// The consistency stated above each table (the code lens): ✓, a count of broken relations,
// no relations (表二 of 2021), or nothing checkable.
import test from 'node:test';
import assert from 'node:assert/strict';
import { parseReport } from '../../../server/src/core';
import { tableLenses } from '../../../server/src/core/lenses';
import { readFixture, replaceOnce } from '../rules/support';

const BASE_2020 = readFixture('base-2020.txt');
const BASE_2022 = readFixture('base-2022.txt');

test('a consistent report: ✓ on every table with relations', () => {
  assert.deepEqual(tableLenses(parseReport(BASE_2022)).map((l) => l.title), ['表二：无勾稽关系', '表三：勾稽关系 ✓', '表四：勾稽关系 ✓']);
  assert.deepEqual(tableLenses(parseReport(BASE_2020)).map((l) => l.title), ['表二：勾稽关系 ✓', '表三：勾稽关系 ✓', '表四：勾稽关系 ✓']);
});

test('broken relations are counted per table; the lens sits on the table’s first line', () => {
  let text = replaceOnce(BASE_2022, '\t（七）总计\t\t18', '\t（七）总计\t\t17');
  text = replaceOnce(text, '2\t1\t0\t0\t3\t1', '2\t1\t0\t0\t4\t1');
  const lenses = tableLenses(parseReport(text), 'en');
  assert.deepEqual(lenses.map((l) => l.broken), [0, 3, 1]);
  assert.deepEqual(lenses.map((l) => l.title), ['Table 2: no relations', 'Table 3: 3 inconsistencies', 'Table 4: 1 inconsistency']);
  const model = parseReport(text);
  for (const [i, lens] of lenses.entries()) assert.deepEqual(lens.range.start, model.tables[i]!.span.range.start);
});

test('a text that is not a report has no lenses', () => {
  assert.deepEqual(tableLenses(parseReport('')), []);
});
