// A block's normalisation cut from the document's equals the block normalised on its own, for
// plain text cut anywhere but inside a CR LF pair — also when the document's normalisation was
// made edit by edit (offset maps in pieces, text in pieces).
import assert from 'node:assert/strict';
import test from 'node:test';
import { applyDrawnEdit } from '../../support/edits';
import fc from 'fast-check';
import { firstAtOrAfter, subMapped, type MappedText } from '../../../server/src/core/text/mapped';
import { normalizeText, renormalizePlain } from '../../../server/src/core/text/normalize';

const plainText = fc
  .array(fc.constantFrom('一', '、', '总', '\n', '\r\n', '\r', ' ', '\u3000', '\ufeff', '\u200b', '１', '，', '7', '\t', '−'), { maxLength: 60 })
  .map((cs) => cs.join(''));

function assertCutsAgree(source: string, norm: MappedText, cuts: number[]): void {
  const bounds = [...new Set([0, ...cuts.map((c) => c % (source.length + 1)), source.length])]
    .filter((c) => !(source[c - 1] === '\r' && source[c] === '\n'))
    .sort((a, b) => a - b);
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [s, e] = [bounds[k]!, bounds[k + 1]!];
    const cut = subMapped(norm, firstAtOrAfter(norm, s), firstAtOrAfter(norm, e), s, e - s);
    const own = normalizeText(source.slice(s, e));
    assert.equal(cut.text, own.text, `[${s}, ${e}) text`);
    assert.deepEqual([...cut.start], [...own.start], `[${s}, ${e}) start`);
    assert.deepEqual([...cut.end], [...own.end], `[${s}, ${e}) end`);
    assert.equal(cut.sourceLength, own.sourceLength);
  }
}

test('subMapped of a plain text equals normalizing the cut on its own (property)', () => {
  fc.assert(
    fc.property(plainText, fc.array(fc.nat(), { maxLength: 6 }), (source, cuts) => assertCutsAgree(source, normalizeText(source), cuts)),
    { numRuns: 400, seed: 21 },
  );
});

test('subMapped of a normalisation made edit by edit equals normalizing the cut on its own (property)', () => {
  fc.assert(
    fc.property(plainText, fc.array(fc.tuple(fc.nat(), fc.nat(5), plainText), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), (initial, edits, cuts) => {
      let source = initial;
      let norm = normalizeText(source);
      for (const drawn of edits) {
        const edit = applyDrawnEdit(source, drawn);
        norm = renormalizePlain(source, norm, edit.text, edit.from, edit.oldTo, edit.inserted).norm;
        source = edit.text;
      }
      assertCutsAgree(source, norm, cuts);
    }),
    { numRuns: 300, seed: 22 },
  );
});
