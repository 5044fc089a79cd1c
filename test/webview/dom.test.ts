// Patching the page: the result equals a fresh drawing of the next page, unchanged elements are
// kept (so scroll position and focus stay), and only known attributes are ever set.
import assert from 'node:assert/strict';
import test from 'node:test';
import { create, patch } from '../../webview/src/dom';
import { pageElement } from '../../webview/src/layout/page';
import { h } from '../../webview/src/vnode';
import { FakeElement, installFakeDocument } from './fakeDom';
import { dataOf, rendering, sample, strings } from './support';

installFakeDocument();

function mount(node: ReturnType<typeof h>): { root: FakeElement; element: FakeElement } {
  const root = new FakeElement('main');
  const element = create(node) as unknown as FakeElement;
  root.append(element);
  return { root, element };
}

test('an edited report patched over the old page equals the new page drawn afresh', () => {
  const before = dataOf(sample('满洲里市应急管理局2020年政府信息公开工作年度报告.txt')).data;
  const text = sample('满洲里市应急管理局2020年政府信息公开工作年度报告.txt');
  // Fill the empty cells of 其他对外管理服务事项.
  const after = dataOf(text.replace(/其他对外管理服务事项([\s\S]*?)第二十条第（六）项/, (m) => m.replace(/\t\u3000\n/g, '\t7\n'))).data;
  const pages = [pageElement(before, strings), pageElement(after, strings), pageElement(dataOf(rendering('tab-rows-2021.txt')).data, strings)];
  assert.notEqual(JSON.stringify(pages[0]), JSON.stringify(pages[1]), 'the edit changes the page');
  for (let i = 0; i + 1 < pages.length; i++) {
    const { root, element } = mount(pages[i]!);
    const patched = patch(element as unknown as HTMLElement, pages[i]!, pages[i + 1]!) as unknown as FakeElement;
    assert.equal(root.children[0], patched);
    assert.equal(patched.html(), (create(pages[i + 1]!) as unknown as FakeElement).html(), `step ${i}`);
  }
});

test('a patch keeps the elements that did not change and changes the cell that did', () => {
  const previous = h('table', {}, [h('tr', { 'data-line': 1 }, [h('td', { class: 'cell' }, '1'), h('td', { class: 'cell' }, '2')])]);
  const next = h('table', {}, [h('tr', { 'data-line': 1 }, [h('td', { class: 'cell' }, '1'), h('td', { class: 'cell finding' }, '3')]), h('tr', {}, 'new')]);
  const { element } = mount(previous);
  const row = element.children[0]!;
  const first = row.children[0]!;
  patch(element as unknown as HTMLElement, previous, next);
  assert.equal(element.children[0], row, 'row kept');
  assert.equal(row.children[0], first, 'unchanged cell kept');
  assert.equal(row.children[1]!.text, '3');
  assert.equal(row.children[1]!.attributes.get('class'), 'cell finding');
  assert.equal(element.children.length, 2);
  patch(element as unknown as HTMLElement, next, previous);
  assert.equal(element.children.length, 1, 'a row removed');
  assert.equal(row.children[1]!.attributes.get('class'), 'cell');
});

test('attribute names outside the known set are never set', () => {
  const hostile = { tag: 'td' as const, attrs: { onclick: 'alert(1)', style: 'x', 'data-key': 'a', class: 'cell' }, text: '<b>', children: [] };
  const element = create(hostile) as unknown as FakeElement;
  assert.deepEqual([...element.attributes.keys()].sort(), ['class', 'data-key']);
  assert.equal(element.text, '<b>');
});
