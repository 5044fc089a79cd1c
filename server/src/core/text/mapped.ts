// Text that remembers where each of its characters came from. Normalisation (HTML tags to
// separators, entities, full-width digits, CRLF) changes the text but every character keeps
// the source range it stands for, so a cell found in normalised text maps back to the
// drafter's own characters.

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
    const at = from < m.text.length ? m.start[from]! : m.sourceLength;
    return [at, at];
  }
  return [m.start[from]!, m.end[to - 1]!];
}
