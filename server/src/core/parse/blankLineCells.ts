// Tables written one cell per line (lynx's dump of a page whose cells hold paragraphs, LibreOffice's
// "save as text"): an empty cell leaves nothing but one blank line more than the table puts between
// two cells, so its row would slide left. The table's own spacing — the fewest lines between two
// cells of a row, and between a row's last cell and the next row's label — says how many blank
// lines stand for empty cells; they are put back only where that makes the row exactly as wide as
// the format says (docs/report-format.md §5); after a row's last value, where the spacing between
// rows varies, lines of spaces (a no-break space) that make the row that wide are its empty cells. Otherwise the row is left as it was: a cell missing
// is better than a cell read in the wrong column.
import type { Token } from './tokens';

export interface LineRow {
  tokens: Token[];
  /** The line the row's label ends on, and the line of the next row's label (or the table's end). */
  labelLine: number;
  endLine: number;
  columns: number;
}

const isFilled = (t: Token) => t.kind === 'value' || t.kind === 'dash' || t.kind === 'word';

/** Whether a row is written one cell per line, each line after its label's. */
function cellPerLine(row: LineRow): boolean {
  if (row.tokens.length === 0 || !row.tokens.every(isFilled)) return false;
  let line = row.labelLine;
  for (const t of row.tokens) {
    if (t.line <= line) return false;
    line = t.line;
  }
  return line < row.endLine;
}

/**
 * `isSpaceLine` tells a line of spaces (an empty cell's no-break space, as LibreOffice writes it)
 * from an empty line (which LibreOffice puts between some rows and not others).
 */
export function withBlankLineCells(rows: LineRow[], isSpaceLine: (line: number) => boolean = () => false): Token[][] {
  const lined = rows.map(cellPerLine);
  let cellGap = Infinity;
  let rowGap = Infinity;
  rows.forEach((row, i) => {
    if (!lined[i]) return;
    const lines = [row.labelLine, ...row.tokens.map((t) => t.line)];
    for (let k = 1; k < lines.length; k++) cellGap = Math.min(cellGap, lines[k]! - lines[k - 1]!);
    if (row.tokens.length === row.columns) rowGap = Math.min(rowGap, row.endLine - lines[lines.length - 1]!);
  });
  if (!Number.isFinite(cellGap)) return rows.map((r) => r.tokens);
  return rows.map((row, i) => {
    if (!lined[i] || row.tokens.length >= row.columns) return row.tokens;
    const out: Token[] = [];
    let line = row.labelLine;
    const blank = (at: Token): Token => ({ kind: 'empty', from: at.from, to: at.from, text: '', line: at.line, splittable: false });
    let unexplained = false;
    for (const t of row.tokens) {
      // Cells on consecutive lines: only a line of spaces is an empty cell (LibreOffice's
      // no-break space); an empty line there is a page or paragraph break (pdftotext).
      if (cellGap === 1) for (let l = line + 1; l < t.line; l++) if (!isSpaceLine(l)) unexplained = true;
      for (let extra = t.line - line - cellGap; extra > 0; extra--) out.push(blank(t));
      out.push(t);
      line = t.line;
    }
    const missing = row.columns - out.length;
    let spaceLines = 0;
    for (let l = line + 1; l < row.endLine && isSpaceLine(l); l++) spaceLines++;
    if (missing > 0 && ((Number.isFinite(rowGap) && row.endLine - line - rowGap === missing) || spaceLines === missing)) {
      const last = row.tokens[row.tokens.length - 1]!;
      for (let k = 0; k < missing; k++) out.push({ kind: 'empty', from: last.to, to: last.to, text: '', line: last.line, splittable: false });
    }
    return out.length === row.columns && !unexplained ? out : row.tokens;
  });
}
