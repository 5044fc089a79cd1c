// Aligned PDF text (`pdftotext -layout`, layoutColumns.ts): rows whose numbers the PDF spread over
// two or three lines. Word's narrow fixed-width columns wrap the label, and its cells are centred
// vertically, so a short cell's number sits on another line than a tall cell's: the row's numbers
// come on several lines, mixed with its label's pieces. Such a row stands as a block of lines of
// its own (set apart by blank lines) in LibreOffice's PDFs of Word pages. A block is read as one
// row when its words spell exactly one row's label, its other words are pieces of the table's group
// labels (`（三）不予公开` wrapped beside), it holds exactly the row's count of numbers, their columns
// put them in an order no two of them leave in doubt, and the row's sum (总计 = the applicants'
// columns) holds. A block holding several rows is cut into runs of lines, one row each, and read
// when exactly one cutting reads it. A 表二 row has no sum: it is read only where every line with
// numbers of its group (caption to caption) is read. Anything else leaves the block unread: a
// missing cell, never a wrong one. Rows still unread afterwards are tried once more for their
// totals alone, their numbers' order left aside (`readBlockTotals`).
import type { GridPiece } from '../../grid/types';
import type { FormatDefinition, GroupDef, RelationDef, RowDef, TableDef } from '../../formats/types';
import { rowTotalRelation } from '../../formats';
import { skeletonOf } from '../../text/skeleton';
import { inside, learnCells, rowPatterns, spanOf, spell, totalOnly, wordsOf, type LayoutLine, type LayoutRow, type Word } from './layoutColumnsRows';
import { cellsHold } from './readingOrderRows';
import type { NumberToken } from './readingOrderText';

/** Two numbers on different lines this many columns apart or closer: which comes first is not sure. */
const MIN_GAP = 1;

/**
 * Rows read from blocks of lines (see the file comment), added to `rows` or filling the cells of
 * a row found there without them. `tablesOf` says which tables a line may hold.
 */
export function readBlocks(text: string, zone: LayoutLine[], rows: LayoutRow[], format: FormatDefinition, tablesOf: (line: number) => TableDef[]): void {
  const captionOrHeading = (l: LayoutLine) => l.kind === 'heading' || text.slice(l.from, l.textTo).includes('第二十条');
  const plans = blockPlans(text, zone, format, tablesOf, 'cells');
  for (const plan of plans) if (!plan.unvouched) apply(plan, rows);
  // Rows with no sum to vouch for them (表二): read only where every line with numbers between
  // their group's caption and the next is read, so that no number of theirs can be elsewhere.
  const read = (k: number) => plans.some((p) => p.a <= k && k <= p.b) || rows.some((r) => r.cells && r.line === k);
  for (const plan of plans) {
    if (!plan.unvouched) continue;
    let from = plan.a;
    while (from > 0 && !captionOrHeading(zone[from - 1]!)) from--;
    let to = plan.b;
    while (to + 1 < zone.length && !captionOrHeading(zone[to + 1]!)) to++;
    let all = true;
    for (let k = from; k <= to && all; k++) if (zone[k]!.numbers.length > 0 && !read(k)) all = false;
    if (all) apply(plan, rows);
  }
}

/** Whether a line ends blocks: a blank line, a page break, a heading or a 表二 caption. */
function boundaryOf(text: string): (l: LayoutLine) => boolean {
  return (l) => l.kind === 'blank' || l.kind === 'page' || l.kind === 'heading' || text.slice(l.from, l.textTo).includes('第二十条');
}

/**
 * Each block's one reading (see the file comment). `mode`: `cells`, rows read whole; `totals`,
 * rows read for their total only (layoutColumnsUnread.ts), their numbers' order left aside.
 */
function blockPlans(text: string, zone: LayoutLine[], format: FormatDefinition, tablesOf: (line: number) => TableDef[], mode: Mode): Plan[] {
  const boundary = boundaryOf(text);
  const plans: Plan[] = [];
  for (let a = 0; a < zone.length; a++) {
    if (boundary(zone[a]!)) continue;
    let b = a;
    while (b + 1 < zone.length && !boundary(zone[b + 1]!) && zone[b + 1]!.page === zone[a]!.page) b++;
    // A label going on at the next page's top (lines without numbers): the block read with those
    // lines first, as it stands on its page where that reads nothing.
    let over = b;
    while (over + 1 < zone.length && !boundary(zone[over + 1]!) && zone[over + 1]!.page !== zone[a]!.page && zone[over + 1]!.numbers.length === 0) over++;
    const across = over > b ? readBlock(text, zone, format, tablesOf(a), a, over, mode) : undefined;
    const plan = across ?? readBlock(text, zone, format, tablesOf(a), a, b, mode);
    if (plan) plans.push(plan);
    a = across ? over : b;
  }
  return plans;
}

/**
 * Rows a block's lines hold that are still unread, read for their total only: in a table whose
 * last column is the row's sum, a run of lines whose words spell one row's label and whose numbers,
 * fewer than its columns or as many, have a largest that is the sum of the others. That largest is
 * the total, whatever order the PDF's lines put the others in (LibreOffice centres a row's cells
 * on two lines, and a long label shifts one line's numbers against the other's). A run of lines
 * with no number whose words spell a row's label is that row, its cells blank; a run of zeros is
 * a row too, read no further. The block is read only where exactly one cutting reads it so; a row
 * read already, given its total from its own line (layoutColumnsUnread.ts), or found outside the
 * block, is left as it is.
 */
export function readBlockTotals(text: string, zone: LayoutLine[], rows: LayoutRow[], format: FormatDefinition, tablesOf: (line: number) => TableDef[]): void {
  for (const plan of blockPlans(text, zone, format, tablesOf, 'totals')) {
    const { a, b, read } = plan;
    if (read.some((r) => rows.some((f) => f.table === r.table && f.row === r.row && (f.line < a || f.line > b)))) continue;
    const inBlock = rows.filter((r) => r.line >= a && r.line <= b);
    // Rows found in the block that the cut does not name: the cut is not the block's own.
    if (inBlock.some((f) => !read.some((r) => r.table === f.table && r.row === f.row))) continue;
    for (const r of read) {
      const f = inBlock.find((x) => x.table === r.table && x.row === r.row);
      if (f?.cells || f?.partial) continue;
      const cells = r.blank ? r.group.columns.map(() => null) : null;
      if (f) {
        if (cells) f.cells = cells;
        else if (r.total) learnCells(f, totalOnly(r.group.columns.length, r.total));
      } else {
        const pieces: GridPiece[] = r.used.map((w) => ({ text: w.text, from: w.from, to: w.to }));
        rows.push({ table: r.table, group: r.group, row: r.row, label: { text: pieces.map((p) => p.text).join(''), pieces }, line: r.line, cells, ...(r.total ? { partial: totalOnly(r.group.columns.length, r.total) } : {}) });
      }
    }
  }
}

type Mode = 'cells' | 'totals';

/** A block's one reading, to be applied. */
interface Plan {
  a: number;
  b: number;
  read: Reading[];
  /** A row of it read from several lines has no sum to vouch for its numbers. */
  unvouched: boolean;
}

/** Adds the plan's rows (or fills the cells of rows found in its block), unless a row of it is found outside the block or the rows found in it disagree. */
function apply(plan: Plan, rows: LayoutRow[]): void {
  const { a, b, read } = plan;
  const inBlock = rows.filter((r) => r.line >= a && r.line <= b);
  for (const r of read) {
    // The row found elsewhere too: which is it is not known.
    if (rows.some((f) => f.table === r.table && f.row === r.row && (f.line < a || f.line > b))) return;
  }
  for (const f of inBlock) {
    const r = read.find((x) => x.table === f.table && x.row === f.row);
    if (!r || (f.cells && (f.cells.length !== r.cells.length || f.cells.some((c, k) => c !== r.cells[k])))) return;
  }
  for (const r of read) {
    const f = inBlock.find((x) => x.table === r.table && x.row === r.row);
    if (f) {
      f.cells = r.cells;
      continue;
    }
    const pieces: GridPiece[] = r.used.map((w) => ({ text: w.text, from: w.from, to: w.to }));
    rows.push({ table: r.table, group: r.group, row: r.row, label: { text: pieces.map((p) => p.text).join(''), pieces }, line: r.line, cells: r.cells });
  }
}

/** A row read from lines of a block: the row, its label's words, its cells. */
interface Reading {
  table: TableDef;
  group: GroupDef;
  row: RowDef;
  used: Word[];
  cells: NumberToken[];
  line: number;
  unvouched: boolean;
  /** In `totals` mode: the row's total (its cells are not read), or that the row has no number at all. */
  total?: NumberToken;
  blank?: boolean;
}

/** A block holds at most this many lines per row (a label wrapped two characters a line, numbers on three). */
const MAX_ROW_LINES = 12;
/** Readings kept per suffix of a block: two distinct ones are enough to know it is in doubt. */
const KEEP = 2;

/**
 * A block of lines read as consecutive rows, each of its own lines (see the file comment): when
 * exactly one way of cutting the block into such rows reads it (cuts that differ only in where a
 * line of group-label pieces goes read it alike), its rows are added.
 */
function readBlock(text: string, zone: LayoutLine[], format: FormatDefinition, tables: TableDef[], a: number, b: number, mode: Mode): Plan | undefined {
  if (tables.length === 0) return undefined;
  let numberedLines = 0;
  for (let k = a; k <= b; k++) if (zone[k]!.numbers.length > 0) numberedLines++;
  if (numberedLines < 2) return undefined;
  const lineWords: Word[][] = [];
  for (let k = a; k <= b; k++) lineWords.push(wordsOf(text, zone[k]!.from, zone[k]!.textTo));
  // A number among the words (one the line's words follow), or a sign apart from its number
  // (`-` / `86`): the block's numbers are not all known.
  if (lineWords.some((ws) => ws.some((w) => /^[\d.,]+$/.test(w.text)))) return undefined;
  for (let k = a; k <= b; k++) if (/[-－−+＋增减]/.test(text.slice(zone[k]!.from, zone[k]!.textTo))) return undefined;
  const segment = (i: number, j: number): Reading | undefined => readSegment(zone, lineWords.slice(i - a, j - a + 1).flat(), format, tables, i, j, mode);
  // ways[i - a]: the distinct readings of lines i..b (at most KEEP), each a list of rows.
  const ways: Reading[][][] = [];
  ways[b + 1 - a] = [[]];
  // A row read blank and one whose numbers are zeros only read nothing alike, but differ: a cut
  // that gives a zero line to the row above leaves the row below blank.
  const keyOf = (rs: Reading[]) => rs.map((r) => `${r.row.id}${r.blank ? '!' : ''}:${(r.total ? [r.total] : r.cells).map((c) => c.from).join(',')}`).join('|');
  for (let i = b; i >= a; i--) {
    const found = new Map<string, Reading[]>();
    for (let j = i; j <= b && j - i < MAX_ROW_LINES; j++) {
      const rest = ways[j + 1 - a]!;
      if (rest.length === 0) continue;
      const r = segment(i, j);
      if (!r) continue;
      for (const tail of rest) {
        const all = [r, ...tail];
        found.set(keyOf(all), all);
        if (found.size >= KEEP) break;
      }
      if (found.size >= KEEP) break;
    }
    ways[i - a] = [...found.values()];
  }
  const readings = ways[0]!;
  if (readings.length !== 1) return undefined;
  const read = readings[0]!;
  if (new Set(read.map((r) => r.row)).size !== read.length) return undefined;
  return { a, b, read, unvouched: read.some((r) => r.unvouched) };
}

/** Lines i..j read as one row: their words spell one row's label, other words group-label pieces; their numbers its cells in column order, its sum holding. */
function readSegment(zone: LayoutLine[], words: Word[], format: FormatDefinition, tables: TableDef[], i: number, j: number, mode: Mode): Reading | undefined {
  const numbered: number[] = [];
  for (let k = i; k <= j; k++) if (zone[k]!.numbers.length > 0) numbered.push(k);
  // Lines with no number: in `totals` mode, a row of blanks where its words spell one row's label.
  if (numbered.length === 0 && mode === 'cells') return undefined;
  const count = numbered.reduce((s, k) => s + zone[k]!.numbers.length, 0);
  const matches: Array<{ table: TableDef; row: RowDef; group: GroupDef; used: Word[]; length: number }> = [];
  for (const pattern of rowPatterns(format, tables)) {
    if (mode === 'cells' ? pattern.group.columns.length !== count : count > pattern.group.columns.length) continue;
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
  if (own.length === 0 || new Set(own.map((m) => m.row.id)).size !== 1) return undefined;
  const { table, group, row, used } = own[0]!;
  // Words that are no piece of the label nor of a group label: another row's label may be here.
  const frame = frameOf(table, group);
  if (words.some((w) => !used.includes(w) && !frame.some((f) => f.includes(w.skeleton)))) return undefined;
  if (mode === 'totals') {
    if (!rowTotalRelation(format, table, group)?.over.includes(row.id)) return undefined;
    if (count === 0) return { table, group, row, used, cells: [], line: i, unvouched: false, blank: true };
    const numbers = numbered.flatMap((k) => zone[k]!.numbers);
    // Zeros only, a single one too: a row of zeros (its total 0 or blank), which this reads nothing
    // of, but a cut the block may have; left out, a wrong cut could be the only one left
    // (`（二）部分公开 … 0` / `0 24566 57 24623` / `1.属于国家秘密 0 0`: the middle line is
    // 国家秘密's as well as it could be 部分公开's).
    if (numbers.every((n) => n.value === 0 && !n.decimal)) return { table, group, row, used, cells: [], line: numbered[0]!, unvouched: false };
    if (numbers.length === 1) return undefined;
    const total = totalOf(numbers);
    return total ? { table, group, row, used, cells: [], line: numbered[0]!, unvouched: false, total } : undefined;
  }
  // Numbers gathered from several lines: the row's sum vouches for them, or the whole group's lines must be read (readBlocks).
  const unvouched = numbered.length > 1 && !format.relations.some((x: RelationDef) => x.table === table.id && x.along === 'row' && x.kind === 'equal' && x.over.includes(row.id));
  const cells = ordered(zone, numbered);
  if (!cells || cells.length !== group.columns.length || !cellsHold(cells, group.columns, row, table, format.relations)) return undefined;
  return { table, group, row, used, cells, line: numbered[0]!, unvouched };
}

/** The largest of a row's numbers where it is above 0 and the sum of the others (in any order): the row's total. */
function totalOf(numbers: NumberToken[]): NumberToken | undefined {
  if (numbers.some((n) => n.decimal)) return undefined;
  let top = numbers[0]!;
  for (const n of numbers) if (n.value >= top.value) top = n;
  const sum = numbers.reduce((s, n) => s + n.value, 0) - top.value;
  return top.value > 0 && sum === top.value ? top : undefined;
}

const frames = new WeakMap<GroupDef, string[]>();

/**
 * The skeletons of a table's group labels and heading-like row words (`（三）不予公开`,
 * `三、本年度办理结果`), and of a 表二 group's headers (`信息内容`, `本年新制作数量`: on the lines
 * between its caption and its first row, no blank line between).
 */
function frameOf(table: TableDef, group: GroupDef): string[] {
  let f = frames.get(group);
  const headers = group.caption ? [...(group.headerWords ?? []), ...group.columns.map((c) => c.label)] : [];
  if (!f) frames.set(group, (f = [...group.rows.map((r) => r.groupLabel ?? ''), ...(table.headingLike ?? []), ...headers].map(skeletonOf).filter((s) => s.length > 0)));
  return f;
}

/** The block's numbers left to right, when no two on different lines come close enough to leave their order in doubt. */
export function ordered(zone: LayoutLine[], numbered: number[]): NumberToken[] | null {
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
