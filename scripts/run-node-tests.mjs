// Runs the node:test files under a folder of out/test: `node scripts/run-node-tests.mjs out/test/lsp`.
// Node 20's `node --test` takes no glob patterns, so the files are listed here. A missing folder
// means no tests of that kind yet, which is not a failure.
//
// Each file runs as a `node --test` process of its own, under a watchdog: a file that does not end
// within NIANBAO_TEST_FILE_MINUTES (default 15) is killed with everything it started, named, and
// fails the run. A file whose tests all passed but which keeps a browser or a server open would
// otherwise hang the whole run without a word (it did, in CI). `--test-force-exit` is no cure:
// it ended a file before its last tests had run, and they were not reported as failed.
//
// With NIANBAO_TESTS_NO_SKIP=1 (set by .ci/run, where every tool is installed) a skipped test
// fails the run: there a skip can only mean a test that silently stopped testing.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/run-node-tests.mjs DIR [node --test options]');
  process.exit(2);
}
const options = process.argv.slice(3);
const limitMs = Number(process.env.NIANBAO_TEST_FILE_MINUTES || 15) * 60_000;
const noSkip = process.env.NIANBAO_TESTS_NO_SKIP === '1';

function find(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return find(path);
    return name.endsWith('.test.js') ? [path] : [];
  });
}

const COUNTS = ['tests', 'pass', 'fail', 'cancelled', 'skipped', 'todo'];

/** Runs one test file; resolves with its output, exit status, the counts it reported, and whether the watchdog ended it. */
function runFile(file) {
  return new Promise((resolve) => {
    const started = Date.now();
    // Its own process group, so that the watchdog can end the browsers and servers it started too.
    const child = spawn(process.execPath, ['--test', '--test-reporter=spec', ...options, file], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, limitMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      const counts = Object.fromEntries(
        COUNTS.map((name) => [name, Number(new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(output)?.[1] ?? 0)]),
      );
      resolve({ file, output, status, counts, timedOut, seconds: (Date.now() - started) / 1000 });
    });
  });
}

const files = find(dir).sort();
if (files.length === 0) {
  console.log(`no tests under ${dir}`);
  process.exit(0);
}

// As many files at once as `node --test` itself would run; each file's output is printed whole
// when it ends, so that files running side by side do not interleave their lines.
const queue = [...files];
const results = [];
async function worker() {
  for (let file = queue.shift(); file; file = queue.shift()) {
    const result = await runFile(file);
    process.stdout.write(result.output);
    if (result.timedOut) console.log(`✖ ${file}: still running after ${limitMs / 60_000} min, killed`);
    results.push(result);
  }
}
await Promise.all(Array.from({ length: Math.max(1, availableParallelism() - 1) }, worker));

const total = Object.fromEntries(COUNTS.map((name) => [name, results.reduce((n, r) => n + r.counts[name], 0)]));
const problems = [];
for (const r of results) {
  if (r.timedOut) problems.push(`${r.file}: killed after ${limitMs / 60_000} min (a test that never ends, or a handle left open)`);
  else if (r.status !== 0) problems.push(`${r.file}: exit status ${r.status}`);
  else if (r.counts.tests === 0) problems.push(`${r.file}: reported no tests`);
}
if (noSkip && total.skipped + total.todo > 0) problems.push(`${total.skipped + total.todo} tests skipped (NIANBAO_TESTS_NO_SKIP=1)`);

const slowest = [...results].sort((a, b) => b.seconds - a.seconds).slice(0, 3);
console.log(`\n${dir}: ${files.length} files, ${COUNTS.map((name) => `${name} ${total[name]}`).join(', ')}`);
console.log(`slowest files: ${slowest.map((r) => `${r.file.slice(dir.length + 1)} ${r.seconds.toFixed(0)} s`).join(', ')}`);
for (const p of problems) console.log(`✖ ${p}`);
process.exit(problems.length > 0 ? 1 : 0);
