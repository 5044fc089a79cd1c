// `nianbao check` in worker threads gives what it gives in one thread: same stdout, stderr and
// status, over a folder of generated reports with files that are not reports or cannot be
// decoded, an oversized file, project files with warnings, and the same bodies over two years
// (the cross-year rules need the other threads' reports). A worker that throws or exits makes
// the command check in one thread, not hang. The threshold (WORKERS_FROM, over a thousand files)
// is too many for unit tests: they set the number of threads through the internal option, and
// the choice itself is tested on its own.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { runCheck } from '../../../server/src/cli/check';
import { WORKERS_FROM, workerThreads, type CheckInternals } from '../../../server/src/cli/checkFiles';
import { runCaptured, writeFiles, type CliRun } from '../../support/cli';
import { repoRoot } from '../../support/fixtures';
import { randomReports } from '../../support/reports';
import { readFixture, replaceOnce } from '../rules/support';

const WORKER = join(repoRoot(), 'dist', 'cli-worker.js');
const CLI = join(repoRoot(), 'dist', 'cli.js');
const noBundle = !existsSync(WORKER) || !existsSync(CLI);
/** Enough files for every worker to get several batches. */
const FILES = 70;

const check = (args: string[], cwd: string, internal: CheckInternals, stderrIsTTY = false): Promise<CliRun> =>
  runCaptured((io) => runCheck(args, io, internal), cwd, stderrIsTTY);
const write = writeFiles;

/** `count` random consistent reports in every rendering, in two sub-folders. */
function generated(count: number, seed: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (const { index, text, metadata } of randomReports(count, seed)) {
    files[`${index % 2 === 0 ? 'a' : 'b'}/${String(index).padStart(3, '0')}_${metadata.bodyName}${metadata.year}年年报.txt`] = text;
  }
  return files;
}

/** The fixtures over three years of one body, with a broken carried-over and in-force chain. */
function threeYears(): Record<string, string> {
  const base2020 = readFixture('base-2020.txt');
  const base2022 = readFixture('base-2022.txt');
  const y2021 = base2022.replace(/2022年/g, '2021年').replace('2023年1月20日', '2022年1月20日');
  return {
    // First and last in file order, so that the peers of one file sit in another thread's batch.
    '0-years/2020.txt': base2020,
    'z-years/2021.txt': y2021,
    'z-years/2022.txt': replaceOnce(base2022, '行政规范性文件\t3\t1\t12', '行政规范性文件\t3\t1\t15'),
  };
}

/** A folder above the worker threshold with everything the command treats differently. */
function mixedFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-workers-'));
  const clean = readFixture('base-2020.txt');
  write(dir, {
    ...generated(FILES, 7),
    ...threeYears(),
    'a/README.md': '# 说明\n\n本文件夹存放各单位年报。\n',
    'a/empty.txt': '',
    'b/corrupt.txt': Buffer.concat([Buffer.from(clean.slice(0, 400)), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from(clean.slice(400))]),
    'b/binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]),
    // Above the 0.05 MB limit of its folder's project file: one file-too-large notice.
    'c/large.txt': clean.repeat(20),
    'c/.nianbaorc.json': JSON.stringify({ maxFileSize: 0.05, rules: { 'cell-empty': 'error', 'no-such-rule': 'off' } }),
    'b/.nianbaorc.json': JSON.stringify({ rules: { 'section-heading': 'off', 'carried-over-chain': 'loud' } }),
  });
  return dir;
}

/** A worker script that starts the real one and counts its starts in `marker`. */
function countingWorker(marker: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'nianbao-worker-')), 'counting.js');
  writeFileSync(path, `require('node:fs').appendFileSync(${JSON.stringify(marker)}, 'x');\nrequire(${JSON.stringify(WORKER)});\n`);
  return path;
}

/** A worker script that fails in one of several ways. */
function failingWorker(how: 'throws-at-start' | 'exits-on-load' | 'throws-on-check' | 'bad-message' | 'syntax'): string {
  const body = {
    'throws-at-start': `throw new Error('worker start-up failed');`,
    'exits-on-load': `require('node:worker_threads').parentPort.on('message', () => process.exit(3));`,
    // The real worker loads and keeps the models, then throws instead of checking them.
    'throws-on-check': [
      `const { parentPort } = require('node:worker_threads');`,
      `const on = parentPort.on.bind(parentPort);`,
      `parentPort.on = (event, listener) => on(event, (m) => { if (m.type === 'check') throw new Error('boom in phase 2'); listener(m); });`,
      `require(${JSON.stringify(WORKER)});`,
    ].join('\n'),
    'bad-message': `const { parentPort } = require('node:worker_threads'); parentPort.on('message', () => parentPort.postMessage({ type: 'checked', index: 0, findings: [] }));`,
    syntax: `this is not javascript`,
  }[how];
  const path = join(mkdtempSync(join(tmpdir(), 'nianbao-worker-')), `${how}.js`);
  writeFileSync(path, body);
  return path;
}

test('the worker threshold: files, cores, the internal option and NIANBAO_WORKERS', () => {
  const saved = process.env.NIANBAO_WORKERS;
  try {
    delete process.env.NIANBAO_WORKERS;
    assert.equal(workerThreads(WORKERS_FROM - 1, {}), 0);
    const many = workerThreads(WORKERS_FROM, {});
    assert.ok(availableParallelism() > 1 ? many >= 2 && many <= 8 : many === 0, `${many}`);
    assert.equal(workerThreads(5000, { workers: 0 }), 0);
    assert.equal(workerThreads(10, { workers: 3 }), 3);
    assert.equal(workerThreads(2, { workers: 3 }), 2, 'never more threads than files');
    process.env.NIANBAO_WORKERS = '0';
    assert.equal(workerThreads(5000, {}), 0);
    process.env.NIANBAO_WORKERS = '2';
    assert.equal(workerThreads(10, {}), 2);
    assert.equal(workerThreads(10, { workers: 0 }), 0, 'the option wins over the environment');
    process.env.NIANBAO_WORKERS = 'many';
    assert.equal(workerThreads(10, {}), 0, 'not a number: ignored');
  } finally {
    if (saved === undefined) delete process.env.NIANBAO_WORKERS;
    else process.env.NIANBAO_WORKERS = saved;
  }
});

test('worker threads and one thread: the same JSON, text, SARIF, stderr and status', { skip: noBundle }, async () => {
  const dir = mixedFolder();
  const marker = join(dir, '..', `${dir.split(/[\\/]/).pop()}.starts`);
  const workerScript = countingWorker(marker);
  for (const format of ['json', 'text', 'sarif']) {
    const args = ['--format', format, '.'];
    const single = await check(args, dir, { workers: 0 });
    const parallel = await check(args, dir, { workers: 2, workerScript });
    assert.equal(parallel.out, single.out, format);
    assert.equal(parallel.err, single.err, format);
    assert.equal(parallel.status, single.status, format);
    assert.equal(single.status, 2, 'the undecodable and binary files fail the command');
  }
  assert.equal(readFileSync(marker, 'utf8'), 'xxxxxx', 'two workers started for each of the three runs');

  const single = await check(['--format', 'json', '.'], dir, { workers: 0 });
  const byFile = new Map((JSON.parse(single.out) as Array<{ file: string; diagnostics: Array<{ code: string; severity: string }> }>).map((f) => [f.file, f.diagnostics]));
  assert.ok(byFile.size >= FILES + 3, `${byFile.size} files checked`);
  assert.ok(!byFile.has('a/README.md') && !byFile.has('a/empty.txt') && !byFile.has('b/corrupt.txt'));
  assert.match(single.err, /a\/README\.md: 跳过（skipped）/);
  assert.match(single.err, /b\/corrupt\.txt: 无法识别文件编码/);
  assert.match(single.err, /b\/binary\.txt: 文件是二进制内容/);
  assert.match(single.err, /no-such-rule/);
  assert.deepEqual(byFile.get('c/large.txt')?.map((d) => d.code), ['file-too-large']);
  // Cross-year: 2021 against 2020 (carried over), 2022 against 2021 (in force).
  assert.equal(byFile.get('z-years/2021.txt')?.filter((d) => d.code === 'carried-over-chain').length, 2);
  assert.equal(byFile.get('z-years/2022.txt')?.filter((d) => d.code === 'in-force-chain').length, 1);
  // And among the generated reports, whose numbers do not chain from year to year.
  const generatedChains = [...byFile].filter(([file, ds]) => /^[ab]\//.test(file) && ds.some((d) => d.code === 'carried-over-chain'));
  assert.ok(generatedChains.length >= 3, `${generatedChains.length} generated reports with a previous year`);
});

test('worker threads: the findings quote the other year\'s file and cell (related information)', { skip: noBundle }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-workers-'));
  write(dir, { ...generated(FILES, 11), ...threeYears() });
  const args = ['--format', 'sarif', '.'];
  const parallel = await check(args, dir, { workers: 2, workerScript: WORKER });
  const single = await check(args, dir, { workers: 0 });
  assert.equal(parallel.out, single.out);
  const results = (JSON.parse(parallel.out) as { runs: Array<{ results: Array<{ ruleId: string; relatedLocations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }> }> }> }).runs[0]!.results;
  const chain = results.find((r) => r.ruleId === 'carried-over-chain' && JSON.stringify(r).includes('2020.txt'));
  assert.ok(chain, 'a carried-over-chain result points at the 2020 report');
});

test('progress on a terminal counts the files the workers finished', { skip: noBundle }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-workers-'));
  const files = generated(FILES, 3);
  write(dir, { ...files, 'notes.md': '会议纪要\n' });
  const total = Object.keys(files).length + 1;
  const tty = await check(['--format', 'json', '.'], dir, { workers: 2, workerScript: WORKER }, true);
  assert.match(tty.err, new RegExp(`\\r正在读取 reading ${total}/${total}`));
  assert.match(tty.err, new RegExp(`\\r正在检查 checking ${total - 1}/${total - 1}`));
  assert.match(tty.err, /\r\x1b\[K/);
  assert.match(tty.err, /notes\.md: 跳过（skipped）/);
  const single = await check(['--format', 'json', '.'], dir, { workers: 0 }, true);
  assert.equal(tty.out, single.out);
});

for (const how of ['throws-at-start', 'exits-on-load', 'throws-on-check', 'bad-message', 'syntax'] as const) {
  test(`a worker that fails (${how}) makes the command check in one thread`, { skip: noBundle, timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-workers-'));
    write(dir, { ...generated(FILES, 5), ...threeYears(), 'skip.md': '不是年报\n' });
    const single = await check(['--format', 'json', '.'], dir, { workers: 0 });
    const failed = await check(['--format', 'json', '.'], dir, { workers: 2, workerScript: failingWorker(how) });
    assert.equal(failed.out, single.out);
    assert.equal(failed.status, single.status);
    assert.match(failed.err, /^nianbao check: 并行检查失败，改为单线程检查（worker threads failed; checking in one thread）：.+\n/);
    // Everything else said once, as in one thread.
    assert.equal(failed.err.replace(/^nianbao check: 并行检查失败.*\n/, ''), single.err);
  });
}

test('dist/cli.js: the same output with and without worker threads (NIANBAO_WORKERS)', { skip: noBundle }, () => {
  const dir = mixedFolder();
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
  const auto = run({});
  const forced = run({ NIANBAO_WORKERS: '2' });
  const single = run({ NIANBAO_WORKERS: '0' });
  for (const r of [auto, forced]) {
    assert.equal(r.stdout, single.stdout);
    assert.equal(r.stderr, single.stderr);
    assert.equal(r.status, single.status);
  }
  assert.equal(single.status, 2);
});
