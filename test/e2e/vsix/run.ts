// The packaged extension as a user gets it: `npm run package`, `code-server --install-extension
// nianbao-X.Y.Z.vsix`, then a person's view through Chromium: open a report from the explorer,
// see the status bar and the diagnostics, run "check every report in the workspace" from the
// command palette, see the Problems panel.
//   node out/test/e2e/vsix/run.js [--screenshots DIR]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, codeServerPath, startCodeServer } from '../editor';
import { guarded, type Shutdown } from '../lifecycle';
import { runCommand, waitForFrame } from '../workbench';
import { prepareWorkspace } from '../workspace';

const ROOT = resolve(__dirname, '..', '..', '..', '..');
const REPORT = '海东市应急管理局.txt';

function log(message: string): void {
  console.log(`vsix: ${message}`);
}

async function main(shutdown: Shutdown): Promise<number> {
  const screenshotsArg = process.argv.indexOf('--screenshots');
  const screenshots = screenshotsArg > 0 ? resolve(process.argv[screenshotsArg + 1]!) : join(ROOT, 'out', 'e2e', 'vsix');
  mkdirSync(screenshots, { recursive: true });
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

  // The production build and vsce, exactly as a release is made.
  execFileSync('npm', ['run', 'package', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const vsix = join(ROOT, `nianbao-${version}.vsix`);
  const size = readFileSync(vsix).length;
  log(`packaged ${vsix} (${(size / 1024).toFixed(1)} KB)`);

  const codeServer = codeServerPath(ROOT);
  const temp = mkdtempSync(join(tmpdir(), 'nianbao-vsix-'));
  shutdown.add('remove the temporary profile and workspace', () => rmSync(temp, { recursive: true, force: true }));
  const profile = join(temp, 'profile');
  mkdirSync(join(profile, 'extensions'), { recursive: true });
  mkdirSync(join(profile, 'user-data'), { recursive: true });
  // A fresh profile, installed into the way a user does it.
  const installed = execFileSync(
    codeServer,
    ['--install-extension', vsix, '--extensions-dir', join(profile, 'extensions'), '--user-data-dir', join(profile, 'user-data')],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  log(installed.trim().split('\n').at(-1) ?? '');
  // The rule pages diagnostics link to are in the installed extension, under the names linked.
  const installedDir = readdirSync(join(profile, 'extensions')).find((name) => name.startsWith('nianbao.'));
  const rulePage = installedDir ? join(profile, 'extensions', installedDir, 'dist', 'rules', 'applications-row-total.md') : '';
  if (!rulePage || !existsSync(rulePage)) throw new Error(`the packaged extension lacks its rule pages (${rulePage || 'no extension folder'})`);
  log(`rule pages installed: ${readdirSync(join(rulePage, '..')).length}`);
  const folder = join(temp, 'workspace');
  prepareWorkspace(ROOT, folder, { extras: false });
  const editor = await startCodeServer({
    codeServer,
    profile,
    folder,
    settings: { 'nianbao.locale': 'zh', 'workbench.colorTheme': 'Default Light Modern', 'window.zoomLevel': 0 },
  });
  shutdown.add('stop code-server', () => editor.stop());
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true, handleSIGINT: false, handleSIGTERM: false });
  shutdown.add('close the browser', () => browser.close());
  try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${editor.url}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });

    await page.getByRole('treeitem', { name: REPORT }).click({ timeout: 30_000 });
    // The report's status is a language status item: the `{}` beside the language mode opens it.
    const language = page.locator('.statusbar-item', { hasText: /政府信息公开年报|Nianbao Report/ });
    await language.waitFor({ timeout: 30_000 });
    // The status shows the format once the report is parsed and the count once its diagnostics
    // arrive (a moment later on a busy machine): opened again until it counts them, 30 s at most.
    // Seed 002 has six findings: the status bar counts them and F8 opens the first one inline.
    const counted = /(\d+) *(findings|个问题)/;
    let statusText = '';
    for (const deadline = Date.now() + 30_000; ; ) {
      await page.waitForTimeout(1000);
      await page.locator('[id="status.languageStatus"]').click({ timeout: 10_000 });
      const status = page.locator('.hover-language-status', { hasText: /format|格式|no tables|未识别表格/ });
      await status.waitFor({ timeout: 15_000 });
      statusText = (await status.innerText()).replace(/\s+/g, ' ').trim();
      await page.keyboard.press('Escape');
      if (counted.test(statusText) || Date.now() > deadline) break;
    }
    log(`language status: ${statusText}`);
    const count = counted.exec(statusText);
    if (!count || Number(count[1]) === 0) throw new Error(`no findings in the status bar: ${statusText}`);
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('F8');
    const marker = page.locator('.marker-widget');
    await marker.waitFor({ timeout: 15_000 });
    log(`first finding: ${(await marker.innerText()).split('\n')[0]}`);
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(screenshots, 'screenshot-report.png') });
    await page.keyboard.press('Escape');

    await runCommand(page, 'Nianbao: Show Table Preview');
    const rendered = await waitForFrame(page, async (frame) => (await frame.locator('#root section.table').count()) > 0);
    log(`preview: ${await rendered.locator('#root section.table h2').count()} tables rendered in the webview`);
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(screenshots, 'screenshot-preview.png') });
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+W');

    await runCommand(page, 'Nianbao: Check Every Report in the Workspace');
    const done = page.locator('.notification-toast', { hasText: /Checked \d+ reports|已检查/ });
    await done.waitFor({ timeout: 60_000 });
    log(`notification: ${(await done.innerText()).replace(/\s+/g, ' ')}`);
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor({ timeout: 10_000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(screenshots, 'screenshot-problems.png') });
    log(`screenshots in ${screenshots}`);
    return 0;
  } catch (error) {
    const pages = browser.contexts().flatMap((c) => c.pages());
    await pages[0]?.screenshot({ path: join(screenshots, 'failure.png') }).catch(() => undefined);
    console.error(`vsix: failed: ${String(error)}\n--- code-server log ---\n${editor.log()}`);
    return 1;
  }
}

const LIMIT_MS = Number(process.env['NIANBAO_E2E_TIMEOUT_MS'] ?? 300_000);
guarded({ limitMs: LIMIT_MS, label: 'vsix' }, main).then((code) => process.exit(code));
