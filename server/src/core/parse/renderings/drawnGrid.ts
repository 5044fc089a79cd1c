// Reads a table drawn with characters — vertical bars between cells, horizontal rules between
// rows — into a grid. Shared by the box-drawing (w3m, elinks) and ASCII (links, pandoc grid
// tables) renderings, which differ only in their characters and in where a region starts.
//
// The drawing is read in columns, not characters: a Chinese character takes two columns in w3m,
// elinks and pandoc, one in links (the metric whose bars line up best is taken). Every column a
// rule marks (a junction, or a bar beside a rule's line) is a boundary, and a content line's bar
// a few columns off one is moved onto it; between two boundaries lies an atomic column. Each line's stretch of an atomic column is either a rule segment or content. Content
// stretches touching across a line (same column, no rule between) or across a missing bar (same
// line) belong to one cell: a cell spanning rows or columns is one connected piece, read top to
// bottom, and the grid gives it a place at its top left, `merged` continuations elsewhere.
import type { GridCell, GridPiece, GridRow, TableGrid } from '../../grid/types';
import { columnsOf, joinsTight, type ColumnMetric } from './lines';
import type { TextLine } from './types';

export interface GridCharacters {
  /** A bar between cells (`│`, `|`). */
  vertical(code: number): boolean;
  /** A rule's line (`─`, `-`, `=`). */
  horizontal(code: number): boolean;
  /** Where rules and bars meet (`┼`, `+`). */
  junction(code: number): boolean;
}

/** More atomic columns than any report table has: hostile text, left to the table reconstruction. */
const MAX_COLUMNS = 200;

interface Layout {
  metric: ColumnMetric;
  x: Int32Array[];
  boundaries: number[];
}

/** Reads lines [first, end) of `text` as a drawn grid; undefined when they hold no cell. */
export function readDrawnGrid(text: string, lines: readonly TextLine[], first: number, end: number, chars: GridCharacters, source: string): TableGrid | undefined {
  const region = lines.slice(first, end);
  const layout = bestLayout(text, region, chars);
  if (!layout) return undefined;
  const { x, boundaries } = layout;
  const columns = boundaries.length - 1;
  if (columns < 1 || columns > MAX_COLUMNS) return undefined;
  const height = region.length;

  // Per line and atomic column: the character range [a, b) inside it, whether it is a rule, and
  // whether a bar stands on its right boundary. One sweep per line.
  const ranges: Array<Array<[number, number]>> = [];
  const rule: boolean[][] = [];
  const barRight: boolean[][] = [];
  const ruleLine: boolean[] = [];
  for (let i = 0; i < height; i++) {
    const line = region[i]!;
    const xs = x[i]!;
    const n = xs.length - 1;
    const row: Array<[number, number]> = [];
    const isRule: boolean[] = [];
    const bars: boolean[] = [];
    let k = 0;
    for (let c = 0; c < columns; c++) {
      const left = boundaries[c]!;
      const right = boundaries[c + 1]!;
      while (k < n && xs[k]! <= left) k++;
      const a = k;
      while (k < n && xs[k]! < right) k++;
      const b = k;
      row.push([a, b]);
      let allRule = b > a;
      for (let j = a; j < b && allRule; j++) {
        const code = text.charCodeAt(line.from + j);
        if (!chars.horizontal(code) && !chars.junction(code)) allRule = false;
      }
      isRule.push(allRule);
      const code = b < n && xs[b] === right ? text.charCodeAt(line.from + b) : 0;
      bars.push(chars.vertical(code) || chars.junction(code));
    }
    ranges.push(row);
    rule.push(isRule);
    barRight.push(bars);
    ruleLine.push(isRule.some(Boolean));
  }

  // Connected content: union-find over (line, column) stretches.
  const parent = new Int32Array(height * columns).map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let i = 0; i < height; i++) {
    for (let c = 0; c < columns; c++) {
      if (rule[i]![c]) continue;
      if (i + 1 < height && !rule[i + 1]![c]) union(i * columns + c, (i + 1) * columns + c);
      if (c + 1 < columns && !rule[i]![c + 1] && !barRight[i]![c]) union(i * columns + c, i * columns + c + 1);
    }
  }

  // Rows: the lines between two rule lines. A rule line's own content (a cell spanning rows,
  // drawn across the rule) belongs to the cell, not to a row of its own.
  const rowOfLine: number[] = [];
  let rowCount = 0;
  for (let i = 0; i < height; i++) {
    if (ruleLine[i]) {
      rowOfLine.push(-1);
      if (i > 0 && !ruleLine[i - 1]) rowCount++;
    } else rowOfLine.push(rowCount);
  }
  if (height > 0 && !ruleLine[height - 1]) rowCount++;

  interface Piece {
    top: number;
    bottom: number;
    left: number;
    right: number;
    lines: Map<number, [number, number]>;
  }
  const pieces = new Map<number, Piece>();
  for (let i = 0; i < height; i++) {
    for (let c = 0; c < columns; c++) {
      if (rule[i]![c]) continue;
      const id = find(i * columns + c);
      let p = pieces.get(id);
      if (!p) pieces.set(id, (p = { top: Infinity, bottom: -1, left: c, right: c, lines: new Map() }));
      if (rowOfLine[i]! >= 0) {
        p.top = Math.min(p.top, rowOfLine[i]!);
        p.bottom = Math.max(p.bottom, rowOfLine[i]!);
      }
      p.left = Math.min(p.left, c);
      p.right = Math.max(p.right, c);
      const [a, b] = ranges[i]![c]!;
      const span = p.lines.get(i);
      p.lines.set(i, span ? [Math.min(span[0], a), Math.max(span[1], b)] : [a, b]);
    }
  }

  const matrix: Array<Array<Piece | undefined>> = Array.from({ length: rowCount }, () => new Array<Piece | undefined>(columns).fill(undefined));
  for (const p of pieces.values()) {
    if (p.bottom < 0) continue;
    for (let r = p.top; r <= p.bottom; r++) for (let c = p.left; c <= p.right; c++) matrix[r]![c] ??= p;
  }
  const rows: GridRow[] = [];
  let anyText = false;
  for (let r = 0; r < rowCount; r++) {
    const cells: GridCell[] = [];
    for (let c = 0; c < columns; c++) {
      const p = matrix[r]![c];
      if (!p) continue;
      if (p.top === r && p.left === c) {
        const cell = cellOf(text, region, p.lines);
        if (cell.text !== '') anyText = true;
        cells.push(cell);
      } else cells.push({ text: '', pieces: [], merged: p.left === c ? 'up' : 'left' });
    }
    rows.push({ cells });
  }
  return anyText ? { rows, source } : undefined;
}

/** A cell's text: its stretch of each line, trimmed, top to bottom; wrapped Chinese joins tight. */
function cellOf(text: string, region: readonly TextLine[], lines: Map<number, [number, number]>): GridCell {
  const pieces: GridPiece[] = [];
  let joined = '';
  for (const i of [...lines.keys()].sort((a, b) => a - b)) {
    const [a, b] = lines.get(i)!;
    const line = region[i]!;
    let from = line.from + a;
    let to = line.from + b;
    while (from < to && isBlank(text.charCodeAt(from))) from++;
    while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
    if (to <= from) continue;
    const piece = text.slice(from, to);
    if (joined !== '' && !joinsTight(joined, piece)) joined += ' ';
    joined += piece;
    pieces.push({ text: piece, from, to });
  }
  return { text: joined, pieces };
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000;
}

/**
 * The metric the drawing lines up in: the one with fewest bars off the rules' marks, then fewest
 * bars moved onto them. A drawing whose bars line up in neither (a hand-made `+------+` rule over
 * cells of any width) is no grid: undefined, and the text is left to the table reconstruction.
 */
function bestLayout(text: string, region: readonly TextLine[], chars: GridCharacters): Layout | undefined {
  let best: (Layout & { misaligned: number; snapped: number }) | undefined;
  for (const metric of ['display', 'chars'] as const) {
    const x = region.map((line) => columnsOf(text, line, metric));
    const { boundaries, misaligned, snapped } = boundariesOf(text, region, x, chars);
    if (!best || misaligned < best.misaligned || (misaligned === best.misaligned && snapped < best.snapped)) {
      best = { metric, x, boundaries, misaligned, snapped };
    }
    if (best.misaligned === 0 && best.snapped === 0) break; // lines up as drawn: no need to try the other
  }
  return best && best.misaligned === 0 ? best : undefined;
}

/** How far a content line's bar may stand off a rule's mark and still be taken for it. */
const SNAP = 4;

/**
 * The columns of the drawing: where a bar or junction stands beside a rule's line (`┼─`, `|-`,
 * `+-`; a `+` with no `-` or `=` beside it is content, as in `+29`). A content line's bar off
 * those marks by a few columns is moved onto the nearest, and the rest of its line with it: a
 * cell edited to a wider or narrower number (a fix, a keystroke) leaves the drawing readable.
 * `x` is moved in place; `misaligned` counts bars too far off, `snapped` the bars moved.
 */
function boundariesOf(text: string, region: readonly TextLine[], x: Int32Array[], chars: GridCharacters): { boundaries: number[]; misaligned: number; snapped: number } {
  const marked = new Set<number>();
  const besideRule = (line: TextLine, k: number) => {
    const before = k > 0 ? text.charCodeAt(line.from + k - 1) : 0;
    const after = line.from + k + 1 < line.to ? text.charCodeAt(line.from + k + 1) : 0;
    return chars.horizontal(before) || chars.horizontal(after);
  };
  region.forEach((line, i) => {
    for (let k = 0; k < line.to - line.from; k++) {
      const code = text.charCodeAt(line.from + k);
      if ((chars.vertical(code) || chars.junction(code)) && besideRule(line, k)) marked.add(x[i]![k]!);
    }
  });
  let misaligned = 0;
  let snapped = 0;
  region.forEach((line, i) => {
    const xs = x[i]!;
    const n = line.to - line.from;
    let shift = 0;
    let previous = -1;
    let previousAt = -1;
    for (let k = 0; k <= n; k++) {
      xs[k] = xs[k]! + shift;
      if (k === n || !chars.vertical(text.charCodeAt(line.from + k)) || besideRule(line, k)) continue;
      const col = xs[k]!;
      if (!marked.has(col)) {
        let to = -1;
        for (let d = 1; d <= SNAP && to < 0; d++) {
          if (marked.has(col - d) && col - d > previous) to = col - d;
          else if (marked.has(col + d)) to = col + d;
        }
        if (to < 0) misaligned++;
        else {
          snapped++;
          shift += to - col;
          xs[k] = to;
          // A cell that grew past its column keeps its overflow inside it.
          for (let j = k - 1; j > previousAt && xs[j]! >= to; j--) xs[j] = to - 1;
        }
      }
      previous = xs[k]!;
      previousAt = k;
    }
  });
  return { boundaries: [...marked].sort((a, b) => a - b), misaligned, snapped };
}
