// Aligned PDF text (`pdftotext -layout`, layoutColumns.ts): 表二's rows with blanks where its group
// has no full row to give the columns (WPS pages leaving zeros blank: `规章     42`). A 表二 group
// has no sums across its rows, so only its headers can say: between the group's caption
// (第二十条第（N）项, on a line or wrapped over two) and its first row, each column's label wrapped down a narrow cell
// (`本` / `年` / `制` / `发` …, layoutColumnsHeaders.ts), three lines at least. A row is read where each of its numbers
// stands under exactly one column's header (`anchorColumns`), in order, the row's own relations
// holding; else it stays unread.
import type { FormatDefinition, TableDef } from '../../formats/types';
import { skeletonOf } from '../../text/skeleton';
import { anchorColumns, headerStarts } from './layoutColumnsHeaders';
import { spanOf, type LayoutLine, type LayoutRow } from './layoutColumnsRows';
import { cellsHold } from './readingOrderRows';
import type { NumberToken } from './readingOrderText';

/** Lines a header wraps over at least. */
const NARROW = 3;

/** Fills the cells of captioned groups' unread rows that their headers place (see the file comment). */
export function readUnderHeaders(text: string, zone: LayoutLine[], rows: LayoutRow[], format: FormatDefinition, tablesOf: (line: number) => TableDef[]): void {
  const rowLines = new Set(rows.map((r) => r.line));
  for (const table of format.tables) {
    for (const group of table.groups) {
      if (!group.caption) continue;
      const mine = rows.filter((r) => r.group === group);
      const unread = mine.filter((r) => !r.cells);
      if (unread.length === 0) continue;
      // A row found twice: which numbers are whose is not known.
      if (new Set(mine.map((r) => r.row.id)).size !== mine.length) continue;
      const caption = skeletonOf(group.caption);
      // The caption's line, or the second of two it wraps over (`第二十条第（一）` / `项`).
      const skeletonAt = (k: number) => (zone[k] && zone[k]!.kind !== 'heading' ? skeletonOf(text.slice(zone[k]!.from, zone[k]!.textTo)) : '');
      const captionLines = zone.flatMap((l, k) =>
        l.kind !== 'heading' && tablesOf(k).includes(table) && (skeletonAt(k).includes(caption) || (!skeletonAt(k - 1).includes(caption) && (skeletonAt(k - 1) + skeletonAt(k)).includes(caption))) ? [k] : [],
      );
      if (captionLines.length !== 1) continue;
      const from = captionLines[0]! + 1;
      // The headers end where the first row's label starts.
      const labelStart = Math.min(...mine.map((r) => r.label.pieces[0]?.from ?? zone[r.line]!.from));
      let to = from;
      while (to < zone.length && zone[to]!.textTo < labelStart && zone[to]!.numbers.length === 0) to++;
      if (to === from || zone.slice(from, to).some((l) => l.page !== zone[from]!.page)) continue;
      const headers = headerStarts(text, zone, group.columns, from, to);
      // Every header wrapped down a narrow cell, three lines at least: numbers stand by them only
      // there (a CMS page's headers, on a line or two, stand far left of right-aligned numbers).
      if (headers.some((starts) => starts.length < NARROW)) continue;
      for (const r of unread) {
        const line = zone[r.line]!;
        // On the headers' page only, its numbers alone in its lines (no line of numbers next to it that is no row's).
        if (line.page !== zone[from]!.page || line.numbers.length === 0 || line.numbers.length >= group.columns.length) continue;
        const scattered = (k: number) => (zone[k]?.numbers.length ?? 0) > 0 && !rowLines.has(k);
        if (scattered(r.line - 1) || scattered(r.line + 1)) continue;
        const spans = line.numbers.map((n) => spanOf(line, n));
        const at = anchorColumns(spans, headers);
        if (at.some((c, i) => c < 0 || (i > 0 && c <= at[i - 1]!))) continue;
        // Each number starting where its header starts: a number between two headers (Chromium
        // centres `477` between `本` and `本`) may be either's.
        if (at.some((c, i) => !headers[c]!.some((s) => Math.abs(s - spans[i]![0]) <= 1))) continue;
        const cells: Array<NumberToken | null> = group.columns.map(() => null);
        at.forEach((c, i) => (cells[c] = line.numbers[i]!));
        if (cellsHold(cells, group.columns, r.row, table, format.relations)) r.cells = cells;
      }
    }
  }
}
