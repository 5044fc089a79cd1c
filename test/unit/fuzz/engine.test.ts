// Property-based fuzzing of the engine (short CI run; `npm run fuzz` for minutes): damaged seeds and
// fixtures, the incremental parser, random bytes through the decoder, random tables in every
// rendering. Nothing throws, every range lies inside the document, and a document of seed size is
// parsed and checked within 50 ms — asserted on the median of the cases, because single cases on a
// shared CI machine are noisy while a slow median is a real regression.
import assert from 'node:assert/strict';
import test from 'node:test';
import { ENGINE_PROPERTIES } from './properties';
import { runInCi } from './runner';
import { MEDIAN_BUDGET_MS, Timings } from './support';

const timings = new Timings();

for (const property of ENGINE_PROPERTIES) {
  test(property.name, () => {
    const details = runInCi(property, { timings });
    assert.equal(details.numRuns, property.ciRuns);
  });
}

test(`documents of seed size: median parse + all rules under ${MEDIAN_BUDGET_MS} ms`, (t) => {
  assert.ok(timings.samples.length >= 50, `only ${timings.samples.length} timed cases`);
  t.diagnostic(timings.summary());
  if (process.env['NIANBAO_FUZZ_VERBOSE']) t.diagnostic(`slowest: ${JSON.stringify(timings.slowest)}`);
  assert.ok(timings.median < MEDIAN_BUDGET_MS, `median ${timings.median.toFixed(1)} ms (${timings.summary()})`);
});
