// Running heads and feet of a PDF's pages: the lines a browser prints in the page margins (the
// date and the page's title above, its address and `3/9` below) and a word processor's header
// and footer. They repeat on every page at the same height, their numbers aside; left in, they
// stand between the parts of a table that runs over a page break and read as report text.

/** How far into the page (share of its height) a running head or foot may reach. */
const MARGIN_BAND = 0.1;

export interface MarginLine {
  text: string;
  /** Baseline, page space (from the bottom). */
  y: number;
}

const key = (line: MarginLine): string => `${Math.round(line.y)}|${line.text.replace(/\s+/g, '').replace(/\d+/g, '#')}`;

/** Whether a baseline lies in the top or bottom band of a page this high. */
export const inMarginBand = (y: number, height: number): boolean => y > height * (1 - MARGIN_BAND) || y < height * MARGIN_BAND;

/**
 * The running heads and feet among the margin lines of each page: a line (digits aside) that
 * stands at the same height on at least half the pages, and on two at least. Returned as keys
 * for `isFurniture`.
 */
export function repeatedLines(pages: MarginLine[][]): Set<string> {
  const seen = new Map<string, number>();
  for (const lines of pages) {
    for (const k of new Set(lines.map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [k, n] of seen) if (n >= 2 && n * 2 >= pages.length) out.add(k);
  return out;
}

export const isFurniture = (furniture: Set<string>, line: MarginLine): boolean => furniture.size > 0 && furniture.has(key(line));
