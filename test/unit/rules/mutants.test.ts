// The mutation score's floor in CI (the full run is `npm run mutants`, figures in the README): one
// number changed at a time, in every rendering of the engine's fixtures.
import test from 'node:test';
import assert from 'node:assert/strict';
import { ratio, scoreMutants } from '../../mutants/mutants';

test('one changed number is detected (≥ 99.9 %), on the changed cell for 表三 (≥ 98 %), and clean reports get no error', () => {
  const scores = scoreMutants({ reports: 2, seed: 11, cellsPerReport: 40 });
  for (const s of scores) {
    assert.ok(s.mutants > 20, `${s.rendering}: ${s.mutants} mutants`);
    assert.ok(ratio(s.detected, s.mutants) >= 99.9, `${s.rendering}: ${s.detected}/${s.mutants}\n${s.misses.join('\n')}`);
    assert.ok(ratio(s.onCell, s.applications) >= 98, `${s.rendering}: ${s.onCell}/${s.applications}\n${s.misses.join('\n')}`);
    assert.equal(s.falseAlarms, 0, s.rendering);
  }
});
