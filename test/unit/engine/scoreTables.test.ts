// The score-only reading of a format (what the block cache keeps of the format a report is not
// read in) gives the score and table presence of the full parse, in every rendering.
import assert from 'node:assert/strict';
import test from 'node:test';
import { FORMAT_VERSIONS, FORMATS } from '../../../server/src/core';
import { ParsedText } from '../../../server/src/core/parse/document';
import { parseTables, scoreTables } from '../../../server/src/core/parse/tables';
import { loadFixtures } from '../../support/fixtures';
import { randomMetadata, renderReport, RENDERINGS } from '../../support/render';
import { mulberry32 } from '../../support/rng';
import { randomConsistentValues } from '../../support/values';
import { seeds } from '../../bench/corpus';

function assertScoresAgree(text: string, name: string): void {
  const doc = new ParsedText(text);
  for (const v of FORMAT_VERSIONS) {
    const full = parseTables(doc, FORMATS[v]);
    assert.deepEqual(scoreTables(doc, FORMATS[v]), { score: full.score, hadTables: full.tables.length > 0 }, `${name} read as ${v}`);
  }
}

test('scoreTables agrees with parseTables on the seeds and every rendering fixture, in both formats', () => {
  const texts = [...seeds().map((s) => ({ name: s.name, text: s.text })), ...loadFixtures('renderings').map((f) => ({ name: f.name, text: f.text }))];
  assert.ok(texts.length > 20);
  for (const { name, text } of texts) assertScoresAgree(text, name);
});

test('scoreTables agrees with parseTables on random reports in every rendering, with empty and dash cells and extra rows', () => {
  let cases = 0;
  for (let seed = 1; seed <= 4; seed++) {
    for (const format of FORMAT_VERSIONS) {
      for (const rendering of [...RENDERINGS, 'mixed' as const]) {
        const rng = mulberry32(seed * 97 + rendering.length);
        const values = randomConsistentValues(format, rng, { smallProactive: rendering === 'fused' });
        // From seed 3 on, some cells left empty and some written as dashes.
        const keys = Object.keys(values);
        const dashes = seed > 2 ? keys.filter((_, i) => i % 17 === seed) : [];
        if (seed > 2) for (const k of keys.filter((_, i) => i % 13 === seed)) delete values[k];
        const { text } = renderReport({ format, values, rendering, seed, metadata: randomMetadata(format, rng), extraRow: seed % 2 === 0, dashes });
        assertScoresAgree(text, `${format} ${rendering} seed ${seed}`);
        cases++;
      }
    }
  }
  assert.ok(cases >= 60);
});
