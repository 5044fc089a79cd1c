// The incremental parser keeps only the chosen format's tables of each block it caches. When an
// edit makes the report read in the other format, the blocks it reuses are parsed again for that
// format: the model must equal a parse from scratch.
import assert from 'node:assert/strict';
import test from 'node:test';
import { parseReport, ReportParser, type FormatVersion } from '../../../server/src/core';
import { randomMetadata, renderReport } from '../../support/render';
import { mulberry32 } from '../../support/rng';
import { randomConsistentValues } from '../../support/values';

function report(format: FormatVersion, seed: number): string {
  const rng = mulberry32(seed);
  const values = randomConsistentValues(format, rng);
  return renderReport({ format, values, rendering: 'tab-cells', seed, metadata: randomMetadata(format, rng), noise: false }).text;
}

const section = (r: string, from: string, to: string) => r.slice(r.indexOf(from), r.indexOf(to));

test('a format flip after an edit gives the model of a fresh parse', () => {
  let flips = 0;
  for (let seed = 1; seed <= 6; seed++) {
    const old = report('2019', seed);
    const current = report('2021', seed + 100);
    // A 2019 report whose 三、四、五 come from a 2021 report (表二 decides: read as 2019), then
    // the same with the 2021 表二 too (read as 2021). The second parse reuses 一、三、四、五、六,
    // cached with the 2019 tables only.
    const head = old.slice(0, old.indexOf('二、'));
    const tail = section(current, '三、', '六、') + old.slice(old.indexOf('六、'));
    const before = head + section(old, '二、', '三、') + tail;
    const after = head + section(current, '二、', '三、') + tail;
    const parser = new ReportParser();
    const first = parser.parse(before);
    assert.deepEqual(first, parseReport(before));
    const edited = parser.parse(after);
    assert.ok(parser.lastStats.reusedBlocks > 0, 'the edit reuses blocks');
    assert.deepEqual(edited, parseReport(after));
    if (edited.format !== first.format) flips++;
    // And back: the blocks now cached for the other format are read in the first one again.
    assert.deepEqual(parser.parse(before), first);
  }
  assert.ok(flips >= 2, `cases that change format: ${flips}`);
});
