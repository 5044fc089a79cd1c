// Tidying a report pasted as one line: only whitespace changes, and the tidied text reads as the
// original report did (same numbers, no finding the original or the one-line text lacks).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import fc from 'fast-check';
import { checkReport, isOneLongLine, LONG_LINE, modelValues, parseReport, tidyReportText } from '../../../server/src/core';
import { fixturePath } from '../../support/fixtures';

const SEEDS = fixturePath('seeds');
const seeds = readdirSync(SEEDS).filter((name) => name.endsWith('.txt'));
const visible = (text: string) => text.replace(/\s+/g, '');

function analyse(text: string): { values: Record<string, number | null>; codes: string[] } {
  const model = parseReport(text);
  return { values: modelValues(model), codes: checkReport(model, text).map((f) => String(f.code)) };
}

test('tidying changes whitespace only, for any text', () => {
  const pieces = fc.constantFrom('一、总体情况', '第二十条第（一）项', '信息内容', '规章', '行政许可', '（三）不予公开', '1.属于国家秘密', '0', '增10', '—', ' ', '\t', '　', '\n', '本年度', '，', '。');
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 60 }), (parts) => {
      const text = parts.join(' ');
      assert.equal(visible(tidyReportText(text)), visible(text));
    }),
    { numRuns: 300 },
  );
});

for (const name of seeds) {
  test(`seed ${name} joined into one line: tidied, it reads as the seed did`, () => {
    const seed = readFileSync(join(SEEDS, name), 'utf8');
    const oneLine = seed.split(/\r?\n/).join(' ');
    const tidied = tidyReportText(oneLine);
    assert.equal(visible(tidied), visible(oneLine), 'only whitespace changed');
    assert.ok(tidied.split('\n').length >= 15, `the headings and rows are on lines of their own (${tidied.split('\n').length} lines)`);
    assert.equal(isOneLongLine(tidied), false, 'no longer one long line');

    const original = analyse(seed);
    const joined = analyse(oneLine);
    const tidy = analyse(tidied);
    assert.deepEqual(tidy.values, original.values, 'the same numbers as the seed');
    const known = new Set([...original.codes, ...joined.codes]);
    for (const code of tidy.codes) assert.ok(known.has(code), `${code}: a finding neither the seed nor the one-line text has`);
    assert.ok(tidy.codes.length <= Math.max(original.codes.length, joined.codes.length), `${tidy.codes.length} findings`);
    assert.equal(tidyReportText(tidied), tidied, 'tidying twice changes nothing more');
  });
}

test('a report is one long line when its first line passes the limit', () => {
  assert.equal(isOneLongLine('年度报告'.repeat(LONG_LINE)), true);
  assert.equal(isOneLongLine('一、总体情况\n' + '正文'.repeat(LONG_LINE)), false);
});
