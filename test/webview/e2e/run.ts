// The table preview in a real VS Code (code-server + Chromium, see docs/editor-testing.md):
//   node scripts/build.mjs && node scripts/build.mjs --tests && node out/test/webview/e2e/run.js [--screenshot FILE]
// Opens a sample report with the development extension, opens the preview beside it and checks,
// inside the webview's frame: the three tables, a cell's value against the core's reading, a
// click selecting the cell in the editor, the editor's cursor marking its cell, the section
// checklist, a table copied as text (for Excel) and as HTML (for Word) read back from the
// clipboard, the CSV export through the save dialog, an edit patched into the page with its scroll
// kept, and hostile text typed into a cell drawn as text only. NIANBAO_THEME picks the colour
// theme of the screenshot (e.g. "Default Dark Modern", "Default High Contrast").
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { parseReport } from '../../../server/src/core';
import { CHROMIUM_ARGS, chromiumPath, codeServerPath, startCodeServer } from '../../e2e/editor';
import { runCommand, waitForFrame } from '../../e2e/workbench';
import { prepareWorkspace } from '../../e2e/workspace';
import { measureContrast } from './contrast';

const ROOT = resolve(__dirname, '..', '..', '..', '..');
/** VS Code's built-in colour themes, as their names in `workbench.colorTheme`. */
const THEMES = [
  ['Default Light Modern', 'Light Modern'],
  ['Default Dark Modern', 'Dark Modern'],
  ['Default High Contrast', 'Dark High Contrast'],
  ['Default High Contrast Light', 'Light High Contrast'],
] as const;
/** WCAG 2 AA for normal text. */
const MIN_CONTRAST = 4.5;
const REPORT = '海东市应急管理局.txt';

function log(message: string): void {
  console.log(`preview e2e: ${message}`);
}

async function main(): Promise<void> {
  const screenshotArg = process.argv.indexOf('--screenshot');
  const screenshot = screenshotArg > 0 ? resolve(process.argv[screenshotArg + 1]!) : join(ROOT, 'out', 'e2e', 'preview.png');
  const temp = mkdtempSync(join(tmpdir(), 'nianbao-preview-'));
  const folder = join(temp, 'workspace');
  prepareWorkspace(ROOT, folder);
  const model = parseReport(readFileSync(join(folder, REPORT), 'utf8'));
  const editor = await startCodeServer({
    codeServer: codeServerPath(ROOT),
    profile: join(temp, 'profile'),
    folder,
    settings: { 'nianbao.locale': process.env['NIANBAO_LOCALE'] ?? 'zh', 'workbench.colorTheme': process.env['NIANBAO_THEME'] ?? 'Default Light Modern', 'window.zoomLevel': 0 },
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  try {
    // Clipboard permissions, so the test can read back what the copy buttons wrote.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${editor.port}${ROOT}`]];
    await page.goto(`${editor.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.getByRole('treeitem', { name: REPORT }).click({ timeout: 30_000 });
    // The report is analysed once its language status item (the `{}` beside the language mode) says so.
    await page.locator('.statusbar-item', { hasText: /政府信息公开年报|Nianbao Report/ }).waitFor({ timeout: 60_000 });
    await page.locator('[id="status.languageStatus"]').click({ timeout: 30_000 });
    await page.locator('.hover-language-status', { hasText: /format|格式|no tables|未识别表格/ }).waitFor({ timeout: 60_000 });
    await page.keyboard.press('Escape');

    await runCommand(page, 'Nianbao: Show Table Preview to the Side');
    const frame = await waitForFrame(page, async (f) => (await f.locator('section.table').count()) === 3);
    log(`tables: ${(await frame.locator('section.table h2').allInnerTexts()).join(' | ')}`);
    log(`facts: ${(await frame.locator('.facts').innerText()).replace(/\s+/g, ' ')}`);

    // A cell's value as the core reads it.
    const cell = model.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)).find((c) => c.key === 'applications.new.total')!;
    const td = frame.locator(`td[data-key="${cell.key}"]`);
    assert.equal((await td.innerText()).trim(), String(cell.value));
    log(`${cell.key} = ${await td.innerText()} (core: ${cell.value})`);
    const marked = await frame.locator('td.finding').count();
    log(`cells with a finding: ${marked}; missing: ${await frame.locator('td.status-missing').count()}`);
    assert.ok(marked > 0, 'the findings of 海东 (missing cells) are marked');

    // Click → the cell is selected in the editor.
    await td.click();
    const { start, end } = cell.span.range;
    const status = page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ });
    // (The status bar's column counts a tab as four; the line and the selection length are exact.)
    const expected = new RegExp(`^Ln ${start.line + 1}, Col \\d+ \\(${end.character - start.character} selected\\)`);
    await waitUntil('the selection', async () => expected.test((await status.innerText()).trim()));
    log(`click selected: ${(await status.innerText()).trim()} (cell ${start.line + 1}:${start.character + 1}-${end.character + 1})`);

    // A side column: 表三 is wider than the panel. The page itself does not scroll sideways; the
    // table scrolls in its box, its 总计 column can be reached, and the row labels stay in view.
    const fit = await frame.evaluate(() => {
      const page = document.scrollingElement!;
      const box = document.querySelector<HTMLElement>('#table-applications .table-scroll')!;
      const result = { panel: page.clientWidth, pageOverflow: page.scrollWidth - page.clientWidth, table: box.scrollWidth, box: box.clientWidth, totalVisible: false, labelPinned: false };
      box.scrollLeft = box.scrollWidth;
      const edge = box.getBoundingClientRect();
      const total = document.querySelector('#table-applications th.column[data-column="total"]')!.getBoundingClientRect();
      const label = document.querySelector('#table-applications tr[data-row] th.label')!.getBoundingClientRect();
      const group = document.querySelector('#table-applications th.group-label')?.getBoundingClientRect();
      result.totalVisible = total.left >= edge.left - 1 && total.right <= edge.right + 1;
      // Pinned: the labels are at the box's left edge, not scrolled out of it.
      result.labelPinned = label.left >= edge.left - 1 && label.right < edge.right && (!group || group.left >= edge.left - 1);
      box.scrollLeft = 0;
      return result;
    });
    log(`side column: panel ${fit.panel}px, 表三 ${fit.table}px in a ${fit.box}px box; page overflow ${fit.pageOverflow}px; 总计 reachable ${fit.totalVisible}, labels pinned ${fit.labelPinned}`);
    assert.ok(fit.pageOverflow <= 1, 'the page does not scroll sideways');
    assert.ok(fit.table > fit.box, 'the test means something: 表三 is wider than the side column');
    assert.ok(fit.totalVisible, '总计 is reached by scrolling the table');
    assert.ok(fit.labelPinned, 'the row labels stay at the left while the numbers scroll');

    // The picture for the README: the report at 表三 beside its preview.
    await page.keyboard.press('Control+B');
    await page.waitForTimeout(500);
    // The top of the page: title, version, year, body, the export button and the section checklist.
    mkdirSync(dirname(screenshot), { recursive: true });
    await frame.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshot.replace(/\.png$/, '-top.png') });
    await frame.evaluate(() => {
      const top = document.getElementById('table-applications')?.getBoundingClientRect().top ?? 0;
      window.scrollTo(0, window.scrollY + top - 8);
    });
    await page.waitForTimeout(500);
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    log(`screenshot ${screenshot}`);

    // The code lens above 表四 opens the preview at that table.
    const appealsInView = () =>
      frame.evaluate(() => {
        const top = document.getElementById('table-appeals')?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < window.innerHeight - 40;
      });
    const visibleBefore = await appealsInView();
    const lensLine = model.tables[2]!.span.range.start.line;
    await goTo(page, lensLine, 0);
    await page.waitForTimeout(1500);
    await page.locator('.contentWidgets .codelens-decoration a', { hasText: /表四|Table 4/ }).first().click({ timeout: 15_000 });
    await waitUntil('表四 in view', appealsInView);
    log(`code lens above 表四 revealed the table in the preview (in view before: ${visibleBefore})`);
    assert.equal(visibleBefore, false);

    // Cursor → the cell is marked in the page.
    const other = model.tables[2]!.rows[0]!.cells[4]!;
    await goTo(page, other.span.range.start.line, other.span.range.start.character);
    await waitUntil('the cursor mark', async () => (await frame.locator('td.active').getAttribute('data-key').catch(() => null)) === other.key);
    log(`cursor at ${other.span.range.start.line + 1}:${other.span.range.start.character + 1} marks ${other.key}`);

    // The section checklist: 海东 has five of the six sections (no 其他需要报告的事项).
    assert.equal(await frame.locator('.section-list li.present').count(), 5);
    assert.equal(await frame.locator('.section-list li.missing').getAttribute('data-section'), 'other');
    log(`sections: ${(await frame.locator('.section-list').innerText()).replace(/\s+/g, ' ')}`);

    // Copy 表三 as tab-separated text (through the extension) and read the clipboard back.
    const statusMessage = (text: RegExp) => page.locator('.statusbar-item', { hasText: text }).first();
    await frame.locator('#table-applications button[data-action="copy-tsv"]').click();
    await statusMessage(/已复制表三（制表符分隔/).waitFor({ timeout: 10_000 });
    const tsv = await page.evaluate(() => navigator.clipboard.readText());
    const tsvLines = tsv.trimEnd().split(/\r?\n/);
    assert.ok(tsvLines.every((l) => l.split('\t').length === 10), 'ten columns on every line');
    assert.ok(tsvLines.some((l) => l.startsWith('一、本年新收政府信息公开申请数量\t')));
    log(`copied as text: ${tsvLines.length} lines × 10 columns`);

    // Copy 表三 for Word: HTML with its merged cells, through the page's own copy command.
    await frame.locator('#table-applications button[data-action="copy-html"]').click();
    await statusMessage(/已复制表三（表格/).waitFor({ timeout: 10_000 });
    const flavours = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const out: Record<string, string> = {};
      for (const item of items) for (const type of item.types) out[type] = await (await item.getType(type)).text();
      return out;
    });
    assert.match(flavours['text/html'] ?? '', /<caption>表三[\s\S]*colspan="7"/, `HTML on the clipboard (types: ${Object.keys(flavours).join(', ')})`);
    assert.equal(flavours['text/plain']?.replace(/\r\n/g, '\n'), tsv.replace(/\r\n/g, '\n'));
    log(`copied as HTML: ${flavours['text/html']!.length} characters, with the text version`);

    // Export the three tables as CSV: the save dialog proposes 海东市应急管理局.csv beside the report.
    await frame.locator('button[data-action="export-csv"]').click();
    const dialog = page.locator('.quick-input-widget input');
    await dialog.waitFor({ timeout: 10_000 });
    // The simple file dialog fills its input in steps (folder first, then the proposed name).
    await waitUntil('the proposed file name', async () => /海东市应急管理局\.csv$/.test(await dialog.inputValue()));
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    const csvPath = join(folder, '海东市应急管理局.csv');
    await waitUntil('the CSV file', async () => existsSync(csvPath));
    const csv = readFileSync(csvPath, 'utf8');
    assert.ok(csv.startsWith('\ufeff文件,年度,格式版本,机关,发布日期,'), csv.slice(0, 40));
    assert.ok(csv.split('\n')[1]!.startsWith('file,year,format,body,publicationDate,'), 'the keys under the Chinese head');
    assert.equal(csv.trim().split('\n').length, 3, 'two header lines and the report');
    log(`exported ${csvPath.replace(/^.*\//, '')}: ${csv.split('\n')[0]!.split(',').length} columns`);

    // Hostile text typed over a cell: drawn as text, nothing runs, the page is patched in place.
    await frame.evaluate(() => document.body.setAttribute('data-probe', 'kept'));
    // The webview host injects a script of its own (acquireVsCodeApi): count, do not forbid.
    const scripts = await frame.locator('script').count();
    await td.click();
    await page.waitForTimeout(300);
    // A scroll of the page's own, so "kept" means something (the click may leave it at the top).
    await frame.evaluate(() => window.scrollTo(0, 150));
    await page.waitForTimeout(300);
    const scrolled = await frame.evaluate(() => window.scrollY);
    assert.ok(scrolled > 100, `the page scrolled (${scrolled})`);
    // Count the updates the page receives while typing (throttled: far fewer than keystrokes).
    await frame.evaluate(() => {
      const w = window as unknown as { __updates: number };
      w.__updates = 0;
      window.addEventListener('message', (e: MessageEvent<{ type?: string }>) => void (e.data?.type === 'update' && w.__updates++));
    });
    const typed = '<img src=x onerror="top.pwned=1;document.title=1">';
    const typingStart = Date.now();
    await page.keyboard.type(typed, { delay: 20 });
    const typingMs = Date.now() - typingStart;
    await waitUntil('the edit in the page', async () => (await frame.locator('th, td', { hasText: '<img' }).count()) > 0);
    await page.waitForTimeout(800);
    const updates = await frame.evaluate(() => (window as unknown as { __updates: number }).__updates);
    log(`typing ${typed.length} characters in ${typingMs} ms: ${updates} updates of the page`);
    assert.ok(updates >= 1 && updates <= Math.ceil(typingMs / 300) + 3, `throttled (${updates} updates)`);
    assert.equal(await frame.locator('img, iframe, svg').count(), 0, 'no element from the text');
    assert.equal(await frame.locator('script').count(), scripts, 'no script from the text');
    assert.equal(await frame.locator('#root script, #root [onerror]').count(), 0);
    assert.equal(await frame.evaluate(() => document.body.getAttribute('data-probe')), 'kept', 'patched, not reloaded');
    assert.equal(await frame.evaluate(() => (top as unknown as { pwned?: number }).pwned ?? (window as unknown as { pwned?: number }).pwned), undefined);
    assert.deepEqual(dialogs, []);
    const after = await frame.evaluate(() => window.scrollY);
    log(`hostile text drawn as text; scroll ${scrolled} → ${after}`);
    // The page follows the editor's scrolling now (scroll sync), so typing may move it; a reload
    // would put it back at the top.
    assert.ok(after > 0, `scroll kept, not reset by a reload (${scrolled} → ${after})`);

    // A reload of the window restores the preview with its report (the panel serializer).
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+S');
    await page.waitForTimeout(1000);
    await runCommand(page, 'Developer: Reload Window');
    await page.waitForLoadState('load');
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(2000);
    const restored = await waitForFrame(page, async (f) => (await f.locator('section.table').count()) === 3, 60_000);
    log(`after a reload: ${await restored.locator('h1').innerText()}`);

    // The preview follows the active report editor.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('满洲里市应急管理局2020');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: '满洲里' }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    const followed = await waitForFrame(page, async (f) => (await f.locator('h1').innerText()).includes('满洲里'), 30_000);
    log(`followed the active editor: ${await followed.locator('h1').innerText()} (${await followed.locator('.facts').innerText()})`.replace(/\s+/g, ' '));
    assert.equal(await followed.locator('.section-list li.present').count(), 6);

    // Readable in every built-in theme, both high-contrast ones included: each kind of text on the
    // page against what is behind it, at WCAG AA for normal text.
    const failures: string[] = [];
    for (const [theme, label] of THEMES) {
      // Picked as a user does (the settings file is not re-read while the window runs).
      await page.locator('.monaco-editor .view-lines').first().click();
      // Ctrl+K Ctrl+T: the colour theme picker (the palette's first row may be the Marketplace's).
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+T');
      await page.locator('.quick-input-widget input').fill(label);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: new RegExp(`^${label}`) }).first().waitFor({ timeout: 15_000 });
      await page.keyboard.press('Enter');
      const shown = await waitForFrame(page, async (f) => (await f.evaluate(() => document.body.dataset['vscodeThemeId'] ?? '')) === theme && (await f.locator('section.table').count()) === 3, 30_000);
      await shown.locator('td.cell').first().hover();
      await page.mouse.move(0, 0);
      const results = await measureContrast(shown);
      const low = results.filter((r) => r.count > 0 && r.min < MIN_CONTRAST);
      log(`${theme}: lowest ${Math.min(...results.filter((r) => r.count).map((r) => r.min)).toFixed(2)}:1 over ${results.reduce((n, r) => n + r.count, 0)} texts`);
      for (const r of low) failures.push(`${theme}: ${r.selector} ${r.min}:1 ("${r.text}")`);
    }
    assert.deepEqual(failures, [], 'every text readable in every theme');
    log('passed');
  } catch (error) {
    const page = browser.contexts()[0]?.pages()[0];
    if (page) {
      await page.screenshot({ path: join(ROOT, 'out', 'e2e', 'preview-failure.png') }).catch(() => undefined);
      log(`status bar: ${(await page.locator('.statusbar').innerText().catch(() => '')).replace(/\s+/g, ' ')}`);
    }
    throw error;
  } finally {
    await browser.close();
    await editor.stop();
    rmSync(temp, { recursive: true, force: true });
  }
}

async function goTo(page: Page, line: number, character: number): Promise<void> {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').fill(`:${line + 1}:${character + 1}`);
  await page.keyboard.press('Enter');
}

async function waitUntil(what: string, probe: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
