// The cells of a stretch of normalised text, whatever separated them: TABs, pipes, line
// breaks, runs of spaces, or nothing at all (fused text, where the boundary between a label
// and a run of digits is the only separator there is).

export type TokenKind = 'value' | 'dash' | 'empty' | 'word' | 'text';

export interface Token {
  kind: TokenKind;
  /** Normalised-text offsets; for `empty`, the place between two separators. */
  from: number;
  to: number;
  text: string;
  /** Zero-based line in the normalised text. */
  line: number;
  /** A run of digits with no separator on at least one side: it may hold several cells. */
  splittable: boolean;
  /**
   * An empty cell the text shows nothing of, put back because its row's label has the next one
   * right after it (blankLineCells.ts): like a row that lost cells, it shows the table drops blanks.
   */
  traceless?: true;
  /**
   * An empty cell written out: a space between its separators (Word's `&nbsp;` cell, a no-break
   * space before normalisation), where a separator's padding holds nothing (rowText.ts `cellsOf`).
   */
  written?: true;
}

const FOOTER = /^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})\s*$/;
const DASH = /^[-—–－―~～/／\\×xX*＊]+$/;
/** Short non-numbers that stand in a cell's place; U+FFFC is the canonical text's cell of unknown content (grid/canonical.ts). */
const CELL_WORDS = /^(?:无|空|暂无|否|不适用|未|零|\uFFFC)$/;
// Character codes, compared rather than one-character strings: `text[i]` of a CJK character
// makes a new string each time, most of what cutting a table into tokens allocated.
const INCREASE = 0x589e; // 增
const DECREASE = 0x51cf; // 减
const WAN = 0x4e07; // 万
const YUAN = 0x5143; // 元

/** `[0-9.,+\-增减万元]`: a character of a value. */
function isValueChar(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 46 || code === 44 || code === 43 || code === 45 || code === INCREASE || code === DECREASE || code === WAN || code === YUAN;
}
const SEPARATOR = /[\s|]/;

/** Lines that a PDF put inside a table but that are no part of it: page footers. */
export function isFooterLine(line: string): boolean {
  // A footer stands alone on its line: never between cell separators (`0\t/\t7` is a row).
  if (/[\t|]/.test(line) || !FOOTER.test(line)) return false;
  const pages = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(line);
  return !pages || Number(pages[1]) <= Number(pages[2]);
}

/** The rules of a Markdown or grid table (`|---|---|`, `+-----+-----+`): no cells in them. */
function isBorderLine(line: string): boolean {
  return /^[\s+\-=|:]*$/.test(line) && /[-=]{3,}/.test(line);
}

export function tokenize(text: string, from: number, to: number, firstLine: number): Token[] {
  const tokens: Token[] = [];
  let line = firstLine;
  let lineStart = from;
  while (lineStart <= to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const content = text.slice(lineStart, lineEnd);
    if (!isFooterLine(content) && !isBorderLine(content)) tokenizeLine(text, lineStart, lineEnd, line, tokens);
    if (lineEnd >= to) break;
    lineStart = lineEnd + 1;
    line++;
  }
  return tokens;
}

function tokenizeLine(text: string, from: number, to: number, line: number, out: Token[]): void {
  // Pieces between separators; remember which separator closed each piece.
  const pieces: Array<{ from: number; to: number; openedBy: string; closedBy: string }> = [];
  let start = from;
  let openedBy = 'line';
  // A stretch cut off by the next label (not by a line end) is the start of that label's cell.
  const endsLine = to >= text.length || text.charCodeAt(to) === 10;
  for (let i = from; i <= to; i++) {
    let c: string;
    if (i < to) {
      const code = text.charCodeAt(i);
      if (code === 9) c = '\t';
      else if (code === 124) c = '|';
      else continue;
    } else c = endsLine ? 'eol' : 'cut';
    pieces.push({ from: start, to: i, openedBy, closedBy: c });
    openedBy = c;
    start = i + 1;
  }
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!;
    const blank = isBlank(text, p.from, p.to);
    if (blank) {
      // An empty cell is one a separator opened: a TAB before it, or a pipe on both sides.
      // The stretch before a line's first separator and after a closing pipe is no cell.
      // A line holding nothing but ` |` is an empty cell of the one-cell-per-line pipe form.
      // A TAB right at a line's end, then one blank line and a paragraph cell (a browser's copy:
      // the next cell is a paragraph among bare cells, set off by its margins) opens no cell on
      // that line. Anything else after the blank line (a TAB row, a caption: a table a PDF's page
      // break parted in two) leaves the TAB its row's last, empty cell.
      const beforeParagraph = p.closedBy === 'eol' && p.from === p.to && paragraphCellFollows(text, to);
      const opened =
        (p.openedBy === '\t' && p.closedBy !== 'cut' && !beforeParagraph) ||
        (p.openedBy === '|' && p.closedBy === '|') ||
        (p.openedBy === 'line' &&
          p.closedBy === '|' &&
          (from === 0 || text[from - 1] === '\n') &&
          pieces.length === 2 &&
          text.slice(pieces[1]!.from, pieces[1]!.to).trim() === '');
      if (opened) out.push({ kind: 'empty', from: p.from, to: p.to, text: '', line, splittable: false, ...(p.to > p.from ? { written: true as const } : {}) });
      continue;
    }
    // Markdown's strong emphasis opening the line of what follows (pandoc's `**四、…**` heading
    // right after a table, cut off by the next label or where the section's text ends): part of
    // that heading, not a `*` cell of the row before.
    const cutOff = p.closedBy === 'cut' || (p.closedBy === 'eol' && p.to >= text.length);
    if (p.openedBy === 'line' && cutOff && /^[ \t]*(\*\*|__)$/.test(text.slice(p.from, p.to))) continue;
    splitPiece(text, p.from, p.to, line, out);
  }
}

/**
 * A piece of one cell's text, or of several: PDF rows put spaces between cells and fused text
 * puts nothing. Runs of value characters become value tokens, the rest text.
 */
function splitPiece(text: string, from: number, to: number, line: number, out: Token[]): void {
  let i = from;
  while (i < to) {
    while (i < to && text.charCodeAt(i) === 32) i++;
    if (i >= to) break;
    if (startsValue(text, i, to)) {
      let j = i;
      while (j < to && isValueChar(text.charCodeAt(j))) {
        // `万` only as part of `万元`; a lone `万` ends the run.
        if (text.charCodeAt(j) === WAN && text.charCodeAt(j + 1) !== YUAN) break;
        j++;
      }
      // Trailing punctuation is no part of the number.
      while (j > i + 1 && isTrailingPunctuation(text.charCodeAt(j - 1))) j--;
      // Look past the piece: a label right before or after the digits (fused text) counts.
      const separatedBefore = i === 0 || SEPARATOR.test(text[i - 1]!);
      const separatedAfter = j >= text.length || SEPARATOR.test(text[j]!);
      out.push({
        kind: 'value',
        from: i,
        to: j,
        text: text.slice(i, j),
        line,
        splittable: !(separatedBefore && separatedAfter),
      });
      i = j;
      continue;
    }
    // Text runs until a value starts (after a space or directly: fused labels and digits).
    let j = i;
    while (j < to && !(j > i && startsValue(text, j, to) && (text[j - 1] === ' ' || !/[A-Za-z]/.test(text[j - 1]!)))) j++;
    let end = j;
    while (end > i && text.charCodeAt(end - 1) === 32) end--;
    const word = text.slice(i, end);
    const compact = word.replace(/\s+/g, '');
    const kind: TokenKind = DASH.test(compact) ? 'dash' : CELL_WORDS.test(compact) ? 'word' : 'text';
    if (kind === 'text' && out.length > 0) {
      const last = out[out.length - 1]!;
      // A label broken by spaces (`商 业 企 业`) stays one text token.
      if (last.kind === 'text' && last.line === line && text.slice(last.to, i).trim() === '') {
        last.to = end;
        last.text = text.slice(last.from, end);
        i = j;
        continue;
      }
    }
    out.push({ kind, from: i, to: end, text: word, line, splittable: false });
    i = j;
  }
}

/** Whether text[from, to) is white space only (`trim()` leaves nothing), without slicing it. */
export function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isTrimmed(text.charCodeAt(i))) return false;
  return true;
}

/** The characters `String.prototype.trim` removes: white space and line terminators (checked over every code unit). */
function isTrimmed(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `[.,+\-]`. */
function isTrailingPunctuation(code: number): boolean {
  return code === 46 || code === 44 || code === 43 || code === 45;
}

function startsValue(text: string, i: number, to: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return true;
  if ((c === 43 || c === 45 || c === INCREASE || c === DECREASE) && i + 1 < to) {
    let k = i + 1;
    while (k < to && text.charCodeAt(k) === 32) k++;
    // Past the end of the text: NaN, no digit.
    const d = text.charCodeAt(k);
    return d >= 48 && d <= 57;
  }
  return false;
}

/**
 * Whether `\n\n` and a paragraph cell of a browser's copy follow `at`: a line with no TAB that is a
 * number (a count set in a paragraph of its own), or any such line the row goes on after (`\n\n`
 * and a TAB).
 */
function paragraphCellFollows(text: string, at: number): boolean {
  if (!text.startsWith('\n\n', at) || at + 2 >= text.length || /\s/.test(text[at + 2]!)) return false;
  let end = text.indexOf('\n', at + 2);
  if (end < 0) end = text.length;
  const line = text.slice(at + 2, end);
  if (line.includes('\t')) return false;
  return /^[0-9０-９][0-9０-９,，.．]*\s*$/.test(line) || text.startsWith('\n\n\t', end);
}
