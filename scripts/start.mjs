// `npm start`: build, then open the extension with the sample reports — in a local VS Code
// (`code` on the PATH) as an extension development host, otherwise in the code-server of the e2e
// harness (installed into the cache on first use), printing the URL to open in a browser.
// Options: --code-server (skip local VS Code), PORT=8080 npm start.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const samples = join(root, 'samples');

execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });

const hasCode = !process.argv.includes('--code-server') && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  console.log('Opening VS Code with the extension under development and samples/ …');
  spawn('code', ['--extensionDevelopmentPath', root, samples], { stdio: 'inherit', detached: true }).unref();
} else {
  const codeServer = execFileSync('bash', [join(root, 'scripts', 'install-code-server.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
    .trim()
    .split('\n')
    .at(-1);
  const port = Number(process.env.PORT ?? 8765);
  const profile = join(process.env.NIANBAO_CACHE ?? join(homedir(), '.cache', 'nianbao'), 'start-profile');
  mkdirSync(join(profile, 'user-data', 'User'), { recursive: true });
  mkdirSync(join(profile, 'extensions'), { recursive: true });
  writeFileSync(
    join(profile, 'user-data', 'User', 'settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false }, null, 2),
  );
  const child = spawn(
    codeServer,
    [
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-workspace-trust',
      '--disable-telemetry',
      '--disable-update-check',
      '--user-data-dir', join(profile, 'user-data'),
      '--extensions-dir', join(profile, 'extensions'),
      samples,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${root}`]]);
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(samples)}&payload=${encodeURIComponent(payload)}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  console.log(`\nNo local VS Code found: code-server runs the extension with samples/.\nOpen in a browser:\n\n  ${url}\n\n(Ctrl+C to stop; rebuild with \`npm run build\` and reload the page after changes.)`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGTERM'));
  child.on('exit', (code) => process.exit(code ?? 0));
}
