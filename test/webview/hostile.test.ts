// The preview cannot be turned against the user (issue 9), in a real browser: the page shell with
// its CSP, the bundled dist/media/preview.js and the style sheet are served from one fake origin to
// Debian's Chromium; hostile reports (a text report and an HTML export whose escaped markup the
// parser unescapes) go through the real parser and the real page. No script of theirs runs, no
// dialog opens, their markup is drawn as text, and no request leaves the origin. Then the test
// tries to break the CSP from inside the page itself (inline script, eval, remote image, fetch,
// inline style, a frame) and checks that the policy refuses each.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { previewHtml } from '../../client/src/preview/html';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/editor';
import { repoRoot } from '../support/fixtures';
import type { PreviewData } from '../../shared/previewMessages';
import { dataOf, rendering, sample, strings } from './support';

const ORIGIN = 'https://webview.nianbao.test';
const EVIL = 'https://evil.example';

const PAYLOADS = [
  '<script>window.pwned=1</script>',
  `<img src="${EVIL}/img.png" onerror="window.pwned=2">`,
  `<svg onload="window.pwned=3"></svg>`,
  `<iframe src="${EVIL}/frame"></iframe>`,
  `<link rel="stylesheet" href="${EVIL}/style.css">`,
  `<style>@import url(${EVIL}/import.css); body{background:url(${EVIL}/bg.png)}</style>`,
  '<a href="javascript:window.pwned=4">点击</a>',
  '" onmouseover="window.pwned=5" x="',
  `<meta http-equiv="refresh" content="0;url=${EVIL}/">`,
];

/** A text report with a payload in the title, row labels and cells (one per line, tabs kept). */
function hostileText(): string {
  let i = 0;
  const next = () => PAYLOADS[i++ % PAYLOADS.length]!;
  const text = sample('满洲里市应急管理局2020年政府信息公开工作年度报告.txt');
  return text
    .replace(/^(.*)\n/, `$1${next()}\n`)
    .replace(/(行政许可|行政处罚|（六）其他处理)/g, (m) => `${m}${next()}`)
    .replace(/\t\d+(?=\r?\n)/g, (m) => (i < 60 ? `\t${next()}` : m));
}

/** An HTML export whose cells hold escaped markup: the parser unescapes it into cell text. */
function hostileHtml(): string {
  let i = 0;
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return rendering('html-2021.html').replace(/<td([^>]*)>\s*(\d+)\s*<\/td>/g, (m, attrs: string) =>
    i < 40 ? `<td${attrs}>${escape(PAYLOADS[i++ % PAYLOADS.length]!)}</td>` : m,
  );
}

/** The page data of a report, with the payloads also written into every kind of field the page
 *  draws (title, body, row labels, cells of each status, findings), as a compromised or buggy
 *  parser could hand them over. */
function hostileData(text: string): PreviewData {
  const { data } = dataOf(text);
  let i = 0;
  const next = () => PAYLOADS[i++ % PAYLOADS.length]!;
  const tables = data.tables.map((table) => ({
    ...table,
    rows: table.rows.map((row, r) => ({
      ...row,
      label: row.label && (r % 3 === 0 ? { ...row.label, text: next() } : row.label),
      cells: row.cells.map((cell, c) => (c === 0 ? { ...cell, status: 'not-number' as const, value: null, text: next() } : cell)),
    })),
  }));
  const first = tables[0]?.rows[0]?.cells[0]?.key;
  const findings = first ? { ...data.findings, [first]: { severity: 'error' as const, messages: [next(), next()] } } : data.findings;
  return { ...data, title: next(), body: next(), tables, findings };
}

let browser: Browser;
/** Requests that reached the network layer (the route handler). Playwright's `request` event also
 *  fires for an image the CSP blocked in the renderer, so it is not the measure. */
const routed: string[] = [];

before(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
});
after(async () => {
  await browser?.close();
});

const NONCE = 'testnonce0123456789';

/** Opens the page; `probe` is a script added with the page's nonce, as if an attacker's code ran
 *  inside the allowed script: what it tries is what the CSP must still refuse. */
async function openPreview(probe?: string): Promise<{ page: Page; dialogs: string[] }> {
  const root = repoRoot();
  let html = previewHtml({ cspSource: ORIGIN, scriptUri: `${ORIGIN}/preview.js`, styleUri: `${ORIGIN}/preview.css`, lang: 'zh-CN', strings, nonce: NONCE });
  if (probe) html = html.replace('</body>', `<script nonce="${NONCE}" src="${ORIGIN}/probe.js"></script>\n</body>`);
  const files: Record<string, { body: string; contentType: string }> = {
    '/probe.js': { body: probe ?? '', contentType: 'text/javascript' },
    '/index.html': { body: html, contentType: 'text/html; charset=utf-8' },
    '/preview.js': { body: readFileSync(join(root, 'dist', 'media', 'preview.js'), 'utf8'), contentType: 'text/javascript' },
    '/preview.css': { body: readFileSync(join(root, 'dist', 'media', 'preview.css'), 'utf8'), contentType: 'text/css' },
  };
  const context = await browser.newContext();
  await context.route('**/*', (route) => {
    routed.push(route.request().url());
    const url = new URL(route.request().url());
    const file = url.origin === ORIGIN ? files[url.pathname] : undefined;
    return file ? route.fulfill({ status: 200, body: file.body, contentType: file.contentType }) : route.abort();
  });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // What VS Code provides, and a record of what the CSP refuses.
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w['__violations'] = [];
    document.addEventListener('securitypolicyviolation', (e) => (w['__violations'] as string[]).push(`${e.violatedDirective} ${e.blockedURI}`));
    w['acquireVsCodeApi'] = () => ({ postMessage: () => undefined, getState: () => undefined, setState: () => undefined });
  });
  await page.goto(`${ORIGIN}/index.html`);
  return { page, dialogs };
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned);

for (const [name, text] of [
  ['a text report', hostileText()],
  ['an HTML export with escaped markup', hostileHtml()],
] as const) {
  test(`hostile ${name}, and payloads in every field: drawn as text, no script runs, no request leaves the page`, async () => {
    routed.length = 0;
    const data = hostileData(text);
    const { page, dialogs } = await openPreview();
    await page.evaluate((d) => window.postMessage({ type: 'update', data: d }, '*'), data as unknown as Record<string, unknown>);
    await page.waitForSelector('td[data-key]');
    // Give any injected handler (onerror, onload, onmouseover, refresh) its chance to fire.
    for (const cell of (await page.$$('td')).slice(0, 30)) await cell.hover();
    await page.waitForTimeout(500);

    assert.equal(await pwned(page), undefined, 'no hostile script ran');
    assert.deepEqual(dialogs, []);
    assert.equal(page.url(), `${ORIGIN}/index.html`, 'no navigation');
    const seen = await page.evaluate(() => ({
      script: document.querySelectorAll('script').length,
      foreign: document.querySelectorAll('main img, main svg, main iframe, main link, main style, main meta, main a[href]').length,
      handlers: Array.from(document.querySelectorAll('main *')).filter((e) => Array.from(e.attributes).some((a) => /^on/i.test(a.name))).length,
      text: `${document.getElementById('root')!.textContent ?? ''} ${Array.from(document.querySelectorAll('[title]')).map((e) => e.getAttribute('title')).join(' ')}`,
    }));
    assert.equal(seen.script, 1, 'only the page’s own script');
    assert.equal(seen.foreign, 0, 'no element of the report’s markup');
    assert.equal(seen.handlers, 0, 'no event-handler attribute');
    for (const payload of PAYLOADS) assert.ok(seen.text.includes(payload), `drawn literally: ${payload}`);
    assert.deepEqual(routed.filter((u) => !u.startsWith(ORIGIN)), [], 'no request outside the page’s origin');
    await page.context().close();
  });
}

/** Runs inside the page with the page's nonce: everything an attacker's script would try next. */
const PROBE = `(async () => {
  const evil = ${JSON.stringify(EVIL)};
  const results = {};
  const inline = document.createElement('script');
  inline.textContent = 'window.pwned = "inline"';
  document.body.append(inline);
  try { (0, eval)('window.pwned = "eval"'); results.eval = 'ran'; } catch (e) { results.eval = e.name; }
  try { new Function('window.pwned = "function"')(); results.fn = 'ran'; } catch (e) { results.fn = e.name; }
  const img = document.createElement('img');
  img.src = evil + '/pixel.png';
  document.body.append(img);
  results.img = await new Promise((resolve) => { img.onload = () => resolve('loaded'); img.onerror = () => resolve('blocked'); });
  results.fetch = await fetch(evil + '/data').then(() => 'fetched', () => 'blocked');
  const style = document.createElement('style');
  style.textContent = '#root { display: none }';
  document.head.append(style);
  results.style = getComputedStyle(document.getElementById('root')).display;
  const frame = document.createElement('iframe');
  frame.src = evil + '/frame';
  document.body.append(frame);
  await new Promise((resolve) => setTimeout(resolve, 300));
  window.__probe = { results, pwned: window.pwned ?? null, violations: window.__violations };
})();`;

test('the CSP refuses what injected code would try next: inline script, eval, remote image, fetch, inline style, frame', async () => {
  routed.length = 0;
  const { page } = await openPreview(PROBE);
  await page.waitForFunction(() => (window as unknown as { __probe?: unknown }).__probe !== undefined, undefined, { timeout: 10_000 });
  const outcome = await page.evaluate(() => (window as unknown as { __probe: { results: Record<string, string>; pwned: unknown; violations: string[] } }).__probe);
  assert.equal(outcome.pwned, null, 'neither the inline script nor eval ran');
  assert.equal(outcome.results['eval'], 'EvalError');
  assert.equal(outcome.results['fn'], 'EvalError');
  assert.equal(outcome.results['img'], 'blocked');
  assert.equal(outcome.results['fetch'], 'blocked');
  assert.notEqual(outcome.results['style'], 'none', 'the inline style was not applied');
  const directives = new Set(outcome.violations.map((v) => v.split(' ')[0]));
  for (const directive of ['script-src-elem', 'script-src', 'img-src', 'connect-src', 'style-src-elem', 'frame-src']) {
    assert.ok(directives.has(directive), `a ${directive} violation was reported (${[...directives].join(', ')})`);
  }
  assert.deepEqual(routed.filter((u) => !u.startsWith(ORIGIN)), [], 'no request reached the network');
  await page.context().close();
});
