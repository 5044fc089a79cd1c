// Turns page descriptions into DOM and patches the page with the next description, so an edit
// of the report changes only the cells that changed and the scroll position stays. Only
// createElement, setAttribute and textContent are used: no text of a report is ever parsed as
// markup, and only a fixed set of attribute names can be set.
import type { VElement } from './vnode';

const ATTRIBUTE = /^(?:class|id|title|colspan|rowspan|data-[a-z-]+)$/;

export function create(node: VElement): HTMLElement {
  const element = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (ATTRIBUTE.test(name)) element.setAttribute(name, value);
  }
  if (node.text !== undefined) element.textContent = node.text;
  else for (const child of node.children) element.append(create(child));
  return element;
}

/** Makes `element` (drawn from `previous`) show `next`; replaces it when the tag differs. */
export function patch(element: HTMLElement, previous: VElement, next: VElement): HTMLElement {
  if (previous.tag !== next.tag) {
    const fresh = create(next);
    element.replaceWith(fresh);
    return fresh;
  }
  for (const name of Object.keys(previous.attrs)) {
    if (!(name in next.attrs)) element.removeAttribute(name);
  }
  for (const [name, value] of Object.entries(next.attrs)) {
    if (ATTRIBUTE.test(name) && previous.attrs[name] !== value) element.setAttribute(name, value);
  }
  if (next.text !== undefined) {
    if (previous.text !== next.text || previous.children.length > 0) element.textContent = next.text;
    return element;
  }
  if (previous.text !== undefined) {
    element.replaceChildren(...next.children.map(create));
    return element;
  }
  patchChildren(element, previous.children, next.children);
  return element;
}

function patchChildren(parent: HTMLElement, previous: VElement[], next: VElement[]): void {
  const nodes = Array.from(parent.children) as HTMLElement[];
  const shared = Math.min(previous.length, next.length, nodes.length);
  for (let i = 0; i < shared; i++) patch(nodes[i]!, previous[i]!, next[i]!);
  for (let i = nodes.length - 1; i >= next.length; i--) nodes[i]!.remove();
  for (let i = shared; i < next.length; i++) parent.append(create(next[i]!));
}
