// Runs the node:test files under a folder of out/test: `node scripts/run-node-tests.mjs out/test/lsp`.
// Node 20's `node --test` takes no glob patterns, so the files are listed here. A missing folder
// means no tests of that kind yet, which is not a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/run-node-tests.mjs DIR [node --test options]');
  process.exit(2);
}

function find(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return find(path);
    return name.endsWith('.test.js') ? [path] : [];
  });
}

const files = find(dir).sort();
if (files.length === 0) {
  console.log(`no tests under ${dir}`);
  process.exit(0);
}
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...process.argv.slice(3), ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
