// The table preview inside the webview: draws the page from the extension's data, patches it
// on every update (scroll position kept), posts clicks back as editor selections, and marks the
// cell under the editor's cursor.
import type { FromWebview, PreviewStrings, ToWebview } from '../../shared/previewMessages';
import { clipboardHtml, tableGrid, tableOfPage, toTsv } from './copy';
import { create, patch } from './dom';
import { parseRangeAttribute } from './layout/cell';
import { pageElement } from './layout/page';
import type { VElement } from './vnode';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
const strings = readStrings();
let drawn: { node: VElement; element: HTMLElement } | undefined;
let activeKey: string | null = null;

/** What survives a reload of the page (and of the window): the report shown and the scroll. */
interface PageState {
  uri?: string;
  scrollY?: number;
}

function saveState(change: PageState): void {
  vscode.setState({ ...(vscode.getState() as PageState | undefined), ...change });
}

function readStrings(): PreviewStrings {
  const raw = document.getElementById('nianbao-preview-data')?.getAttribute('data-strings') ?? '{}';
  return JSON.parse(raw) as PreviewStrings;
}

function post(message: FromWebview): void {
  vscode.postMessage(message);
}

function render(node: VElement): void {
  if (!drawn) {
    const element = create(node);
    root.replaceChildren(element);
    drawn = { node, element };
    const state = vscode.getState() as PageState | undefined;
    if (typeof state?.scrollY === 'number') window.scrollTo(0, state.scrollY);
  } else {
    drawn = { node, element: patch(drawn.element, drawn.node, node) };
  }
  pinLabels();
  markActive(activeKey, false);
}

/**
 * Pins the row-label columns at the left of each table's scroll box: a sticky cell's `left` is
 * its own offset in the unscrolled table, so nested label columns (三、… / （三）… / 1. …) stay side
 * by side while the numbers scroll under them. Measured after each draw and on resize, since
 * label widths follow the panel's width. Set through the CSSOM, which the CSP allows.
 */
function pinLabels(): void {
  for (const box of Array.from(root.querySelectorAll<HTMLElement>('.table-scroll'))) {
    const scrolled = box.scrollLeft;
    const cells = Array.from(box.querySelectorAll<HTMLElement>('th[data-label-col]'));
    for (const cell of cells) cell.style.left = '';
    box.scrollLeft = 0;
    const overflows = box.scrollWidth > box.clientWidth + 1;
    box.classList.toggle('overflows', overflows);
    const offsets = cells.map((cell) => cell.offsetLeft);
    cells.forEach((cell, i) => (cell.style.left = overflows ? `${offsets[i]}px` : ''));
    box.scrollLeft = scrolled;
  }
}

let resizeFrame: number | undefined;
window.addEventListener('resize', () => {
  if (resizeFrame !== undefined) cancelAnimationFrame(resizeFrame);
  resizeFrame = requestAnimationFrame(() => {
    resizeFrame = undefined;
    pinLabels();
  });
});

function markActive(key: string | null, scroll: boolean): void {
  for (const old of Array.from(root.querySelectorAll('.active'))) old.classList.remove('active');
  activeKey = key;
  if (key === null) return;
  const cell = root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  if (!cell) return;
  cell.classList.add('active');
  cell.closest('tr')?.classList.add('active');
  if (scroll) {
    const box = cell.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) cell.scrollIntoView({ block: 'center' });
  }
}

/**
 * Scrolls so that the element drawn from the last source line at or before `line` is at the top
 * (as the Markdown preview follows its editor). Elements nest (a table holds its rows), so the
 * deepest one that starts latest wins.
 */
function scrollToLine(line: number): void {
  let best: HTMLElement | undefined;
  let bestLine = -1;
  for (const element of Array.from(root.querySelectorAll<HTMLElement>('[data-line]'))) {
    const at = Number(element.dataset['line']);
    if (Number.isFinite(at) && at <= line && at >= bestLine) {
      best = element;
      bestLine = at;
    }
  }
  if (best) best.scrollIntoView({ block: 'start' });
  else window.scrollTo(0, 0);
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  switch (message.type) {
    case 'update':
      saveState({ uri: message.data.uri });
      render(pageElement(message.data, strings));
      break;
    case 'revealTable':
      document.getElementById(`table-${message.table}`)?.scrollIntoView({ block: 'start' });
      break;
    case 'highlight':
      markActive(message.key, true);
      break;
    case 'scrollToLine':
      scrollToLine(message.line);
      break;
  }
});

/**
 * Copies the table as HTML with a text version, through the page's own copy command: VS Code's
 * clipboard API writes text only, and navigator.clipboard may be blocked in a webview. Runs
 * inside the click (a user gesture), which Chromium requires. False when the copy did not happen.
 */
function copyAsHtml(html: string, text: string): boolean {
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/html', html);
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    written = true;
  };
  document.addEventListener('copy', onCopy);
  try {
    return document.execCommand('copy') && written;
  } catch {
    return false;
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}

function runAction(button: HTMLElement): void {
  const action = button.dataset['action'];
  if (action === 'export-csv') {
    post({ type: 'exportCsv' });
    return;
  }
  const tableId = button.dataset['table'];
  const found = drawn && tableId ? tableOfPage(drawn.node, tableId) : undefined;
  if (!found || !tableId) return;
  const text = toTsv(tableGrid(found.table));
  if (action === 'copy-tsv') post({ type: 'copy', table: tableId, text });
  else if (action === 'copy-html') {
    if (copyAsHtml(clipboardHtml(found.table, found.caption), text)) post({ type: 'copied', table: tableId, format: 'html' });
    else post({ type: 'copy', table: tableId, text, fallback: true });
  }
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLElement>('button[data-action]') : null;
  if (button) {
    runAction(button);
    return;
  }
  const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-range]') : null;
  const range = parseRangeAttribute(target?.dataset['range']);
  if (range) post({ type: 'select', range });
});

let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
  window.clearTimeout(scrollTimer);
  scrollTimer = window.setTimeout(() => saveState({ scrollY: window.scrollY }), 100);
});

root.replaceChildren(create({ tag: 'p', attrs: { class: 'note waiting' }, text: strings.waiting ?? '', children: [] }));
post({ type: 'ready' });
