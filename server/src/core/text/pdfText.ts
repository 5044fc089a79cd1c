// What kind of PDF text a text is, told from the text alone: the parser's reading-order rendering
// (parse/renderings/readingOrder.ts) and the rules that explain what it leaves unread
// (rules/unread.ts) ask the same question.

/** More lines of aligned columns than this in a whole text: `pdftotext -layout`, not reading order. */
export const MAX_ALIGNED_LINES = 10;

/**
 * Whether the text is a PDF's text in reading order (form feeds, no aligned columns): the text the
 * reading-order rendering reads, where a table row it leaves unread is one it could not place,
 * not one the report lacks (rules/unread.ts).
 */
export function isReadingOrderText(text: string): boolean {
  if (!text.includes('\f')) return false;
  // Lines with a run of spaces between words, each counted once (the search goes on at the next line).
  const gap = /\S {3,}\S/g;
  let aligned = 0;
  for (let m = gap.exec(text); m; m = gap.exec(text)) {
    if (++aligned > MAX_ALIGNED_LINES) return false;
    const lf = text.indexOf('\n', m.index);
    if (lf < 0) break;
    gap.lastIndex = lf + 1;
  }
  return true;
}


/** The kind of a PDF's text: in reading order (no layout kept), or with its layout (`pdftotext -layout`). */
export type PdfTextKind = 'reading-order' | 'layout';

/** What kind of PDF text the text is (its pages parted by form feeds); undefined for other text. */
export function pdfTextKind(text: string): PdfTextKind | undefined {
  if (!text.includes('\f')) return undefined;
  return isReadingOrderText(text) ? 'reading-order' : 'layout';
}
