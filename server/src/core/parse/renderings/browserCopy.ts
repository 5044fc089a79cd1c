// A browser's select-all copy of a page whose table cells hold paragraphs (Word-exported pages:
// `<td><p class=MsoNormal>…</p></td>`): each cell's text sits between blank lines, the cells of a
// row are separated by a line holding only a TAB, rows by a run of three or more blank lines. An
// empty cell is a blank (or space-only) line between two TAB lines — read as such, it no longer
// lets the row's numbers slide one column to the left.
import type { GridCell, GridPiece, GridRow } from '../../grid/types';
import type { Rendering, RenderingRegion, TextLine } from './types';

/** A TAB line with a blank line on either side: the cell separator of such a copy. */
export const BROWSER_CELL_SEPARATOR = '\n\n\t\n\n';
/** Fewer separators than this are not a table (a stray TAB between paragraphs). */
const MIN_SEPARATORS = 4;
/**
 * A run with this many separators of its own may count its lines of bare cells beside a
 * paragraph towards MIN_SEPARATORS (a CMS page's 表二 groups of two rows, unclosed `<td>`).
 */
const MIN_OWN_SEPARATORS = 3;
/** Lines from one separator to the next at a row break: the cell, the blank lines, the next row's first cell. */
const MAX_GAP = 12;

type Kind = 'blank' | 'sep' | 'content';

export const browserCopy: Rendering = {
  name: 'browser-copy',
  mayOccur: (text) => text.includes(BROWSER_CELL_SEPARATOR),
  read(text, lines) {
    const kindOf = (line: TextLine): Kind | 'space' => {
      const s = text.slice(line.from, line.to);
      if (s === '\t') return 'sep';
      // Bare cells of no-break spaces parted by TABs (`\t&nbsp;\t&nbsp;`): cells, not a blank line.
      if (s.includes('\t')) return 'content';
      if (s.trim() === '') return /[\u00a0\u3000]/.test(s) ? 'space' : 'blank';
      return 'content';
    };
    const kinds = resolveSpaceLines(lines.map(kindOf));
    // A separator counts only between blank lines (a TAB-started cell line of other copies never does).
    const lineText = (k: number) => text.slice(lines[k]!.from, lines[k]!.to);
    // A TAB beside a paragraph's margin: a lone TAB line between blank lines, or bare cells whose
    // TAB opens the line after a paragraph cell or ends the line before one (CMS pages mix both).
    const isSep = (i: number) =>
      (kinds[i] === 'sep' && kinds[i - 1] === 'blank' && kinds[i + 1] === 'blank') ||
      (kinds[i] === 'content' && kinds[i - 1] === 'blank' && kinds[i + 1] === 'blank' && lineText(i).startsWith('\t') && lineText(i).endsWith('\t'));
    // Within a run of rows, bare cells beside a paragraph (`规章\t&nbsp;\t\t` / blank / `46`, a
    // CMS page's row whose label holds no paragraph): a TAB inside the line, a blank line next to
    // it. It keeps the run going, though it opens none (a plain table's rows are no such run).
    const bareCellsBeside = (k: number) => kinds[k] === 'content' && lineText(k).includes('\t') && (kinds[k - 1] === 'blank' || kinds[k + 1] === 'blank');
    const regions: RenderingRegion[] = [];
    let i = 0;
    while (i < lines.length) {
      if (!isSep(i)) {
        i++;
        continue;
      }
      // A run of rows: separators no further apart than a row break and a cell or two; the region
      // goes from the cell before the first separator to the cell after the last.
      let lastSep = i;
      let separators = 1;
      let bare = 0;
      for (let k = i + 1; k < lines.length && k - lastSep <= MAX_GAP; k++) {
        if (isSep(k)) {
          lastSep = k;
          separators++;
        } else if (bareCellsBeside(k)) {
          lastSep = k;
          bare++;
        }
      }
      const first = rowStart(kinds, lineText, cellStart(kinds, i));
      const end = rowEnd(kinds, lineText, cellEnd(kinds, lastSep));
      // Read apart, `行政强制\t&nbsp;\t\t` / blank / `16` is a whole row of blanks, its last cell's
      // paragraph lost: where the run is a table of the copy's, those lines count as its cells.
      if (separators >= MIN_SEPARATORS || (separators >= MIN_OWN_SEPARATORS && separators + bare >= MIN_SEPARATORS)) {
        regions.push({ firstLine: first, endLine: end, grid: { rows: rowsOf(text, lines, kinds, first, end), source: 'browser-copy' } });
      }
      i = end;
    }
    return regions;
  },
};

/**
 * A line of no-break spaces next to a separator (the nearest non-blank line before or after it is
 * a TAB line) is the text of an empty cell (Word's `&nbsp;`): counted as blank, it would make the
 * run of blank lines that ends a row. Elsewhere (Word's empty paragraph after a table) it is blank.
 */
function resolveSpaceLines(raw: Array<Kind | 'space'>): Kind[] {
  const nearest = (from: number, step: number) => {
    let k = from + step;
    while (k >= 0 && k < raw.length && raw[k] === 'blank') k += step;
    return raw[k];
  };
  return raw.map((kind, i) => (kind !== 'space' ? kind : nearest(i, -1) === 'sep' || nearest(i, 1) === 'sep' ? 'content' : 'blank'));
}

/** The first line of the cell before separator `sep`: its run of content lines only. */
function cellStart(kinds: Kind[], sep: number): number {
  let k = sep - 1;
  while (k >= 0 && kinds[k] === 'blank') k--;
  while (k >= 0 && kinds[k] === 'content') k--;
  return k + 1;
}

/** One past the last line of the cell after separator `sep`. */
function cellEnd(kinds: Kind[], sep: number): number {
  let k = sep + 1;
  while (k < kinds.length && kinds[k] === 'blank') k++;
  while (k < kinds.length && kinds[k] === 'content') k++;
  return k;
}

/**
 * The region's first line moved back to the start of its row, so that a row's label and bare
 * cells before its first paragraph cell (`4.保护…` / blank / `\t\t0\t\t` / blank / `0` on a CMS
 * page) are read with the rest of the row, not apart from it: a line ending in a TAB one blank
 * line before (bare cells, their last TAB before the paragraph cell), and then the label one blank
 * line before that, where a row break (two blank lines or more, or the text's start) comes first.
 */
function rowStart(kinds: Kind[], line: (k: number) => string, first: number): number {
  let k = first;
  while (k >= 2 && kinds[k - 1] === 'blank' && kinds[k - 2] === 'content' && line(k - 2).endsWith('\t')) k -= 2;
  const rowBreakBefore = (j: number) => j < 0 || (kinds[j] === 'blank' && (j === 0 || kinds[j - 1] === 'blank'));
  if (k < first && k >= 2 && kinds[k - 1] === 'blank' && kinds[k - 2] === 'content' && !line(k - 2).includes('\t') && rowBreakBefore(k - 3)) k -= 2;
  return k;
}

/**
 * One past the region's last line moved on over bare cells that end its last row (`\t&nbsp;\t&nbsp;`
 * one blank line after a paragraph cell), and over a row of bare cells after a row break that a
 * paragraph cell interrupts (a CMS page's 表四: `&nbsp;\t…\t76\t` / blank / `76`, or `&nbsp;\t0\t`
 * / blank / `29` / blank / `\t69\t98…`): read apart, that row would be cells short.
 */
function rowEnd(kinds: Kind[], line: (k: number) => string, end: number): number {
  let k = end;
  for (;;) {
    if (k + 1 < kinds.length && kinds[k] === 'blank' && kinds[k + 1] === 'content' && line(k + 1).startsWith('\t')) {
      k += 2;
      continue;
    }
    let j = k;
    while (j < kinds.length && kinds[j] === 'blank') j++;
    // After the row break: a line feed alone (after bare cells) or two blank lines (after a paragraph).
    const bareCells = j - k !== 1 && kinds[j] === 'content' && line(j).includes('\t') && line(j).endsWith('\t');
    if (bareCells && kinds[j + 1] === 'blank' && kinds[j + 2] === 'content' && !line(j + 2).includes('\t') && kinds[j + 3] !== 'content') {
      k = j + 3;
      continue;
    }
    return k;
  }
}

/**
 * The rows of the region. The copy is `innerText`: a TAB after every cell but a row's last (on a
 * line of its own, or inside a line where the cells hold no paragraph: CMS pages mix both), a
 * line feed after every row, and two line breaks around a paragraph, merged with those of the
 * next. So between two lines with text, the count of line breaks tells: one is a row's line
 * feed between cells without paragraphs (or a `<br>` inside a paragraph cell), two a paragraph
 * boundary inside a cell (or a paragraph's margin beside a TAB), three or more a row's line feed
 * beside a paragraph.
 */
function rowsOf(text: string, lines: readonly TextLine[], kinds: Kind[], first: number, end: number): GridRow[] {
  const rows: GridRow[] = [];
  let cells: GridCell[] = [];
  let pieces: GridPiece[] = [];
  // Whether the open cell's text came after a paragraph's margin (a single line break in it is a `<br>`).
  let paragraphCell = false;
  // Whether the last thing read was a TAB (the open cell has no text yet).
  let cellOpen = true;
  let breaks = 0;
  const endCell = () => {
    cells.push({ text: pieces.map((p) => p.text).join(''), pieces });
    pieces = [];
    paragraphCell = false;
  };
  const endRow = () => {
    if (pieces.length > 0 || cells.length > 0) endCell();
    // A row of blank cells is kept: the canonical text leaves it out, but for a table's one row of
    // data under its headers (表四 with every cell blank, grid/canonical.ts).
    if (cells.some((c) => c.text !== '') || cells.length > 1) rows.push({ cells });
    cells = [];
  };
  for (let k = first; k < end; k++) {
    if (kinds[k] === 'blank') {
      breaks++;
      continue;
    }
    const gap = breaks + 1;
    breaks = 0;
    if (k > first) {
      const rowBreak = gap >= 3 || (gap === 1 && !(paragraphCell && pieces.length > 0));
      if (rowBreak) {
        endRow();
        cellOpen = true;
      }
      if (cellOpen && pieces.length === 0) paragraphCell = gap >= 2;
    }
    const line = lines[k]!;
    let from = line.from;
    for (let i = line.from; i <= line.to; i++) {
      if (i < line.to && text[i] !== '\t') continue;
      addPiece(text, from, i, pieces);
      if (i < line.to) {
        endCell();
        cellOpen = true;
        paragraphCell = false;
      }
      from = i + 1;
    }
    if (pieces.length > 0) cellOpen = false;
  }
  endRow();
  return rows;
}

/** The text of [from, to) without the white space at its ends, as a piece of the open cell. */
function addPiece(text: string, from: number, to: number, pieces: GridPiece[]): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body !== '') pieces.push({ text: body, from: from + lead, to: from + lead + body.length });
}
