// Command-line figure: `nianbao check` over a folder of generated reports, Node start-up
// included, as a reviewer runs it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/fixtures';
import { median, under, type Figure } from './stats';

export function cliFigure(folder: string, count: number, bytes: number, runs = 3): Figure {
  const cli = join(repoRoot(), 'bin', 'nianbao.js');
  if (!existsSync(join(repoRoot(), 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `node scripts/build.mjs`');
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = spawnSync(process.execPath, [cli, 'check', '--format', 'json', folder], { maxBuffer: 1 << 30 });
    samples.push(performance.now() - t0);
    // 0: no error findings, 1: some; 2 means the command could not run, which is no figure.
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`nianbao check exited with ${result.status}: ${result.stderr.toString('utf8').slice(0, 500)}`);
    }
  }
  const seconds = median(samples) / 1000;
  return {
    name: `CLI: nianbao check --format json, ${count} reports`,
    samples: samples.map((ms) => ms / 1000),
    unit: 's',
    target: { text: '< 5 s', met: under(5) },
    note: `${(count / seconds).toFixed(0)} reports/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s (${(bytes / 1e6).toFixed(1)} MB of UTF-8, Node start-up included)`,
  };
}
