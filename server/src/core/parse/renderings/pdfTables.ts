// What the two renderings of a PDF's text (readingOrder.ts: plain pdftotext; layoutColumns.ts:
// pdftotext -layout) share: where the report's tables stand in the text, which format's markers
// the text has, and keeping a grid's source pieces in order.
import type { GridRow } from '../../grid/types';
import type { FormatDefinition, GroupDef, SectionId, TableId } from '../../formats/types';
import { formatForYear } from '../../formats';
import { skeletonOf } from '../../text/skeleton';
import { lastAtOrBefore } from '../../text/sorted';
import { findHeadings } from '../headings';
import type { TextLine } from './types';

/** The lines of the tables' sections (see `tablesZone`). */
export interface TablesZone {
  /** First line after 二、主动公开…, and the line of the heading that ends 表三's section. */
  first: number;
  end: number;
  /** The 三、 heading's line inside. */
  headings: Map<number, SectionId>;
  /** Whether 表三's section ends at 四、…复议… (表四's section follows, up to `appealsEnd`). */
  stopsAtAppeals: boolean;
  appealsEnd: number;
  /** Where 表四's cells the PDF put after the 五、 heading may stand (the end of 五's section). */
  spillEnd: number;
}

/**
 * The lines of 表二 and 表三's sections: after 二、主动公开… up to 四、…复议… (or 五、/六、 when
 * there is no such heading); the 三、 heading inside.
 */
export function tablesZone(text: string, lines: readonly TextLine[]): TablesZone | undefined {
  const headings = findHeadings(text).filter((h) => h.atLineStart);
  const start = headings.find((h) => h.id === 'proactive');
  if (!start) return undefined;
  const stop = headings.find((h) => h.from > start.to && (h.id === 'appeals' || h.id === 'problems' || h.id === 'other'));
  if (!stop) return undefined;
  const starts = lines.map((line) => line.from);
  const lineOf = (offset: number) => lastAtOrBefore(starts, offset);
  const first = lineOf(start.to) + 1;
  const end = lineOf(stop.from);
  if (end <= first) return undefined;
  const inside = new Map<number, SectionId>();
  for (const h of headings) if (h.from > start.to && h.from < stop.from && h.id === 'applications') inside.set(lineOf(h.from), h.id);
  const after = headings.find((h) => h.from > stop.to && (h.id === 'problems' || h.id === 'other'));
  const appealsEnd = after ? lineOf(after.from) : lines.length;
  const next = after ? headings.find((h) => h.from > after.to) : undefined;
  const spillEnd = after?.id === 'problems' ? (next ? lineOf(next.from) : lines.length) : appealsEnd;
  return { first, end, headings: inside, stopsAtAppeals: stop.id === 'appeals', appealsEnd, spillEnd };
}

/**
 * How many of the format's marker columns (their headers, in the text, or spelled by the words of
 * its header lines where the text wraps them: `本年废` / `止件数`) and marker rows (found, as
 * `hasRow` tells) the text has.
 */
export function markerScore(
  format: FormatDefinition,
  hasRow: (table: TableId, row: string) => boolean,
  zoneSkeleton: string,
  spelledInHeaders: (skeleton: string) => boolean = () => false,
): number {
  let score = 0;
  const columns = format.tables.flatMap((t) => t.groups.flatMap((g) => g.columns));
  for (const id of format.markers.columns) {
    const column = columns.find((c) => c.id === id);
    if (column && [column.label, ...(column.aliases ?? [])].some((l) => zoneSkeleton.includes(skeletonOf(l)) || spelledInHeaders(skeletonOf(l)))) score++;
  }
  for (const marker of format.markers.rows) if (hasRow(marker.table, marker.row)) score++;
  return score;
}

/**
 * The unit an amount column's header gives, written after the column's label in the grid: from
 * the text of a block's headers (from its caption on, as the rendering bounds it), whose words a
 * PDF's text interleaves or wraps (`额（万` / `元）`), so a 万 anywhere is 万元. Empty where none is
 * written.
 */
function amountUnitOf(headerText: string): string {
  const skeleton = skeletonOf(headerText);
  return skeleton.includes('万') ? '（万元）' : skeleton.includes('元') ? '（元）' : '';
}

/**
 * A group's header row as both renderings write it into the grid: a captioned 表二 group's first
 * header word (信息内容) and its columns' labels, an amount column's with the unit its header text
 * gives (`amountUnitOf`).
 */
export function headerTexts(group: GroupDef, headerText: string): string[] {
  const unit = amountUnitOf(headerText);
  const labels = group.columns.map((c) => (c.kind === 'amount' ? c.label + unit : c.label));
  return group.caption ? [group.headerWords?.[0] ?? '', ...labels] : labels;
}

/** A year written before the tables (`2025 年`, in the title or the statistical period). */
const YEAR = /((?:19|20)\d\d)\s*年/;

/**
 * The candidate reading whose format the text's markers name (`score`, then `tie`: say, how much
 * of the text its labels spell). Where the two best are level (a WPS page's headers wrapped a
 * character a line leave no marker whole, and most of 表三's labels are the same in both
 * versions), the report's year, the first written before the tables, names the version it was
 * made in; a reading of that version among the level ones is taken. Undefined where nothing tells
 * them apart, or nothing was found at all.
 */
export function chooseFormat<T extends { format: FormatDefinition; score: number; tie?: number }>(candidates: T[], text: string, tablesFrom: number): T | undefined {
  const sorted = [...candidates].sort((a, b) => b.score - a.score || (b.tie ?? 0) - (a.tie ?? 0));
  const [best, second] = sorted;
  if (!best) return undefined;
  const level = (c: T) => c.score === best.score && (c.tie ?? 0) === (best.tie ?? 0);
  if (best.score > 0 && (!second || !level(second))) return best;
  const year = YEAR.exec(text.slice(0, tablesFrom));
  const format = formatForYear(year ? Number(year[1]) : null);
  return sorted.find((c) => level(c) && c.format === format);
}

/**
 * Keeps the pieces' source offsets in order, each table's within its section: the text maps each
 * character back through them, and a report is cut into sections by source offset. A piece out of
 * order (a label the PDF put after the next row's or below its numbers, a column's cells after the
 * next heading) is placed, zero wide, where the text before it ended. Gives where the table's
 * text ended.
 */
export function keepPiecesInOrder(rows: GridRow[], from: number, to: number): number {
  let cursor = from;
  for (const row of rows) {
    for (const cell of row.cells) {
      cell.pieces = cell.pieces.map((p) => {
        if (p.from >= cursor && p.to <= to) {
          cursor = p.to;
          return p;
        }
        return { text: p.text, from: Math.min(cursor, to), to: Math.min(cursor, to) };
      });
    }
  }
  return cursor;
}
