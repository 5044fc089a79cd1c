// Aligned PDF text (`pdftotext -layout`, layoutColumns.ts): a negative number too wide for its
// narrow cell (表二's 本年增/减) wraps with its sign alone on a line — `-` above `1527` (and `7`
// below: -15277), or `行政         -` above `强制        75` (-75). The sign is no number, so the
// digits under it would read as a positive number of their own: a wrong cell. A number standing
// under a lone sign is marked, and no row keeps it as a cell: the row is left unread instead.
import type { LayoutLine, LayoutRow } from './layoutColumnsRows';
import type { NumberToken } from './readingOrderText';

/** A sign standing alone as a word of its line. */
const LONE_SIGN = /(?:^|[ \t])([-－−+＋])(?=[ \t]|$)/g;
/** A number's text that carries its sign. */
const SIGNED = /^[-－−+＋]/;
/** Lines below a sign its number's digits may start on (a label's line may come between). */
const SIGN_REACH = 2;
/** Columns a number's digits may stand left or right of its sign (centred pieces drift). */
const SIGN_SLACK = 2;

/** Offsets of the numbers that stand under a lone sign on a line above them. */
export function numbersUnderSigns(text: string, zone: LayoutLine[]): Set<number> {
  const marked = new Set<number>();
  for (const [k, line] of zone.entries()) {
    if (line.kind === 'blank' || line.kind === 'page' || line.kind === 'heading') continue;
    const body = text.slice(line.from, line.textTo);
    for (const m of body.matchAll(LONE_SIGN)) {
      const column = line.from + m.index! + m[0].length - 1 - line.origin;
      for (let j = k + 1; j <= k + SIGN_REACH && j < zone.length; j++) {
        const below = zone[j]!;
        const hit = below.numbers.find((n) => n.from - below.origin - SIGN_SLACK <= column && column <= n.to - below.origin + SIGN_SLACK);
        // A number that took the sign already (joined with it, `-` / `82` / `3` as -823) is whole.
        const signAt = line.from + m.index! + m[0].length - 1;
        if (hit && (SIGNED.test(hit.text) || [hit, ...(hit.parts ?? [])].some((p) => p.from <= signAt && signAt < p.to))) break;
        if (hit) {
          for (const piece of [hit, ...(hit.parts ?? [])]) marked.add(piece.from);
          break;
        }
      }
    }
  }
  return marked;
}

/** Rows keeping a number marked (`numbersUnderSigns`) as a cell: left unread, none of their cells known. */
export function dropSignCut(rows: LayoutRow[], marked: Set<number>): void {
  if (marked.size === 0) return;
  const cut = (n: NumberToken | null | undefined) => n != null && [n, ...(n.parts ?? [])].some((p) => marked.has(p.from));
  for (const r of rows) {
    if (r.cells?.some(cut) || r.partial?.some(cut)) {
      r.cells = null;
      r.partial = undefined;
    }
  }
}
