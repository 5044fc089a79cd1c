// What the text still shows of the blank cells a row lost (docs/report-format.md §5). lynx lays a
// CMS page's table out as running text, each cell followed by a space: a cell holding `&nbsp;`
// writes one space more, two in all, while an empty `<td></td>` writes nothing; a cell holding a
// paragraph starts a line of its own after a blank one. So between two numbers of a row
//   - on one line, `2k + 1` spaces are k `&nbsp;` cells at least;
//   - at the start of a line, k `&nbsp;` cells indent it 2k columns past the table's margin;
//   - across two blank lines or more, a line of `&nbsp;` cells stood between two paragraphs
//     (a paragraph after a paragraph leaves one), or one cell more than the table's spacing;
// and empty `<td></td>` may add any number. These are the fewest blank cells before each number.
// The spaces are read only where every gap of the table's rows is of that form (an odd run of
// spaces, an even indentation): a table laid out in padded columns says nothing this way.
import type { Reading } from './readings';

/** A row that lost cells: where its label ends, and its cells in order (offsets into `text`). */
export interface TraceRow {
  labelEnd: number;
  cells: ReadonlyArray<{ from: number; to: number }>;
  /**
   * Where the next row's label starts (not for a table's last row, whose next text may be
   * anything): the blank lines after the row's last cell show its trailing blanks as well.
   */
  end?: number;
}

/**
 * Per row (undefined rows stay undefined), the fewest blank cells the text shows before each of
 * its cells, and after its last one where the row's end is given (one entry more). `complete` are rows of the same table that lost no cell: the trace is read only if it
 * shows no blank in them (a layout it does not describe — cells indented past their label, blank
 * lines between every two cells — would). Runs of spaces count only where every gap of the table
 * is of the running-text form, with no space left at a line's end (lynx trims them).
 */
export function leastBlanks(text: string, rows: Array<TraceRow | undefined>, complete: TraceRow[]): Array<number[] | undefined> {
  const gaps = rows.map((row) => row && gapsOf(text, row));
  const full = complete.map((row) => gapsOf(text, row));
  const all = [...gaps, ...full];
  const spacesSpeak = all.every((g) => g === undefined || g.every((gap) => gap.spacesRegular));
  const least = (g: Gap) => Math.max(g.byBlankLines, spacesSpeak ? g.bySpaces : 0);
  if (full.some((g) => g.some((gap) => least(gap) > 0))) return rows.map(() => undefined);
  return gaps.map((g) => g?.map(least));
}

/** Whether a reading (its filled slots the row's cells in order) leaves the blank cells `least` asks before each. */
export function leavesBlanks(reading: Reading, least: number[]): boolean {
  let previous = -1;
  let k = 0;
  for (let column = 0; column < reading.length; column++) {
    if (!reading[column]) continue;
    if (column - previous - 1 < (least[k++] ?? 0)) return false;
    previous = column;
  }
  // After the last cell, where the text shows it.
  return reading.length - previous - 1 >= (least[k] ?? 0);
}

/**
 * Every placement of the cells in `columns` columns that leaves at least `least` blank cells
 * before each; undefined where there are more than `max` (or none).
 */
export function placementsLeaving(cells: ReadonlyArray<{ from: number; to: number; text: string }>, columns: number, least: number[], max: number): Reading[] | undefined {
  const out: Reading[] = [];
  const at: number[] = [];
  let over = false;
  const place = (k: number, first: number): void => {
    if (over) return;
    if (k === cells.length) {
      if (out.length >= max) {
        over = true;
        return;
      }
      const reading: Reading = new Array(columns).fill(null);
      at.forEach((column, j) => (reading[column] = { from: cells[j]!.from, to: cells[j]!.to, text: cells[j]!.text }));
      out.push(reading);
      return;
    }
    // The last cell leaves the trailing blanks the text shows after it.
    const last = columns - (cells.length - k) - (k === cells.length - 1 ? (least[cells.length] ?? 0) : 0);
    for (let column = first + (least[k] ?? 0); column <= last; column++) {
      at[k] = column;
      place(k + 1, column + 1);
    }
  };
  place(0, 0);
  return over || out.length === 0 ? undefined : out;
}

interface Gap {
  bySpaces: number;
  byBlankLines: number;
  /** The spaces before the cell are of the running-text form (odd on a line, even indentation). */
  spacesRegular: boolean;
}

/** The gap before each of the row's cells. */
function gapsOf(text: string, row: TraceRow): Gap[] {
  const margin = indentOf(text, lineStartOf(text, row.labelEnd));
  let previousEnd = row.labelEnd;
  const gaps = row.cells.map(({ from, to }) => {
    const between = text.slice(previousEnd, from);
    previousEnd = to;
    if (/[^ \n]/.test(between)) return { bySpaces: 0, byBlankLines: 0, spacesRegular: true };
    const lines = between.split('\n');
    if (lines.slice(0, -1).some((line) => line.length > 0)) {
      // Spaces at a line's end: no lynx dump (it trims them); only the blank lines say anything.
      return { bySpaces: 0, byBlankLines: lines.length - 2 >= 2 ? 1 : 0, spacesRegular: false };
    }
    if (lines.length === 1) {
      const spaces = between.length;
      const regular = spaces % 2 === 1;
      return { bySpaces: regular ? (spaces - 1) / 2 : 0, byBlankLines: 0, spacesRegular: regular };
    }
    const indent = lines[lines.length - 1]!.length - margin;
    const regular = indent >= 0 && indent % 2 === 0;
    return { bySpaces: regular ? indent / 2 : 0, byBlankLines: lines.length - 2 >= 2 ? 1 : 0, spacesRegular: regular };
  });
  if (row.end === undefined || row.cells.length === 0) return gaps;
  // After the last cell, up to the next label: only the blank lines speak (a line of `&nbsp;`
  // cells between two paragraphs); the spaces there are the next label's indentation.
  const between = text.slice(previousEnd, row.end);
  if (/[^ \n]/.test(between)) return [...gaps, { bySpaces: 0, byBlankLines: 0, spacesRegular: true }];
  const lines = between.split('\n');
  return [...gaps, { bySpaces: 0, byBlankLines: lines.length - 2 >= 2 ? 1 : 0, spacesRegular: true }];
}

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function indentOf(text: string, lineStart: number): number {
  let i = lineStart;
  while (text[i] === ' ') i++;
  return i - lineStart;
}
