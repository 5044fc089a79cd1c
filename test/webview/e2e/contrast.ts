// The contrast of the preview's text against what is behind it, measured inside the webview's
// frame with the theme VS Code gave it (WCAG 2 relative luminance). Backgrounds are composited
// from the element up to the first opaque one; opacity on the way fades the text.
import type { Frame } from 'playwright-core';

/** What the reader must be able to read: element kinds of the page, by selector. */
export const TEXT_SELECTORS = [
  'h1',
  'section.table h2',
  '.fact',
  '.showing',
  '.legend li',
  '.section-list li',
  'button.action',
  'th.caption .caption-text',
  'th.corner',
  'th.column',
  'th.column-group',
  'th.group-label',
  'th.label',
  'td.cell',
  'td.cell.finding',
  'td.cell.active',
];

export interface ContrastResult {
  selector: string;
  /** The lowest ratio among the visible elements with text, and an example of its text. */
  min: number;
  text: string;
  count: number;
}

export async function measureContrast(frame: Frame): Promise<ContrastResult[]> {
  return frame.evaluate((selectors: string[]) => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba | null => {
      const m = /rgba?\(([^)]*)\)/.exec(css);
      if (!m) return null;
      const p = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
      return [p[0]!, p[1]!, p[2]!, p.length > 3 ? p[3]! : 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3];
      return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (v: number) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const background = (element: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let e: Element | null = element; e; e = e.parentElement) {
        const color = parse(getComputedStyle(e).backgroundColor);
        if (color && color[3] > 0) {
          layers.push(color);
          if (color[3] >= 1) break;
        }
      }
      let result: Rgba = [255, 255, 255, 1];
      for (const layer of layers.reverse()) result = over(layer, result);
      return result;
    };
    const opacity = (element: Element) => {
      let o = 1;
      for (let e: Element | null = element; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    return selectors.map((selector) => {
      let min = Infinity;
      let text = '';
      let count = 0;
      for (const element of Array.from(document.querySelectorAll(selector))) {
        const own = (element as HTMLElement).innerText?.trim() ?? '';
        const box = element.getBoundingClientRect();
        if (!own || box.width === 0 || box.height === 0) continue;
        const bg = background(element);
        const fg = parse(getComputedStyle(element).color);
        if (!fg) continue;
        const seen = over([fg[0], fg[1], fg[2], fg[3] * opacity(element)], bg);
        const [l1, l2] = [luminance(seen), luminance(bg)].sort((a, b) => b - a) as [number, number];
        const ratio = (l1 + 0.05) / (l2 + 0.05);
        count++;
        if (ratio < min) {
          min = ratio;
          text = own.slice(0, 20);
        }
      }
      return { selector, min: count ? Math.round(min * 100) / 100 : NaN, text, count };
    });
  }, TEXT_SELECTORS);
}
