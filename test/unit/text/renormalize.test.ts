// Re-normalising only the lines an edit touched (the incremental parser's fast path for typing)
// gives exactly what normalising the whole edited text gives: text and both offset maps; and
// the parser using it gives the model of a fresh parse.
import assert from 'node:assert/strict';
import test from 'node:test';
import { applyDrawnEdit } from '../../support/edits';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseReport, ReportParser } from '../../../server/src/core';
import { sourceRange } from '../../../server/src/core/text/mapped';
import { isPlainText, normalizeText, renormalizePlain } from '../../../server/src/core/text/normalize';
import { fixturePath } from '../../support/fixtures';
import { mulberry32 } from '../../support/rng';

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
      const incremental = renormalizePlain(previous, normalizeText(previous), source, start, end, inserted).norm;
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

test('renormalizePlain applied edit after edit (offset maps in pieces) equals normalizeText', () => {
  let checked = 0;
  fc.assert(
    fc.property(plainText(120), fc.array(fc.tuple(fc.nat(), fc.nat(3), plainText(4)), { minLength: 1, maxLength: 60 }), (first, edits) => {
      let text = first;
      let norm = normalizeText(first);
      for (const drawn of edits) {
        const { text: source, from: start, oldTo: end, inserted } = applyDrawnEdit(text, drawn);
        const { norm: next, edit } = renormalizePlain(text, norm, source, start, end, inserted);
        const full = normalizeText(source);
        assert.equal(next.text, full.text);
        // Read through the piece lookups (what the parser uses) and through the flat arrays.
        for (let i = 0; i < full.text.length; i++) assert.deepEqual(sourceRange(next, i, i + 1), [full.start[i], full.end[i]]);
        assert.deepEqual([...next.start], [...full.start]);
        assert.deepEqual([...next.end], [...full.end]);
        // The reported change in normalised offsets: outside it, old and new text agree.
        assert.equal(norm.text.slice(0, edit.from), full.text.slice(0, edit.from));
        assert.equal(norm.text.slice(edit.oldTo), full.text.slice(edit.newTo));
        text = source;
        norm = next;
        checked++;
      }
    }),
    { numRuns: 300, seed: 20261122 },
  );
  assert.ok(checked > 1000, `${checked} edits`);
});

test('isPlainText refuses what could start markup, an entity or a script escape', () => {
  assert.equal(isPlainText('一、总体情况\r\n表三\t21\t0'), true);
  for (const t of ['<td>', '&lt;td&gt;', '\\u003ctd', 'a&b']) assert.equal(isPlainText(t), false, t);
  // Tables drawn in text: box drawing and a line that opens an ASCII grid; a bare pipe table stays plain.
  for (const t of ['│规章│5│', '─', '表\n+----+----+\n| a | b |', '  +===+']) assert.equal(isPlainText(t), false, t);
  for (const t of ['| 规章 | 5 |\n|---|---|', '增+29', 'a+b-c']) assert.equal(isPlainText(t), true, t);
});

test('edits to a long report (re-normalised line by line) give the model of a fresh parse', () => {
  const seed = readFileSync(fixturePath('seeds', '000_e824e7fa6ddd1e25.txt'), 'utf8');
  // Long enough for the incremental path: the seed with its narrative repeated in section 一.
  const at = seed.indexOf('二、');
  const text = seed.slice(0, at) + seed.slice(seed.indexOf('\n') + 1, at).repeat(Math.ceil(60_000 / at)) + seed.slice(at);
  assert.ok(text.length > 60_000);
  const parser = new ReportParser();
  parser.parse(text);
  const rng = mulberry32(8);
  const table = parseReport(text).tables.find((t) => t.id === 'applications')!;
  for (let i = 0; i < 12; i++) {
    // Alternately in 表三 and anywhere; inserts of digits, line breaks, CRs and full-width forms, and deletions.
    const cell = table.rows[rng.int(0, table.rows.length - 1)]!.cells[0]!;
    const start = i % 2 === 0 ? cell.span.offset : rng.int(0, parser.text.length - 1);
    const insert = rng.chance(0.5);
    const change = insert ? { start, end: start, text: ['7', '\n', '\r\n', '，', '０'][rng.int(0, 4)]! } : { start, end: start + 1, text: '' };
    const incremental = parser.applyChanges([change]);
    assert.deepEqual(incremental, parseReport(parser.text), `edit ${i}: ${JSON.stringify(change)}`);
  }
});
