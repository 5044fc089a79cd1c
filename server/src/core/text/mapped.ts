// Text that remembers where each of its characters came from. Normalisation (HTML tags to
// separators, entities, full-width digits, CRLF) changes the text but every character keeps
// the source range it stands for, so a cell found in normalised text maps back to the
// drafter's own characters.
import type { PieceText } from './pieceText';

export interface MappedText {
  readonly text: string;
  /** Source offset of the first source character each character stands for. */
  readonly start: Int32Array;
  /** Source offset just past the last source character each character stands for. */
  readonly end: Int32Array;
  /** Length of the source text. */
  readonly sourceLength: number;
}

export function identityMapped(text: string): MappedText {
  const start = new Int32Array(text.length);
  const end = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    start[i] = i;
    end[i] = i + 1;
  }
  return { text, start, end, sourceLength: text.length };
}

/**
 * Builds a new mapped text from pieces of an input mapped text. Text is kept as chunks and
 * offsets in growing typed arrays: a per-character array push made normalisation one of the
 * largest costs of a parse, most of it garbage collection.
 */
export class MappedBuilder {
  private chunks: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(private readonly input: MappedText) {
    const capacity = input.text.length + 16;
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /** Appends `out` as standing for input characters [from, to). */
  push(out: string, from: number, to: number): void {
    if (out.length === 0) return;
    const s = from < this.input.text.length ? this.input.start[from]! : this.input.sourceLength;
    const e = to > from ? this.input.end[to - 1]! : s;
    this.reserve(out.length);
    this.chunks.push(out);
    this.starts.fill(s, this.length, this.length + out.length);
    this.ends.fill(e, this.length, this.length + out.length);
    this.length += out.length;
  }

  /** Appends input characters [from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    this.chunks.push(this.input.text.slice(from, to));
    this.starts.set(this.input.start.subarray(from, to), this.length);
    this.ends.set(this.input.end.subarray(from, to), this.length);
    this.length += to - from;
  }

  build(): MappedText {
    return {
      text: this.chunks.join(''),
      start: this.starts.slice(0, this.length),
      end: this.ends.slice(0, this.length),
      sourceLength: this.input.sourceLength,
    };
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.starts.length) return;
    const capacity = Math.max(needed, this.starts.length * 2);
    const starts = new Int32Array(capacity);
    starts.set(this.starts.subarray(0, this.length));
    const ends = new Int32Array(capacity);
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }
}

/** Source range covered by mapped characters [from, to). */
export function sourceRange(m: MappedText, from: number, to: number): [number, number] {
  if (to <= from) {
    const at = from < readerOf(m).length ? startAt(m, from) : m.sourceLength;
    return [at, at];
  }
  const start = startAt(m, from);
  const end = endAt(m, to - 1);
  if (start <= end) return [start, end];
  // Text rewritten by a rendering need not follow the source's order (a merged cell's words come
  // from lines below the row it is written in): the range then covers both ends' sources.
  return [Math.min(start, startAt(m, to - 1)), Math.max(end, endAt(m, from))];
}

/**
 * A run of a piecewise map: characters [at, next piece's at) read `start`/`end` from index
 * `from` on, plus `delta`. An edit to a long text reuses the offset arrays of the text around
 * it as pieces (moved by the edit's length) instead of rewriting every later offset.
 */
export interface MapPiece {
  at: number;
  start: Int32Array;
  end: Int32Array;
  from: number;
  delta: number;
}

/** Past this many pieces a map is flattened again (lookups stay a short binary search). */
const MAX_PIECES = 24;

/**
 * A mapped text whose offsets are pieces of other maps; `start`/`end` are built on demand, and
 * so is `text` when it is kept in pieces too (read it through `readerOf` to leave it so).
 */
export class PiecewiseMapped implements MappedText {
  private flat: { start: Int32Array; end: Int32Array } | undefined;

  constructor(
    private readonly content: string | PieceText,
    readonly pieces: readonly MapPiece[],
    readonly sourceLength: number,
  ) {}

  get text(): string {
    return this.content.toString();
  }

  /** The text as it is kept: read through this, a text in pieces is not joined. */
  get reader(): string | PieceText {
    return this.content;
  }

  get start(): Int32Array {
    return (this.flat ??= this.flatten()).start;
  }

  get end(): Int32Array {
    return (this.flat ??= this.flatten()).end;
  }

  /** Index of the piece holding character `i`. */
  pieceOf(i: number): MapPiece {
    const pieces = this.pieces;
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid]!.at <= i) lo = mid;
      else hi = mid - 1;
    }
    return pieces[lo]!;
  }

  private flatten(): { start: Int32Array; end: Int32Array } {
    const n = this.content.length;
    const start = new Int32Array(n);
    const end = new Int32Array(n);
    this.pieces.forEach((p, k) => {
      const to = k + 1 < this.pieces.length ? this.pieces[k + 1]!.at : n;
      for (let i = p.at, j = p.from; i < to; i++, j++) {
        start[i] = p.start[j]! + p.delta;
        end[i] = p.end[j]! + p.delta;
      }
    });
    return { start, end };
  }
}

/** Source offset of the first source character mapped character `i` stands for. */
export function startAt(m: MappedText, i: number): number {
  if (!(m instanceof PiecewiseMapped)) return m.start[i]!;
  const p = m.pieceOf(i);
  return p.start[i - p.at + p.from]! + p.delta;
}

/** Source offset just past the last source character mapped character `i` stands for. */
export function endAt(m: MappedText, i: number): number {
  if (!(m instanceof PiecewiseMapped)) return m.end[i]!;
  const p = m.pieceOf(i);
  return p.end[i - p.at + p.from]! + p.delta;
}

/** The pieces of `m`'s characters [from, to), placed at `at` and moved by `delta`. */
export function piecesOf(m: MappedText, from: number, to: number, at: number, delta: number): MapPiece[] {
  if (to <= from) return [];
  const all: readonly MapPiece[] = m instanceof PiecewiseMapped ? m.pieces : [{ at: 0, start: m.start, end: m.end, from: 0, delta: 0 }];
  const out: MapPiece[] = [];
  all.forEach((p, k) => {
    const pTo = k + 1 < all.length ? all[k + 1]!.at : readerOf(m).length;
    const s = Math.max(from, p.at);
    if (s >= Math.min(to, pTo)) return;
    out.push({ at: at + (s - from), start: p.start, end: p.end, from: p.from + (s - p.at), delta: p.delta + delta });
  });
  return out;
}

/** A mapped text made of pieces, flattened when they grow many. */
export function piecewise(text: string | PieceText, pieces: MapPiece[], sourceLength: number): MappedText {
  const m = new PiecewiseMapped(text, pieces, sourceLength);
  if (pieces.length <= MAX_PIECES) return m;
  return { text: text.toString(), start: m.start, end: m.end, sourceLength };
}

/** A mapped text's text for reading, left in pieces if it is kept so. */
export function readerOf(m: MappedText): string | PieceText {
  return m instanceof PiecewiseMapped ? m.reader : m.text;
}

/**
 * Mapped characters [from, to) of `m` as a text of their own, whose source is the source's
 * [shift, …): offsets moved by -shift. Where normalisation is character by character (plain
 * text, see `isPlainText`), this is the normalisation of that part of the source, without
 * normalising it again.
 */
export function subMapped(m: MappedText, from: number, to: number, shift: number, sourceLength: number): MappedText {
  const n = Math.max(0, to - from);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const all: readonly MapPiece[] = m instanceof PiecewiseMapped ? m.pieces : [{ at: 0, start: m.start, end: m.end, from: 0, delta: 0 }];
  const length = readerOf(m).length;
  all.forEach((p, k) => {
    const pTo = Math.min(to, k + 1 < all.length ? all[k + 1]!.at : length);
    for (let i = Math.max(from, p.at); i < pTo; i++) {
      const j = i - p.at + p.from;
      start[i - from] = p.start[j]! + p.delta - shift;
      end[i - from] = p.end[j]! + p.delta - shift;
    }
  });
  return { text: readerOf(m).slice(from, to), start, end, sourceLength };
}

/** The first mapped character standing for source at or after `offset` (start offsets do not decrease). */
export function firstAtOrAfter(m: MappedText, offset: number): number {
  let lo = 0;
  let hi = readerOf(m).length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startAt(m, mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
