// One build script for every bundle: `node scripts/build.mjs [--tests] [--watch] [--production]`.
// Entry points that do not exist yet are skipped, so the tree can grow one piece at a time.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeIcon } from './icon.mjs';
import { loadRules, writeNoticePages, writeRulePages } from './rule-docs.mjs';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const withTests = args.has('--tests');

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const nodeBundle = {
  define: { __NIANBAO_VERSION__: JSON.stringify(version) },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  // vscode is provided by the editor; everything else is bundled so the .vsix needs no node_modules.
  external: ['vscode'],
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
  { ...nodeBundle, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js' },
  { ...nodeBundle, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { ...nodeBundle, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  // The command line's worker threads, started by dist/cli.js from the file beside it.
  { ...nodeBundle, entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/cli-worker.js' },
  {
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    sourcemap: production ? false : 'linked',
    minify: production,
    logLevel: 'warning',
    entryPoints: ['webview/src/main.ts'],
    outfile: 'dist/media/preview.js',
  },
  // The preview's style sheet beside its script: the webview may load from dist/media only.
  { bundle: true, minify: production, logLevel: 'warning', entryPoints: ['webview/media/preview.css'], outfile: 'dist/media/preview.css' },
].filter((b) => b.entryPoints.every((e) => existsSync(e)));

function findTests(dir) {
  if (!existsSync(dir)) return [];
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...findTests(path));
    else if (/\.(test|suite|bench)\.ts$|^(bench|index|run)\.ts$/.test(name)) found.push(path);
  }
  return found;
}

if (withTests) {
  const entries = findTests('test');
  if (entries.length > 0) {
    builds.push({
      ...nodeBundle,
      // playwright-core finds its own files at run time; the e2e driver loads it from node_modules.
      external: [...nodeBundle.external, 'playwright-core'],
      entryPoints: Object.fromEntries(entries.map((e) => [relative('test', e).replace(/\.ts$/, ''), e])),
      outdir: 'out/test',
    });
  }
}

// pdf.js is not bundled: it is an ES module loaded on the first PDF (core/documents/pdf.ts), from
// dist/pdfjs beside the server and command-line bundles. Only the minified main and worker
// modules are shipped.
mkdirSync('dist/pdfjs', { recursive: true });
for (const name of ['pdf.min.mjs', 'pdf.worker.min.mjs']) copyFileSync(join('node_modules/pdfjs-dist/legacy/build', name), join('dist/pdfjs', name));

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}

// One page per rule beside the server: where each diagnostic's code links (a file inside the
// extension, so the link works offline and whatever the packager does to the README's name).
writeRulePages(await loadRules(), 'dist/rules');
writeNoticePages('README.md', 'dist/rules');
// The icon (drawn by scripts/icon.mjs; no binary in the repository).
writeIcon('dist/media/icon.png');
