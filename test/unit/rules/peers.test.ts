// Peer summaries (peers.ts): what the command line's worker threads send each other instead of
// whole models. The cross-year rules must find in a summary everything they find in the model.
import assert from 'node:assert/strict';
import test from 'node:test';
import { checkReport, parseReport, type FormatVersion } from '../../../server/src/core';
import { peersFor, peerSummary } from '../../../server/src/core/rules/peers';
import type { PeerReport } from '../../../server/src/core/rules/types';
import { renderReport, RENDERINGS } from '../../support/render';
import { mulberry32 } from '../../support/rng';
import { randomConsistentValues } from '../../support/values';
import { readFixture, replaceOnce } from './support';

const CROSS_YEAR = ['carried-over-chain', 'in-force-chain'];

/** The findings of `text` with its previous year given as the model, as a summary, and as a cloned summary. */
function threeWays(text: string, previous: string) {
  const model = parseReport(previous);
  const check = (peer: PeerReport['model']) => checkReport(parseReport(text), text, { peers: [{ file: 'prev.txt', model: peer }], file: 'this.txt' });
  return { full: check(model), summary: check(peerSummary(model)), cloned: check(structuredClone(peerSummary(model))) };
}

test('the fixtures: a summary as peer gives the findings of the whole model', () => {
  const base2020 = readFixture('base-2020.txt');
  const base2022 = readFixture('base-2022.txt');
  const y2021 = base2022.replace(/2022年/g, '2021年').replace('2023年1月20日', '2022年1月20日');
  const brokenInForce = replaceOnce(base2022, '行政规范性文件\t3\t1\t12', '行政规范性文件\t3\t1\t15');
  for (const [text, previous, code] of [
    [y2021, base2020, 'carried-over-chain'],
    [brokenInForce, y2021, 'in-force-chain'],
  ] as const) {
    const { full, summary, cloned } = threeWays(text, previous);
    assert.ok(full.some((f) => f.code === code), `${code} fires`);
    assert.deepEqual(summary, full);
    assert.deepEqual(cloned, full);
  }
});

test('random reports over two years: summaries and models give the same cross-year findings', () => {
  const rng = mulberry32(99);
  let fired = 0;
  for (let i = 0; i < 40; i++) {
    const format: FormatVersion = i % 2 === 0 ? '2019' : '2021';
    const year = format === '2019' ? 2020 : rng.int(2022, 2025);
    const render = (y: number, seed: number) =>
      renderReport({
        format,
        values: randomConsistentValues(format, rng),
        rendering: RENDERINGS[seed % RENDERINGS.length]!,
        seed,
        metadata: { bodyName: '示例市示例局', year: y, publicationDate: `${y + 1}-01-20` },
      }).text;
    const { full, summary, cloned } = threeWays(render(year, 2 * i), render(year - 1, 2 * i + 1));
    fired += full.filter((f) => CROSS_YEAR.includes(f.code)).length > 0 ? 1 : 0;
    assert.deepEqual(summary, full, `pair ${i}`);
    assert.deepEqual(cloned, full, `pair ${i}`);
  }
  assert.ok(fired >= 20, `${fired} of 40 pairs with a cross-year finding`);
});

test('a summary is small, and peersFor finds the same previous year in summaries and models', () => {
  const text = readFixture('base-2020.txt');
  const model = parseReport(text);
  const summary = peerSummary(model);
  assert.ok(JSON.stringify(summary).length * 10 < JSON.stringify(model).length, 'a tenth of the model or less');
  assert.deepEqual(summary.metadata, { bodyName: model.metadata.bodyName });
  const base2022 = readFixture('base-2022.txt');
  const y2021 = parseReport(base2022.replace(/2022年/g, '2021年').replace('2023年1月20日', '2022年1月20日'));
  const models: PeerReport[] = [{ file: '2020', model }, { file: '2021', model: y2021 }];
  const summaries: PeerReport[] = [{ file: '2020', model: peerSummary(model) }, { file: '2021', model: peerSummary(y2021) }];
  assert.deepEqual(peersFor(models[1]!.model, models).map((p) => p.file), ['2020']);
  assert.deepEqual(peersFor(summaries[1]!.model, summaries).map((p) => p.file), ['2020']);
  assert.deepEqual(peersFor(summaries[0]!.model, summaries), []);
});
