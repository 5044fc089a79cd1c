// Runs the extension-host suite (suite/index.ts) inside code-server, driven by playwright-core
// and Debian's Chromium (see shared/spec/editor-testing.md):
//   node out/test/e2e/run.js [--screenshot FILE]
// Exit status: the suite's (0 = every test passed).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, codeServerPath, startCodeServer } from './editor';
import { prepareWorkspace } from './workspace';

const ROOT = resolve(__dirname, '..', '..', '..');
const TIMEOUT_MS = Number(process.env['NIANBAO_E2E_TIMEOUT_MS'] ?? 300_000);

async function main(): Promise<number> {
  const screenshotArg = process.argv.indexOf('--screenshot');
  const screenshot = screenshotArg > 0 ? resolve(process.argv[screenshotArg + 1]!) : join(ROOT, 'out', 'e2e', 'last.png');
  const codeServer = codeServerPath(ROOT);
  const temp = mkdtempSync(join(tmpdir(), 'nianbao-e2e-'));
  const folder = join(temp, 'workspace');
  prepareWorkspace(ROOT, folder);
  const editor = await startCodeServer({ codeServer, profile: join(temp, 'profile'), folder });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let finish!: (code: number) => void;
    const exited = new Promise<number>((resolveExit) => (finish = resolveExit));
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const line = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
    });
    const remote = (path: string) => `vscode-remote://127.0.0.1:${editor.port}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js'))],
    ];
    const url = `${editor.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    console.log(`e2e: code-server ${editor.url}, workspace ${folder}`);
    await page.goto(url);
    const timeout = new Promise<number>((resolveTimeout) =>
      setTimeout(() => {
        console.error(`e2e: no result after ${TIMEOUT_MS} ms`);
        resolveTimeout(1);
      }, TIMEOUT_MS).unref(),
    );
    const code = await Promise.race([exited, timeout]);
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot }).catch(() => undefined);
    if (code !== 0) console.error(`e2e: failed (exit ${code}); screenshot ${screenshot}\n--- code-server log ---\n${editor.log()}`);
    return code;
  } finally {
    await browser.close();
    await editor.stop();
    rmSync(temp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
