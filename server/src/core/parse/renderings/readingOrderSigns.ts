// PDF text in reading order (readingOrder.ts): plain pdftotext joins a line that ends in a hyphen
// with the next one, taking the hyphen out. A negative number that a narrow cell wrapped after its
// sign (`-` / `588`, 表二's 本年增/减 under a header wrapped a character a line) comes out as `588`,
// with no trace of the sign. Where the cell is that narrow, its header says so: it wraps too, and
// its widest line (in display columns, a wide character two) is the most the cell is known to
// hold. A positive number whose width with a sign is more than that may have lost one; its row is
// not read. Where the header is not found, nothing is known of the width, and the rows are read as
// before (tables as wide as the page).
import type { GroupDef, TableDef } from '../../formats/types';
import { displayWidth } from './lines';
import type { Found } from './readingOrderRows';
import type { Line } from './readingOrderText';

/**
 * Drops the readings of rows whose signed column holds a positive number that, with a sign, is
 * wider than its header's widest line (see the file comment).
 */
export function dropLostSigns(text: string, lines: Line[], readings: Map<string, Found | null>, labels: Map<string, Found>, captions: Map<string, Found>): void {
  const widest = new Map<string, number | undefined>();
  const headerWidth = (table: TableDef, group: GroupDef, k: number): number | undefined => {
    const key = `${table.id}.${group.id}.${k}`;
    if (!widest.has(key)) widest.set(key, measureHeader(text, lines, table, group, k, labels, captions));
    return widest.get(key);
  };
  for (const [key, reading] of readings) {
    if (!reading) continue;
    const lost = reading.group.columns.some((column, k) => {
      if (column.kind !== 'change') return false;
      const n = reading.numbers![k]!;
      if (n.value <= 0 || !/^\d/.test(n.text)) return false;
      const width = headerWidth(reading.table, reading.group, k);
      return width !== undefined && 1 + displayWidth(n.text) > width;
    });
    if (lost) readings.set(key, null);
  }
}

/**
 * The widest line of a column's header between its group's caption and first row label: the
 * lines there that are pieces of the header's words. Undefined where the caption or a row is not
 * found, or no piece is.
 */
function measureHeader(text: string, lines: Line[], table: TableDef, group: GroupDef, k: number, labels: Map<string, Found>, captions: Map<string, Found>): number | undefined {
  const caption = captions.get(`${table.id}.${group.id}`);
  const starts = group.rows.flatMap((row) => {
    const label = labels.get(`${table.id}.${row.id}`);
    return label ? [label.hit.from] : [];
  });
  if (!caption || starts.length === 0) return undefined;
  const to = Math.min(...starts);
  const column = group.columns[k]!;
  const words = [column.label, ...(column.aliases ?? [])];
  let width: number | undefined;
  for (const line of lines) {
    if (line.from < caption.hit.to || line.textTo > to) continue;
    const piece = text.slice(line.from, line.textTo).trim();
    if (piece !== '' && words.some((w) => w.includes(piece))) width = Math.max(width ?? 0, displayWidth(piece));
  }
  return width;
}
