// Copying a table: a rectangular grid with merged cells expanded (text in the top-left slot),
// tab-separated for Excel, and an HTML table with its merged cells for Word, all text escaped.
import assert from 'node:assert/strict';
import test from 'node:test';
import { clipboardHtml, tableGrid, tableOfPage, toTsv } from '../../webview/src/copy';
import { h } from '../../webview/src/vnode';
import { byKey, page, rendering, sample } from './support';

test('merged cells: the text in the top-left slot, the covered slots empty', () => {
  const table = h('table', {}, [
    h('tbody', {}, [
      h('tr', {}, [h('th', { rowspan: 2 }, 'A'), h('th', { colspan: 2 }, 'B')]),
      h('tr', {}, [h('th', {}, 'b1'), h('th', {}, 'b2')]),
      h('tr', {}, [h('th', {}, 'x'), h('td', {}, '1'), h('td', { 'data-copy': '' }, '空')]),
    ]),
  ]);
  assert.deepEqual(tableGrid(table), [
    ['A', 'B', ''],
    ['', 'b1', 'b2'],
    ['x', '1', ''],
  ]);
  assert.equal(toTsv(tableGrid(table)), 'A\tB\t\r\n\tb1\tb2\r\nx\t1\t\r\n');
});

test('表三 of 满洲里: every line as wide as the table, the numbers where the cells are', () => {
  const { model, root } = page(sample('满洲里市应急管理局2020年政府信息公开工作年度报告.txt'));
  const { table, caption } = tableOfPage(root, 'applications')!;
  assert.match(caption, /^表三/);
  const grid = tableGrid(table);
  assert.ok(grid.every((row) => row.length === grid[0]!.length), 'rectangular');
  assert.equal(grid[0]!.length, 3 + 7, 'three label columns and seven number columns');
  // The 总计 column of 新收政府信息公开申请数量 is the last slot of its line.
  const cell = model.tables.find((t) => t.id === 'applications')!.rows.find((r) => r.id === 'new')!.cells[6]!;
  const line = grid.find((row) => row[0]!.includes('本年新收'))!;
  assert.equal(line.at(-1), String(cell.value));
  const tsv = toTsv(grid).split('\r\n');
  assert.equal(tsv.length, grid.length + 1);
  assert.ok(tsv.slice(0, -1).every((l) => l.split('\t').length === 10));
});

test('placeholders (空, 缺) copy as empty cells; ambiguous cells copy their readings', () => {
  const gaps = page(rendering('tab-rows-2021-gaps.txt'));
  const empty = gaps.model.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)).find((c) => c.status === 'empty')!;
  assert.equal(byKey(gaps.root, empty.key)!.attrs['data-copy'], '');
  const fused = page(rendering('fused-2019-ambiguous.txt'));
  const ambiguous = fused.model.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)).find((c) => c.status === 'ambiguous')!;
  const found = tableOfPage(fused.root, ambiguous.key.split('.')[0]!)!;
  const text = toTsv(tableGrid(found.table));
  assert.ok(text.includes((ambiguous.candidates ?? []).join(' / ')), 'the readings are copied');
});

test('the HTML for Word keeps merged cells, escapes every text and carries no other attribute', () => {
  const hostile = '<img src=x onerror="alert(1)">';
  const table = h('table', { class: 'grid' }, [
    h('tbody', {}, [
      h('tr', { 'data-line': 3 }, [h('th', { colspan: 2, class: 'caption', 'data-range': '1:0:1:2' }, hostile)]),
      h('tr', {}, [h('th', { rowspan: 1 }, 'a\tb'), h('td', { 'data-copy': '' }, '空')]),
    ]),
  ]);
  const html = clipboardHtml(table, '表二 <script>');
  assert.ok(!/<img|<script/i.test(html));
  assert.ok(html.includes('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'));
  assert.ok(html.includes('<caption>表二 &lt;script&gt;</caption>'));
  assert.ok(html.includes('<th colspan="2" '), 'colspan kept');
  assert.ok(!html.includes('rowspan'), 'a span of one is left out');
  assert.ok(!/data-|class=/.test(html), 'no page attribute');
  for (const [tag] of html.matchAll(/<[^>]*>/g)) assert.match(tag, /^<\/?(?:table|caption|tr|th|td)(?: (?:colspan|rowspan)="\d+")?(?: style="[^"<>]*")?>$/, tag);
  const real = page(sample('北京市大兴区应急管理局2020年政府信息公开工作年度报告.txt'));
  const appeals = tableOfPage(real.root, 'appeals')!;
  const word = clipboardHtml(appeals.table, appeals.caption);
  assert.ok(word.includes('colspan="5"'), '行政复议 over five columns');
  assert.equal((word.match(/<tr>/g) ?? []).length, tableGrid(appeals.table).length);
});
