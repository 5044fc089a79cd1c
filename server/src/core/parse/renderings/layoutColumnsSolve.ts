// Aligned PDF text (`pdftotext -layout`, layoutColumns.ts): rows with blank cells that no full row
// of their page places (WPS pages leaving every zero blank: hardly a row is full). Within a page,
// the numbers of one column stand together (overlapping or touching), those of two columns apart;
// so the page's numbers fall into runs of columns, each some column of the table, in order. Which
// ones is what the table's sums tell: every way of giving each page's runs their columns is tried,
// and a row is read where each row's sum and every column's sums (办理结果总计 = （一）至（六）;
// 新收 + 结转 = 总计 + 结转下年度) hold, and all the ways that hold give that row the same cells;
// where they agree on some of its cells only, those are read and the rest are of unknown content.
// Only where every number of the table's lines is a found row's (no number of an unfound row,
// whose values the sums would miss); rows of the table not found count as blank. The sums cannot
// tell a column left blank all through the table from its neighbour: on the headers' page, a run
// starting where one column's header (wrapped over lines, `科` / `研` / `机` / `构`) starts, and
// no other's near, is that column's. Nor can they tell a zero's column: a run of zeros alone a
// column or two from the next run is tried as that run's column too (`zerosMerged`).
import type { FormatDefinition, GroupDef, RelationDef, TableDef } from '../../formats/types';
import { coefficient } from '../../formats';
import { skeletonOf } from '../../text/skeleton';
import { anchorColumns, headerPieces, headerRooms, startsOf } from './layoutColumnsHeaders';
import { learnCells, rowPatterns, spanOf, spell, wordsOf, type LayoutLine, type LayoutRow, type Word } from './layoutColumnsRows';
import { cellsHold } from './readingOrderRows';
import type { NumberToken } from './readingOrderText';

/** Header lines above the table's first row this many lines at most. */
const HEADER_LINES = 16;

/** Ways of giving the pages' runs their columns tried at most (the product over pages). */
const MAX_WAYS = 200_000;

/** A number of the table with where it stands. */
interface Placed {
  n: NumberToken;
  span: [number, number];
  row: LayoutRow;
}

/** A table whose unread rows the sums may place (see `openTable`). */
export interface OpenTable {
  group: GroupDef;
  /** The table's relations down its columns: what ties its rows together. */
  columnRelations: RelationDef[];
  /** The table's rows found, read or not. */
  mine: LayoutRow[];
  unread: LayoutRow[];
}

/**
 * What both placements by the table's sums (here and layoutColumnsRelations.ts) need before they
 * start: a table of one group with relations down its columns, rows left unread, no row found
 * twice (which numbers are whose would not be known), and every unread row's line holding some
 * numbers, no more than its columns. Undefined otherwise.
 */
export function openTable(zone: LayoutLine[], rows: LayoutRow[], format: FormatDefinition, table: TableDef): OpenTable | undefined {
  if (table.groups.length !== 1) return undefined;
  const group = table.groups[0]!;
  const columnRelations = format.relations.filter((r) => r.table === table.id && r.along === 'column');
  if (columnRelations.length === 0) return undefined;
  const mine = rows.filter((r) => r.table === table);
  const unread = mine.filter((r) => !r.cells);
  if (unread.length === 0) return undefined;
  if (new Set(mine.map((r) => r.row.id)).size !== mine.length) return undefined;
  for (const r of unread) {
    const count = zone[r.line]!.numbers.length;
    if (count === 0 || count > group.columns.length) return undefined;
  }
  return { group, columnRelations, mine, unread };
}

/**
 * Fills the cells of `table`'s found rows left unread, where its sums leave one placement (see
 * the file comment). `tablesOf` says which tables a line may hold.
 */
export function solveByTotals(text: string, zone: LayoutLine[], rows: LayoutRow[], format: FormatDefinition, table: TableDef, tablesOf: (line: number) => TableDef[]): void {
  const open = openTable(zone, rows, format, table);
  if (!open) return;
  const { group, columnRelations, mine, unread } = open;
  // Every number of the table's lines a found row's: read ones by their cells, unread ones by their line.
  const owner = new Map<NumberToken, LayoutRow>();
  for (const r of rows) for (const n of r.cells ?? []) if (n) owner.set(n, r);
  for (const r of unread) for (const n of zone[r.line]!.numbers) owner.set(n, r);
  const lineOf = new Map<NumberToken, number>();
  for (const [k, line] of zone.entries()) {
    if (line.kind === 'heading' || line.kind === 'page' || !tablesOf(k).includes(table)) continue;
    for (const n of line.numbers) {
      if (!owner.has(n)) return;
      lineOf.set(n, k);
    }
  }
  // The table's numbers per page, where they stand.
  const pages = new Map<number, Placed[]>();
  for (const [n, r] of owner) {
    if (r.table !== table) continue;
    const k = lineOf.get(n);
    if (k === undefined) return;
    const page = zone[k]!.page;
    const list = pages.get(page) ?? [];
    list.push({ n, span: spanOf(zone[k]!, n), row: r });
    pages.set(page, list);
  }
  const known = new Set(mine.filter((r) => r.cells));
  const firstRow = Math.min(...mine.map((r) => r.line));
  let headerFrom = firstRow;
  while (headerFrom - 1 >= 0 && firstRow - headerFrom < HEADER_LINES && zone[headerFrom - 1]!.kind !== 'heading' && zone[headerFrom - 1]!.page === zone[firstRow]!.page && tablesOf(headerFrom - 1).includes(table)) headerFrom--;
  const pieces = headerPieces(text, zone, group.columns, headerFrom, firstRow);
  const headers = startsOf(pieces);
  const rooms = headerRooms(pieces);
  // Per page, its numbers and each way that fits: a column per number.
  const options: Array<{ placed: Placed[]; ways: number[][] }> = [];
  const unknown = new Set<LayoutRow>();
  for (const [page, onPage] of pages) {
    // A page of rows read already: its cells stand. Their numbers help to tell the runs of the
    // others' where they fall into runs with them, one a run.
    if (onPage.every((p) => known.has(p.row))) continue;
    // A row whose numbers a long label crams together, a space apart (`25750 1026 1943 5309 70`),
    // where the page's numbers fall into no runs with them: they stand in no column's run, but in
    // order; each way of giving them columns is tried apart (the sums then tell, as for the runs).
    const fallsIntoRuns = runsOf(onPage) !== undefined || runsOf(onPage.filter((p) => !known.has(p.row))) !== undefined;
    const crammed = new Set(fallsIntoRuns ? [] : [...new Set(onPage.map((p) => p.row))].filter((r) => !known.has(r) && isCrammed(onPage.filter((p) => p.row === r))));
    for (const r of crammed) {
      const placed = onPage.filter((p) => p.row === r).sort((x, y) => x.span[0] - y.span[0]);
      const runs = placed.map((_, i) => i);
      const ways = increasing(placed.length, group.columns.length).filter((way) => fits(way, placed, runs, known, group.columns.length, table, format.relations));
      if (ways.length === 0) unknown.add(r);
      else options.push({ placed, ways });
    }
    const all = onPage.filter((p) => !crammed.has(p.row));
    if (all.length === 0 || all.every((p) => known.has(p.row))) continue;
    const unreadOnly = all.filter((p) => !known.has(p.row));
    const allRuns = runsOf(all);
    const placed = allRuns ? all : unreadOnly;
    const runs = allRuns ?? runsOf(unreadOnly);
    // A page whose numbers fall into no runs, or runs no way fits (its columns drifting line by
    // line): its unread rows stay so, and the sums they are in tell nothing.
    const giveUp = () => unreadOnly.forEach((p) => unknown.add(p.row));
    if (!runs) {
      giveUp();
      continue;
    }
    // Per number, its column under each way that fits, over the runs and their alternatives.
    const seen = new Set<string>();
    const ways: number[][] = [];
    for (const alternative of [runs, ...zerosMerged(placed, runs)]) {
      const count = Math.max(...alternative) + 1;
      const runSpans = Array.from({ length: count }, (_, run): [number, number] => {
        const spans = placed.filter((_, i) => alternative[i] === run).map((p) => p.span);
        return [Math.min(...spans.map(([a]) => a)), Math.max(...spans.map(([, b]) => b))];
      });
      const anchored = page === zone[firstRow]!.page ? anchorColumns(runSpans, headers, rooms) : [];
      const beside = allRuns ? [] : besideRead(runSpans, onPage.filter((p) => known.has(p.row)));
      for (const way of increasing(count, group.columns.length)) {
        if (!anchored.every((c, run) => c < 0 || way[run] === c) || !beside.every((c, run) => c < 0 || way[run] === c)) continue;
        if (!fits(way, placed, alternative, known, group.columns.length, table, format.relations)) continue;
        const columns = alternative.map((run) => way[run]!);
        const key = columns.join(',');
        if (!seen.has(key)) ways.push(columns);
        seen.add(key);
      }
    }
    if (ways.length === 0) {
      giveUp();
      continue;
    }
    options.push({ placed, ways });
  }
  if (options.length === 0 || options.reduce((p, o) => p * o.ways.length, 1) > MAX_WAYS) return;
  const solvable = unread.filter((r) => !unknown.has(r));
  const unknownIds = new Set([...unknown].map((r) => r.row.id));
  const checkable = columnRelations.filter((x) => ![...x.left, ...x.right].some((id) => unknownIds.has(id)));
  if (checkable.length === 0) return;
  // Every combination of the pages' ways: the unread rows' cells under it, kept when the column
  // sums hold. The sums as left − right per relation and column, the read rows' part once and each
  // page's way's part once, so that a combination costs a few additions.
  const columnIds = group.columns.map((c) => c.id);
  const width = columnIds.length;
  const solving = new Set(solvable);
  const base = new Float64Array(checkable.length * width);
  for (const r of mine) {
    if (solving.has(r) || !r.cells) continue;
    checkable.forEach((relation, x) => r.cells!.forEach((n, k) => (base[x * width + k]! += coefficient(relation, r.row.id) * (n?.value ?? 0))));
  }
  const parts = options.map((o) =>
    o.ways.map((way) => {
      const part = new Float64Array(checkable.length * width);
      o.placed.forEach((p, i) => {
        if (!solving.has(p.row)) return;
        checkable.forEach((relation, x) => (part[x * width + way[i]!]! += coefficient(relation, p.row.row.id) * p.n.value));
      });
      return part;
    }),
  );
  const checked = checkable.flatMap((relation, x) => columnIds.flatMap((id, k) => (relation.over.includes(id) ? [{ at: x * width + k, equal: relation.kind === 'equal' }] : [])));
  // Per row, the cells every way that holds gives it (undefined where two differ).
  let agreed: Map<LayoutRow, Array<NumberToken | null | undefined>> | undefined;
  let agreeing = 0;
  const choice: number[][] = [];
  const walk = (p: number, sums: Float64Array): boolean => {
    if (p === options.length) {
      if (checked.some(({ at, equal }) => (equal ? Math.abs(sums[at]!) > 1e-9 : sums[at]! > 1e-9))) return true;
      const cells = cellsUnder(options, choice, solvable, width);
      if (!columnsHold(cells, mine, columnIds, checkable)) return true;
      if (!agreed) {
        agreed = cells;
        agreeing = solvable.length * width;
      } else {
        for (const [r, c] of agreed) {
          const other = cells.get(r)!;
          c.forEach((n, k) => {
            if (n !== undefined && n !== other[k]) {
              c[k] = undefined;
              agreeing--;
            }
          });
        }
      }
      return agreeing > 0;
    }
    for (const [w, way] of options[p]!.ways.entries()) {
      choice[p] = way;
      const next = new Float64Array(sums);
      const part = parts[p]![w]!;
      for (let i = 0; i < next.length; i++) next[i]! += part[i]!;
      if (!walk(p + 1, next)) return false;
    }
    return true;
  };
  walk(0, base);
  if (!agreed) return;
  for (const [r, cells] of agreed) learnCells(r, cells);
  if (mine.every((r) => r.cells)) rows.push(...blankRows(text, zone, mine, format, table));
}

/**
 * The table's rows with no number at all (every cell blank), once every other row is read and the
 * sums hold without them: between two rows read, the lines with no numbers spell the labels of
 * exactly the rows the format has between them, other words being pieces of group labels
 * (`（三）不予公开`) and of the two rows' own labels. Their cells blank. `alone`: only between two
 * rows with no numbers at all on the lines between them (the rows around may be unread, so no
 * sum vouches that nothing is lost there).
 */
export function blankRows(text: string, zone: LayoutLine[], read: LayoutRow[], format: FormatDefinition, table: TableDef, alone = false): LayoutRow[] {
  const group = table.groups[0]!;
  const at = (r: LayoutRow) => group.rows.indexOf(r.row);
  const sorted = [...read].sort((x, y) => at(x) - at(y));
  const usedBy = new Set(read.flatMap((r) => r.label.pieces.map((p) => p.from)));
  const frame = [...group.rows.map((r) => r.groupLabel ?? ''), ...(table.headingLike ?? [])].map(skeletonOf).filter((f) => f.length > 0);
  const patterns = rowPatterns(format, [table]);
  const out: LayoutRow[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [before, after] = [sorted[i]!, sorted[i + 1]!];
    const missing = group.rows.slice(at(before) + 1, at(after)).filter((r) => !r.unlabelled);
    if (missing.length === 0 || before.line >= after.line) continue;
    if (alone && zone.slice(before.line + 1, after.line).some((l) => l.numbers.length > 0)) continue;
    const lineOf = new Map<Word, number>();
    let words: Word[] = [];
    for (let k = before.line + 1; k < after.line; k++) {
      const l = zone[k]!;
      if (l.numbers.length > 0) continue;
      for (const w of wordsOf(text, l.from, l.textTo)) {
        if (usedBy.has(w.from)) continue;
        lineOf.set(w, k);
        words.push(w);
      }
    }
    const found: LayoutRow[] = [];
    for (const row of missing) {
      const pattern = patterns.find((p) => p.row === row && p.group === group);
      const used = pattern?.skeletons.map((sk) => spell(words, sk)).find((u) => u !== undefined);
      if (!used) break;
      words = words.filter((w) => !used.includes(w));
      const pieces = used.map((w) => ({ text: w.text, from: w.from, to: w.to }));
      found.push({ table, group, row, label: { text: pieces.map((p) => p.text).join(''), pieces }, line: lineOf.get(used[0]!)!, cells: group.columns.map(() => null) });
    }
    if (found.length !== missing.length || words.some((w) => !frame.some((f) => f.includes(w.skeleton)))) continue;
    out.push(...found);
  }
  return out;
}

/**
 * A run of zeros alone standing this many columns at most from the next run may be that run's
 * column (Chromium's `0` of 商业企业 two columns right of the `138` above it, where 科研机构,
 * blank all through, has no number to show its column): a zero's column no sum tells.
 */
const ZERO_REACH = 2;

/**
 * The runs with each run of zeros alone that stands within ZERO_REACH of a neighbouring run merged
 * into it, one alternative per merge, where no row then has two numbers in one run.
 */
function zerosMerged(placed: Placed[], runs: number[]): number[][] {
  const count = Math.max(...runs) + 1;
  const spans = Array.from({ length: count }, (_, run) => {
    const mine = placed.filter((_, i) => runs[i] === run);
    return { from: Math.min(...mine.map((p) => p.span[0])), to: Math.max(...mine.map((p) => p.span[1])), zeros: mine.every((p) => p.n.value === 0 && !p.n.decimal), rows: mine.map((p) => p.row) };
  });
  const out: number[][] = [];
  for (let run = 0; run < count; run++) {
    if (!spans[run]!.zeros) continue;
    for (const other of [run - 1, run + 1]) {
      const o = spans[other];
      if (!o || (other < run ? spans[run]!.from - o.to : o.from - spans[run]!.to) > ZERO_REACH) continue;
      if (spans[run]!.rows.some((r) => o.rows.includes(r))) continue;
      const into = Math.min(run, other);
      out.push(runs.map((r) => (r === run || r === other ? into : r > Math.max(run, other) ? r - 1 : r)));
    }
  }
  return out;
}

/**
 * Each number's run: numbers whose spans overlap or stand a space apart or less, chained, are one
 * column's (a short number centred under a long one, pushed a column by a longer label); where
 * that puts two numbers of a row in one run, spans overlapping or touching only. Undefined when a
 * row still has two numbers in one run.
 */
function runsOf(placed: Placed[]): number[] | undefined {
  return runsWithin(placed, 1) ?? runsWithin(placed, 0);
}

function runsWithin(placed: Placed[], gap: number): number[] | undefined {
  const order = placed.map((_, i) => i).sort((a, b) => placed[a]!.span[0] - placed[b]!.span[0]);
  const runs: number[] = new Array<number>(placed.length);
  let run = -1;
  let end = Number.NEGATIVE_INFINITY;
  for (const i of order) {
    const [a, b] = placed[i]!.span;
    if (a > end + gap) run++;
    end = Math.max(end, b);
    runs[i] = run;
  }
  const seen = new Set<string>();
  for (const [i, p] of placed.entries()) {
    const key = `${p.row.row.id}/${runs[i]}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
  }
  return runs;
}

/** A run stands in a read column where this many of its read rows' numbers at least overlap it. */
const BESIDE_READ = 2;

/**
 * Each run's column as the page's read rows tell it, where their numbers fall into no runs with
 * the unread rows' (columns drifting a little line by line, `134` of 总计 under 其他 reaching the
 * column of the next rows' totals): the one column whose read numbers overlap the run, two of
 * them at least, none of another column's doing so; -1 where not so.
 */
function besideRead(runSpans: Array<[number, number]>, read: Placed[]): number[] {
  return runSpans.map(([a, b]) => {
    const overlapping = new Map<number, number>();
    for (const p of read) {
      const column = p.row.cells!.indexOf(p.n);
      if (column < 0 || p.span[0] >= b || a >= p.span[1]) continue;
      overlapping.set(column, (overlapping.get(column) ?? 0) + 1);
    }
    const [only] = overlapping.size === 1 ? [...overlapping] : [];
    return only && only[1] >= BESIDE_READ ? only[0] : -1;
  });
}

/** Whether two of a row's numbers stand a space apart or closer (as a long label leaves them). */
function isCrammed(placed: Placed[]): boolean {
  const spans = placed.map((p) => p.span).sort((a, b) => a[0] - b[0]);
  return spans.some((s, i) => i > 0 && s[0] - spans[i - 1]![1] <= 1);
}

/** Every strictly increasing choice of `count` columns among `columns`. */
export function increasing(count: number, columns: number): number[][] {
  const out: number[][] = [];
  const walk = (from: number, at: number[]) => {
    if (at.length === count) {
      out.push([...at]);
      return;
    }
    for (let k = from; k <= columns - (count - at.length); k++) walk(k + 1, [...at, k]);
  };
  walk(0, []);
  return out;
}

/** Whether a page's way keeps the read rows' cells where they are and every unread row's sum holds. */
function fits(way: number[], placed: Placed[], runs: number[], known: Set<LayoutRow>, columns: number, table: TableDef, relations: RelationDef[]): boolean {
  const byRow = new Map<LayoutRow, Array<NumberToken | null>>();
  for (const [i, p] of placed.entries()) {
    const column = way[runs[i]!]!;
    if (known.has(p.row)) {
      if (p.row.cells![column] !== p.n) return false;
      continue;
    }
    const cells = byRow.get(p.row) ?? new Array<NumberToken | null>(columns).fill(null);
    cells[column] = p.n;
    byRow.set(p.row, cells);
  }
  for (const [r, cells] of byRow) if (!cellsHold(cells, r.group.columns, r.row, table, relations)) return false;
  return true;
}

/** The unread rows' cells under a choice of way per page. */
function cellsUnder(options: Array<{ placed: Placed[] }>, choice: number[][], unread: LayoutRow[], columns: number): Map<LayoutRow, Array<NumberToken | null>> {
  const cells = new Map<LayoutRow, Array<NumberToken | null>>(unread.map((r) => [r, new Array<NumberToken | null>(columns).fill(null)]));
  options.forEach((o, p) => {
    for (const [i, x] of o.placed.entries()) {
      const c = cells.get(x.row);
      if (c) c[choice[p]![i]!] = x.n;
    }
  });
  return cells;
}

/** Whether the table's column relations hold, rows not found counting as blank. */
function columnsHold(cells: Map<LayoutRow, Array<NumberToken | null>>, rows: LayoutRow[], columnIds: string[], relations: RelationDef[]): boolean {
  const byId = new Map(rows.map((r) => [r.row.id, cells.get(r) ?? r.cells]));
  const valueOf = (rowId: string, k: number): number => byId.get(rowId)?.[k]?.value ?? 0;
  for (const relation of relations) {
    for (const [k, id] of columnIds.entries()) {
      if (!relation.over.includes(id)) continue;
      const left = relation.left.reduce((s, row) => s + valueOf(row, k), 0);
      const right = relation.right.reduce((s, row) => s + valueOf(row, k), 0);
      if (relation.kind === 'equal' ? left !== right : left > right) return false;
    }
  }
  return true;
}

