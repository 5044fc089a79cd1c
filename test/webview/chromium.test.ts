// The built page (dist/media/preview.js and preview.css) in Chromium, with a stand-in for the
// API VS Code gives a webview (acquireVsCodeApi: postMessage, getState, setState): its rendering
// under the real CSP, the messages it sends (ready, select, copy, copied, exportCsv) and answers
// (update, highlight, revealTable), scroll kept across updates and restored from saved state,
// hostile text inert, and the theme's colours applied (light, dark, high contrast). Screenshots
// of the three themes go to out/webview/ (never committed).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { previewHtml } from '../../client/src/preview/html';
import type { FromWebview, PreviewData, ToWebview } from '../../shared/previewMessages';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/editor';
import { repoRoot } from '../support/fixtures';
import { dataOf, sample, strings } from './support';

const ORIGIN = 'http://preview.test';
const MEDIA = join(repoRoot(), 'dist', 'media');
const REPORT = '满洲里市应急管理局2020年政府信息公开工作年度报告.txt';

/** A few of the colours VS Code hands a webview, per theme kind (body class). */
const THEMES: Record<string, Record<string, string>> = {
  'vscode-light': {
    'editor-background': '#ffffff', 'editor-foreground': '#3b3b3b', 'editorWidget-border': '#c8c8c8',
    'errorForeground': '#f85149', 'descriptionForeground': '#717171', 'badge-background': '#cccccc', 'badge-foreground': '#3b3b3b',
    'button-secondaryBackground': '#e5e5e5', 'button-secondaryForeground': '#3b3b3b', 'focusBorder': '#005fb8',
    'inputValidation-errorBackground': '#f2dede', 'inputValidation-errorBorder': '#be1100', 'editor-selectionBackground': '#add6ff',
    'editor-font-family': 'monospace', 'font-family': 'sans-serif',
  },
  'vscode-dark': {
    'editor-background': '#1f1f1f', 'editor-foreground': '#cccccc', 'editorWidget-border': '#454545',
    'errorForeground': '#f85149', 'descriptionForeground': '#9d9d9d', 'badge-background': '#616161', 'badge-foreground': '#f8f8f8',
    'button-secondaryBackground': '#313131', 'button-secondaryForeground': '#cccccc', 'focusBorder': '#0078d4',
    'inputValidation-errorBackground': '#5a1d1d', 'inputValidation-errorBorder': '#be1100', 'editor-selectionBackground': '#264f78',
    'editor-font-family': 'monospace', 'font-family': 'sans-serif',
  },
  'vscode-high-contrast': {
    'editor-background': '#000000', 'editor-foreground': '#ffffff', 'editorWidget-border': '#6fc3df', 'contrastBorder': '#6fc3df',
    'contrastActiveBorder': '#f38518', 'errorForeground': '#f48771', 'descriptionForeground': '#ffffff', 'badge-background': '#000000',
    'badge-foreground': '#ffffff', 'button-secondaryBackground': '#000000', 'button-secondaryForeground': '#ffffff', 'focusBorder': '#f38518',
    'editor-font-family': 'monospace', 'font-family': 'sans-serif',
  },
};

let browser: Browser;

before(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
});
after(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  posted: () => Promise<FromWebview[]>;
  send: (message: ToWebview) => Promise<void>;
}

/** Opens the preview shell as the panel writes it, served from a fake webview origin. */
async function open(options: { theme?: string; state?: unknown } = {}): Promise<Opened> {
  const theme = options.theme ?? 'vscode-light';
  const context = await browser.newContext({ viewport: { width: 1100, height: 700 } });
  const page = await context.newPage();
  const html = previewHtml({ cspSource: ORIGIN, scriptUri: `${ORIGIN}/media/preview.js`, styleUri: `${ORIGIN}/media/preview.css`, lang: 'zh-CN', strings });
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: html });
    const file = path.match(/^\/media\/(preview\.(?:js|css))$/)?.[1];
    if (!file) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ contentType: file.endsWith('.js') ? 'text/javascript' : 'text/css', body: readFileSync(join(MEDIA, file)) });
  });
  await page.addInitScript(
    ({ state, theme, colours }) => {
      const w = window as unknown as Record<string, unknown>;
      w['__posted'] = [];
      w['__violations'] = [];
      w['__state'] = state;
      w['acquireVsCodeApi'] = () => ({
        postMessage: (m: unknown) => (w['__posted'] as unknown[]).push(m),
        getState: () => w['__state'],
        setState: (s: unknown) => void (w['__state'] = s),
      });
      document.addEventListener('securitypolicyviolation', (e) => (w['__violations'] as string[]).push(`${e.violatedDirective} ${e.blockedURI}`));
      // What the page's copy handler put on the clipboard, read after it (bubbling to window).
      window.addEventListener('copy', (e) => {
        w['__copied'] = { html: e.clipboardData?.getData('text/html'), text: e.clipboardData?.getData('text/plain') };
      });
      document.addEventListener('DOMContentLoaded', () => {
        document.body.classList.add(theme);
        for (const [name, value] of Object.entries(colours)) document.documentElement.style.setProperty(`--vscode-${name}`, value);
      });
    },
    { state: options.state, theme, colours: THEMES[theme]! },
  );
  await page.goto(`${ORIGIN}/`);
  const posted = () => page.evaluate(() => (window as unknown as { __posted: FromWebview[] }).__posted);
  const send = (message: ToWebview) => page.evaluate((m) => window.postMessage(m, '*'), message);
  return { page, posted, send };
}

function data(text = sample(REPORT)): PreviewData {
  return dataOf(text).data;
}

test('the page reports in, draws the three tables and the checklist, under the CSP with no violation', async () => {
  const { page, posted, send } = await open();
  assert.deepEqual(await posted(), [{ type: 'ready' }]);
  await send({ type: 'update', data: data() });
  await page.locator('section.table').nth(2).waitFor();
  assert.deepEqual(await page.locator('section.table').evaluateAll((s) => s.map((e) => e.getAttribute('data-table'))), ['proactive', 'applications', 'appeals']);
  assert.equal(await page.locator('.section-list li.present').count(), 6);
  assert.match(await page.locator('.facts').innerText(), /2019版格式[\s\S]*2020年度/);
  const { model } = dataOf(sample(REPORT));
  const cell = model.tables[1]!.rows.find((r) => r.id === 'new')!.cells[6]!;
  assert.equal(await page.locator(`td[data-key="${cell.key}"]`).innerText(), String(cell.value));
  // Merged headers really merge: 申请人情况 spans the seven number columns in the browser too.
  assert.equal(await page.locator('#table-applications th.column-group', { hasText: '申请人情况' }).getAttribute('colspan'), '7');
  assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
  await page.context().close();
});

test('a click on a cell asks to select its range; the cursor message marks a cell; revealTable scrolls', async () => {
  const { page, posted, send } = await open();
  await send({ type: 'update', data: data() });
  const { model } = dataOf(sample(REPORT));
  const cell = model.tables[2]!.rows[0]!.cells[3]!;
  await page.locator(`td[data-key="${cell.key}"]`).click();
  assert.deepEqual((await posted()).at(-1), { type: 'select', range: cell.span.range });
  await page.locator('.section-list li[data-section="problems"]').click();
  const heading = model.sections.find((s) => s.id === 'problems')!.heading.range;
  assert.deepEqual((await posted()).at(-1), { type: 'select', range: heading });
  await send({ type: 'highlight', key: model.tables[0]!.rows[0]!.cells[0]!.key });
  assert.equal(await page.locator('td.active').getAttribute('data-key'), model.tables[0]!.rows[0]!.cells[0]!.key);
  const topOf = () => page.evaluate(() => document.getElementById('table-appeals')!.getBoundingClientRect().top);
  await page.evaluate(() => window.scrollTo(0, 0));
  assert.ok((await topOf()) > 700, '表四 below the fold');
  await send({ type: 'revealTable', table: 'appeals' });
  const top = await topOf();
  assert.ok(top >= 0 && top < 700, `表四 in view (${top})`);
  await page.context().close();
});

test('an update patches the page in place and keeps the scroll; the saved scroll comes back on reload', async () => {
  const { page, send } = await open();
  await send({ type: 'update', data: data() });
  await page.evaluate(() => window.scrollTo(0, 600));
  await page.evaluate(() => document.querySelector('section.table')!.setAttribute('data-probe', 'kept'));
  const edited = sample(REPORT).replace(/其他对外管理服务事项([\s\S]*?)第二十条第（六）项/, (m) => m.replace(/\t\u3000\n/g, '\t7\n'));
  await send({ type: 'update', data: data(edited) });
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.scrollY), 600);
  assert.equal(await page.locator('section.table[data-probe="kept"]').count(), 1, 'patched, not redrawn');
  const state = await page.evaluate(() => (window as unknown as { __state: { uri?: string; scrollY?: number } }).__state);
  assert.equal(state.scrollY, 600);
  assert.equal(state.uri, 'file:///report.txt');
  await page.context().close();

  const reopened = await open({ state });
  await reopened.send({ type: 'update', data: data() });
  await reopened.page.waitForTimeout(100);
  assert.equal(await reopened.page.evaluate(() => window.scrollY), 600, 'scroll restored from the saved state');
  await reopened.page.context().close();
});

test('copy buttons: tab-separated text to the extension, HTML with a text version through the page', async () => {
  const { page, posted, send } = await open();
  await send({ type: 'update', data: data() });
  await page.locator('#table-applications button[data-action="copy-tsv"]').click();
  const copy = (await posted()).at(-1) as Extract<FromWebview, { type: 'copy' }>;
  assert.equal(copy.type, 'copy');
  assert.equal(copy.table, 'applications');
  const lines = copy.text.trimEnd().split('\r\n');
  assert.ok(lines.every((l) => l.split('\t').length === 10), 'ten columns on every line');
  assert.equal(lines[0]!.split('\t')[3], '申请人情况');

  await page.locator('#table-applications button[data-action="copy-html"]').click();
  assert.deepEqual((await posted()).at(-1), { type: 'copied', table: 'applications', format: 'html' });
  const copied = await page.evaluate(() => (window as unknown as { __copied: { html: string; text: string } }).__copied);
  assert.match(copied.html, /^<table style="border-collapse:collapse"><caption>表三/);
  assert.ok(copied.html.includes('colspan="7"'));
  assert.equal(copied.text, copy.text, 'the text version is the TSV');

  await page.locator('button[data-action="export-csv"]').click();
  assert.deepEqual((await posted()).at(-1), { type: 'exportCsv' });
  await page.context().close();
});

test('hostile report text is drawn as text: no element, no script, no violation', async () => {
  const { page, send } = await open();
  const base = data();
  const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script><a href="javascript:window.pwned=3">x</a>';
  const tables = base.tables.map((t) => ({ ...t, rows: t.rows.map((r) => ({ ...r, label: r.label && { ...r.label, text: hostile } })) }));
  await send({ type: 'update', data: { ...base, title: hostile, body: hostile, tables, findings: { [base.tables[1]!.rows[0]!.cells[0]!.key]: { severity: 'error', messages: [hostile] } } } });
  await page.locator('h1').waitFor();
  assert.equal(await page.locator('h1').innerText(), hostile);
  assert.equal(await page.locator('#root img, #root script, #root a, #root [onerror]').count(), 0);
  await page.locator('td.finding').first().hover();
  assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
  await page.context().close();
});

test('theme colours: light, dark and high contrast (borders in the contrast colour); screenshots', async () => {
  const out = join(repoRoot(), 'out', 'webview');
  mkdirSync(out, { recursive: true });
  const borders: Record<string, string> = {};
  for (const theme of Object.keys(THEMES)) {
    const { page, send } = await open({ theme });
    await send({ type: 'update', data: dataOf(sample('海东市应急管理局.txt'), [
      { range: dataOf(sample('海东市应急管理局.txt')).model.tables[1]!.rows[0]!.cells[6]!.span.range, severity: 0, message: '总计列应为 21，实际为 12', source: 'nianbao' },
    ]).data });
    await page.locator('section.table').nth(2).waitFor();
    const style = await page.evaluate(() => {
      const td = document.querySelector('td.cell')!;
      const s = getComputedStyle(td);
      return { border: s.borderTopColor, font: getComputedStyle(document.querySelector('table.grid')!).fontFamily, bg: getComputedStyle(document.body).backgroundColor };
    });
    borders[theme] = style.border;
    assert.equal(style.font, 'monospace', 'the editor font');
    await page.evaluate(() => window.scrollTo(0, document.getElementById('table-applications')!.offsetTop - 8));
    await page.screenshot({ path: join(out, `preview-${theme.replace('vscode-', '')}.png`) });
    if (theme === 'vscode-light') assert.equal(style.bg, 'rgb(255, 255, 255)');
    if (theme === 'vscode-dark') assert.equal(style.bg, 'rgb(31, 31, 31)');
    await page.context().close();
  }
  assert.equal(borders['vscode-light'], 'rgb(200, 200, 200)');
  assert.equal(borders['vscode-high-contrast'], 'rgb(111, 195, 223)');
});
