// The section checklist: the six sections of the format, each ticked with the heading found in
// the report (a click selects it) or crossed out with the official heading.
import assert from 'node:assert/strict';
import test from 'node:test';
import { FORMATS } from '../../server/src/core';
import { sectionChecks } from '../../client/src/preview/data';
import { pageElement, sectionList } from '../../webview/src/layout/page';
import { textOf } from '../../webview/src/vnode';
import { find, page, sample, strings } from './support';

const rangeText = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
  `${r.start.line}:${r.start.character}:${r.end.line}:${r.end.character}`;

test('a complete report: six ticks, each pointing at its heading', () => {
  const { model, data, root } = page(sample('满洲里市应急管理局2020年政府信息公开工作年度报告.txt'));
  assert.deepEqual(data.sections.map((s) => s.id), ['overview', 'proactive', 'applications', 'appeals', 'problems', 'other']);
  const items = find(root, (n) => n.tag === 'li' && n.attrs['data-section'] !== undefined);
  assert.equal(items.length, 6);
  for (const item of items) {
    assert.match(item.attrs['class']!, /present/);
    assert.ok(textOf(item).startsWith('✓'), textOf(item));
    const heading = model.sections.find((s) => s.id === item.attrs['data-section'])!;
    assert.equal(item.attrs['data-range'], rangeText(heading.heading.range));
    assert.match(item.attrs['title']!, new RegExp(heading.title));
  }
});

test('海东 has no 其他需要报告的事项: the sixth is crossed out with the official heading', () => {
  const { data, root } = page(sample('海东市应急管理局.txt'));
  const other = data.sections.find((s) => s.id === 'other')!;
  assert.equal(other.found, null);
  const item = find(root, (n) => n.attrs['data-section'] === 'other')[0]!;
  assert.match(item.attrs['class']!, /missing/);
  assert.equal(item.attrs['data-range'], undefined, 'nothing to select');
  assert.equal(textOf(item), '✗6. 其他需要报告的事项');
  assert.equal(item.attrs['title'], '报告中缺少此部分：其他需要报告的事项');
  const present = find(root, (n) => n.tag === 'li' && (n.attrs['class'] ?? '').includes('present'));
  assert.equal(present.length, 5);
});

test('the checklist follows the format of the report (both versions have the same six)', () => {
  for (const version of ['2019', '2021'] as const) {
    const checks = sectionChecks(FORMATS[version], []);
    assert.deepEqual(checks.map((c) => c.numeral), [1, 2, 3, 4, 5, 6]);
    assert.ok(checks.every((c) => c.found === null));
    const list = sectionList(checks, strings);
    assert.equal(find(list, (n) => (n.attrs['class'] ?? '').includes('missing')).length, 6);
  }
});

test('an answer from a server without sections draws no checklist (and no false crosses)', () => {
  const { data } = page(sample('满洲里市应急管理局2020年政府信息公开工作年度报告.txt'));
  const { root } = page(sample('满洲里市应急管理局2020年政府信息公开工作年度报告.txt'));
  assert.equal(find(root, (n) => n.attrs['class'] === 'sections').length, 1);
  const older = { ...data, sections: [] };
  assert.equal(find(pageElement(older, strings), (n) => n.attrs['class'] === 'sections').length, 0);
});
