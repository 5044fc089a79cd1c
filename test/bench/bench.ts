// Engine benchmark: `npm run bench`. Medians over repeated runs, on this machine, right now;
// the figures in the README come from one run of this script.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport, parseReport, ReportParser } from '../../server/src/core';
import { repoRoot } from '../support/fixtures';
import { randomMetadata, renderReport } from '../support/render';
import { mulberry32 } from '../support/rng';
import { randomConsistentValues } from '../support/values';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(runs: number, fn: () => void): number {
  for (let i = 0; i < 3; i++) fn(); // warm-up: the first runs measure the JIT, not the engine
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
const rows: string[][] = [];

const seedsDir = join(repoRoot(), '..', 'shared', 'corpus', 'seeds');
for (const name of readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort()) {
  const text = readFileSync(join(seedsDir, name), 'utf8');
  const full = time(30, () => parseReport(text));
  // An edit in 表三: type one digit into a cell, as a drafter would.
  const parser = new ReportParser();
  const model = parser.parse(text);
  const cell = model.tables.find((t) => t.id === 'applications')?.rows[0]?.cells[0];
  let flip = false;
  const incremental = cell
    ? time(30, () => {
        flip = !flip;
        parser.applyChanges([{ start: cell.span.offset, end: cell.span.offset + (flip ? 0 : 1), text: flip ? '1' : '' }]);
      })
    : NaN;
  // An edit in the prose of the last section: where most typing happens.
  const prose = new ReportParser();
  prose.parse(text);
  const at = text.length - 2;
  let flip2 = false;
  const proseEdit = time(30, () => {
    flip2 = !flip2;
    prose.applyChanges([{ start: at, end: at + (flip2 ? 0 : 1), text: flip2 ? '。' : '' }]);
  });
  const check = time(30, () => checkReport(model, text));
  rows.push([
    name,
    `${(text.length / 1000).toFixed(1)}k`,
    fmt(full),
    `${fmt(incremental)} (${(full / incremental).toFixed(1)}×)`,
    `${fmt(proseEdit)} (${(full / proseEdit).toFixed(1)}×)`,
    fmt(check),
  ]);
}

// The renderings of §5 on one random consistent report each.
const rng = mulberry32(7);
for (const rendering of ['tab-cells', 'tab-rows', 'pipe-rows', 'pipe-cells', 'paragraph-cells', 'fused', 'pdf', 'html', 'html-js'] as const) {
  const values = randomConsistentValues('2021', rng);
  const { text } = renderReport({ format: '2021', values, rendering, seed: 7, metadata: randomMetadata('2021', rng) });
  rows.push([`rendering ${rendering}`, `${(text.length / 1000).toFixed(1)}k`, fmt(time(20, () => parseReport(text))), '', '', '']);
}

console.log('| input | UTF-16 units | full parse | edit a 表三 cell (incremental) | edit prose in 六 (incremental) | all rules |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(`\nnode ${process.version}, ${new Date().toISOString().slice(0, 10)}; medians of 20–30 runs after 3 warm-up runs.`);
