// No false alarms: consistent reports in every rendering, with cosmetic noise, give no error,
// no arithmetic finding and no narrative finding. (Fused rows that several readings fit are
// reported by cell-ambiguous, and only those.)
//
// Reproduce one case: NIANBAO_SEED=<seed> node --test out/test/unit/rules/noFalseAlarms.test.js
import test from 'node:test';
import assert from 'node:assert/strict';
import { checkReport, parseReport, type FormatVersion } from '../../../server/src/core';
import { RENDERINGS, randomMetadata, renderReport, type RenderingKind } from '../../support/render';
import { deriveSeed, mulberry32 } from '../../support/rng';
import { randomConsistentValues } from '../../support/values';

const N = Number(process.env.NIANBAO_FALSE_ALARM_N ?? 3);
const ONLY = process.env.NIANBAO_SEED !== undefined ? Number(process.env.NIANBAO_SEED) : undefined;
const QUIET = new Set([
  'applications-balance', 'applications-row-total', 'applications-outcome-total', 'appeals-total',
  'published-within-total', 'narrative-consistency', 'section-missing', 'section-order', 'table-missing',
  'row-missing', 'cell-missing', 'cell-not-number', 'cell-negative', 'format-version', 'report-year', 'title-missing',
]);

for (const version of ['2019', '2021'] as FormatVersion[]) {
  for (const rendering of [...RENDERINGS, 'mixed'] as Array<RenderingKind | 'mixed'>) {
    test(`consistent reports raise no false alarm (${version}, ${rendering})`, () => {
      for (let n = 0; n < N; n++) {
        const seed = ONLY ?? deriveSeed(99 + n, `${version}/${rendering}`);
        const rng = mulberry32(seed);
        const values = randomConsistentValues(version, rng, { smallProactive: rendering === 'fused' || rendering === 'mixed' });
        const rendered = renderReport({ format: version, values, metadata: randomMetadata(version, rng), rendering, seed });
        const findings = checkReport(parseReport(rendered.text), rendered.text);
        const alarms = findings.filter((f) => QUIET.has(f.code));
        assert.deepEqual(alarms.map((f) => `${f.code}: ${f.message}`), [], `seed ${seed}`);
        if (rendered.ambiguous.length === 0) {
          assert.deepEqual(findings.filter((f) => f.code === 'cell-ambiguous').map((f) => f.message), [], `seed ${seed}`);
        }
      }
    });
  }
}
