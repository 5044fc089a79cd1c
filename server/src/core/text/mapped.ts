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

/** Builds a new mapped text from pieces of an input mapped text. */
export class MappedBuilder {
  private chars: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  constructor(private readonly input: MappedText) {}

  /** Appends `out` as standing for input characters [from, to). */
  push(out: string, from: number, to: number): void {
    const s = from < this.input.text.length ? this.input.start[from]! : this.input.sourceLength;
    const e = to > from ? this.input.end[to - 1]! : s;
    for (let k = 0; k < out.length; k++) {
      this.chars.push(out[k]!);
      this.starts.push(s);
      this.ends.push(e);
    }
  }

  /** Appends input characters [from, to) unchanged. */
  copy(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      this.chars.push(this.input.text[i]!);
      this.starts.push(this.input.start[i]!);
      this.ends.push(this.input.end[i]!);
    }
  }

  build(): MappedText {
    return {
      text: this.chars.join(''),
      start: Int32Array.from(this.starts),
      end: Int32Array.from(this.ends),
      sourceLength: this.input.sourceLength,
    };
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
