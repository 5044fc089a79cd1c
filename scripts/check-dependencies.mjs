// The architecture's import rules, checked over every source file (`npm run check:deps`, part of
// `npm test`). Imports are read with the TypeScript compiler's own pre-processor, so the check
// sees exactly what the compiler resolves (static imports, `import type`, `export … from`,
// dynamic `import()` and `require`).
//
// - The core (server/src/core) is a library: no `vscode`, no LSP connection, nothing of the server
//   glue (server/src/lsp) or the command line (server/src/cli).
// - Rules read the report model, not the parser: nothing of server/src/core/parse from the rules.
// - The relation evaluator (server/src/core/relations) is below everything that uses it.
// - The language server and the command line reach the core only through its facade (core/index.ts).
// - The client and the webview share types with the server through shared/, not each other's files.
// - The shared folder (protocol, preview messages, report detection, the CSV sheet) is neutral
//   ground between the client, the server and the webview: it imports none of them, only the
//   core's types and data.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');

/** [which files, what they must not import, why] — targets are repository paths or package names. */
const RULES = [
  {
    from: 'server/src/core/',
    forbidden: [/^vscode$/, /^vscode-languageserver/, /^vscode-languageclient/, /^server\/src\/lsp\//, /^server\/src\/cli\//, /^client\//],
    why: 'the core is a pure library used by the server, the command line and the tests',
  },
  { from: 'server/src/core/rules/', forbidden: [/^server\/src\/core\/parse\//], why: 'rules read the report model, not parser internals' },
  {
    from: 'server/src/core/relations/',
    forbidden: [/^server\/src\/core\/(parse|rules|fixes|hovers)\//],
    why: 'the one relation evaluator sits below parsing, rules, hovers and fixes, which all use it',
  },
  {
    from: 'server/src/lsp/',
    forbidden: [/^server\/src\/core\/./],
    why: 'the language server uses the core through its facade (server/src/core/index.ts: createNianbaoService and its types)',
  },
  {
    from: 'server/src/cli/',
    forbidden: [/^server\/src\/core\/./],
    why: 'the command line uses the core through its facade (server/src/core/index.ts: createNianbaoService and its types)',
  },
  { from: 'client/', forbidden: [/^server\/src\/lsp\//, /^server\/src\/cli\//], why: 'the client talks to the server through shared/ (protocol, detection, CSV)' },
  { from: 'webview/', forbidden: [/^client\//, /^server\/src\/lsp\//, /^vscode$/], why: 'the webview shares types through shared/, not the client' },
  {
    from: 'shared/',
    forbidden: [/^client\//, /^webview\//, /^server\/src\/lsp\//, /^server\/src\/cli\//, /^vscode$/, /^vscode-languageserver/, /^vscode-languageclient/],
    why: 'shared/ is neutral ground (it may use the core)',
  },
];

function sourceFiles(dir) {
  let names;
  try {
    names = readdirSync(join(root, dir));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** A module specifier as a repository path (relative imports) or a package name. */
function target(file, specifier) {
  if (!specifier.startsWith('.')) return specifier.startsWith('node:') ? specifier : specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
  return relative(root, resolve(root, dirname(file), specifier)).split('\\').join('/');
}

const violations = [];
const files = ['server/src', 'client/src', 'webview/src', 'shared'].flatMap(sourceFiles);
for (const file of files) {
  const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
  for (const imported of info.importedFiles) {
    const to = target(file, imported.fileName);
    for (const rule of RULES) {
      if (!file.startsWith(rule.from)) continue;
      if (rule.forbidden.some((re) => re.test(to))) violations.push(`${file}: imports ${imported.fileName} — ${rule.why}`);
    }
  }
}

if (violations.length > 0) {
  console.error(`check-dependencies: ${violations.length} forbidden import(s)\n${violations.map((v) => `  ${v}`).join('\n')}`);
  process.exit(1);
}
console.log(`check-dependencies: ${files.length} files, no forbidden import`);
