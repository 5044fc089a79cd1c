// Raw PDF text in reading order (readingOrder.ts): 表三 whose cells all came out row by row, while
// the PDF moved some labels' lines about (a label after its own numbers, a group label's pieces
// inside a row label) so that the numbers after a label are not its row's alone.
import type { FormatDefinition, RowDef } from '../../formats/types';
import { bandsTable, columnsHold, readsAsRow, unfoundLabel, type Found } from './readingOrderRows';
import type { Line, NumberToken } from './readingOrderText';

/**
 * Reads every row of 表三 from its numbers in text order, row after row, when the text holds
 * exactly rows × columns numbers from the table's first label found to the end of `zone`, each
 * row's relations hold, every column relation of the table holds, and each row already read by
 * its label has the same numbers. Anything else leaves the rows as they were. A cell lost (an empty
 * cell leaves no trace) or a stray number changes the count; numbers in another order break rows.
 */
export function readRowMajor(zone: Line[], found: Found[], format: FormatDefinition): void {
  const table = bandsTable(format);
  if (!table) return;
  const group = table.groups[0]!;
  const own = found.filter((f) => f.table === table && f.row);
  if (own.length === 0 || group.rows.every((row) => own.some((f) => f.row === row && f.numbers))) return;
  const start = Math.min(...own.map((f) => f.hit.from));
  const numbers: NumberToken[] = [];
  for (const line of zone) numbers.push(...line.numbers.filter((n) => n.from >= start));
  const width = group.columns.length;
  if (numbers.length !== group.rows.length * width) return;
  const cells = new Map<RowDef, number[]>();
  const rows = group.rows.map((_, r) => numbers.slice(r * width, (r + 1) * width));
  for (const [r, row] of group.rows.entries()) {
    if (!readsAsRow(rows[r]!, group.columns, row, table, format.relations)) return;
    const read = own.filter((f) => f.row === row && f.numbers);
    if (read.some((f) => f.numbers!.some((n, k) => n.from !== rows[r]![k]!.from))) return;
    cells.set(row, rows[r]!.map((n) => n.value));
  }
  if (!columnsHold(format, table, cells)) return;
  for (const [r, row] of group.rows.entries()) {
    const labels = own.filter((f) => f.row === row);
    if (labels.length === 0) found.push({ ...unfoundLabel(format, table, row, rows[r]![0]!), numbers: rows[r]! });
    else for (const f of labels) f.numbers = rows[r]!;
  }
}
