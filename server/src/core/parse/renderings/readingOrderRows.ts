// Raw PDF text in reading order (readingOrder.ts): which numbers are which row's. Row labels are
// found in the runs of text lines; a row gets cells only where the text leaves no doubt (the
// numbers right after its label, 表二's column blocks, 表三's bands, 表四's one row), each reading
// checked against the row's and the table's relations.
import type { GridCell, GridPiece, GridRow } from '../../grid/types';
import type { ColumnDef, FormatDefinition, GroupDef, RelationDef, RowDef, TableDef } from '../../formats/types';
import { buildSkeleton, skeletonOf, type Skeleton } from '../../text/skeleton';
import { labelCell, withoutGroupLabel } from './readingOrderInterleaved';
import { findLabels, tablePatterns, type LabelHit, type LabelPattern } from '../labels';
import { cellOf, classify, joinWrapped, numberBlocksAfter, joinWrappedSideBySide, numberCell, numbersAfter, SIGNED, syntheticCell, type Line, type NumberToken } from './readingOrderText';
import { bandsWithBlanks } from './readingOrderBandBlanks';
import type { TextLine } from './types';

export interface Found {
  hit: LabelHit;
  table: TableDef;
  group: GroupDef;
  row?: RowDef;
  /** The row's cells, when the numbers after the label's run of text lines read as them (`shareNumbers`). */
  numbers: NumberToken[] | null;
  /** The numbers after the label when it alone ends its run of text lines (its first column's, in a table PDF'd by columns). */
  alone?: NumberToken[];
  /** The label's cell, where it is not simply the text of the hit (a label wrapped around a number). */
  label?: GridCell;
  /** The index of the run of text lines it was found in (`labelsOf`). */
  segment?: number;
  /** Whole rows more after its own cells, each vouched for by its relations (`shareNumbers`): rows whose labels the PDF put after them. */
  following?: NumberToken[][];
  /** Its cells and `following` stand only if the labels after them are those rows' (表二's rows have no relations to vouch): see `followingLabels`. */
  unvouched?: boolean;
  /** Its cells as its columns' headers, each followed by its cell, give them after `numbers` were read (`stepCells`): a second reading. */
  stepped?: NumberToken[];
  /** Found after another block's caption, its own found elsewhere: not read (`strayedRows`). */
  strayed?: true;
}

/**
 * 表二 as a PDF of text blocks by column gives each row label with its first columns' numbers,
 * then, elsewhere, each further column as its header and the block's numbers top to bottom
 * (`本年增/减` `减8` `0`). Read only when every row of such a block has the same count of first
 * numbers, and the text's header blocks are exactly the further columns the format has, in its
 * order, each with one number per row of its block: then each block's numbers are its column's.
 */
export function readColumnBlocks(text: string, lines: Line[], segments: Array<[number, number]>, table: TableDef, found: Found[], relations: RelationDef[]): void {
  const firsts = new Map<GroupDef, { labels: Found[]; count: number }>();
  for (const group of table.groups) {
    if (!group.caption || group.columns.length < 2) continue;
    const labels = group.rows.map((row) => found.filter((f) => f.table === table && f.row === row));
    if (labels.some((l) => l.length !== 1)) return;
    const counts = new Set(labels.map((l) => l[0]!.alone?.length ?? -1));
    const count = counts.size === 1 ? [...counts][0]! : -1;
    if (count === group.columns.length) continue;
    if (count < 1) return;
    firsts.set(group, { labels: labels.map((l) => l[0]!), count });
  }
  const expected = [...firsts].flatMap(([group, { count }]) => group.columns.slice(count).map((column) => ({ group, column })));
  if (expected.length === 0) return;
  const blocks: Array<{ skeleton: string; numbers: NumberToken[]; from: number }> = [];
  for (const [a, b] of segments) {
    const skeleton = buildSkeleton(text, lines[a]!.from, lines[b]!.textTo).text;
    if (!expected.some((e) => columnSkeletons(e.column).includes(skeleton))) continue;
    blocks.push({ skeleton, numbers: numbersAfter(lines, b), from: lines[a]!.from });
  }
  if (blocks.length !== expected.length) return;
  // A further column's block among a group's labels: the text is not by columns there (a CMS
  // page's cells at two heights: `规章` `7` `本年废止件数` `0` `0` `行政规范性文件` `39`, whose 39
  // is 废止 and its 制发 one of the 0s), so which numbers follow a label tells nothing.
  for (const { labels } of firsts.values()) {
    const [from, to] = [Math.min(...labels.map((f) => f.hit.from)), Math.max(...labels.map((f) => f.hit.from))];
    if (blocks.some((b) => b.from > from && b.from < to)) return;
  }
  const inBlocks = new Set(blocks.flatMap((b) => b.numbers.map((n) => n.from)));
  if (blocks.some((block) => mayBeOtherRows(block, lines, inBlocks, found, table, firsts))) return;
  const columns = new Map<GroupDef, NumberToken[][]>();
  for (const [k, e] of expected.entries()) {
    const block = blocks[k]!;
    if (!columnSkeletons(e.column).includes(block.skeleton) || block.numbers.length !== e.group.rows.length) return;
    columns.set(e.group, [...(columns.get(e.group) ?? []), block.numbers]);
  }
  const rows: Array<{ f: Found; cells: NumberToken[] }> = [];
  for (const [group, blockColumns] of columns) {
    const { labels } = firsts.get(group)!;
    for (const [r, row] of group.rows.entries()) {
      const cells = [...labels[r]!.alone!, ...blockColumns.map((c) => c[r]!)];
      if (!readsAsRow(cells, group.columns, row, table, relations)) return;
      rows.push({ f: labels[r]!, cells });
    }
  }
  for (const { f, cells } of rows) f.numbers = cells;
}

/**
 * Whether a column block's numbers may be other rows' of the table: rows of other groups have their
 * labels before the block's header and no number of their own, more of them, by the block's count
 * or more, than numbers between the first of those labels and the header that no block takes. A
 * column left blank all through loses its block's numbers in the text, and the next header's block
 * then sits after the labels of the groups set beside it (`现行有效件数` `36` `12` after 行政处罚 and
 * 行政强制, whose numbers they are); nothing in the text tells the two readings apart. Where their
 * numbers stand before the header (`行政处罚` `行政强制` … `7` `0` `现行有效件数` `5` `0`), the block's are
 * its own.
 */
function mayBeOtherRows(
  block: { numbers: NumberToken[]; from: number },
  lines: Line[],
  inBlocks: Set<number>,
  found: Found[],
  table: TableDef,
  firsts: Map<GroupDef, unknown>,
): boolean {
  const bare = found.filter(
    (f) => f.table === table && f.row && !firsts.has(f.group) && f.hit.from < block.from && !f.numbers?.length && !f.alone?.length,
  );
  if (bare.length < block.numbers.length) return false;
  const first = Math.min(...bare.map((f) => f.hit.from));
  let free = 0;
  for (const line of lines) for (const n of line.numbers) if (n.from > first && n.from < block.from && !inBlocks.has(n.from)) free++;
  return bare.length - free >= block.numbers.length;
}

function columnSkeletons(column: ColumnDef): string[] {
  return [column.label, ...(column.aliases ?? [])].map(skeletonOf);
}

/**
 * 表三 as a PDF of text blocks by band: each row label comes with its first column's number (自然人),
 * and the further columns come after the 四、 heading as blocks set apart by blank lines, one number
 * a line: for a band of B rows, one block of B numbers per column, bands in row order. Read only
 * when the run after the heading is made of such blocks exactly, bands covering the table's rows
 * exactly, and every relation of the table holds over the whole reading — rows whose first number
 * was not found beside their label count in the relations (their first cell the row's total less
 * its other cells) but stay unread. Gives the run of lines read; the rows read get their cells.
 */
export function readBands(
  text: string,
  lines: readonly TextLine[],
  heading: number,
  found: Found[],
  format: FormatDefinition,
  labelZone?: Line[],
): { first: number; end: number } | undefined {
  const table = bandsTable(format);
  if (!table) return undefined;
  if (found.some((f) => f.table === table && f.numbers)) return undefined;
  const plain = numberBlocksAfter(text, lines, heading);
  // Or the bands after their own column headers (`社会` `科研` … `总计`), which the PDF put there too.
  const words = headerWords(table);
  const withHeaders = numberBlocksAfter(text, lines, heading, (w) => words.some((h) => h.includes(skeletonOf(w))));
  const { blocks, end } = plain.blocks.length > 0 || withHeaders.blocks.length === 0 ? plain : withHeaders;
  const read = exactBands(blocks, found, format, table, labelZone) ?? (labelZone ? withBlanks(blocks, found, format, table, labelZone) : undefined);
  if (!read) return undefined;
  for (const { f, cells: c } of read) {
    f.numbers = c;
    if (!found.includes(f)) found.push(f);
  }
  return { first: heading + 1, end };
}

/** The skeletons of a table's column headers and their parents' (a header line's words are a piece of one). */
function headerWords(table: TableDef): string[] {
  const words = table.groups.flatMap((g) => g.columns.flatMap((c) => [c.label, ...(c.aliases ?? []), ...(c.parents ?? [])]));
  return [...new Set(words.map(skeletonOf))].filter((w) => w.length > 0);
}

/** The bands' rows when no cell is left out: each block a whole band's column (`readBands`). */
function exactBands(blocks: NumberToken[][][], found: Found[], format: FormatDefinition, table: TableDef, labelZone: Line[] | undefined): Array<{ f: Found; cells: NumberToken[] }> | undefined {
  const group = table.groups[0]!;
  const rest = group.columns.length - 1;
  const banded = bandRows(blocks, group.rows.length, rest);
  if (!banded) return undefined;
  const tokens = new Map<RowDef, NumberToken[]>(group.rows.map((def, r) => [def, banded[r]!]));
  const cells = new Map<RowDef, number[]>();
  // The first column beside the labels; where it was not found, what the row relation makes it.
  const total = group.columns.findIndex((c) => c.id === 'total');
  const rowRelation = format.relations.find((r) => r.table === table.id && r.along === 'row' && r.kind === 'equal' && r.left.length === 1 && r.left[0] === group.columns[total]?.id);
  if (!rowRelation) return undefined;
  const read: Array<{ f: Found; cells: NumberToken[] }> = [];
  const column = labelZone ? firstColumn(labelZone, found, table) : undefined;
  for (const [r, def] of group.rows.entries()) {
    const rest = tokens.get(def)!;
    const labels = found.filter((f) => f.table === table && f.row === def);
    const first = column ? column[r]! : labels.length === 1 && labels[0]!.alone?.length === 1 ? labels[0]!.alone[0]! : undefined;
    const others = rest.reduce((s, n) => s + n.value, 0) - rest[total - 1]!.value;
    const firstValue = first ? first.value : rest[total - 1]!.value - others;
    if (firstValue < 0 || rest.some((n) => n.decimal || SIGNED.test(n.text) || /元$/.test(n.text))) return undefined;
    cells.set(def, [firstValue, ...rest.map((n) => n.value)]);
    if (first) {
      if (!readsAsRow([first, ...rest], group.columns, def, table, format.relations)) return undefined;
      // A row whose label the PDF broke beyond finding (`（三） 4.保护第三方合法权 0` `不予公 益`)
      // gets the format's label, where its first number stands.
      read.push({ f: labels.length > 0 ? labels[0]! : unfoundLabel(format, table, def, first), cells: [first, ...rest] });
    }
  }
  if (!columnsHold(format, table, cells)) return undefined;
  // A third of the rows at least must have their first number beside their label: the relations then check the rest.
  if (read.length * 3 < group.rows.length) return undefined;
  return read;
}

/**
 * The bands' rows where the plain reading does not fit (readingOrderBandBlanks.ts): the numbers
 * beside the labels are the first column or columns, row after row, fewer than the cells where
 * some are empty; the bands' blocks may hold several columns. A third of the rows at least must
 * be read.
 */
function withBlanks(blocks: NumberToken[][][], found: Found[], format: FormatDefinition, table: TableDef, labelZone: Line[]): Array<{ f: Found; cells: NumberToken[] }> | undefined {
  const group = table.groups[0]!;
  const first = columnNumbers(labelZone, found, table);
  if (!first) return undefined;
  const read = bandsWithBlanks(first, blocks, table, format);
  if (!read || read.size * 3 < group.rows.length) return undefined;
  return [...read].map(([r, cells]) => {
    const def = group.rows[r]!;
    const labels = found.filter((f) => f.table === table && f.row === def);
    const at = cells.find((n) => n.text !== '') ?? cells[0]!;
    return { f: labels.length > 0 ? labels[0]! : unfoundLabel(format, table, def, at), cells };
  });
}

/**
 * Bands in row order: a band of B rows is blocks of B numbers, one a line, one block per column;
 * two columns whose cells stand on one line (`303 975`) are one block of 2B numbers, row by row.
 * Per row its `width` numbers, when the blocks make bands covering exactly `rows` rows.
 */
export function bandRows(blocks: NumberToken[][][], rows: number, width: number): NumberToken[][] | undefined {
  const out: NumberToken[][] = [];
  for (let b = 0; b < blocks.length; ) {
    const first = blocks[b]!;
    if (first.some((l) => l.length !== 1)) return undefined;
    const size = first.length;
    if (out.length + size > rows) return undefined;
    const columns: NumberToken[][] = Array.from({ length: size }, () => []);
    let filled = 0;
    for (; filled < width && b < blocks.length; b++) {
      const numbers = blocks[b]!.flat();
      const m = numbers.length / size;
      if (!Number.isInteger(m) || m < 1 || filled + m > width) return undefined;
      if (m === 1 && blocks[b]!.length !== size) return undefined;
      for (let r = 0; r < size; r++) columns[r]!.push(...numbers.slice(r * m, (r + 1) * m));
      filled += m;
    }
    if (filled !== width) return undefined;
    out.push(...columns);
  }
  return out.length === rows ? out : undefined;
}

/** Whether every column relation of the table holds over all its rows (`cells`: each row's values in column order). */
export function columnsHold(format: FormatDefinition, table: TableDef, cells: Map<RowDef, number[]>): boolean {
  const group = table.groups[0]!;
  for (const r of format.relations) {
    if (r.table !== table.id || r.along !== 'column') continue;
    for (const column of r.over) {
      const c = group.columns.findIndex((x) => x.id === column);
      const sum = (ids: string[]) => ids.reduce((s, id) => s + cells.get(group.rows.find((x) => x.id === id)!)![c]!, 0);
      const left = sum(r.left);
      const right = sum(r.right);
      if (r.kind === 'equal' ? left !== right : left > right) return false;
    }
  }
  return true;
}

/** The table a PDF may give in bands: one group, many rows, several columns (表三). */
export function bandsTable(format: FormatDefinition): TableDef | undefined {
  return format.tables.find((t) => t.groups.length === 1 && t.groups[0]!.rows.length > 10 && t.groups[0]!.columns.length > 2);
}

/**
 * 表三's first column beside its labels, when the text holds exactly one number per row from the
 * table's first label found on: the numbers in row order. The PDF keeps the narrow column's numbers
 * top to bottom while it moves the labels' broken lines about — a number may come before its
 * label, on the line of the label before (`（三） 3.危及…` `0` `不予公 4.保护…`), so which label a
 * number follows says nothing; its place in the column does, and every relation of the table
 * checks the reading (`readBands`). Undefined when the count is not the table's rows.
 */
function firstColumn(zone: Line[], found: Found[], table: TableDef): NumberToken[] | undefined {
  const numbers = columnNumbers(zone, found, table);
  return numbers?.length === table.groups[0]!.rows.length ? numbers : undefined;
}

/** The numbers of the text from the table's first label found on, in order. */
function columnNumbers(zone: Line[], found: Found[], table: TableDef): NumberToken[] | undefined {
  const own = found.filter((f) => f.table === table && f.row);
  if (own.length === 0) return undefined;
  const start = Math.min(...own.map((f) => f.hit.from));
  const numbers: NumberToken[] = [];
  for (const line of zone) numbers.push(...line.numbers.filter((n) => n.from >= start));
  return numbers;
}

export function unfoundLabel(format: FormatDefinition, table: TableDef, row: RowDef, at: NumberToken): Found {
  const pattern = tablePatterns(format, table).find((p) => p.kind === 'row' && p.row === row.id)!;
  const hit: LabelHit = { pattern, from: at.from, to: at.from, skFrom: 0, skTo: 0, withEnumerator: true };
  return { hit, table, group: table.groups[0]!, row, numbers: null, label: syntheticCell(row.label, at.from) };
}

/**
 * 表四 in raw PDF text: its headers (vertical ones one character a line), then its one row. Read
 * only when every number of the section comes after all its text, exactly one per column, and its
 * totals hold; the cells are then in the columns' order. Otherwise the section keeps the table's
 * headers and no cell: a PDF that puts the headers between the numbers, or cut the table off at the
 * page edge, gives numbers whose columns nothing tells.
 */
export function appealsRows(
  text: string,
  lines: readonly TextLine[],
  first: number,
  end: number,
  spillEnd: number,
  table: TableDef,
  relations: RelationDef[],
  others?: TableDef[],
): GridRow[] {
  const group = table.groups[0]!;
  const at = lines[first]!.from;
  // Words only this table's headers have (行政复议, 维持, 尚未审结): text without them before the
  // row's numbers is another table's (表三's last columns' headers over their cells in bands, put
  // after the 四、 heading), not this table's headers. Without `others`, any text is.
  const ownHeaders = others ? ownHeaderSkeletons(table, others) : undefined;
  const isOwnHeader = (sk: string) => !ownHeaders || ownHeaders.some((h) => sk.includes(h));
  // The headers as a Word table has them: a parent over its run of columns, then the labels.
  const depth = Math.max(...group.columns.map((c) => (c.parents?.length ?? 0) + 1));
  const rows: GridRow[] = [];
  for (let level = 0; level < depth; level++) {
    const texts = group.columns.map((c) => {
      const parents = c.parents ?? [];
      return level < parents.length ? parents[level]! : level === parents.length ? c.label : '';
    });
    const key = (k: number) => group.columns[k]!.parents?.slice(0, level + 1).join('/') + '|' + texts[k];
    rows.push({ cells: texts.map((t, k) => syntheticCell(k > 0 && key(k) === key(k - 1) ? '' : t, at)) });
  }
  // The characters of the table's headers: a line of one of them is a vertical header's last
  // character (`持` `正`) the page break carried over with the cells. Header words (`其他 尚未`)
  // between the cells are a block's headers over its cells, whose order the PDF's text may not keep.
  const headerChars = new Set([...group.columns.flatMap((c) => [c.label, ...(c.aliases ?? []), ...(c.parents ?? [])]).map(skeletonOf).join('')]);
  // A header over several blocks (复议后起诉) may stand there too, the page's vertical headers around it.
  const parents = new Set(group.columns.flatMap((c) => c.parents ?? []).map(skeletonOf));
  const onlyHeaderChars = (sk: string) => (sk.length === 1 && headerChars.has(sk)) || parents.has(sk);
  let numbers: NumberToken[] = [];
  let headers = false;
  // Header pieces between the cells (`interleaved`): see below.
  let interleaved = false;
  const lineOf = new Map<NumberToken, number>();
  // Where each header character that names one outcome (`维` `纠` `审`) stands: see `blocksOutOfOrder`.
  const sightings: Sighting[] = [];
  const marks = outcomeMarks(group.columns);
  for (let k = first; k < end; k++) {
    const line = classify(text, lines[k]!);
    const sk = line.kind === 'text' ? buildSkeleton(text, line.from, line.textTo).text : '';
    if (line.kind === 'text') sightings.push(...sightingsIn(sk, line.from, marks, parents));
    if (line.kind === 'text' && numbers.length > 0) {
      // Header text between the cells: the PDF's text order is by blocks, and a block of headers
      // may come between two cells written out of order (`0` `其他 尚未` `结果 审结` `5`) — unless
      // the cells all stand one a line and read as the row in text order (checked below).
      if (headers && !onlyHeaderChars(sk)) return rows;
      // Numbers before any header: 表三's last cells the PDF put after the heading, not this row's.
      if (headers) interleaved = true;
      else numbers = [];
    }
    if (line.kind === 'text' && isOwnHeader(sk)) headers = true;
    for (const n of line.numbers) lineOf.set(n, k);
    numbers.push(...line.numbers);
  }
  // Cells among pieces of the headers (a table cut by a page break, the header row's last
  // characters carried over with the cells; or its blocks' headers each over its cells): read in
  // text order only when each stands alone on its line (two on a line may be one number wrapped)
  // and they are the row's cells with every total holding (below) — each block of columns then
  // checks its own.
  if (interleaved && !numbers.every((n) => numbers.filter((m) => lineOf.get(m) === lineOf.get(n)).length === 1)) return rows;
  // The row's last cells after the next heading (五、…), on lines of their own among its
  // paragraphs: the PDF's text order put the page's text before the table's end. Taken only when
  // the section's number lines are exactly the cells missing; they stand, zero wide, at the table's
  // end (a cell's text is mapped inside its region).
  const spillAt = end > first ? lines[end - 1]!.to : at;
  const own = numbers.length;
  for (let k = end; k < spillEnd && own < group.columns.length; k++) {
    const line = classify(text, lines[k]!);
    if (line.kind === 'numbers') numbers.push(...line.numbers);
  }
  if (readsAsRow(numbers, group.columns, group.rows[0]!, table, relations)) {
    const moved = blocksOutOfOrder(numbers, sightings, marks, group.columns);
    rows.push({ cells: numbers.map((n, k) => (moved.has(k) ? UNKNOWN : k < own ? numberCell(n) : syntheticCell(n.text.replace(/\s/g, ''), spillAt))) });
    return rows;
  }
  // A number wrapped in its narrow cell (`44` `5` is 445), one a line with no blank line between:
  // joined only where every total then holds (counts alone could not tell 44|5 from two cells).
  const joined = numbers.length === own ? joinWrapped(numbers.map((n) => ({ ...n, line: lineOf.get(n)! }))) : undefined;
  if (joined && readsAsRow(joined, group.columns, group.rows[0]!, table, relations)) {
    const moved = blocksOutOfOrder(joined, sightings, marks, group.columns);
    rows.push({ cells: joined.map((n, k) => (moved.has(k) ? UNKNOWN : numberCell(n))) });
  }
  return rows;
}

interface Sighting {
  mark: string;
  at: number;
}

interface OutcomeMarks {
  /** Each outcome's own header characters (`维持` `纠正` `其他` `尚未审` `总计`). */
  marks: Map<string, string[]>;
  /** All of them. */
  all: Set<string>;
  /** Each outcome's columns, in column order. */
  under: Map<string, number[]>;
}

/** The header characters that belong to one outcome's label only, and the columns under each label. */
function outcomeMarks(columns: ColumnDef[]): OutcomeMarks {
  const labels = [...new Set(columns.map((c) => skeletonOf(c.label)))];
  const marks = new Map<string, string[]>();
  const under = new Map<string, number[]>();
  for (const label of labels) {
    const others = labels.filter((l) => l !== label).join('');
    marks.set(label, [...label].filter((ch) => !others.includes(ch)));
    under.set(label, columns.flatMap((c, k) => (skeletonOf(c.label) === label ? [k] : [])));
  }
  return { marks, all: new Set([...marks.values()].flat()), under };
}

/** The outcome marks in a line of text; none in a parent header's line (`未经复议直接起诉` has `未`). */
function sightingsIn(skeleton: string, at: number, { all }: OutcomeMarks, parents: Set<string>): Sighting[] {
  if (parents.has(skeleton)) return [];
  return [...skeleton].filter((ch) => all.has(ch)).map((mark) => ({ mark, at }));
}

/** A cell whose number the text gives without saying which column it stands in. */
const UNKNOWN: GridCell = { text: '', pieces: [], unknown: true };

/**
 * The columns of the blocks (行政复议, 未经复议直接起诉, 复议后起诉) whose cells, read in text order,
 * may stand in other columns. The n-th time an outcome's marks are seen heads the n-th block's
 * column of that outcome, and it stands where its first mark does: a vertical header's characters
 * are scattered among the cells (`正` before them, `果` `纠` after), but where even the first of
 * them comes after the cell read for a later column (`维` `持` of 未经复议直接起诉's 结果维持 after
 * the `882` read as its 其他结果), the PDF wrote that block's cells out of order — each block's
 * total holds whatever the order of its parts. The blocks of the header's column and of the cells before it
 * are not read; the others are, their own totals vouching. Marks past the last column of their
 * outcome (another table's `其他`) tell nothing, nor a header seen by one mark only.
 */
function blocksOutOfOrder(cells: NumberToken[], sightings: Sighting[], { marks, under }: OutcomeMarks, columns: ColumnDef[]): Set<number> {
  const blockOf = (k: number) => columns[k]!.parents?.join('/') ?? '';
  const moved = new Set<string>();
  const seen = new Map<string, number[]>();
  for (const s of sightings) {
    const at = seen.get(s.mark);
    if (at) at.push(s.at);
    else seen.set(s.mark, [s.at]);
  }
  for (const [label, chars] of marks) {
    for (const [n, column] of under.get(label)!.entries()) {
      // Two marks at least: a page break carries a vertical header's last character over on its
      // own (`持` `正` after a block's cells, the rest of the header on the page before).
      const ats = chars.flatMap((ch) => seen.get(ch)?.[n] ?? []);
      if (ats.length < 2) continue;
      const at = Math.min(...ats);
      const before = cells.flatMap((c, k) => (k > column && c.from < at ? [k] : []));
      if (before.length === 0) continue;
      for (const k of [column, ...before]) moved.add(blockOf(k));
    }
  }
  return new Set(columns.flatMap((_, k) => (moved.has(blockOf(k)) ? [k] : [])));
}

/** The skeletons of a table's column headers that no other table's columns have. */
function ownHeaderSkeletons(table: TableDef, others: TableDef[]): string[] {
  const words = (t: TableDef) => t.groups.flatMap((g) => g.columns.flatMap((c) => [c.label, ...(c.aliases ?? []), ...(c.parents ?? [])]));
  const foreign = new Set(others.filter((t) => t !== table).flatMap(words).map(skeletonOf));
  return [...new Set(words(table).map(skeletonOf))].filter((sk) => sk.length >= 2 && !foreign.has(sk));
}

/** Row labels and captions of a format in the text runs, with the numbers right after each run's last label. */
export function labelsOf(text: string, lines: Line[], segments: Array<[number, number]>, format: FormatDefinition): Found[] {
  const found: Found[] = [];
  const patterns = format.tables.map((table) => ({ table, patterns: tablePatterns(format, table).filter((p) => p.kind === 'row' || p.kind === 'caption') }));
  const other = format.tables.map((table) => ({ table, patterns: tablePatterns(format, table).filter((p) => p.kind === 'header' || p.kind === 'group') }));
  const groupPatterns = format.tables.flatMap((table) => tablePatterns(format, table).filter((p) => p.kind === 'group'));
  // Row labels since the last numbers: the numbers that come next are theirs, all of them (a PDF
  // gives a block's labels one under the other, then its numbers). Text that is neither a label
  // nor a header before the numbers may be a label not found: those numbers are then nobody's.
  let pending: Found[] = [];
  // The text after the last row label up to here, where it is its block's headers' pieces (`endsBlockHeaders`); null after numbers.
  let headerTail: string | null = null;
  // A row whose cells come each after its own column's header (`stepCells`): the cells so far.
  let steps: { f: Found; cells: NumberToken[] } | null = null;
  let unknown = false;
  // Column headers since the last numbers, in text order (skeletons).
  let headers: string[] = [];
  // Each captioned block's column headers, all of them wherever they stand among its numbers (`blockHeadersInOrder`).
  const blocks: Array<{ group: GroupDef; headers: string[]; rows: Found[] }> = [];
  // The numbers of the last run that no label took (`公开` `0 7 2 0 0 9`: the tail of a label
  // wrapped around its cells), while the next run is the next label's (`beforeLabel`).
  let unclaimed: NumberToken[] = [];
  // The captioned block's row the last run's numbers were read as (`stepCells` may read it again).
  let lastRead: Found | undefined;
  // pdftotext sets its text blocks apart by blank lines; a viewer's copy may write none at all.
  const blockBreaks = lines.filter((l) => l.kind === 'blank').length * 2 >= lines.filter((l) => l.kind === 'numbers').length;
  for (const [segment, [a, b]] of segments.entries()) {
    const from = lines[a]!.from;
    const to = lines[b]!.textTo;
    const hitsIn = (sk: Skeleton) => {
      const hits: Array<{ hit: LabelHit; table: TableDef }> = [];
      for (const { table, patterns: list } of patterns) {
        for (const hit of findLabels(text, sk, 0, sk.text.length, list)) if (acceptable(hit)) hits.push({ hit, table });
      }
      return hits;
    };
    let sk = buildSkeleton(text, from, to);
    let hits = hitsIn(sk);
    // A group label's narrow cell beside the row label's, their lines side by side.
    const apart = withoutGroupLabel(text, lines, a, b, groupPatterns);
    const apartHits = apart ? hitsIn(apart.skeleton) : [];
    const rowsIn = (list: typeof hits) => list.filter((h) => h.hit.pattern.kind === 'row').length;
    if (apart && rowsIn(apartHits) > rowsIn(hits)) [sk, hits] = [apart.skeleton, apartHits];
    // Where labels of two tables overlap, the longer one is the label.
    hits.sort((x, y) => x.hit.from - y.hit.from || y.hit.skTo - y.hit.skFrom - (x.hit.skTo - x.hit.skFrom));
    const kept = hits.filter((h, i) => !hits.some((o, j) => j !== i && overlaps(o.hit, h.hit) && longer(o.hit, h.hit, j < i)));
    const start = found.length;
    for (const { hit, table } of kept) {
      const group = table.groups.find((g) => g.id === hit.pattern.group)!;
      const row = hit.pattern.row === undefined ? undefined : group.rows.find((r) => r.id === hit.pattern.row);
      if (!row) {
        // A caption opens a block: labels and headers before it are another block's.
        pending = [];
        headerTail = null;
        unknown = false;
        headers = [];
        if (hit.pattern.kind === 'caption') blocks.push({ group, headers: [], rows: [] });
      }
      const label = apart && hits === apartHits ? { label: labelCell(text, apart.ranges, hit.from, hit.to) } : {};
      found.push({ hit, table, group, ...(row ? { row } : {}), numbers: null, segment, ...label });
    }
    const mine = found.slice(start);
    const lastCaption = mine.map((f) => !f.row).lastIndexOf(true);
    const own = mine.slice(lastCaption + 1).filter((f) => f.row);
    // 表二's blocks have no relations of their own to vouch for a reading: there the labels
    // pending count, and so does text that may be a label not found. 表三's rows have theirs.
    const labelled = own.length > 0 && !own[0]!.group.caption ? own : [...pending, ...own];
    const numbers = numbersAfter(lines, b);
    const extra = other.flatMap(({ patterns: list }) => findLabels(text, sk, 0, sk.text.length, list));
    if (!covered(text, lines, a, b, [...kept.map((k) => k.hit), ...extra])) unknown = true;
    const lastCaptionAt = lastCaption >= 0 ? mine[lastCaption]!.hit.from : -1;
    const segmentHeaders = extra.filter((h) => h.pattern.kind === 'header' && h.from > lastCaptionAt).sort((x, y) => x.from - y.from).map((h) => h.pattern.skeleton);
    headers.push(...segmentHeaders);
    const block = blocks[blocks.length - 1];
    if (block) {
      block.headers.push(...segmentHeaders);
      block.rows.push(...mine.filter((f) => f.row && f.group === block.group));
    }
    // The text after the last row label: the rest of this run, or the runs since the label's.
    const lastHit = mine[mine.length - 1];
    const tail: string | null = lastHit ? (lastHit.row !== undefined ? sk.text.slice(lastHit.hit.skTo) : null) : headerTail === null ? null : headerTail + sk.text;
    if (numbers.length === 0) {
      pending = labelled.filter((f) => f.group.caption);
      headerTail = pending.length > 0 ? tail : null;
      unclaimed = [];
      if (mine.length > 0) lastRead = undefined;
      continue;
    }
    headerTail = null;
    // A captioned block's row after another block's caption (`第二十条第（五）项` `行政强制`): the
    // PDF's order may have left the blocks (see `strayedRows`).
    for (const f of labelled) if (f.group.caption && block?.group.caption !== undefined && block.group !== f.group) f.strayed = true;
    // Right after a captioned block's row read from the numbers after its label, its columns'
    // headers each followed by a number read it a second time (`stepCells`).
    const again: Found[] | undefined = !steps && labelled.length === 0 && mine.length === 0 && lastRead ? [lastRead] : undefined;
    steps = stepCells(steps, again ?? labelled, (steps || again) && mine.length === 0 ? sk.text : tail, numbers, format.relations);
    // The run ends with a row label; or the text after it is the last pieces of each of its
    // block's column headers in turn (a page break between the headers and the label: `行政事业性收费`
    // `年项目数量` `减` `0` `-8`). A header of some columns only there may stand over its own
    // cell, the first number after it (`本年增/减` `0` `87` for 87 0): no reading.
    const group = lastHit?.group ?? pending[pending.length - 1]?.group;
    const ends = tail === '' || (tail !== null && group?.caption !== undefined && endsBlockHeaders(tail, group));
    // A block's headers written out of the format's order: the PDF's reading order is not the
    // table's left to right, and its numbers may not be either.
    const disordered = labelled.some((f) => f.group.caption && !inColumnOrder(headers, f.group));
    const doubtful = (unknown || disordered) && labelled.some((f) => f.group.caption);
    if (!doubtful && ends && labelled.length > 0 && !beforeLabel(labelled, numbers, unclaimed, b, format.relations)) {
      // The label alone before the numbers, or the last one with numbers on its own line (`5.属于… 0`).
      const last = labelled[labelled.length - 1]!;
      if (labelled.length === 1 || (!last.group.caption && lines[b]!.numbers.length > 0 && last.hit.from >= lines[b]!.from)) last.alone = numbers;
      shareNumbers(labelled, numbers, format.relations, blockBreaks ? b : undefined);
    }
    unclaimed = labelled.length === 0 ? numbers : [];
    lastRead = labelled.length === 1 && labelled[0]!.numbers !== null && labelled[0]!.group.caption ? labelled[0] : undefined;
    pending = [];
    unknown = false;
    headers = [];
  }
  strayedRows(found);
  blockHeadersInOrder(blocks);
  followingLabels(lines, segments, found, format.relations);
  rowAcrossLabel(lines, segments, found, format.relations, blockBreaks);
  bridgedLabels(text, lines, segments, patterns, found, format.relations, blockBreaks);
  return found;
}

/**
 * A captioned block's row found after another block's caption, while its own block's caption is
 * found elsewhere in the text (`第二十条第（五）项` `信息内容` `行政强制` `本年处理决定数量` `59`, and
 * （六）'s caption further on): the PDF's order has left the blocks, and the numbers after the label
 * need not be its own (59 is 行政许可's). Such a row stays marked and is not read (readingOrder.ts).
 * Where its caption is found nowhere (wrapped past recognition), the caption before it says
 * nothing of its block.
 */
function strayedRows(found: Found[]): void {
  const captioned = new Set(found.filter((f) => !f.row).map((f) => f.group));
  for (const f of found) if (f.strayed && !captioned.has(f.group)) delete f.strayed;
}

/**
 * Whether a row's cells may stand before its label as well as after it: the numbers on the label's
 * own line (`（三） 3.危及“三安全一稳定” 0`), then those of the run before that no label took
 * (`0 7 2 0 0 9`), make exactly its columns with its relations holding. pdftotext wrote a row
 * beside a group label's middle line after the row's own numbers there, and the numbers after
 * the label, the next row's (`8 0 0 0 0 8`), read as a row too: the text cannot tell which.
 */
function beforeLabel(labelled: Found[], numbers: NumberToken[], unclaimed: NumberToken[], labelLine: number, relations: RelationDef[]): boolean {
  const f = labelled.length === 1 ? labelled[0]! : undefined;
  if (!f?.row || unclaimed.length === 0 || !hasRowRelation(f, relations)) return false;
  const onLine = numbers.filter((n) => n.line === labelLine);
  // Only where the label's line carries a number: a whole row's numbers before a label with none
  // on its line are the row before's, its label wrapped around them and not found (`2.没有现成信息需要另行制` / `法提供` / `作`).
  if (onLine.length === 0) return false;
  const cells = [...onLine, ...unclaimed];
  return cells.length === f.group.columns.length && cellsHold(cells, f.group.columns, f.row, f.table, relations);
}

/**
 * A 表二 row whose cells come each right after its own column's header, in column order (`政府集中采购`
 * `采购项目数量` `39` `采购总金额（万元）` `240.65`): the header (or its end, the page broke it) over
 * its one cell. `tail` is the text since the label or the last cell; the row is read when its last
 * column's cell comes. Gives the cells so far, or null where the text is not so.
 */
function stepCells(steps: { f: Found; cells: NumberToken[] } | null, labelled: Found[], tail: string | null, numbers: NumberToken[], relations: RelationDef[]): { f: Found; cells: NumberToken[] } | null {
  const f = steps ? steps.f : labelled.length === 1 ? labelled[0]! : undefined;
  const cells = steps ? steps.cells : [];
  if (!f || !f.group.caption || tail === null || numbers.length !== 1 || hasRowRelation(f, relations)) return null;
  const column = f.group.columns[cells.length];
  if (!column || !endsColumnHeader(tail, column)) return null;
  const next = [...cells, numbers[0]!];
  if (next.length < f.group.columns.length) return { f, cells: next };
  if (cellsHold(next, f.group.columns, f.row!, f.table, relations)) {
    // Read already from the numbers right after its label: a second reading, which the grid
    // weighs against the first (readingOrder.ts `gridRows`).
    if (f.numbers === null) f.numbers = next;
    else f.stepped = next;
  }
  return null;
}

/** Whether `skeleton` is the end of the column's header (the page broke it), or the whole of it, a unit after an amount's (`万元`). */
function endsColumnHeader(skeleton: string, column: ColumnDef): boolean {
  const text = column.kind === 'amount' ? skeleton.replace(/(?:单位)?万?元$/, '') : skeleton;
  return text.length > 0 && columnSkeletons(column).some((h) => h.endsWith(text));
}

/** Whether `skeleton` is a piece of the end of each of the group's column headers, in column order (`年项目数量` `减`). */
function endsBlockHeaders(skeleton: string, group: GroupDef): boolean {
  const fits = (at: number, k: number): boolean => {
    if (k === group.columns.length) return at === skeleton.length;
    for (const header of columnSkeletons(group.columns[k]!)) {
      for (let n = 1; n <= header.length && at + n <= skeleton.length; n++) {
        if (skeleton.slice(at, at + n) === header.slice(header.length - n) && fits(at + n, k + 1)) return true;
      }
    }
    return false;
  };
  return skeleton.length > 0 && fits(0, 0);
}

/**
 * Whole rows after a label's own cells (`following`) whose labels the PDF put right after them:
 * the next run of text lines with a label (runs of group labels between, with no number after
 * them) opens with the labels of exactly the rows that come next in the format, as many as the
 * rows, none with numbers of its own, each row's relations holding. Each row then has its numbers.
 */
function followingLabels(lines: Line[], segments: Array<[number, number]>, found: Found[], relations: RelationDef[]): void {
  for (const [i, f] of found.entries()) {
    const rows = f.following;
    if (!rows || !f.numbers) continue;
    const next = found.slice(i + 1, i + 1 + rows.length);
    // The labels' run, after runs with no label found and no number after them (a group label `三、本年度办理结果`).
    const at = next[0]?.segment ?? -1;
    if (at <= f.segment! || segments.slice(f.segment! + 1, at).some(([, b]) => numbersAfter(lines, b).length > 0)) {
      if (f.unvouched) f.numbers = null;
      continue;
    }
    const fits =
      next.length === rows.length &&
      next.every(
        (g, k) =>
          g.segment === at &&
          g.table === f.table &&
          g.row !== undefined &&
          g.numbers === null &&
          !g.alone &&
          g.hit.pattern.order === f.hit.pattern.order! + 1 + k &&
          readsAsRow(rows[k]!, g.group.columns, g.row, g.table, relations),
      );
    // Labels of the same rows found again elsewhere: which is whose cannot be told.
    const twice = next.some((g) => found.some((o) => o !== g && o.table === g.table && o.row === g.row));
    if (!fits || twice) {
      if (f.unvouched) f.numbers = null;
      continue;
    }
    next.forEach((g, k) => (g.numbers = rows[k]!));
  }
}

/**
 * A row whose label the PDF put among its cells (a label wrapped over two lines, its row's cells
 * centred beside it: `（七）总计` `0 0 0 749 3 214 151 922 8 5` `0 0 0 0 0 0` `四、结转下年度继续办理` `0`):
 * the numbers after the row before it are that row's cells and then the first cells of this one,
 * the rest after its own label. Read where the row before it, its numbers less the last few,
 * reads as itself (`shareNumbers`), and those last few with the numbers after this label read as
 * this row — both rows' relations holding, the cells moved each alone on its line, none stacked.
 * Nothing else may come between the two labels but runs of text with no number after them.
 */
function rowAcrossLabel(lines: Line[], segments: Array<[number, number]>, found: Found[], relations: RelationDef[], blockBreaks: boolean): void {
  for (const f of found) {
    if (!f.row || f.numbers || f.segment === undefined || !hasRowRelation(f, relations)) continue;
    const g = found.find((o) => o.table === f.table && o.row && o.hit.pattern.order === f.hit.pattern.order! + 1 && o.segment !== undefined && o.segment > f.segment!);
    if (!g || g.numbers || !hasRowRelation(g, relations) || found.some((o) => o !== g && o.table === g.table && o.row === g.row)) continue;
    if (found.some((o) => o !== f && o !== g && o.row && o.segment !== undefined && o.segment > f.segment! && o.segment < g.segment!)) continue;
    if (segments.slice(f.segment + 1, g.segment).some(([, b]) => numbersAfter(lines, b).length > 0)) continue;
    const before = numbersAfter(lines, segments[f.segment]![1]);
    const after = numbersAfter(lines, segments[g.segment!]![1]);
    const width = g.group.columns.length;
    if (after.length === 0 || after.length >= width) continue;
    const moved = before.slice(before.length - (width - after.length));
    const cells = [...moved, ...after];
    const alone = (n: NumberToken) => cells.filter((m) => m.line === n.line).length === 1;
    const stacked = blockBreaks && cells.some((n, k) => k > 0 && n.line === cells[k - 1]!.line! + 1);
    if (!cells.every(alone) || stacked || !readsAsRow(cells, g.group.columns, g.row!, g.table, relations)) continue;
    shareNumbers([f], before.slice(0, before.length - moved.length), relations, undefined);
    // Whole rows more between the row's cells and the moved ones (`3.其他`'s cells, then 总计's
    // whole row, then `17 7 0 0 0 1` / `（七）总计` / `四、结转下年度继续办理` / `25`): the labels
    // after them are not these rows', so the few moved are no cells of the next row found.
    if (f.following) {
      f.numbers = null;
      f.following = undefined;
      continue;
    }
    if (f.numbers) g.numbers = cells;
  }
}

/** A line opening with an enumerator (`5.`, `（三）`, `四、`): a row label, whether found or not. */
const ENUMERATED = /^(?:\d{1,2}\s*[.．、]|[（(]\s*[一二三四五六七八九十]+\s*[)）]|[一二三四五六七八九十]+\s*、)/;

/**
 * Whether every line of the run that opens with an enumerator holds a label found (a row, caption
 * or group label): one that does not is a label the PDF broke beyond finding, and the numbers after
 * it may be its own. The tail of a label wrapped after its number (`情形）`) opens with none.
 */
function covered(text: string, lines: Line[], a: number, b: number, hits: LabelHit[]): boolean {
  for (let k = a; k <= b; k++) {
    const line = lines[k]!;
    if (!ENUMERATED.test(text.slice(line.from, line.textTo))) continue;
    if (!hits.some((h) => h.from < line.textTo && h.to > line.from)) return false;
  }
  return true;
}

/**
 * A captioned block (表二's) whose column headers, taken over the whole block, come out of the
 * format's order has none of its rows read: the PDF's reading order is not the table's left to
 * right there, and a header written after a row's numbers (`行政处罚` `375` `处理决定数量`
 * `本年增/减`) says its row's numbers may not be in column order either (`行政强制` `840` `0` `0`
 * for 0 840 0). The rows have no relation to check them.
 */
function blockHeadersInOrder(blocks: Array<{ group: GroupDef; headers: string[]; rows: Found[] }>): void {
  for (const block of blocks) {
    if (inColumnOrder(block.headers, block.group)) continue;
    for (const f of block.rows) f.numbers = null;
  }
}

/** Whether the block's column headers among `headers` come in the format's order. */
function inColumnOrder(headers: string[], group: GroupDef): boolean {
  let last = -1;
  for (const h of headers) {
    const k = group.columns.findIndex((c) => columnSkeletons(c).includes(h));
    if (k < 0) continue;
    if (k <= last) return false;
    last = k;
  }
  return true;
}

/**
 * A label wrapped around its own first number (`2.其他法律行政法规` `0` `禁止公开`: the number sits
 * beside the label's first line): two runs of text with one line of one number between them, a
 * row label found only across the two. The number is its first column's (`alone`), used where the
 * rest of the row is read by bands (`readBands`) or column blocks; the row is found no other way.
 */
function bridgedLabels(
  text: string,
  lines: Line[],
  segments: Array<[number, number]>,
  patterns: Array<{ table: TableDef; patterns: LabelPattern[] }>,
  found: Found[],
  relations: RelationDef[],
  blockBreaks: boolean,
): void {
  for (let s = 0; s + 1 < segments.length; s++) {
    const [a1, b1] = segments[s]!;
    const [a2, b2] = segments[s + 1]!;
    // The number on a line of its own between the runs, or after the words of the first run's last line.
    const between = lines.slice(b1 + 1, a2).filter((l) => l.kind !== 'blank' && l.kind !== 'page');
    const tail = lines[b1]!.numbers;
    const numbers = tail.length > 0 ? (between.length === 0 ? tail : []) : between.length === 1 && between[0]!.kind === 'numbers' ? between[0]!.numbers : [];
    if (numbers.length !== 1) {
      if (tail.length === 0 && between.length > 1 && between.every((l) => l.kind === 'numbers' && l.numbers.length === 1)) {
        wrappedAroundCells(text, lines, [a1, b1], [a2, b2], between, patterns, found, relations, blockBreaks);
      }
      continue;
    }
    const number = numbers[0]!;
    const first = buildSkeleton(text, lines[a1]!.from, lines[b1]!.textTo);
    const second = buildSkeleton(text, lines[a2]!.from, lines[b2]!.textTo);
    const at = new Int32Array(first.at.length + second.at.length);
    at.set(first.at);
    at.set(second.at, first.at.length);
    const sk = { text: first.text + second.text, at };
    const junction = first.text.length;
    for (const { table, patterns: list } of patterns) {
      for (const hit of findLabels(text, sk, 0, sk.text.length, list)) {
        if (hit.pattern.kind !== 'row' || !acceptable(hit) || hit.skFrom >= junction || hit.skTo <= junction) continue;
        const cell = cellOf(text, hit.from, hit.to);
        cell.pieces = cell.pieces.flatMap((p) => withoutNumber(text, p, number));
        cell.text = cell.pieces.map((p) => p.text).join('');
        const same = found.filter((f) => f.table === table && f.row?.id === hit.pattern.row);
        // Found before only by a shorter wording inside this label (`（二）部分公开`): this is it.
        const partial = same.length === 1 && !same[0]!.alone && !same[0]!.numbers && same[0]!.hit.from >= hit.from && same[0]!.hit.to <= hit.to ? same[0] : undefined;
        if (partial) Object.assign(partial, { hit, alone: [number], label: cell });
        if (same.length > 0) continue;
        const group = table.groups.find((g) => g.id === hit.pattern.group)!;
        const row = group.rows.find((r) => r.id === hit.pattern.row)!;
        found.push({ hit, table, group, row, numbers: null, alone: [number], label: cell });
      }
    }
  }
}

/**
 * A label wrapped around its row's cells (`规范` `性文` `0` `0` `0` `件`: the cells beside the
 * label's first lines, its last character on the next page): two runs of text with the cells
 * between them one a line, a row label found only across the two. The numbers are the row's
 * cells where they are exactly as many as its columns, none stacked over another (see
 * `stacked`), and the row reads as such: its relations holding, or — a row with none (表二's)
 * — the text in row order up to it (the row before it in its block read, or none before it).
 */
function wrappedAroundCells(
  text: string,
  lines: Line[],
  [a1, b1]: [number, number],
  [a2, b2]: [number, number],
  between: Line[],
  patterns: Array<{ table: TableDef; patterns: LabelPattern[] }>,
  found: Found[],
  relations: RelationDef[],
  blockBreaks: boolean,
): void {
  const lineIndex = (line: Line) => lines.indexOf(line);
  const at = between.map(lineIndex);
  if (blockBreaks && at.some((k, i) => i > 0 && k === at[i - 1]! + 1)) return;
  const numbers = between.map((l) => l.numbers[0]!);
  const first = buildSkeleton(text, lines[a1]!.from, lines[b1]!.textTo);
  const second = buildSkeleton(text, lines[a2]!.from, lines[b2]!.textTo);
  const joinedAt = new Int32Array(first.at.length + second.at.length);
  joinedAt.set(first.at);
  joinedAt.set(second.at, first.at.length);
  const sk = { text: first.text + second.text, at: joinedAt };
  const junction = first.text.length;
  for (const { table, patterns: list } of patterns) {
    for (const hit of findLabels(text, sk, 0, sk.text.length, list)) {
      if (hit.pattern.kind !== 'row' || !acceptable(hit) || hit.skFrom >= junction || hit.skTo <= junction) continue;
      if (found.some((f) => f.table === table && f.row?.id === hit.pattern.row)) continue;
      const group = table.groups.find((g) => g.id === hit.pattern.group)!;
      const row = group.rows.find((r) => r.id === hit.pattern.row)!;
      if (!readsAsRow(numbers, group.columns, row, table, relations)) continue;
      const label = cellOf(text, hit.from, hit.to);
      label.pieces = label.pieces.flatMap((p) => numbers.reduce((pieces, n) => pieces.flatMap((q) => withoutNumber(text, q, n)), [p]));
      label.text = label.pieces.map((p) => p.text).join('');
      const f: Found = { hit, table, group, row, numbers: null, label };
      const index = group.rows.indexOf(row);
      const before = index > 0 ? found.find((g) => g.table === table && g.row === group.rows[index - 1]) : undefined;
      const inOrder = index === 0 || (before !== undefined && before.numbers !== null && before.hit.from < hit.from);
      // Numbers right after the label's last run may be rests of the cells wrapped in their narrow
      // columns (`政府` `72` `1266.915` `集中` `采购` `2`: the amount is 1266.9152); only a row sum
      // would tell, so a row without one is not read then.
      const rests = numbersAfter(lines, b2).length > 0;
      if (hasRowRelation(f, relations) || (inOrder && !rests)) f.numbers = numbers;
      found.push(f);
    }
  }
}

/** A piece of a label's cell without the number on its line (`或重新出具已获取信 0` → `或重新出具已获取信`). */
function withoutNumber(text: string, piece: GridPiece, number: NumberToken): GridPiece[] {
  if (piece.to <= number.from || piece.from >= number.to) return [piece];
  const out: GridPiece[] = [];
  for (let [from, to] of [
    [piece.from, Math.max(piece.from, number.from)],
    [Math.min(piece.to, number.to), piece.to],
  ] as Array<[number, number]>) {
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) out.push({ text: text.slice(from, to), from, to });
  }
  return out;
}

/**
 * The numbers after a run of text lines, given to the run's row labels. The labels must be rows
 * that follow each other in the format (a PDF cell holding `（七）总计` and `四、结转…` gives both
 * labels, then both rows' numbers); the numbers must be exactly their cells — or, for the last
 * label, be followed only by whole rows more that its relations vouch for (rows whose labels the
 * PDF put elsewhere). Each row's cells must read as that row (`rowCells`); else none is read.
 */
function shareNumbers(labelled: Found[], numbers: NumberToken[], relations: RelationDef[], labelLine: number | undefined): void {
  for (let k = 1; k < labelled.length; k++) {
    const a = labelled[k - 1]!;
    const b = labelled[k]!;
    if (a.table !== b.table || b.hit.pattern.order !== a.hit.pattern.order! + 1) return;
  }
  // A row no relation vouches for (表二's) is not read from numbers stacked in one block: see
  // `stacked` (`labelLine` given where the text sets its blocks apart by blank lines).
  if (labelLine !== undefined && labelled.some((f) => !hasRowRelation(f, relations) && stacked(ownNumbers(f, labelled, numbers), labelLine))) return;
  // Nor any row whose numbers stand at several heights (see `atSeveralHeights`): its sums may hold
  // in the text's order and the columns' alike.
  if (labelLine !== undefined && labelled.some((f) => atSeveralHeights(ownNumbers(f, labelled, numbers), labelLine))) return;
  // Nor from numbers after a stack of several labels: the PDF's order of the numbers need not be
  // the rows' (a CMS page's `行政处罚` `行政强制` then `7` `0`, the 7 being 行政强制's).
  if (labelled.length > 1 && labelled.some((f) => !hasRowRelation(f, relations))) return;
  if (share(labelled, numbers, relations, labelLine)) return;
  // Cells set apart by blank lines, a number wrapped in its narrow cell: read joined only where
  // the rows' relations vouch for it (counts alone could not tell 674|0 from two cells).
  if (!labelled.every((f) => hasRowRelation(f, relations))) return;
  const joined = joinWrapped(numbers);
  if (joined && share(labelled, joined, relations)) return;
  // Side by side narrow cells, each wrapping its number (`151 632` `8` `1`).
  const sideBySide = joinWrappedSideBySide(numbers);
  if (sideBySide) share(labelled, sideBySide, relations);
}

function share(labelled: Found[], numbers: NumberToken[], relations: RelationDef[], labelLine?: number): boolean {
  const widths = labelled.map((f) => f.group.columns.length);
  const needed = widths.reduce((s, w) => s + w, 0);
  const last = labelled[labelled.length - 1]!;
  const extra = numbers.length - needed;
  if (extra < 0) return false;
  let unvouched = false;
  if (extra > 0) {
    const width = widths[widths.length - 1]!;
    if (extra % width !== 0) return false;
    if (!hasRowRelation(last, relations)) {
      // A 表二 block's other rows after the first's cells (`规章` `0 0 93 462 0 88` `规范性文件`):
      // exactly the rest of the block, each cell a text block of its own (none stacked over
      // another: the text is not by columns), and the labels after them must be those rows'.
      const rest = last.group.rows.length - 1 - last.group.rows.indexOf(last.row!);
      const stacked = numbers.some((n, k) => k > 0 && n.line !== labelLine && numbers[k - 1]!.line !== labelLine && n.line === numbers[k - 1]!.line! + 1);
      if (!last.group.caption || labelled.length !== 1 || labelLine === undefined || extra !== rest * width || stacked) return false;
      unvouched = true;
    }
    for (let at = needed; at < numbers.length; at += width) {
      if (!rowCells(numbers.slice(at, at + width), last.group.columns, last.row!, last.table, relations)) return false;
    }
  }
  const following: NumberToken[][] = [];
  for (let at = needed; at < numbers.length; at += widths[widths.length - 1]!) following.push(numbers.slice(at, at + widths[widths.length - 1]!));
  const cells: NumberToken[][] = [];
  let at = 0;
  for (const [k, f] of labelled.entries()) {
    const read = rowCells(numbers.slice(at, at + widths[k]!), f.group.columns, f.row!, f.table, relations);
    if (!read) return false;
    cells.push(read);
    at += widths[k]!;
  }
  labelled.forEach((f, k) => (f.numbers = cells[k]!));
  if (following.length > 0) last.following = following;
  if (unvouched) last.unvouched = true;
  return true;
}

/**
 * Whether two of the numbers that would be the row's cells stand on lines of their own one right
 * under the other, no blank line between. pdftotext sets its text blocks apart by blank lines, and
 * a block of numbers one a line is a column's cells in the rows below each other (`150` `0`: one
 * row's last cell, the next row's first), which the PDF's reading order may put after another
 * row's label (`行政处罚` `-11` `61` `行政强制` `9` `7` `51`, 61 being 行政强制's): the count of
 * numbers may still fit the row. A row whose relations check its cells may be read so; one with
 * none to check them is not.
 */
function stacked(own: NumberToken[], labelLine: number): boolean {
  return own.some((n, k) => k > 0 && n.line !== labelLine && own[k - 1]!.line !== labelLine && n.line === own[k - 1]!.line! + 1);
}

/**
 * Whether a row's numbers stand at several heights of the page: some one right under another in a
 * block (`stacked`), and two side by side on one line. pdftotext writes a block's lines top to
 * bottom, so such numbers come in the order of their heights, not of their columns (a CMS page's
 * 一、本年新收 `1722` `162` `1054` `160` `15682 10665` `29445` for 160 1722 15682 10665 162 1054
 * 29445, its total holding either way).
 */
function atSeveralHeights(own: NumberToken[], labelLine: number): boolean {
  return stacked(own, labelLine) && own.some((n, k) => k > 0 && n.line === own[k - 1]!.line);
}

/** The numbers that would be `f`'s cells: its share of the numbers after the stacked labels. */
function ownNumbers(f: Found, labelled: Found[], numbers: NumberToken[]): NumberToken[] {
  let at = 0;
  for (const g of labelled) {
    if (g === f) break;
    at += g.group.columns.length;
  }
  return numbers.slice(at, at + f.group.columns.length);
}

function hasRowRelation(f: Found, relations: RelationDef[]): boolean {
  return relations.some((r) => r.table === f.table.id && r.along === 'row' && r.kind === 'equal' && r.over.includes(f.row!.id));
}

/** A short label (`其他`, `总计`) counts only with its enumerator (`3.其他`): a column header says the same. */
function acceptable(hit: LabelHit): boolean {
  return hit.pattern.skeleton.length > 3 || hit.pattern.enumerator === undefined || hit.withEnumerator;
}

function overlaps(a: LabelHit, b: LabelHit): boolean {
  return a.from < b.to && b.from < a.to;
}

function longer(a: LabelHit, b: LabelHit, aFirst: boolean): boolean {
  const la = a.skTo - a.skFrom;
  const lb = b.skTo - b.skFrom;
  return la > lb || (la === lb && aFirst);
}

/** The numbers as the row's cells, when they read as that row (see `readsAsRow`); null otherwise. */
function rowCells(numbers: NumberToken[], columns: ColumnDef[], row: RowDef, table: TableDef, relations: RelationDef[]): NumberToken[] | null {
  return readsAsRow(numbers, columns, row, table, relations) ? numbers : null;
}

/**
 * A row of a table with row relations (表三) read alone between its neighbours, in a table whose
 * text holds fewer numbers than its cells (`lossy`: empty cells, which leave no text). Where
 * neither the row label found before it nor the one after it in the text has its cells read, the
 * PDF's text around it is out of row order (cells of the rows above and below moved among the
 * labels), and the numbers after its label may be a row with empty cells and other rows' cells
 * that still add up — a row relation checks which numbers, not which columns (`0 500 0 0 0 0 500`
 * for `_ _ 0 500 0 0 500`). Such a reading is dropped; one followed by whole rows more, each
 * adding up (`following`), is in row order. A row of zeros so read is dropped in any table: its
 * sums hold whatever zeros it took, and in text cut into column bands the zeros after `（七）总计`
 * are the first cells of other rows.
 */
export function dropIsolated(found: Found[], relations: RelationDef[], lossy: (table: TableDef) => boolean): void {
  // In text order: labels found across a number (`bridgedLabels`) come last in `found`.
  const rows = found.filter((f) => f.row).sort((a, b) => a.hit.from - b.hit.from);
  const zeros = (f: Found) => f.numbers!.every((n) => n.value === 0);
  const isolated = rows.filter((f, k) => {
    if (!f.numbers || f.following || !(lossy(f.table) || zeros(f)) || !hasRowRelation(f, relations)) return false;
    const near = [rows[k - 1], rows[k + 1]].filter((g): g is Found => g !== undefined && g.table === f.table);
    return near.length === 2 && !near.some((g) => g.numbers);
  });
  // A run of rows read between unread ones, their labels stacked before all their numbers (so the
  // numbers were cut into rows by their count alone), in which one row at most holds a number
  // other than 0: a row of zeros adds up whatever zeros it took (other rows' cells the PDF's order
  // moved among the labels), so it vouches for no row order, and the run is as alone as a single row.
  const stacked = (run: Found[]) => run.some((g, i) => i > 0 && g.hit.from < run[i - 1]!.numbers![0]!.from);
  for (let k = 0; k < rows.length; k++) {
    const f = rows[k]!;
    if (!f.numbers || !lossy(f.table) || !hasRowRelation(f, relations)) continue;
    let end = k;
    while (end + 1 < rows.length && rows[end + 1]!.table === f.table && rows[end + 1]!.numbers) end++;
    const [before, after] = [rows[k - 1], rows[end + 1]];
    const run = rows.slice(k, end + 1);
    if (run.length > 1 && before?.table === f.table && after?.table === f.table && stacked(run) && run.filter((g) => !zeros(g)).length <= 1) isolated.push(...run);
    k = end;
  }
  for (const f of isolated) f.numbers = null;
}

/**
 * 表二's blocks have no relations to vouch for a reading, so a block is read only where the PDF
 * kept its numbers in order. A row's numbers come after its label, so a number between the
 * block's caption and its first row label after it (up to the next caption, or the table's end
 * `end`) that no row took is another block's, moved past the caption (`第二十条第（八）项` `4` …
 * `行政事业性收费` `8` `24`: the 4 and 24 are 行政强制's): the order is not the table's, and the
 * block's rows without relations are not read. So too where a row of the block took no number while
 * numbers before its label, or after the block, went to no row, or took none being short of them
 * before a row that took its own.
 */
export function dropMixedBlocks(found: Found[], lines: Line[], relations: RelationDef[], end: (table: TableDef) => number): void {
  const taken = new Set<number>();
  for (const f of found) {
    for (const n of f.numbers ?? []) taken.add(n.from);
    for (const row of f.following ?? []) for (const n of row) taken.add(n.from);
  }
  const captions = found.filter((f) => !f.row && f.hit.pattern.kind === 'caption').sort((a, b) => a.hit.from - b.hit.from);
  const mixed: Found[] = [];
  const inOrder: Found[] = [];
  const numbers = lines.flatMap((l) => l.numbers);
  const numbersIn = (start: number, upTo: number) => numbers.filter((n) => n.from >= start && n.to <= upTo);
  const untaken = (start: number, upTo: number) => numbersIn(start, upTo).some((n) => !taken.has(n.from));
  for (const [k, caption] of captions.entries()) {
    const next = captions[k + 1];
    const from = caption.hit.to;
    const blockEnd = next && next.table === caption.table ? next.hit.from : end(caption.table);
    const rowsAfter = found.filter((f) => f.group === caption.group && f.row && f.hit.from >= from && f.hit.from < blockEnd).sort((a, b) => a.hit.from - b.hit.from);
    const to = Math.min(blockEnd, ...rowsAfter.map((f) => f.hit.from));
    // A row of the block that took nothing, its numbers gone elsewhere: the block's numbers before
    // its label went to no row (行政许可 / `第二十条第（六）项` / 行政处罚 `52` `0` `951` 行政强制: 52 is
    // 行政许可's, moved past the caption), or none follows its label in the block while a number
    // after the block went to no row (行政处罚 `95` `0` `4` 行政强制 / `第二十条第（八）项` … `0`
    // unread: 4 is 行政强制's, the rest further on).
    const numbersGone = (f: Found) =>
      !f.numbers && (untaken(from, f.hit.from) || (numbersIn(f.hit.to, blockEnd).length === 0 && untaken(blockEnd, end(caption.table))));
    // A row short of its numbers before a row read: the row read may hold the short one's
    // (行政处罚 `8` 行政强制 `4` `101` `7`, on a page leaving zeros blank: 101 and 7 are 行政处罚's).
    const shortBeforeRead = (f: Found, i: number) => {
      const after = rowsAfter[i + 1];
      return !f.numbers && !!after?.numbers && numbersIn(f.hit.to, after.hit.from).length < f.group.columns.length;
    };
    const stray = untaken(from, to) || rowsAfter.some(shortBeforeRead) || rowsAfter.some(numbersGone);
    (stray ? mixed : inOrder).push(caption);
  }
  const unread = (block: Found) => {
    for (const f of found) {
      if (f.group !== block.group || !f.row || hasRowRelation(f, relations)) continue;
      f.numbers = null;
      delete f.following;
    }
  };
  for (const block of mixed) unread(block);
  // A block in order whose table's other blocks are all out of order: the PDF kept none of the
  // table's order (LibreOffice's CMS page, seed 195: its zeros set at their cells' tops, a line
  // above the other numbers), and numbers that merely follow their label vouch for none
  // (政府集中采购's `0` `20593` are its amount and its count). Its rows without relations are not read either.
  for (const block of inOrder) {
    const others = [...mixed, ...inOrder].filter((b) => b !== block && b.table === block.table);
    if (others.length >= MIXED_AROUND && others.every((b) => mixed.includes(b))) unread(block);
  }
}

/** A block read in order among this many blocks of its table out of order, at least, is not read (`dropMixedBlocks`). */
const MIXED_AROUND = 2;

/**
 * A column relation (表三's 总计 = the outcomes, 新收 + 结转 = 总计 + 结转下年度) broken by the rows
 * read: one of them took numbers of another row, and nothing says which; none of them is read.
 */
export function dropBrokenColumns(readings: Map<string, Found | null>, format: FormatDefinition): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of format.relations) {
      if (r.along !== 'column' || r.kind !== 'equal') continue;
      const table = format.tables.find((t) => t.id === r.table)!;
      const valueOf = (row: string, column: string): number | undefined => {
        const reading = readings.get(`${table.id}.${row}`);
        if (!reading) return undefined;
        const k = reading.group.columns.findIndex((c) => c.id === column);
        return k < 0 ? undefined : reading.numbers![k]!.value;
      };
      for (const column of r.over) {
        const left = r.left.map((row) => valueOf(row, column));
        const right = r.right.map((row) => valueOf(row, column));
        if ([...left, ...right].some((v) => v === undefined)) continue;
        const sum = (vs: Array<number | undefined>) => vs.reduce((s: number, v) => s + v!, 0);
        if (Math.abs(sum(left) - sum(right)) < 1e-9) continue;
        for (const row of [...r.left, ...r.right]) readings.set(`${table.id}.${row}`, null);
        changed = true;
        break;
      }
    }
  }
}

/** Whether the numbers can be the row's cells: one per column, each of its column's kind, the row's relations holding. */
export function readsAsRow(numbers: NumberToken[], columns: ColumnDef[], row: RowDef, table: TableDef, relations: RelationDef[]): boolean {
  return numbers.length === columns.length && cellsHold(numbers, columns, row, table, relations);
}

/**
 * Whether a row's cells (null where blank, counted as 0) can be the row's: each number of its
 * column's kind (no decimals or 元 outside amounts, no sign on counts or amounts), the row's
 * relations holding.
 */
export function cellsHold(cells: ReadonlyArray<NumberToken | null>, columns: ColumnDef[], row: RowDef, table: TableDef, relations: RelationDef[]): boolean {
  const values = new Map<string, number>();
  for (const [k, column] of columns.entries()) {
    const n = cells[k];
    if (!n) {
      values.set(column.id, 0);
      continue;
    }
    if (column.kind !== 'amount' && n.decimal) return false;
    if (column.kind === 'count' && (n.value < 0 || SIGNED.test(n.text))) return false;
    if (column.kind === 'amount' && SIGNED.test(n.text)) return false;
    if (column.kind !== 'amount' && /元$/.test(n.text)) return false;
    values.set(column.id, n.value);
  }
  for (const r of relations) {
    if (r.table !== table.id || r.along !== 'row' || !r.over.includes(row.id)) continue;
    const sum = (ids: string[]) => ids.reduce((s, id) => s + (values.get(id) ?? Number.NaN), 0);
    const left = sum(r.left);
    const right = sum(r.right);
    if (Number.isNaN(left) || Number.isNaN(right)) continue;
    if (r.kind === 'equal' ? left !== right : left > right) return false;
  }
  return true;
}

