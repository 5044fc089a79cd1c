// Just enough of the DOM for webview/src/dom.ts under node: elements with attributes, text and
// children, and a serialiser to compare pages.
import { escapeHtml } from '../../webview/src/vnode';

export class FakeElement {
  readonly attributes = new Map<string, string>();
  childNodes: FakeElement[] = [];
  text: string | undefined;
  parent: FakeElement | undefined;

  constructor(readonly tagName: string) {}

  get children(): FakeElement[] {
    return this.childNodes;
  }
  set textContent(value: string) {
    for (const child of this.childNodes) child.parent = undefined;
    this.childNodes = [];
    this.text = value;
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  append(...nodes: FakeElement[]): void {
    this.text = undefined;
    for (const node of nodes) {
      node.remove();
      node.parent = this;
      this.childNodes.push(node);
    }
  }
  replaceChildren(...nodes: FakeElement[]): void {
    this.textContent = '';
    this.text = undefined;
    this.append(...nodes);
  }
  remove(): void {
    if (!this.parent) return;
    this.parent.childNodes = this.parent.childNodes.filter((c) => c !== this);
    this.parent = undefined;
  }
  replaceWith(node: FakeElement): void {
    const parent = this.parent;
    if (!parent) return;
    const index = parent.childNodes.indexOf(this);
    node.remove();
    node.parent = parent;
    parent.childNodes[index] = node;
    this.parent = undefined;
  }
  /** Serialised like toHtml, attributes sorted. */
  html(): string {
    const attrs = [...this.attributes].sort(([a], [b]) => a.localeCompare(b)).map(([n, v]) => ` ${n}="${escapeHtml(v)}"`).join('');
    const inner = this.text !== undefined ? escapeHtml(this.text) : this.childNodes.map((c) => c.html()).join('');
    return `<${this.tagName}${attrs}>${inner}</${this.tagName}>`;
  }
}

export function installFakeDocument(): void {
  (globalThis as { document?: unknown }).document = { createElement: (tag: string) => new FakeElement(tag) };
}
