// Running heads and feet of a PDF's pages: the lines a browser prints in the page margins (the
// date and the page's title above, its address and `3/9` below) and a word processor's header
// and footer. They repeat on every page at the same height, their numbers aside; left in, they
// stand between the parts of a table that runs over a page break and read as report text.

/** How far into the page (share of its height) a running head or foot may reach. */
const MARGIN_BAND = 0.1;

/**
 * How far apart (points) the middles of a running head's lines on two pages may stand: the same
 * place on the page, a number's digits aside (`9/10` against `10/10`, right-aligned).
 */
const MIDDLE_TOLERANCE = 12;

export interface MarginLine {
  text: string;
  /** Baseline, page space (from the bottom). */
  y: number;
  /** The middle of the line, page space. */
  x: number;
}

/** Per text and height, the middles of the lines that repeat there. */
export type Furniture = Map<string, number[]>;

const key = (line: MarginLine): string => `${Math.round(line.y)}|${line.text.replace(/\s+/g, '').replace(/\d+/g, '#')}`;

/** Whether a baseline lies in the top or bottom band of a page this high. */
export const inMarginBand = (y: number, height: number): boolean => y > height * (1 - MARGIN_BAND) || y < height * MARGIN_BAND;

/**
 * The running heads and feet among the margin lines of each page: a line (digits aside) that
 * stands at the same height and the same place across the page on at least half the pages, and
 * on two at least. The place matters: a report's title centred at the top of its first page and
 * its signature set right at the same height on a short last page are the report's own lines.
 */
export function repeatedLines(pages: MarginLine[][]): Furniture {
  const seen = new Map<string, number[]>();
  for (const lines of pages) {
    const once = new Map<string, number>();
    for (const line of lines) if (!once.has(key(line))) once.set(key(line), line.x);
    for (const [k, x] of once) {
      const middles = seen.get(k);
      if (middles) middles.push(x);
      else seen.set(k, [x]);
    }
  }
  const out: Furniture = new Map();
  for (const [k, middles] of seen) {
    const together = middles.map((m) => middles.filter((o) => Math.abs(o - m) <= MIDDLE_TOLERANCE));
    const most = together.reduce((best, group) => (group.length > best.length ? group : best), [] as number[]);
    if (most.length >= 2 && most.length * 2 >= pages.length) out.set(k, most);
  }
  return out;
}

export const isFurniture = (furniture: Furniture, line: MarginLine): boolean =>
  furniture.get(key(line))?.some((x) => Math.abs(x - line.x) <= MIDDLE_TOLERANCE) ?? false;
