// Shortcuts of the table search that must not change what it finds: a table's labels in its
// region read off the whole text's hits (`hitsWithin`), and the tokenizer's blank test.
import assert from 'node:assert/strict';
import test from 'node:test';
import { FORMAT_VERSIONS, FORMATS } from '../../../server/src/core';
import { ParsedText } from '../../../server/src/core/parse/document';
import { findLabels, hitsWithin, tablePatterns } from '../../../server/src/core/parse/labels';
import { isBlank } from '../../../server/src/core/parse/tokens';
import { lowerBound } from '../../../server/src/core/text/sorted';
import { loadFixtures } from '../../support/fixtures';
import { randomMetadata, renderReport, RENDERINGS } from '../../support/render';
import { mulberry32 } from '../../support/rng';
import { randomConsistentValues } from '../../support/values';
import { seeds } from '../../bench/corpus';

/** Every range between two label starts (and the text's ends): hitsWithin, when it answers, is what a search of the range finds. */
function assertRangesAgree(text: string, name: string): { answered: number; fellBack: number } {
  const doc = new ParsedText(text);
  const sk = doc.skeleton;
  const norm = doc.norm.text;
  let answered = 0;
  let fellBack = 0;
  for (const v of FORMAT_VERSIONS) {
    for (const table of FORMATS[v].tables) {
      const patterns = tablePatterns(FORMATS[v], table);
      const whole = findLabels(norm, sk, 0, sk.text.length, patterns);
      // Label starts (as the table regions are cut), and some places inside a label (a range
      // that cuts a label: read again, not off the whole text's hits).
      const bounds = [0, ...whole.flatMap((h, i) => (i % 3 === 0 ? [h.from] : i % 7 === 1 ? [h.from + 1] : [])), norm.length].sort((a, b) => a - b);
      for (let i = 0; i < bounds.length; i++) {
        for (let j = i + 1; j < bounds.length; j += 2) {
          const skFrom = lowerBound(sk.at, bounds[i]!);
          const skTo = lowerBound(sk.at, bounds[j]!);
          const within = hitsWithin(whole, skFrom, skTo);
          if (!within) {
            fellBack++;
            continue;
          }
          answered++;
          assert.deepEqual(within, findLabels(norm, sk, skFrom, skTo, patterns), `${name}, ${v} ${table.id}, [${skFrom}, ${skTo})`);
        }
      }
    }
  }
  return { answered, fellBack };
}

test('a region\'s labels read off the whole text\'s hits are those a search of the region finds (seeds, rendering fixtures, random reports)', () => {
  const texts = [...seeds().map((s) => ({ name: s.name, text: s.text })), ...loadFixtures('renderings').map((f) => ({ name: f.name, text: f.text }))];
  for (let seed = 1; seed <= 2; seed++) {
    for (const format of FORMAT_VERSIONS) {
      for (const rendering of RENDERINGS) {
        const rng = mulberry32(seed * 31 + rendering.length);
        const values = randomConsistentValues(format, rng);
        texts.push({ name: `${format} ${rendering} ${seed}`, text: renderReport({ format, values, rendering, seed, metadata: randomMetadata(format, rng) }).text });
      }
    }
  }
  let answered = 0;
  let fellBack = 0;
  for (const { name, text } of texts) {
    const r = assertRangesAgree(text, name);
    answered += r.answered;
    fellBack += r.fellBack;
  }
  // Both ways are taken: most ranges are answered from the whole text's hits, some are not.
  assert.ok(answered > 1000, `answered ${answered}`);
  assert.ok(fellBack > 0, `fell back ${fellBack}`);
});

test('isBlank is trim() leaving nothing, for every UTF-16 code unit', () => {
  for (let c = 0; c < 0x10000; c++) {
    const s = String.fromCharCode(c);
    assert.equal(isBlank(s, 0, 1), s.trim() === '', `U+${c.toString(16)}`);
  }
  assert.equal(isBlank(' \t\u3000x ', 0, 5), false);
  assert.equal(isBlank(' \t\u3000x ', 0, 3), true);
});
