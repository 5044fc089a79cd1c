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

export function sortRowTokens(tokens: Token[], labelLine: number, columns: number): RowText {
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
      own: cellsOf(own, labelLine, columns),
      subRows: [],
      extras: withValues.map((g) => ({ label: g.label, cells: cellsOf(g.tokens, g.label.line, columns) })),
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
    const entry = { label: g.label, cells: cellsOf(g.tokens, g.label.line, columns) };
    (inSubRows ? subRows : extras).push(entry);
  }
  return { own: [], subRows, extras };
}

/**
 * The cells of one row from the tokens after its label. When the row holds enough filled
 * cells, empty ones are merged-cell placeholders. Otherwise, on a row written on one line,
 * empties at its ends are padding and those between values are real empty cells; on a row
 * written a cell per line, every line up to the column count is a cell.
 */
export function cellsOf(tokens: Token[], labelLine: number, columns: number): Token[] {
  const filled = tokens.filter(isFilled);
  if (filled.length >= columns) return filled;
  if (tokens.length === 0) return [];
  const onLabelLine = tokens[0]!.line === labelLine;
  if (onLabelLine) {
    let a = 0;
    let b = tokens.length;
    while (a < b && tokens[a]!.kind === 'empty') a++;
    while (b > a && tokens[b - 1]!.kind === 'empty') b--;
    if (a === b) return tokens.length >= columns ? tokens.slice(0, columns) : [];
    return tokens.slice(a, b);
  }
  return tokens.slice(0, columns);
}
