// Hostile report text reaches the page only as text: labels and cells holding markup are drawn
// literally, the serialised page holds no tag or attribute of theirs, and the HTML shell keeps a
// strict CSP with a fresh nonce.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { repoRoot } from '../support/fixtures';
import type { CellModel, TableModel } from '../../server/src/core';
import { contentSecurityPolicy, previewHtml } from '../../client/src/preview/html';
import { pageElement } from '../../webview/src/layout/page';
import { toHtml, walk } from '../../webview/src/vnode';
import { dataOf, sample, strings } from './support';

const HOSTILE = [
  '<script>window.pwned=1</script>',
  '<img src=x onerror="window.pwned=1">',
  '</td></tr></table><iframe src="https://example.com">',
  '" onmouseover="window.pwned=1',
  "'><svg onload=alert(1)>",
  '<a href="javascript:window.pwned=1">link</a> javascript:alert(1)',
];

/** The 满洲里 report with every label, caption and cell text replaced by hostile strings. */
function hostileTables(): { tables: TableModel[]; title: string } {
  const { data } = dataOf(sample('满洲里市应急管理局2020年政府信息公开工作年度报告.txt'));
  let i = 0;
  const next = () => HOSTILE[i++ % HOSTILE.length]!;
  const tables = data.tables.map((table) => ({
    ...table,
    captions: table.captions.map((c) => ({ ...c, span: { ...c.span, text: next() } })),
    rows: table.rows.map((row) => ({
      ...row,
      label: row.label && { ...row.label, text: next() },
      cells: row.cells.map((cell): CellModel => {
        const status = (['ok', 'not-number', 'dash', 'ambiguous'] as const)[i % 4]!;
        return { ...cell, status, text: next(), value: status === 'ok' ? cell.value : null, candidates: status === 'ambiguous' ? [1, 10] : undefined };
      }),
      subRows: [{ label: { ...row.cells[0]!.span, text: next() }, values: [{ ...row.cells[0]!.span, text: next() }] }],
    })),
  }));
  return { tables, title: next() };
}

test('hostile labels, cells and titles are drawn as text and escaped in the serialised page', () => {
  const { data } = dataOf(sample('满洲里市应急管理局2020年政府信息公开工作年度报告.txt'));
  const { tables, title } = hostileTables();
  const root = pageElement(
    { ...data, title, body: HOSTILE[1]!, problem: HOSTILE[0]!, tables, findings: { [tables[1]!.rows[0]!.cells[0]!.key]: { severity: 'error', messages: [HOSTILE[2]!] } } },
    strings,
  );
  const tags = new Set([...walk(root)].map((n) => n.tag));
  for (const tag of ['script', 'img', 'iframe', 'svg', 'a']) assert.ok(!tags.has(tag as never), `no <${tag}> element`);
  for (const node of walk(root)) {
    for (const name of Object.keys(node.attrs)) assert.match(name, /^(class|id|title|colspan|rowspan|data-[a-z-]+)$/, `attribute ${name}`);
  }
  const html = toHtml(root);
  assert.ok(!/<(script|img|iframe|svg)\b/i.test(html), 'no markup of the report');
  // Every tag of the page is one the layout makes, with attributes the layout sets.
  for (const [tag] of html.matchAll(/<[^>]*>/g)) {
    assert.match(tag, /^<\/?(?:header|h1|h2|p|span|section|div|table|tbody|tr|th|td|ul|li|button)(?: (?:class|id|title|colspan|rowspan|data-[a-z-]+)="[^"<>]*")*>$/, tag);
  }
  assert.ok(html.includes('&lt;script&gt;window.pwned=1&lt;/script&gt;'), 'the text is kept, escaped');
  assert.ok(html.includes('&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;'));
  // The grid is still whole: no cell lost to the hostile text.
  const { data: clean } = dataOf(sample('满洲里市应急管理局2020年政府信息公开工作年度报告.txt'));
  const count = (r: ReturnType<typeof pageElement>) => [...walk(r)].filter((n) => n.tag === 'td' && n.attrs['data-key']).length;
  assert.equal(count(root), count(pageElement(clean, strings)));
});

test('the HTML shell: strict CSP, a fresh nonce per render, strings in an escaped data attribute', () => {
  const options = {
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/media/preview.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/media/preview.css',
    lang: 'zh-CN',
    strings: { ...strings, waiting: HOSTILE[0]!, empty: HOSTILE[3]! },
  };
  const first = previewHtml(options);
  const second = previewHtml(options);
  const nonceOf = (html: string) => /<script nonce="([A-Za-z0-9]+)"/.exec(html)?.[1];
  assert.ok(nonceOf(first) && nonceOf(second));
  assert.notEqual(nonceOf(first), nonceOf(second), 'fresh nonce');
  assert.ok(first.includes(`script-src &#39;nonce-${nonceOf(first)}&#39;`), 'the CSP names the nonce');
  assert.equal((first.match(/<script\b/g) ?? []).length, 1, 'one script element');
  assert.ok(!first.includes('window.pwned=1</script>'), 'strings escaped');
  assert.equal(
    contentSecurityPolicy('vscode-resource:', 'abc'),
    "default-src 'none'; style-src vscode-resource:; script-src 'nonce-abc'",
  );
  assert.ok(!/unsafe-inline|unsafe-eval/.test(first));
});

test('the style sheet loads nothing from outside: no url(), no @import, no external font', () => {
  const css = readFileSync(join(repoRoot(), 'webview', 'media', 'preview.css'), 'utf8');
  assert.ok(!/url\s*\(|@import|@font-face|https?:/i.test(css));
  // Colours come from the theme: every colour is a VS Code variable (fallbacks aside).
  assert.ok((css.match(/var\(--vscode-/g) ?? []).length > 40);
  assert.ok(css.includes('body.vscode-high-contrast') && css.includes('body.vscode-high-contrast-light'));
  assert.ok(css.includes('var(--vscode-editor-font-family'));
});
