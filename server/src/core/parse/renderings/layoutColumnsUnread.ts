// Aligned PDF text (`pdftotext -layout`): what a table left unread still tells for certain. Where
// a page leaves its zeros blank and its columns drift (CMS pages), which column each of a row's
// numbers stands in is often beyond knowing, so the rows stay unread (layoutColumns.ts). Two
// things are known all the same:
// - a row's total: where all the row's numbers stand on its own line and the last is the sum of the
//   others, the last is the row total (总计 = the applicant columns), whatever columns the others
//   belong to. The row is written with its total and its other cells of unknown content
//   (`GridCell.unknown`): still one of the rows `table-unreadable` names, but 表三's totals, the
//   figures a reviewer reads first, are read and checked down the total column;
// - a row with no number at all: between two rows found, lines with no number that spell exactly
//   the labels the format has between them (layoutColumnsSolve.ts `blankRows`) are rows of blanks.
import type { FormatDefinition } from '../../formats/types';
import { learnCells, totalOnly, type LayoutLine, type LayoutRow } from './layoutColumnsRows';
import { blankRows } from './layoutColumnsSolve';
import { rowTotalRelation } from '../../formats';

/** Learns the total of each unread row of a table with a row total whose own line shows it. */
export function readTotalsOnly(zone: LayoutLine[], rows: LayoutRow[], format: FormatDefinition): void {
  const numbered = rows.map((r) => r.line).sort((a, b) => a - b);
  for (const r of rows) {
    if (r.cells || r.partial?.[r.partial.length - 1] !== undefined || !rowTotalRelation(format, r.table, r.group)?.over.includes(r.row.id)) continue;
    const line = zone[r.line];
    if (!line || (line.kind !== 'text' && line.kind !== 'numbers') || line.stacked || line.vouched) continue;
    // The row's line is its own, and no line between it and the rows either side holds numbers:
    // none of the row's numbers stands elsewhere (LibreOffice spreads a row over two lines).
    if (rows.some((o) => o !== r && o.line === r.line)) continue;
    // The row found on another line too: its label stands between two lines of numbers, one number
    // wrapped across it (`228` above （七）总计, `2` below), so neither line holds all of its numbers.
    if (rows.some((o) => o !== r && o.table === r.table && o.row === r.row)) continue;
    const at = numbered.indexOf(r.line);
    const [above, below] = [numbered[at - 1] ?? -1, numbered[at + 1] ?? zone.length];
    if (zone.slice(above + 1, below).some((l, k) => above + 1 + k !== r.line && l.numbers.length > 0)) continue;
    // A line of numbers alone between the labels of two rows (LibreOffice centres a row's numbers
    // beside the middle of its label, so they may stand just under one label or just over the
    // next): whose numbers they are, nothing says.
    if (line.kind === 'numbers' && betweenTwoLabels(zone, rows, r)) continue;
    const numbers = line.numbers;
    if (numbers.length < 2 || numbers.length > r.group.columns.length || numbers.some((n) => n.decimal)) continue;
    const total = numbers[numbers.length - 1]!;
    // A 0 at the end may be a zero cell beside a blank total: only a total above 0 says which it is.
    if (total.value <= 0) continue;
    const sum = numbers.slice(0, -1).reduce((s, n) => s + n.value, 0);
    if (sum === total.value) learnCells(r, totalOnly(r.group.columns.length, total));
  }
}

/** Whether the lines just above and just below `r`'s line hold label words of two different rows of its table. */
function betweenTwoLabels(zone: LayoutLine[], rows: LayoutRow[], r: LayoutRow): boolean {
  const owners = (line: LayoutLine | undefined) =>
    line ? rows.filter((o) => o.table === r.table && o.label.pieces.some((p) => p.from >= line.from && p.from < line.textTo)) : [];
  const [above, below] = [owners(zone[r.line - 1]), owners(zone[r.line + 1])];
  return above.some((a) => below.some((b) => a !== b));
}

/**
 * Adds to `rows` the rows with no number of each table that has rows left unread, where no line
 * between the found rows around them holds a number (the solvers add them only to tables read whole).
 */
export function readBlankRowsOfUnread(text: string, zone: LayoutLine[], rows: LayoutRow[], format: FormatDefinition): void {
  for (const table of format.tables) {
    const mine = rows.filter((r) => r.table === table);
    if (table.groups.length !== 1 || mine.length < 2 || mine.every((r) => r.cells)) continue;
    rows.push(...blankRows(text, zone, mine, format, table, true));
  }
}
