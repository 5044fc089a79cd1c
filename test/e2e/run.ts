// Runs the extension-host suite (suite/index.ts) inside code-server, driven by playwright-core
// and Debian's Chromium (see docs/editor-testing.md):
//   node out/test/e2e/run.js
// Exit status: the suite's (0 = every test passed), 124 when the run passed its time limit
// (NIANBAO_E2E_TIMEOUT_MS, default 5 minutes). Left behind in out/e2e/suite/ (ignored by git):
// extension-host.log (the suite's console), code-server.log, logs/ (code-server's own log folder,
// with the extension host's and the Nianbao output channel's logs), screenshots/*.png of the
// moments the suite asks for, and final.png.
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, codeServerPath, startCodeServer } from './editor';
import { guarded } from './lifecycle';
import { SCREENSHOT_ENV, screenshotRequest } from './suite/screenshots';
import { prepareWorkspace } from './workspace';

const ROOT = resolve(__dirname, '..', '..', '..');
const OUT = join(ROOT, 'out', 'e2e', 'suite');
const LIMIT_MS = Number(process.env['NIANBAO_E2E_TIMEOUT_MS'] ?? 300_000);
/** Time kept back from the limit to take the last screenshot and collect the logs. */
const MARGIN_MS = Math.min(20_000, LIMIT_MS / 4);

/** A screenshot of the page, and what the webview shows (its tables), for the suite to read. */
async function takeScreenshot(page: Page, dir: string, name: string): Promise<void> {
  await page.screenshot({ path: join(dir, `${name}.png`) }).catch((error: unknown) => console.error(`e2e: screenshot ${name}: ${String(error)}`));
  let tables = 0;
  let showing: string | null = null;
  let cells: Record<string, string> = {};
  let topTable: string | null = null;
  for (const frame of page.frames()) {
    const count = await frame.locator('#root section.table').count().catch(() => 0);
    if (count <= tables) continue;
    tables = count;
    showing = await frame.locator('#root .showing').first().textContent({ timeout: 2000 }).catch(() => null);
    cells = await frame
      .evaluate(() => Object.fromEntries(Array.from(document.querySelectorAll<HTMLElement>('#root [data-key]')).map((e) => [e.dataset['key'] ?? '', e.textContent ?? ''])))
      .catch(() => ({}));
    // The table at the top of the page's viewport (where the page scrolled to).
    topTable = await frame
      .evaluate(() => {
        for (const section of Array.from(document.querySelectorAll<HTMLElement>('#root section.table'))) {
          const box = section.getBoundingClientRect();
          if (box.top <= 40 && box.bottom > 40) return section.dataset['table'] ?? null;
        }
        return null;
      })
      .catch(() => null);
  }
  // The active editor tab's title as the workbench draws it (the extension API's tab labels of
  // some editors, such as walkthroughs, are not the ones shown).
  const activeTab = await page.locator('.tabs-container .tab.active').first().innerText({ timeout: 2000 }).catch(() => '');
  // Written whole, then renamed: the suite waits for the file and must not read half of it.
  writeFileSync(join(dir, `${name}.json.part`), JSON.stringify({ tables, showing, cells, topTable, activeTab }));
  renameSync(join(dir, `${name}.json.part`), join(dir, `${name}.json`));
}

async function runSuite(shutdown: Parameters<Parameters<typeof guarded>[1]>[0]): Promise<number> {
  const started = Date.now();
  rmSync(OUT, { recursive: true, force: true });
  const screenshots = join(OUT, 'screenshots');
  mkdirSync(screenshots, { recursive: true });
  const hostLog = join(OUT, 'extension-host.log');
  writeFileSync(hostLog, '');

  const codeServer = codeServerPath(ROOT);
  const temp = mkdtempSync(join(tmpdir(), 'nianbao-e2e-'));
  shutdown.add('remove the temporary profile and workspace', () => rmSync(temp, { recursive: true, force: true }));
  const folder = join(temp, 'workspace');
  const profile = join(temp, 'profile');
  prepareWorkspace(ROOT, folder);
  const editor = await startCodeServer({ codeServer, profile, folder, env: { [SCREENSHOT_ENV]: screenshots } });
  shutdown.add('collect the logs', () => {
    writeFileSync(join(OUT, 'code-server.log'), editor.log());
    const logs = join(profile, 'user-data', 'logs');
    if (existsSync(logs)) cpSync(logs, join(OUT, 'logs'), { recursive: true });
  });
  shutdown.add('stop code-server', () => editor.stop());
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true, handleSIGINT: false, handleSIGTERM: false });
  shutdown.add('close the browser', () => browser.close());

  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  let finish!: (code: number) => void;
  const exited = new Promise<number>((resolveExit) => (finish = resolveExit));
  await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
  let pending = Promise.resolve();
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
    const line = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
    appendFileSync(hostLog, `[${type}] ${line}\n`);
    const name = screenshotRequest(line);
    if (name) pending = pending.then(() => takeScreenshot(page, screenshots, name));
  });
  const remote = (path: string) => `vscode-remote://127.0.0.1:${editor.port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(ROOT)],
    ['extensionTestsPath', remote(join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js'))],
  ];
  const url = `${editor.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  console.log(`e2e: code-server ${editor.url}, workspace ${folder}`);
  await page.goto(url);
  let timer: NodeJS.Timeout | undefined;
  const suiteLimit = new Promise<number>((resolveLimit) => {
    timer = setTimeout(() => {
      console.error(`e2e: the suite gave no result within ${LIMIT_MS - MARGIN_MS} ms`);
      resolveLimit(124);
    }, Math.max(0, LIMIT_MS - MARGIN_MS - (Date.now() - started)));
  });
  const code = await Promise.race([exited, suiteLimit]);
  clearTimeout(timer);
  await pending;
  await takeScreenshot(page, OUT, 'final');
  console.log(`e2e: exit ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s; logs and screenshots in ${OUT}`);
  if (code !== 0) console.error(`e2e: failed (exit ${code})\n--- code-server log ---\n${editor.log()}`);
  return code;
}

guarded({ limitMs: LIMIT_MS, label: 'e2e' }, runSuite).then((code) => process.exit(code));
