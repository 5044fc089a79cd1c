// Match starts kept across edits equal those of the edited text scanned afresh.
import assert from 'node:assert/strict';
import test from 'node:test';
import { applyDrawnEdit } from '../../support/edits';
import fc from 'fast-check';
import { matchAt, matchStarts, rescanMatchStarts, type BoundedPattern } from '../../../server/src/core/text/matchStarts';

const DATE: BoundedPattern = { re: /(20\d{2})\s{0,3}年\s{0,3}(\d{1,2})\s{0,3}月/g, maxLength: 15 };
// Overlapping matches: every start of `aa` in `aaa`.
const PAIR: BoundedPattern = { re: /a a?/g, maxLength: 3 };

const alphabet = fc.constantFrom('2', '0', '1', '9', '年', '月', ' ', '\n', 'a', '汉');
const textOf = fc.array(alphabet, { maxLength: 80 }).map((cs) => cs.join(''));

for (const [name, pattern] of [['a date', DATE], ['overlapping matches', PAIR]] as const) {
  test(`rescanMatchStarts after chained edits equals matchStarts afresh: ${name} (property)`, () => {
    fc.assert(
      fc.property(textOf, fc.array(fc.tuple(fc.nat(), fc.nat(6), textOf), { minLength: 1, maxLength: 8 }), (initial, edits) => {
        let text = initial;
        let starts = matchStarts(pattern, text);
        for (const drawn of edits) {
          const edit = applyDrawnEdit(text, drawn);
          text = edit.text;
          starts = rescanMatchStarts(pattern, starts, text, edit.from, edit.oldTo, edit.newTo);
          assert.deepEqual(starts, matchStarts(pattern, text));
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
}

test('matchAt reads the match at a start as the whole text does', () => {
  const text = '报告期为2021年 3月，另见2022年12月';
  const starts = matchStarts(DATE, text);
  assert.deepEqual(starts, [4, text.indexOf('2022')]);
  const m = matchAt(DATE, text, starts[1]!)!;
  assert.equal(m.index, starts[1]);
  assert.deepEqual([m[0], m[1], m[2]], ['2022年12月', '2022', '12']);
});
