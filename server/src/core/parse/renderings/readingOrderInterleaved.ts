// Raw PDF text in reading order (readingOrder.ts): a group label's narrow cell set beside a row
// label's cell gives their lines side by side, the group label's pieces first on each line:
//   （六） 1.申请人无正当理由逾期不补
//   其他处 正、行政机关不再处理其政府信
//   理
//   息公开申请
// Read as one run, the row label is cut by `其他处` and `理` and not found. Where the lines' first
// pieces, in order, spell exactly a group label of the format with its enumerator (`（六）其他处理`),
// they are that label's cell: the run's skeleton without them is searched for row labels.
import type { GridCell, GridPiece } from '../../grid/types';
import type { LabelPattern } from '../labels';
import { buildSkeleton, type Skeleton } from '../../text/skeleton';
import type { Line } from './readingOrderText';

export interface Deinterleaved {
  skeleton: Skeleton;
  /** The text ranges of the run left once the group label's pieces are out, in order. */
  ranges: Array<[number, number]>;
}

/** The run [a, b] without a group label's pieces interleaved with its lines, or undefined where there is none. */
export function withoutGroupLabel(text: string, lines: Line[], a: number, b: number, groups: LabelPattern[]): Deinterleaved | undefined {
  // Each line's first piece: the words before its first space, or a short line whole.
  const firsts = [];
  for (let k = a; k <= b; k++) {
    const line = lines[k]!;
    const body = text.slice(line.from, line.textTo);
    const space = body.search(/[ \u3000]/);
    const end = space > 0 ? line.from + space : buildSkeleton(body).text.length <= 3 ? line.textTo : -1;
    firsts.push({ k, end, rest: space > 0 });
  }
  for (let s = 0; s < firsts.length; s++) {
    if (firsts[s]!.end < 0) continue;
    let spelt = '';
    for (let e = s; e < firsts.length && firsts[e]!.end >= 0; e++) {
      const line = lines[firsts[e]!.k]!;
      spelt += buildSkeleton(text, line.from, firsts[e]!.end).text;
      const group = groups.find((g) => g.enumerator !== undefined && spelt === g.enumerator + g.skeleton);
      if (!group) continue;
      // Interleaved: two lines at least, some holding more than the piece.
      if (e === s || !firsts.slice(s, e + 1).some((f) => f.rest)) return undefined;
      const ranges: Array<[number, number]> = [];
      for (let k = a; k <= b; k++) {
        const l = lines[k]!;
        const inside = k >= firsts[s]!.k && k <= firsts[e]!.k;
        const from = inside ? firsts[k - a]!.end : l.from;
        if (from < l.textTo) ranges.push([from, l.textTo]);
      }
      return { skeleton: joinSkeletons(text, ranges), ranges };
    }
  }
  return undefined;
}

function joinSkeletons(text: string, ranges: Array<[number, number]>): Skeleton {
  const parts = ranges.map(([from, to]) => buildSkeleton(text, from, to));
  const at = new Int32Array(parts.reduce((n, p) => n + p.at.length, 0));
  let offset = 0;
  for (const p of parts) {
    at.set(p.at, offset);
    offset += p.at.length;
  }
  return { text: parts.map((p) => p.text).join(''), at };
}

/** A label's cell from the ranges left of the run, between the label's ends. */
export function labelCell(text: string, ranges: Array<[number, number]>, from: number, to: number): GridCell {
  const pieces: GridPiece[] = [];
  for (const [a, b] of ranges) {
    let lo = Math.max(a, from);
    let hi = Math.min(b, to);
    while (lo < hi && /[\s\u3000]/.test(text[lo]!)) lo++;
    while (hi > lo && /[\s\u3000]/.test(text[hi - 1]!)) hi--;
    if (hi > lo) pieces.push({ text: text.slice(lo, hi), from: lo, to: hi });
  }
  return { text: pieces.map((p) => p.text).join(''), pieces };
}
