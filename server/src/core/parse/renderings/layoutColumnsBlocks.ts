// Aligned PDF text (`pdftotext -layout`, layoutColumns.ts): rows whose numbers the PDF spread over
// two or three lines. Word's narrow fixed-width columns wrap the label, and its cells are centred
// vertically, so a short cell's number sits on another line than a tall cell's: the row's numbers
// come on several lines, mixed with its label's pieces. Such a row stands as a block of lines of
// its own (set apart by blank lines) in LibreOffice's PDFs of Word pages. A block is read as one
// row when its words spell exactly one row's label, its other words are pieces of the table's group
// labels (`（三）不予公开` wrapped beside), it holds exactly the row's count of numbers, their columns
// put them in an order no two of them leave in doubt, and the row's sum (总计 = the applicants'
// columns) holds. Anything else leaves the block unread: a missing cell, never a wrong one.
import type { GridPiece } from '../../grid/types';
import type { FormatDefinition, RelationDef, TableDef } from '../../formats/types';
import { skeletonOf } from '../../text/skeleton';
import { holds, inside, rowPatterns, spanOf, spell, wordsOf, type LayoutLine, type LayoutRow, type Word } from './layoutColumnsRows';
import type { NumberToken } from './readingOrderText';

/** Two numbers on different lines this many columns apart or closer: which comes first is not sure. */
const MIN_GAP = 1;

/**
 * Rows read from blocks of lines (see the file comment), added to `rows` or filling the cells of
 * a row found there without them. `tablesOf` says which tables a line may hold.
 */
export function readBlocks(text: string, zone: LayoutLine[], rows: LayoutRow[], format: FormatDefinition, tablesOf: (line: number) => TableDef[]): void {
  const boundary = (l: LayoutLine) =>
    l.kind === 'blank' || l.kind === 'page' || l.kind === 'heading' || text.slice(l.from, l.textTo).includes('第二十条');
  for (let a = 0; a < zone.length; a++) {
    if (boundary(zone[a]!)) continue;
    let b = a;
    while (b + 1 < zone.length && !boundary(zone[b + 1]!) && zone[b + 1]!.page === zone[a]!.page) b++;
    readBlock(text, zone, rows, format, tablesOf(a), a, b);
    a = b;
  }
}

function readBlock(text: string, zone: LayoutLine[], rows: LayoutRow[], format: FormatDefinition, tables: TableDef[], a: number, b: number): void {
  const numbered: number[] = [];
  for (let k = a; k <= b; k++) if (zone[k]!.numbers.length > 0) numbered.push(k);
  if (numbered.length < 2 || tables.length === 0) return;
  const words: Word[] = [];
  for (let k = a; k <= b; k++) words.push(...wordsOf(text, zone[k]!.from, zone[k]!.textTo));
  // A number among the words (one the line's words follow): the block's numbers are not all known.
  if (words.some((w) => /^[\d.,]+$/.test(w.text))) return;
  const matches: Array<{ table: TableDef; row: LayoutRow['row']; group: LayoutRow['group']; used: Word[]; length: number }> = [];
  for (const pattern of rowPatterns(format, tables)) {
    for (const sk of pattern.skeletons) {
      const used = spell(words, sk);
      if (used) {
        matches.push({ table: pattern.table, group: pattern.group, row: pattern.row, used, length: sk.length });
        break;
      }
    }
  }
  matches.sort((x, y) => y.length - x.length);
  const own = matches.filter((m, k) => !matches.slice(0, k).some((longer) => longer.row !== m.row && inside(m.used, longer.used)));
  if (own.length === 0 || new Set(own.map((m) => m.row.id)).size !== 1) return;
  const match = own[0]!;
  const { table, group, row } = match;
  // Words that are no piece of the label nor of a group label: another row's label may be in the block.
  const frame = [...group.rows.map((r) => r.groupLabel ?? ''), ...(table.headingLike ?? [])].map(skeletonOf).filter((s) => s.length > 0);
  if (words.some((w) => !match.used.includes(w) && !frame.some((f) => f.includes(w.skeleton)))) return;
  // The row's sum must vouch for the numbers, gathered from several lines.
  if (!format.relations.some((x: RelationDef) => x.table === table.id && x.along === 'row' && x.kind === 'equal' && x.over.includes(row.id))) return;
  const inBlock = rows.filter((r) => r.line >= a && r.line <= b);
  if (inBlock.some((r) => r.cells || r.table !== table || r.row !== row)) return;
  if (rows.some((r) => r.table === table && r.row === row && (r.line < a || r.line > b))) return;
  const cells = ordered(zone, numbered);
  if (!cells || cells.length !== group.columns.length || !holds(cells, group.columns, row, table, format.relations)) return;
  const found = inBlock[0];
  if (found) {
    found.cells = cells;
    return;
  }
  const pieces: GridPiece[] = match.used.map((w) => ({ text: w.text, from: w.from, to: w.to }));
  rows.push({ table, group, row, label: { text: pieces.map((p) => p.text).join(''), pieces }, line: numbered[0]!, cells });
}

/** The block's numbers left to right, when no two on different lines come close enough to leave their order in doubt. */
function ordered(zone: LayoutLine[], numbered: number[]): NumberToken[] | null {
  const all = numbered.flatMap((k) => zone[k]!.numbers.map((n) => ({ n, line: k, span: spanOf(zone[k]!, n) })));
  all.sort((x, y) => x.span[0] + x.span[1] - (y.span[0] + y.span[1]));
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const [x, y] = [all[i]!, all[j]!];
      if (x.line === y.line) continue;
      // Spans overlapping or nearly touching: a wrapped piece, or an order not sure.
      if (y.span[0] - x.span[1] < MIN_GAP && x.span[0] - y.span[1] < MIN_GAP) return null;
    }
  }
  // On a line of their own, numbers come in order: the columns must keep it.
  for (const k of numbered) {
    const at = zone[k]!.numbers.map((n) => all.findIndex((e) => e.n === n));
    if (at.some((v, i) => i > 0 && v < at[i - 1]!)) return null;
  }
  return all.map((e) => e.n);
}
