// The canonical text of a grid: one row per line, cells separated by TABs, merged continuations
// left out, empty cells kept as nothing between two TABs. The table reconstruction reads this
// form exactly (it is what a Word table copied row by row looks like), whatever the grid came
// from; the writer is given callbacks so that a rendering can write it into a mapped text (each
// character keeping its source) and a document reader into plain text with locations.
import type { GridCell, GridRow, TableGrid } from './types';

export interface GridWriter {
  /** The text of one cell (never contains a TAB or a line break). */
  cell(text: string, cell: GridCell): void;
  /** The TAB between two cells of a row. */
  separator(): void;
  /** The line break after a row. */
  rowEnd(): void;
}

/**
 * What the canonical text writes for a cell whose content is not known (`GridCell.unknown`): the
 * object replacement character, a placeholder no report writes in a cell. The value reader reads
 * it as a missing cell (parse/values.ts).
 */
export const UNKNOWN_CELL = '\uFFFC';

/** A cell's text as it goes into the canonical text: breaks and TABs inside a cell become nothing or a space. */
export function canonicalCellText(text: string): string {
  return text.replace(/[\t\r\n]+/g, (m) => (m.includes('\t') ? ' ' : ''));
}

/** The cells of a row that the canonical text writes: merged continuations are no cells of their own. */
export function ownCells(cells: readonly GridCell[]): GridCell[] {
  return cells.filter((c) => c.merged === undefined);
}

/**
 * Writes `grid` as canonical text; rows with no cell of their own are left out, and so are rows
 * of blank cells (a Word table's spacer), but for a table's one row of data under its headers:
 * 表四 with every cell left blank is a line of TABs, its cells blank, not a table with no row.
 */
export function writeCanonical(grid: TableGrid, writer: GridWriter): void {
  const blankDataRow = blankUnderHeaders(grid);
  for (const row of grid.rows) {
    const cells = ownCells(row.cells);
    if (cells.length === 0 || (row !== blankDataRow && cells.every((c) => c.text.trim() === ''))) continue;
    cells.forEach((cell, i) => {
      if (i > 0) writer.separator();
      writer.cell(cell.unknown ? UNKNOWN_CELL : canonicalCellText(cell.text), cell);
    });
    writer.rowEnd();
  }
}

/**
 * The grid's last row where it is its only row of data: two cells or more, every one blank, under
 * rows of headers alone (words, no digit). Undefined otherwise.
 */
function blankUnderHeaders(grid: TableGrid): GridRow | undefined {
  const rows = grid.rows.filter((r) => ownCells(r.cells).length > 0);
  const last = rows[rows.length - 1];
  if (!last || rows.length < 2) return undefined;
  const cells = ownCells(last.cells);
  if (cells.length < 2 || cells.some((c) => c.text.trim() !== '' || c.unknown)) return undefined;
  const headers = rows.slice(0, -1);
  return headers.every((r) => ownCells(r.cells).every((c) => !/\d/.test(c.text))) && headers.some((r) => ownCells(r.cells).some((c) => c.text.trim() !== '')) ? last : undefined;
}
