// A text kept in pieces reads as the string it stands for, edit after edit.
import assert from 'node:assert/strict';
import test from 'node:test';
import { applyDrawnEdit } from '../../support/edits';
import fc from 'fast-check';
import { PieceText } from '../../../server/src/core/text/pieceText';
import { LineIndex } from '../../../server/src/core/text/lineIndex';

const textOf = fc.array(fc.constantFrom('a', '汉', '\n', ' ', '，'), { maxLength: 40 }).map((cs) => cs.join(''));
const index = fc.integer({ min: -5, max: 60 });

test('PieceText reads as its string after chained edits: slice, charCodeAt, indexOf, lastIndexOf (property)', () => {
  fc.assert(
    fc.property(textOf, fc.array(fc.tuple(fc.nat(), fc.nat(8), textOf), { minLength: 1, maxLength: 20 }), fc.array(fc.tuple(index, index), { maxLength: 12 }), (initial, edits, probes) => {
      let text = initial;
      let pieces = PieceText.of(initial);
      for (const drawn of edits) {
        const edit = applyDrawnEdit(text, drawn);
        text = edit.text;
        pieces = pieces.edited(edit.from, edit.oldTo, edit.inserted);
        assert.equal(pieces.length, text.length);
        for (const [a, b] of probes) {
          assert.equal(pieces.slice(a, b), text.slice(a, b), `slice(${a}, ${b})`);
          assert.equal(pieces.slice(a), text.slice(a), `slice(${a})`);
          assert.ok(Object.is(pieces.charCodeAt(a), text.charCodeAt(a)), `charCodeAt(${a})`);
          for (const c of ['\n', '汉']) {
            assert.equal(pieces.indexOf(c, a), text.indexOf(c, a), `indexOf(${c}, ${a})`);
            assert.equal(pieces.lastIndexOf(c, a), text.lastIndexOf(c, a), `lastIndexOf(${c}, ${a})`);
          }
        }
        assert.equal(pieces.indexOf('\n'), text.indexOf('\n'));
        assert.equal(pieces.lastIndexOf('\n'), text.lastIndexOf('\n'));
      }
      assert.equal(pieces.toString(), text);
    }),
    { numRuns: 300, seed: 5 },
  );
});

test('a line index edited over a text in pieces equals one built on the string (property)', () => {
  fc.assert(
    fc.property(textOf, fc.array(fc.tuple(fc.nat(), fc.nat(8), textOf), { minLength: 1, maxLength: 10 }), (initial, edits) => {
      let text = initial;
      let pieces = PieceText.of(initial);
      let lines = new LineIndex(initial);
      for (const drawn of edits) {
        const edit = applyDrawnEdit(text, drawn);
        text = edit.text;
        pieces = pieces.edited(edit.from, edit.oldTo, edit.inserted);
        lines = lines.edited(pieces, edit.from, edit.oldTo, edit.newTo);
        const fresh = new LineIndex(text);
        assert.equal(lines.lineCount, fresh.lineCount);
        for (let i = 0; i <= text.length; i++) assert.deepEqual(lines.positionAt(i), fresh.positionAt(i));
      }
    }),
    { numRuns: 200, seed: 6 },
  );
});
