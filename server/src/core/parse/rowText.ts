// Sorting the tokens that follow a row label into the row's own cells, the sub-rows a local
// variant put under it (seed 001: 行政检查 / 行政确认 under 其他对外管理服务事项) and rows the
// format does not know (Hubei's 其他主动公开文件), with merged-cell placeholders dropped.
import type { Token } from './tokens';

export interface LabelledCells {
  label: Token;
  cells: Token[];
}

export interface RowText {
  own: Token[];
  subRows: LabelledCells[];
  extras: LabelledCells[];
}

const isFilled = (t: Token) => t.kind === 'value' || t.kind === 'dash' || t.kind === 'word';

/**
 * Whether empty cells at the ends of a one-line row are layout rather than cells: TAB rows pad
 * merged label cells and row ends with TABs (seed 002); pipe and HTML rows usually do not.
 * Learnt per table from its complete rows.
 */
export interface Padding {
  leading: boolean;
  trailing: boolean;
  /**
   * The number of cells every complete row's line holds, label cells included, when they all
   * hold the same and end with their last value: a rectangular grid (a pipe table, a converted
   * HTML table), whose rows of that width end with their own cells whatever their blanks.
   */
  lineWidth?: number;
  /** The row width (in cells) the rectangular rows have: narrower blocks' rows pad their lines. */
  columns?: number;
}

const DEFAULT_PADDING: Padding = { leading: true, trailing: true };

/** One row as `learnPadding` sees it: the tokens after its label, and its label line's cell count. */
export interface PaddingRow {
  tokens: Token[];
  labelLine: number;
  columns: number;
  /** The cells on the label's line (separators + 1), label cells included. */
  lineWidth?: number;
}

/** What the table's complete one-line rows say about empty cells at row ends. */
export function learnPadding(rows: PaddingRow[]): Padding {
  let complete = 0;
  let leading = false;
  let trailing = false;
  // The line width of complete rows written on one line and ending with a value there; 0 once two disagree.
  let lineWidth: number | undefined;
  let rectangular = 0;
  // Rows of exactly the table's width in tokens, and rows with more: the fallback evidence when
  // no row is complete (a table whose zeros are all left blank).
  let exact = 0;
  let wider = 0;
  // The line widths of all full-width rows written from their label's line, and how many end
  // with a value: with no complete row, a grid whose lines are all as wide and often end with a
  // value (the 总计 column) is still rectangular.
  const widths = new Set<number | undefined>();
  let endingFilled = 0;
  // Rows of narrower blocks (表二's （八）（九）) are padded to the table's width: no evidence.
  const width = Math.max(...rows.map((r) => r.columns));
  for (const row of rows) {
    if (row.columns !== width) continue;
    // The row's own tokens (those before its first text) counted in one pass, without listing
    // them: how many, how many filled, and of those on the label line, how many, how many
    // filled and the last.
    let ownCount = 0;
    let first: Token | undefined;
    let last: Token | undefined;
    let filled = 0;
    let onLine = 0;
    let filledOnLine = 0;
    let lastOnLine: Token | undefined;
    for (const t of row.tokens) {
      if (t.kind === 'text') break;
      ownCount++;
      first ??= t;
      last = t;
      const isFilledToken = isFilled(t);
      if (isFilledToken) filled++;
      if (t.line === row.labelLine) {
        onLine++;
        lastOnLine = t;
        if (isFilledToken) filledOnLine++;
      }
    }
    if (ownCount === 0 || first!.line !== row.labelLine) continue;
    if (onLine === row.columns) exact++;
    else if (onLine > row.columns) wider++;
    widths.add(row.lineWidth);
    if (isFilled(lastOnLine!)) endingFilled++;
    if (filled !== row.columns) continue;
    complete++;
    if (first!.kind === 'empty') leading = true;
    if (last!.kind === 'empty') trailing = true;
    // Tokens on the lines after are the next row's leading (label) cells: only the label line counts.
    const alignedRight = filledOnLine === row.columns && isFilled(lastOnLine!);
    if (!alignedRight || row.lineWidth === undefined || (lineWidth !== undefined && lineWidth !== row.lineWidth)) lineWidth = 0;
    else {
      lineWidth = row.lineWidth;
      rectangular++;
    }
  }
  // One complete row ending its line with a value is enough where every row's line is as wide as
  // its (a WPS grid whose zeros are left blank has a single complete row: the 总计).
  const [onlyWidth] = widths;
  const sameWidths = widths.size === 1 && onlyWidth === lineWidth;
  if (complete > 0) return { leading, trailing, ...(lineWidth && (rectangular >= 2 || (rectangular === 1 && sameWidths)) ? { lineWidth, columns: width } : {}) };
  // No complete row, but every row written on one line holds exactly one token per column and
  // none more: the table's shape says its empty cells are cells, not padding.
  const shape = exact > 0 && wider === 0 ? { leading: false, trailing: false } : DEFAULT_PADDING;
  // No complete row (a column all blank: zeros left blank), but every row's line as wide as the
  // others and wider than its cells, and several ending with a value: a grid whose merged label
  // cells a converter wrote out as empty ones (pandoc's pipe table of a Word page), so the last
  // cells of each line are the row's. A text that pads its rows with a TAB at the end never ends
  // a line with a value.
  const [only] = widths;
  if (widths.size === 1 && only !== undefined && only > width && endingFilled >= 2 && wider > 0) return { ...shape, lineWidth: only, columns: width };
  return shape;
}

export function sortRowTokens(tokens: Token[], labelLine: number, columns: number, padding: Padding = DEFAULT_PADDING, lineWidth?: number): RowText {
  const own: Token[] = [];
  const groups: Array<{ label: Token; tokens: Token[] }> = [];
  for (const t of tokens) {
    if (t.kind === 'text') groups.push({ label: t, tokens: [] });
    else if (groups.length > 0) groups[groups.length - 1]!.tokens.push(t);
    else own.push(t);
  }
  const withValues = groups.filter((g) => g.tokens.some(isFilled));
  if (own.some(isFilled) || withValues.length === 0) {
    return {
      own: cellsOf(own, labelLine, columns, padding, lineWidth),
      subRows: [],
      extras: withValues.map((g) => ({ label: g.label, cells: cellsOf(g.tokens, g.label.line, columns, padding) })),
    };
  }
  // Sub-rows: the labelled groups right after the label, up to the first group without values.
  const subRows: LabelledCells[] = [];
  const extras: LabelledCells[] = [];
  let inSubRows = true;
  for (const g of groups) {
    const filled = g.tokens.some(isFilled);
    if (!filled) {
      if (subRows.length > 0) inSubRows = false;
      continue;
    }
    const entry = { label: g.label, cells: cellsOf(g.tokens, g.label.line, columns, padding) };
    (inSubRows ? subRows : extras).push(entry);
  }
  return { own: [], subRows, extras };
}

/**
 * The cells of one row from the tokens after its label. When the row holds enough filled
 * cells, empty ones are merged-cell placeholders. Otherwise, on a row written on one line,
 * empties at its ends are padding where the table pads its rows (see `learnPadding`) and
 * those between values are real empty cells; on a row
 * written a cell per line, every line up to the column count is a cell.
 */
function cellsOf(tokens: Token[], labelLine: number, columns: number, padding: Padding = DEFAULT_PADDING, lineWidth?: number): Token[] {
  const filled = tokens.filter(isFilled);
  if (filled.length >= columns) return filled;
  if (tokens.length === 0) return [];
  const onLabelLine = tokens[0]!.line === labelLine;
  // A row of a rectangular grid as wide as its complete rows: its last cells are its columns,
  // blank or not (a blank first cell is no label padding there).
  const onLine = tokens.filter((t) => t.line === labelLine);
  if (onLabelLine && padding.lineWidth !== undefined && lineWidth === padding.lineWidth && (padding.columns ?? columns) === columns && onLine.length >= columns && onLine.some(isFilled)) {
    return onLine.slice(onLine.length - columns);
  }
  const narrower = narrowerRowOnGrid(onLine, columns, padding, lineWidth);
  if (onLabelLine && narrower) return narrower;
  if (onLabelLine) {
    let a = 0;
    let b = tokens.length;
    while (a < b && tokens[a]!.kind === 'empty') a++;
    while (b > a && tokens[b - 1]!.kind === 'empty') b--;
    if (a === b) return tokens.length >= columns ? tokens.slice(0, columns) : [];
    // In a row over several lines (a browser's copy of a CMS row whose middle cell is a
    // paragraph: `规章\t&nbsp;\t` / blank / `11755` / blank / `\t&nbsp;`), empty cells written
    // out at its ends are the page's cells, not a TAB row's padding, where with them the row is
    // no wider than its columns. (On one line a space between TABs may be a line break joined.)
    // So are the empty cells alone on the label's line after it, where its first filled cell is a
    // paragraph further down (`行政规范性文件\t\t` / blank / `2` / blank / `\t20038`: a browser
    // writes a TAB per cell, none for a merged one); not empties after its last cell on the next
    // line, that line's indent (`\t\t3.要求提供…`).
    let [wa, wb] = [a, b];
    if (tokens.some((t) => t.line !== labelLine)) {
      const paragraphFirst = tokens[a]!.line !== labelLine;
      while (wa > 0 && (tokens[wa - 1]!.written || (paragraphFirst && tokens[wa - 1]!.line === labelLine))) wa--;
      while (wb < tokens.length && tokens[wb]!.written) wb++;
    }
    if ((wa < a || wb > b) && wb - wa <= columns) [a, b] = [wa, wb];
    // Where the table does not pad its rows, empty cells at the ends are cells.
    if (!padding.leading) while (b - a < columns && a > 0) a--;
    if (!padding.trailing) while (b - a < columns && b < tokens.length) b++;
    return tokens.slice(a, b);
  }
  return tokens.slice(0, columns);
}

/**
 * A row of a narrower block (表二's （八）（九）) on a line of a rectangular grid as wide as the
 * table (pandoc's pipe table: a cell spanning columns is written as the cell and empty ones
 * after it): its line holds exactly as many cells more than its columns as the spans took, all
 * of them empty. Where every way of dropping that many empty cells leaves the same row (the
 * empties stand together: `44 | | ` is 44 and a blank whichever goes), that row; else undefined.
 */
function narrowerRowOnGrid(onLine: Token[], columns: number, padding: Padding, lineWidth: number | undefined): Token[] | undefined {
  if (padding.lineWidth === undefined || lineWidth !== padding.lineWidth || padding.columns === undefined) return undefined;
  if (columns >= padding.columns || onLine.length !== padding.columns || !onLine.some(isFilled)) return undefined;
  const surplus = onLine.length - columns;
  const empties = onLine.flatMap((t, k) => (t.kind === 'empty' ? [k] : []));
  if (empties.length < surplus) return undefined;
  const together = empties.every((k, i) => i === 0 || k === empties[i - 1]! + 1);
  if (empties.length > surplus && !together) return undefined;
  const dropped = new Set(empties.slice(0, surplus));
  return onLine.filter((_, k) => !dropped.has(k));
}
