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
  /** Whether text follows the row (the next row's label, a heading): false where the text ends after it (cut short). */
  followed?: boolean;
}

const isFilled = (t: Token) => t.kind === 'value' || t.kind === 'dash' || t.kind === 'word';

/** An empty cell put back at `at` (on `line`): where its line starts, or beside the cell it follows. */
const emptyAt = (at: number, line: number): Token => ({ kind: 'empty', from: at, to: at, text: '', line, splittable: false });

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
 * from an empty line (which LibreOffice puts between some rows and not others). `notPdf`: the text
 * is no PDF's, so its empty lines may be cells and a row's cells follow its label (PDF text breaks
 * rows over empty lines). `sumsHold` tells whether a row's cells, as put back, keep relations of
 * the row's own (false where it has none).
 */
export function withBlankLineCells(
  rows: LineRow[],
  isSpaceLine: (line: number) => boolean = () => false,
  lineStart?: (line: number) => number,
  notPdf = false,
  sumsHold: (row: number, cells: Token[]) => boolean = () => false,
): Token[][] {
  const lined = rows.map(cellPerLine);
  let cellGap = Infinity;
  let rowGap = Infinity;
  // Every gap a complete row leaves before the next label: LibreOffice's vary with what follows
  // (none before a sibling row, one or two blank lines before a group's next label).
  const rowGaps = new Set<number>();
  rows.forEach((row, i) => {
    if (!lined[i]) return;
    const lines = [row.labelLine, ...row.tokens.map((t) => t.line)];
    for (let k = 1; k < lines.length; k++) {
      // Lines of spaces between two cells are empty cells of their own (LibreOffice writes a
      // `&nbsp;` cell so): the cells are a line apart, even where no two values are.
      const [a, b] = [lines[k - 1]!, lines[k]!];
      let spaces = b - a > 1;
      for (let l = a + 1; spaces && l < b; l++) spaces = isSpaceLine(l);
      cellGap = Math.min(cellGap, spaces ? 1 : (spacedStep(a, b, isSpaceLine) ?? b - a));
    }
    if (row.tokens.length === row.columns) {
      rowGap = Math.min(rowGap, row.endLine - lines[lines.length - 1]!);
      rowGaps.add(row.endLine - lines[lines.length - 1]!);
    }
  });
  if (!Number.isFinite(cellGap)) {
    // No cell to learn the spacing from. A table of one row with nothing after its headers (表四,
    // every cell left blank): its cells, if blank, write a line each, and then the table ends
    // one to three lines on (LibreOffice, lynx over a WPS page, over a Word page).
    const only = rows.length === 1 ? rows[0]! : undefined;
    const blank = only && notPdf && lineStart && only.tokens.length === 0 ? linePerBlankCell(only, lineStart) : undefined;
    return blank ? [blank] : rows.map((r) => r.tokens);
  }
  cellGap = inferredCellGap(rows, lined, cellGap);
  // Empty lines are cells only where the table writes a cell a line without exception: every
  // complete row's cells on consecutive lines from its label on (LibreOffice). A dump that puts
  // some complete rows' cells a line apart and others further (lynx over a CMS page) says
  // nothing certain.
  // A table whose every row lost cells (every zero left blank) shows no complete row: then cells
  // at the start of their lines are LibreOffice's, while lynx indents them (its margin), and over
  // a CMS page writes blank lines that are no cells (a `<p>` cell's paragraph break, a line of
  // `&nbsp;` cells, trimmed).
  let uniform = cellGap === 1;
  let complete = 0;
  let indented = false;
  rows.forEach((row, i) => {
    if (!lined[i]) return;
    if (lineStart) for (const t of row.tokens) if (t.from > lineStart(t.line)) indented = true;
    if (row.tokens.length !== row.columns) return;
    complete++;
    let line = row.labelLine;
    for (const t of row.tokens) {
      if (t.line - line !== 1) uniform = false;
      line = t.line;
    }
  });
  const emptyLinesAreCells = notPdf && uniform && !indented && (complete > 0 || lineStart !== undefined);
  // The least gap after a row: of the rows written whole, or, where every row has a blank cell
  // (a line of its own), of the rows whose cells fill the columns with those lines counted.
  const leastRowGap = Number.isFinite(rowGap) || !emptyLinesAreCells ? rowGap : filledRowGap(rows, lined);
  const lastLabel = Math.max(...rows.map((r) => r.labelLine));
  // The gap between rows: of the complete rows or, with none, the one every short row implies.
  const betweenRows = Number.isFinite(rowGap) ? rowGap : impliedRowGap(rows, lined, cellGap, lastLabel);
  return rows.map((row, i) => {
    if (row.tokens.length === 0) {
      return (
        (lineStart &&
          (allBlank(row, row.labelLine === lastLabel, cellGap, betweenRows, isSpaceLine, lineStart, emptyLinesAreCells) ??
            someSpaceCells(row, cellGap, isSpaceLine, lineStart) ??
            (notPdf && lined.some(Boolean) ? nextLabelFollows(row, lineStart) : undefined))) ||
        row.tokens
      );
    }
    if (!lined[i] || row.tokens.length >= row.columns) return row.tokens;
    const out: Token[] = [];
    let line = row.labelLine;
    const blank = (before: Token): Token => emptyAt(before.from, before.line);
    let unexplained = false;
    // Whether lines of spaces stood for empty cells: their places are then known even where
    // other empty cells left no trace.
    let spaceCellsSeen = false;
    for (const t of row.tokens) {
      // Cells on consecutive lines: only a line of spaces is an empty cell (LibreOffice's
      // no-break space); an empty line there is a page or paragraph break (pdftotext) — unless
      // the text is no PDF's (LibreOffice writes an empty cell as an empty line too).
      if (cellGap === 1 && !emptyLinesAreCells) for (let l = line + 1; l < t.line; l++) if (!isSpaceLine(l)) unexplained = true;
      const spaceCells = cellGap > 1 ? spaceCellsBetween(line, t.line, cellGap, isSpaceLine) : undefined;
      if (spaceCells === null) unexplained = true;
      else if (spaceCells !== undefined) {
        spaceCellsSeen = true;
        // Each at its own line of spaces (where the text says where lines start): the blank cell's
        // place in the source, and no gap of blank lines left between its neighbours that would
        // look like a further lost cell (lostBlankTrace.ts).
        for (let k = 1; k <= spaceCells; k++) {
          const at = lineStart?.(line + k * cellGap);
          out.push(at === undefined ? blank(t) : emptyAt(at, line + k * cellGap));
        }
      }
      else for (let extra = t.line - line - cellGap; extra > 0; extra--) out.push(blank(t));
      out.push(t);
      line = t.line;
    }
    const missing = row.columns - out.length;
    let spaceLines = 0;
    // (Cells further apart than a line: a line of spaces at each cell's step.)
    const step = Number.isFinite(cellGap) && cellGap > 1 ? cellGap : 1;
    for (let l = line + step; l < row.endLine && isSpaceLine(l); l += step) spaceLines++;
    const gap = row.endLine - line;
    // The lines a row's missing last cells add before the next label: an empty cell a line each,
    // but a line of spaces where cells stand further apart is a cell written whole, its step of
    // lines (pandoc's paragraph of a no-break space). `<td></td>` beside it leaves no line at all,
    // so a gap that one line of spaces fills tells nothing of a further missing cell.
    const trailingLines = missing + Math.min(spaceLines, missing) * (step - 1);
    // The lines after the last value are a gap no complete row leaves, and one line per missing
    // cell fewer is one they do: the row's last cells are blank, a line each.
    const unseenGap = !rowGaps.has(gap) && rowGaps.has(gap - trailingLines);
    // After the table's last row, Word's empty paragraph (`<p>&nbsp;</p>`) adds a line of spaces.
    const spaceCells = spaceLines === missing || (row.labelLine === lastLabel && spaceLines === missing + 1);
    // Where every empty cell writes a line (emptyLinesAreCells), only the row's last cells can
    // leave no line of their own: they run into the gap before the next label. A row short of
    // cells, with at least as many lines more than the table's least gap, ends in blank cells.
    const trailing = emptyLinesAreCells && row.followed !== false && Number.isFinite(leastRowGap) && gap - missing >= leastRowGap;
    // The same where a trailing empty cell's line and the gap before the next label cannot be told
    // apart: LibreOffice puts fewer blank lines before a group's next label than between sibling
    // rows, so a row ending in `<td></td>` there is a line short of the gap the complete rows show.
    // Every cell before the row's last value wrote a line (emptyLinesAreCells), so its missing
    // cells can only be its last ones: read so where the lines after the value are cells (lines
    // of spaces, the empty lines among them) and then at least one empty line, no more than the
    // widest gap and a line per cell that may have run into it. Only with cells at the start of
    // their lines (LibreOffice's): lynx indents its cells, and its blank lines may be paragraph
    // breaks within a cell.
    // Only where the line text is known (`lineStart`): without it an indented row cannot be told
    // (`emptyLinesAreCells` already holds only for text whose cells start their lines).
    const mergedTrailing = emptyLinesAreCells && lineStart !== undefined && row.followed !== false && rowGaps.size > 0 && mergesIntoGap(line, row.endLine, missing, Math.max(...rowGaps), isSpaceLine);
    // The table's last row, its cells further apart than a line (lynx over a Word page): no row
    // follows to learn the gap from, but the table ends a blank line further from its last cell
    // than the next cell would stand, and each blank cell at the row's end adds a line of its own.
    // Exactly that many lines more: the row's last cells are blank (a cell that left no trace
    // within the row would leave the count short).
    const lastRow = cellGap > 1 && row.labelLine === lastLabel && row.followed === true && spaceLines === 0;
    const lastRowTrailing = lastRow && gap - missing === cellGap + 1;
    // A WPS page's table ends where the next cell would stand, a line sooner; so does a Word
    // page's whose row lost a cell without trace. Its last cells are blank only where the row's
    // own sums then hold (表四's three totals: a cell lost within the row shifts one off them).
    const lastRowAtStep = lastRow && gap - missing === cellGap;
    if (missing > 0 && lastRowAtStep && !unexplained) {
      const last = row.tokens[row.tokens.length - 1]!;
      const cells = [...out, ...Array.from({ length: missing }, () => emptyAt(last.to, last.line))];
      if (cells.length === row.columns && sumsHold(i, cells)) return cells;
    }
    // The table's last row where every cell writes a line and nothing stands between the table and
    // what follows (LibreOffice: the next paragraph right after the last cell): each line up to
    // the next text is one of its cells, so exactly as many lines as cells missing are its last
    // cells, blank (`150` / four no-break spaces / an empty line / `五、…`: 表四's last five).
    const endsTable = emptyLinesAreCells && cellGap === 1 && lineStart !== undefined && row.labelLine === lastLabel && row.followed === true && gap - 1 === missing;
    if (missing > 0 && ((Number.isFinite(betweenRows) && gap - betweenRows === trailingLines) || spaceCells || unseenGap || trailing || mergedTrailing || lastRowTrailing || endsTable)) {
      const last = row.tokens[row.tokens.length - 1]!;
      for (let k = 0; k < missing; k++) out.push(emptyAt(last.to, last.line));
    }
    if (unexplained) return row.tokens;
    // Short of cells, with the lines of spaces kept in place: the cells that left no trace are
    // placed among them by the relations (tables.ts), not slid to either end.
    return out.length === row.columns || (spaceCellsSeen && out.length < row.columns) ? out : row.tokens;
  });
}

/**
 * Whether the lines between a row's last value (on `last`) and the next label (on `end`) are its
 * `missing` last cells, LibreOffice-style: lines of spaces and empty lines (cells) up to the last
 * line of spaces, then at least one empty line and at most `widest − 1` plus one per cell not
 * seen (a trailing empty cell's line runs into the gap).
 */
function mergesIntoGap(last: number, end: number, missing: number, widest: number, isSpaceLine: (line: number) => boolean): boolean {
  if (missing <= 0) return false;
  let lastSpace = last;
  for (let l = last + 1; l < end; l++) if (isSpaceLine(l)) lastSpace = l;
  const seen = lastSpace - last;
  const empty = end - lastSpace - 1;
  return seen <= missing && empty >= 1 && empty <= widest - 1 + (missing - seen);
}

/**
 * The step between cells where the lines between two cells hold lines of spaces at an even step of
 * two lines or more, and no other (pandoc writes a `&nbsp;` cell as a paragraph of a space: where
 * no two values are neighbours, `2` / blank / space / blank / `2` shows cells two lines apart, not
 * four); undefined where they do not.
 */
function spacedStep(from: number, to: number, isSpaceLine: (line: number) => boolean): number | undefined {
  let spaces = 0;
  for (let l = from + 1; l < to; l++) if (isSpaceLine(l)) spaces++;
  if (spaces === 0 || (to - from) % (spaces + 1) !== 0) return undefined;
  const step = (to - from) / (spaces + 1);
  if (step < 2) return undefined;
  for (let k = 1; k <= spaces; k++) if (!isSpaceLine(from + k * step)) return undefined;
  return step;
}

/**
 * Empty cells written as lines of spaces between two cells `cellGap` lines apart (pandoc writes a
 * `&nbsp;` cell as a paragraph of its own, set off by blank lines like any other cell): each such
 * line is one empty cell, and the blank lines around it are the table's separators, not cells of
 * their own. `undefined` where the gap holds no line of spaces (the caller counts blank lines);
 * `null` where the lines of spaces do not stand at the cells' places (the gap is not explained:
 * an `<td></td>` dropped without a trace among them leaves the row short, not shifted).
 */
function spaceCellsBetween(from: number, to: number, cellGap: number, isSpaceLine: (line: number) => boolean): number | null | undefined {
  let spaces = 0;
  for (let l = from + 1; l < to; l++) if (isSpaceLine(l)) spaces++;
  if (spaces === 0) return undefined;
  if (to - from !== (spaces + 1) * cellGap) return null;
  for (let k = 1; k <= spaces; k++) if (!isSpaceLine(from + k * cellGap)) return null;
  return spaces;
}

/**
 * The lines between two cells of a row when no row shows two values a cell apart (every zero left
 * blank, as lynx writes a Word page: a blank line between cells, one more line per empty cell):
 * the smallest gap seen is then too large. The gap that makes the most rows end exactly at the
 * format's width, their last value in the last column, and at least two (in a table of one row,
 * that row where the table's end agrees), is the table's; the gap seen stays where it does as well.
 */
function inferredCellGap(rows: LineRow[], lined: boolean[], seen: number): number {
  if (seen <= 1) return seen;
  // A row with every cell holds no blank cell: its values' spacing is the table's, whatever rows
  // short of cells would fit better (lynx over a Word 2019 page: 规章 `0` `0` `57` two lines apart,
  // where 行政事业性收费 `8` and 政府集中采购 `87`, each one value short, fit a gap of one line).
  const shown = rows.some((row, i) => lined[i] && row.tokens.length === row.columns && row.tokens.length > 1 && row.tokens.every((t, k) => k === 0 || t.line - row.tokens[k - 1]!.line === seen));
  if (shown) return seen;
  const exactRows = (gap: number) =>
    rows.filter((row, i) => {
      const n = row.tokens.length;
      if (!lined[i] || n === 0 || n >= row.columns) return false;
      return row.tokens[n - 1]!.line - row.labelLine - n * gap === row.columns - n;
    }).length;
  let best = seen;
  let most = exactRows(seen);
  for (let gap = seen - 1; gap >= 1; gap--) {
    const count = exactRows(gap);
    if (count > most) [best, most] = [gap, count];
  }
  if (most >= 2) return best;
  // A table of one row (表四) has no second row to agree: its row alone (one gap at most fits it
  // exactly), where the table then ends a gap or a line more after its last value, as the row's
  // next cell would stand (no blank cell after it).
  const only = rows.length === 1 ? rows[0]! : undefined;
  const last = only?.tokens[only.tokens.length - 1];
  if (only && last && most === 1 && best !== seen && only.endLine - last.line - best <= 1 && only.endLine - last.line >= best) return best;
  // Its last value short of the last column (blank cells after it, a line each): the one gap that
  // puts the table's end where the cell after its last column would stand, or a line further
  // (WPS, Word), each of its values at least that gap after the one before (lynx over a Word page's
  // 表四, `824` three lines after its headers, the second `824` four after it, the next text
  // thirteen on: cells two lines apart, one blank before the first, two between, ten after).
  if (only && last && most === 0) {
    const n = only.tokens.length;
    const fits: number[] = [];
    for (let gap = 1; gap <= seen; gap++) {
      const rest = only.endLine - only.labelLine - (only.columns - n) - (n + 1) * gap;
      const apart = only.tokens.every((t, k) => t.line - (k === 0 ? only.labelLine : only.tokens[k - 1]!.line) >= gap);
      if (apart && (rest === 0 || rest === 1)) fits.push(gap);
    }
    if (fits.length === 1) return fits[0]!;
  }
  return seen;
}

/**
 * The gap between rows when no row is complete (a table whose zeros are all left blank): each
 * row written a cell per line, if it holds all its cells, its blank ones a line each, leaves the
 * same number of lines before the next label — that number, when at least two rows agree and
 * none disagrees; Infinity otherwise. The table's last row is not asked: the table's end stands
 * further from it than a next row's label would (lynx: a line more).
 */
function impliedRowGap(rows: LineRow[], lined: boolean[], cellGap: number, lastLabel: number): number {
  let gap: number | undefined;
  let agreeing = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const filled = row.tokens.length;
    if (!lined[i] || filled >= row.columns || !row.followed || row.labelLine === lastLabel) continue;
    const implied = row.endLine - row.labelLine - filled * cellGap - (row.columns - filled);
    if (implied < 1 || (gap !== undefined && implied !== gap)) return Infinity;
    gap = implied;
    agreeing++;
  }
  return gap !== undefined && agreeing >= 2 ? gap : Infinity;
}

/**
 * A label with nothing after it but blank lines, in a table written a cell per line: a row of
 * empty cells where the lines say so exactly — a line of spaces per cell right after the label
 * (LibreOffice, one line per cell), or, where cells are further apart, the lines to the next text
 * are those of the row's cells left blank and the table's own gap between rows (more after the
 * table's last row, where an empty paragraph may follow). Never where the text ends before those
 * lines (cut short), nor without rows to learn the spacing from.
 */
function allBlank(
  row: LineRow,
  lastRow: boolean,
  cellGap: number,
  rowGap: number,
  isSpaceLine: (line: number) => boolean,
  lineStart: (line: number) => number,
  emptyLinesAreCells: boolean,
): Token[] | undefined {
  if (!Number.isFinite(cellGap)) return undefined;
  const lines = row.endLine - row.labelLine;
  if (!isBlankRow(row, lastRow, lines, cellGap, rowGap, isSpaceLine, emptyLinesAreCells)) return undefined;
  // Each empty cell at the start of a line after the label (its own line where there is one per cell).
  return Array.from({ length: row.columns }, (_, k) => {
    const line = Math.min(row.labelLine + 1 + k, row.endLine - 1);
    return emptyAt(lineStart(line), line);
  });
}

/** Least and most lines a table ends after its last cell's line, where every blank cell wrote one. */
const TABLE_END = [1, 3] as const;

/**
 * A table's one row with nothing after its headers (`labelLine`), in text that is no PDF's: a row
 * of blank cells where the empty lines up to the next text are one per cell and the table's end
 * (LibreOffice: the next paragraph right after the last cell; lynx one or two lines on). Never where
 * the text ends after the headers (cut short).
 */
function linePerBlankCell(row: LineRow, lineStart: (line: number) => number): Token[] | undefined {
  const end = row.endLine - row.labelLine - row.columns;
  if (row.followed !== true || end < TABLE_END[0] || end > TABLE_END[1]) return undefined;
  return Array.from({ length: row.columns }, (_, k) => emptyAt(lineStart(row.labelLine + 1 + k), row.labelLine + 1 + k));
}

/**
 * A label with nothing after it, the next label on the line below or the one after (lynx's running
 * text of a CMS page: `<td></td>` leaves nothing, and a cell's paragraph a blank line, so the
 * spacing of cells says nothing; `行政许可` / `第二十条第（六）项`): a row of empty cells, in a table
 * written a cell per line, where a row's cells follow its label. Never where the text ends after
 * the label (cut short).
 */
function nextLabelFollows(row: LineRow, lineStart: (line: number) => number): Token[] | undefined {
  if (row.followed !== true || row.endLine <= row.labelLine || row.endLine - row.labelLine > 2) return undefined;
  const at = lineStart(row.endLine) - 1;
  return Array.from({ length: row.columns }, (): Token => ({ ...emptyAt(at, row.endLine - 1), traceless: true }));
}

/**
 * Where every line after a label stands for a cell: the least gap after a row whose lines, from
 * its label to its last value, are as many as its columns (Infinity where there is none).
 */
function filledRowGap(rows: LineRow[], lined: boolean[]): number {
  let least = Infinity;
  rows.forEach((row, i) => {
    const last = row.tokens[row.tokens.length - 1];
    if (!lined[i] || !last || last.line - row.labelLine !== row.columns) return;
    least = Math.min(least, row.endLine - last.line);
  });
  return least;
}

/**
 * A label followed only by lines of spaces, a cell's spacing apart, no more than its columns, and
 * then the next label at that spacing (pandoc writes each cell of a table it could not lay out as
 * a paragraph: a `&nbsp;` cell a paragraph of a space, `<td></td>` nothing): those empty cells, at
 * their lines, for the relations to place with the cells that left no trace.
 */
function someSpaceCells(row: LineRow, cellGap: number, isSpaceLine: (line: number) => boolean, lineStart: (line: number) => number): Token[] | undefined {
  if (!Number.isFinite(cellGap) || cellGap < 2) return undefined;
  let k = 0;
  while (k < row.columns && isSpaceLine(row.labelLine + (k + 1) * cellGap)) k++;
  if (k === 0 || row.labelLine + (k + 1) * cellGap !== row.endLine) return undefined;
  // (The row holds no token: the other lines are empty unless they are lines of spaces out of step.)
  for (let l = row.labelLine + 1; l < row.endLine; l++) if ((l - row.labelLine) % cellGap !== 0 && isSpaceLine(l)) return undefined;
  return Array.from({ length: k }, (_, j) => {
    const line = row.labelLine + (j + 1) * cellGap;
    return emptyAt(lineStart(line), line);
  });
}

/** Whether the lines from a label with no number to the next label are those of a row of empty cells. */
function isBlankRow(
  row: LineRow,
  lastRow: boolean,
  lines: number,
  cellGap: number,
  rowGap: number,
  isSpaceLine: (line: number) => boolean,
  emptyLinesAreCells: boolean,
): boolean {
  if (cellGap !== 1) {
    // Cells further apart: the row's cells left blank and the table's gap between rows (more after
    // the table's last row, where Word's empty paragraph adds lines of its own).
    // Or nothing at all before the next label, a row's gap away: every cell `<td></td>`, which
    // leaves no line where cells are paragraphs (pandoc's and lynx's text of a CMS page).
    return Number.isFinite(rowGap) && (lines === row.columns + rowGap || (lastRow && lines > row.columns + rowGap) || (row.followed === true && lines === rowGap));
  }
  // LibreOffice writes an empty cell as a line of spaces (`&nbsp;`) or an empty line (`<td></td>`),
  // a CMS page mixing both, and rows a varying number of lines apart: a label with at least a line
  // per cell before the next one, and nothing on them, is a blank row.
  if (emptyLinesAreCells && row.followed !== false && lines > row.columns) return true;
  // Otherwise a line of spaces per cell right after the label, and no more of them after.
  for (let k = 1; k <= row.columns; k++) if (!isSpaceLine(row.labelLine + k)) return false;
  return lastRow || lines <= row.columns || !isSpaceLine(row.labelLine + row.columns + 1);
}
