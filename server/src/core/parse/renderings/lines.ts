// Lines and display columns shared by the drawn-grid renderings.
import type { TextLine } from './types';

/** The lines of `text`, each without its LF and a CR before it. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let from = 0;
  for (;;) {
    const lf = text.indexOf('\n', from);
    const end = lf < 0 ? text.length : lf;
    const to = end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push({ from, to });
    if (lf < 0) return lines;
    from = lf + 1;
  }
}

/** Whether a code point takes two columns in a terminal (East Asian wide and full-width). */
export function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Columns a string takes in a terminal or in pdftotext's grid: a wide or full-width character two. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const c of s) width += isWide(c.codePointAt(0)!) ? 2 : 1;
  return width;
}

/** How columns are counted: terminal display width (w3m, elinks, pandoc) or one per character (links). */
export type ColumnMetric = 'display' | 'chars';

/**
 * A line laid out in columns: `x[k]` is the first column of the line's k-th character (UTF-16
 * index k from the line start; the low half of a surrogate pair shares its high half's column),
 * `x[length]` the column after the last.
 */
export function columnsOf(text: string, line: TextLine, metric: ColumnMetric): Int32Array {
  const n = line.to - line.from;
  const x = new Int32Array(n + 1);
  let col = 0;
  for (let k = 0; k < n; k++) {
    x[k] = col;
    const code = text.codePointAt(line.from + k)!;
    if (code > 0xffff) {
      x[k + 1] = col;
      k++;
    }
    col += metric === 'display' && isWide(code) ? 2 : 1;
  }
  x[n] = col;
  return x;
}

/** Whether two pieces of a wrapped cell join with no space: either side is Chinese (or other wide) text. */
export function joinsTight(before: string, after: string): boolean {
  if (before.length === 0 || after.length === 0) return true;
  return isWide(before.codePointAt(before.length - 1)!) || isWide(after.codePointAt(0)!) || /[-/]$/.test(before);
}
