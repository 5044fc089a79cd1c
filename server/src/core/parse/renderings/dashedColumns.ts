// Tables laid out in columns under a rule of dash runs, one run per column (pandoc's plain text,
// `-t plain`, of a table without merged cells: a headerless "simple table" opens and closes with
// the same rule `------ ---- -----`, one row per line in between). The runs give every column's
// extent in display columns, so a blank cell is seen where it is — read by spacing alone, a row
// opening with blanks would slide. A region is read only when every character of its rows falls
// inside a column; otherwise it is left to the table reconstruction as it was.
import type { GridCell, GridPiece, GridRow } from '../../grid/types';
import { columnsOf } from './lines';
import type { Rendering, RenderingRegion, TextLine } from './types';

/** A rule of two or more dash runs: a line that may open such a table (plain text with none holds none). */
export const DASHED_RULE = /^ *-{3,}(?: +-{3,})+ *$/m;
const RULE_LINE = /^ *-{3,}(?: +-{3,})+ *$/;
/** The most rows one region is looked for over (a report's table has a few dozen). */
const MAX_ROWS = 400;

interface Span {
  from: number;
  to: number;
}

export const dashedColumns: Rendering = {
  name: 'dashed-columns',
  mayOccur: (text) => DASHED_RULE.test(text),
  read(text, lines) {
    const at = (i: number) => text.slice(lines[i]!.from, lines[i]!.to);
    const regions: RenderingRegion[] = [];
    for (let i = 0; i < lines.length; i++) {
      const open = at(i);
      if (!RULE_LINE.test(open)) continue;
      // The closing rule: the same runs, after rows that are none of them blank.
      let close = -1;
      for (let j = i + 1; j < lines.length && j <= i + MAX_ROWS; j++) {
        const line = at(j);
        // (A line of no-break spaces is a row of `&nbsp;` cells, not the blank line after a table.)
        if (/^[ \t]*$/.test(line)) break;
        if (RULE_LINE.test(line)) {
          if (line.trimEnd() === open.trimEnd()) close = j;
          break;
        }
      }
      if (close < 0 || close === i + 1) continue;
      const spans = spansOf(open);
      const rows: GridRow[] = [];
      let fits = true;
      for (let k = i + 1; k < close && fits; k++) {
        const cells = cellsOf(text, lines[k]!, spans);
        if (cells) rows.push({ cells });
        else fits = false;
      }
      if (fits) regions.push({ firstLine: i, endLine: close + 1, grid: { rows, source: 'dashed-columns' } });
      i = close;
    }
    return regions;
  },
};

/** The display columns of each dash run (the rule holds ASCII only: one column per character). */
function spansOf(rule: string): Span[] {
  const spans: Span[] = [];
  const runs = /-+/g;
  for (let m = runs.exec(rule); m; m = runs.exec(rule)) spans.push({ from: m.index, to: m.index + m[0].length });
  return spans;
}

/** The row's cells, one per span; undefined when a character stands outside every span. */
function cellsOf(text: string, line: TextLine, spans: Span[]): GridCell[] | undefined {
  const x = columnsOf(text, line, 'display');
  const pieces: GridPiece[][] = spans.map(() => []);
  let span = 0;
  for (let k = 0; k < line.to - line.from; k++) {
    const c = text[line.from + k]!;
    if (c === ' ' || c === '\u00a0' || c === '\u3000') continue;
    if (x[k + 1] === x[k]) continue; // the low half of a surrogate pair
    while (span < spans.length && x[k]! >= spans[span]!.to) span++;
    const s = spans[span];
    if (!s || x[k]! < s.from || x[k + 1]! > s.to) return undefined;
    const from = line.from + k;
    const to = from + (text.codePointAt(from)! > 0xffff ? 2 : 1);
    const cell = pieces[span]!;
    const last = cell[cell.length - 1];
    // Characters of one cell are contiguous in the line (spaces between words included).
    if (last) {
      last.text = text.slice(last.from, to);
      last.to = to;
    } else cell.push({ text: text.slice(from, to), from, to });
  }
  return pieces.map((p) => ({ text: p.map((q) => q.text).join(''), pieces: p }));
}
