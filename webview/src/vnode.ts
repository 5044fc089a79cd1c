// A small description of the page: elements with attributes and text, never markup. The layout
// functions produce it (pure, testable without a browser); dom.ts turns it into DOM nodes with
// createElement/setAttribute/textContent and patches an existing page with the next one.

export interface VElement {
  tag: VTag;
  attrs: Record<string, string>;
  /** Text content; an element has either text or children. */
  text?: string;
  children: VElement[];
}

/** The only elements the preview ever creates. */
export type VTag =
  | 'header' | 'h1' | 'h2' | 'h3' | 'p' | 'span' | 'section' | 'div'
  | 'table' | 'caption' | 'thead' | 'tbody' | 'tr' | 'th' | 'td' | 'ul' | 'li' | 'button';

/** Builds an element; `content` is text (a string) or child elements. */
export function h(tag: VTag, attrs: Record<string, string | number | undefined | false> = {}, content: string | VElement[] = []): VElement {
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    clean[name] = String(value);
  }
  return typeof content === 'string' ? { tag, attrs: clean, text: content, children: [] } : { tag, attrs: clean, children: content };
}

/** Class names joined, empty parts left out. */
export function classes(...names: Array<string | false | undefined | null>): string {
  return names.filter(Boolean).join(' ');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Serialises a description to HTML with every text and attribute value escaped (tests, export). */
export function toHtml(node: VElement): string {
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const inner = node.text !== undefined ? escapeHtml(node.text) : node.children.map(toHtml).join('');
  return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}

/** Every element of a tree, depth first (tests). */
export function* walk(node: VElement): Generator<VElement> {
  yield node;
  for (const child of node.children) yield* walk(child);
}

/** The text of an element and its descendants. */
export function textOf(node: VElement): string {
  return node.text ?? node.children.map(textOf).join('');
}
