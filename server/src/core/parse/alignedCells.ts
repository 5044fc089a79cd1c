// Tables laid out in columns of spaces that leave an empty cell out altogether (lynx's dump of a
// page whose cells hold bare text: `0   0          0             0    0` under seven columns).
// Where the row's numbers sit tells which columns they are in: the table's complete rows set each
// column at one place — all its cells start at the same column (lynx aligns left) or all end at
// the same column (right-aligned cells) — and a short row's cells are placed by those columns,
// its empty cells put back between them. Columns are counted two ways, one per character (lynx
// in a C.UTF-8 locale) and by terminal display width, CJK characters two columns wide (lynx in a
// CJK locale); a count is used only where every complete row agrees on every column, and a row
// only where each of its cells stands at exactly one column and all counts that fit agree.
// Anything else leaves the row as it was: a cell missing is better than one in the wrong column.
import type { ColumnMetric } from './renderings/lines';
import type { Token } from './tokens';

export interface AlignedRow {
  tokens: Token[];
  columns: number;
  /** Rows under the same columns (a table's block): they share the learnt column places. */
  block: unknown;
}

/** Where a token stands on its line, in columns counted by `metric`; undefined where that cannot be told (TABs). */
export type ExtentOf = (token: Token, metric: ColumnMetric) => { start: number; end: number } | undefined;

const METRICS: readonly ColumnMetric[] = ['chars', 'display'];

const isFilled = (t: Token) => t.kind === 'value' || t.kind === 'dash' || t.kind === 'word';

/**
 * The cells a row holds on one line: its leading filled tokens, when they are all on one line
 * with nothing else after them there, no empty cell among them (a row that keeps its empty cells
 * needs none put back) and none fused with its neighbour.
 */
function lineCells(tokens: Token[]): Token[] | undefined {
  let n = 0;
  while (n < tokens.length && isFilled(tokens[n]!)) n++;
  if (n === 0) return undefined;
  // Digits run into a label or another number may hold several cells: the row's readings sort them out.
  for (let k = 0; k < n; k++) if (tokens[k]!.splittable) return undefined;
  const line = tokens[0]!.line;
  for (let k = 1; k < n; k++) if (tokens[k]!.line !== line) return undefined;
  if (n < tokens.length && tokens[n]!.line === line) return undefined;
  return tokens.slice(0, n);
}

interface Anchors {
  starts: Array<number | undefined>;
  ends: Array<number | undefined>;
}

/** The column places every complete row agrees on, or undefined where one column has none. */
function anchorsOf(full: Token[][], columns: number, metric: ColumnMetric, extentOf: ExtentOf): Anchors | undefined {
  const starts: Array<number | undefined> = [];
  const ends: Array<number | undefined> = [];
  const extents = full.map((cells) => cells.map((t) => extentOf(t, metric)));
  for (let k = 0; k < columns; k++) {
    let start: number | undefined;
    let end: number | undefined;
    let sameStart = true;
    let sameEnd = true;
    for (const row of extents) {
      const e = row[k];
      if (!e) return undefined;
      if (start === undefined) [start, end] = [e.start, e.end];
      if (e.start !== start) sameStart = false;
      if (e.end !== end) sameEnd = false;
    }
    if (!sameStart && !sameEnd) return undefined;
    starts.push(sameStart ? start : undefined);
    ends.push(sameEnd ? end : undefined);
  }
  return { starts, ends };
}

/** The column of each cell, or undefined unless each stands at exactly one column, left to right. */
function placement(cells: Token[], anchors: Anchors, metric: ColumnMetric, extentOf: ExtentOf): number[] | undefined {
  const out: number[] = [];
  for (const t of cells) {
    const e = extentOf(t, metric);
    if (!e) return undefined;
    const at: number[] = [];
    anchors.starts.forEach((s, k) => {
      if (s === e.start || anchors.ends[k] === e.end) at.push(k);
    });
    if (at.length !== 1 || (out.length > 0 && at[0]! <= out[out.length - 1]!)) return undefined;
    out.push(at[0]!);
  }
  return out;
}

export function withAlignedEmptyCells(rows: AlignedRow[], extentOf: ExtentOf): Token[][] {
  const cells = rows.map((r) => lineCells(r.tokens));
  const out = rows.map((r) => r.tokens);
  const short = rows.map((r, i) => cells[i] !== undefined && cells[i]!.length < r.columns);
  if (!short.some(Boolean)) return out;
  for (const block of new Set(rows.map((r) => r.block))) {
    const members = rows.map((_, i) => i).filter((i) => rows[i]!.block === block);
    const columns = rows[members[0]!]!.columns;
    const full = members.filter((i) => cells[i]?.length === columns).map((i) => cells[i]!);
    if (full.length < 2) continue;
    const learnt = METRICS.map((metric) => ({ metric, anchors: anchorsOf(full, columns, metric, extentOf) })).filter((m) => m.anchors);
    if (learnt.length === 0) continue;
    for (const i of members) {
      if (!short[i]) continue;
      const placements = learnt.map(({ metric, anchors }) => placement(cells[i]!, anchors!, metric, extentOf));
      const first = placements[0];
      if (!first || placements.some((p) => !p || p.join() !== first.join())) continue;
      const row = rows[i]!;
      const placed: Token[] = [];
      let next = 0;
      const blank = (at: Token, where: number): Token => ({ kind: 'empty', from: where, to: where, text: '', line: at.line, splittable: false });
      first.forEach((column, k) => {
        const t = cells[i]![k]!;
        while (next < column) (placed.push(blank(t, t.from)), next++);
        placed.push(t);
        next++;
      });
      const last = cells[i]![cells[i]!.length - 1]!;
      while (next < columns) (placed.push(blank(last, last.to)), next++);
      out[i] = [...placed, ...row.tokens.slice(cells[i]!.length)];
    }
  }
  return out;
}
