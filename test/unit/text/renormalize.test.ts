// Re-normalising only the lines an edit touched (the incremental parser's fast path for typing)
// gives exactly what normalising the whole edited text gives: text and both offset maps.
import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { isPlainText, normalizeText, renormalizePlain } from '../../../server/src/core/text/normalize';

// Characters normalisation treats specially (CR, LF, full-width forms, odd and invisible spaces)
// and ordinary ones.
const ALPHABET = ['a', '1', '。', '一', '\n', '\r', '\t', ' ', '，', '０', '（', '\u3000', '\u00a0', '\ufeff', '\u200b', '\u2212', '|'];
const plainText = (max: number) => fc.array(fc.constantFrom(...ALPHABET), { maxLength: max }).map((cs) => cs.join(''));

test('renormalizePlain equals normalizeText of the edited text', () => {
  let checked = 0;
  fc.assert(
    fc.property(plainText(80), fc.nat(), fc.nat(), plainText(6), (previous, p, q, inserted) => {
      const start = previous.length === 0 ? 0 : p % (previous.length + 1);
      const end = start + (previous.length - start === 0 ? 0 : q % (previous.length - start + 1));
      const source = previous.slice(0, start) + inserted + previous.slice(end);
      const incremental = renormalizePlain(previous, normalizeText(previous), source, start, end, inserted);
      const full = normalizeText(source);
      assert.equal(incremental.text, full.text);
      assert.deepEqual([...incremental.start], [...full.start]);
      assert.deepEqual([...incremental.end], [...full.end]);
      assert.equal(incremental.sourceLength, full.sourceLength);
      checked++;
    }),
    { numRuns: 2000, seed: 20261121 },
  );
  assert.equal(checked, 2000);
});

test('isPlainText refuses what could start markup, an entity or a script escape', () => {
  assert.equal(isPlainText('一、总体情况\r\n表三\t21\t0'), true);
  for (const t of ['<td>', '&lt;td&gt;', '\\u003ctd', 'a&b']) assert.equal(isPlainText(t), false, t);
});
