// A long text kept as pieces of other strings. An edit to a long report's normalised text
// makes a new string of several hundred kilobytes, and V8 copies such a string in full (to a
// fresh large-object allocation) the first time it is read: a third of a millisecond, more than
// the rest of re-reading a table cell. As pieces (the old text's slices, which V8 does not copy,
// and the edited lines), the new text is read where the edit is without being built; it is built
// only when something asks for all of it (`toString`).
import type { TextReader } from './reader';
import { lastAtOrBefore } from './sorted';

/** Past this many pieces the text is joined into one again. */
const MAX_PIECES = 12;

export class PieceText implements TextReader {
  readonly length: number;
  /** Where each piece starts. */
  private readonly starts: number[];
  private joined: string | undefined;
  /** The piece the last read fell in (reads cluster). */
  private last = 0;

  private constructor(private readonly pieces: string[]) {
    this.starts = [];
    let at = 0;
    for (const p of pieces) {
      this.starts.push(at);
      at += p.length;
    }
    this.length = at;
  }

  static of(text: string | PieceText): PieceText {
    return typeof text === 'string' ? new PieceText(text.length > 0 ? [text] : []) : text;
  }

  /** The text with [from, to) replaced by `inserted`. */
  edited(from: number, to: number, inserted: string): PieceText {
    const out: string[] = [];
    for (let k = 0; k < this.pieces.length; k++) {
      const p = this.pieces[k]!;
      const s = this.starts[k]!;
      if (s + p.length <= from) out.push(p);
      else if (s < from) out.push(p.slice(0, from - s));
    }
    if (inserted.length > 0) out.push(inserted);
    for (let k = 0; k < this.pieces.length; k++) {
      const p = this.pieces[k]!;
      const s = this.starts[k]!;
      if (s >= to) out.push(p);
      else if (s + p.length > to) out.push(p.slice(to - s));
    }
    return out.length > MAX_PIECES ? new PieceText([out.join('')]) : new PieceText(out);
  }

  toString(): string {
    if (this.joined === undefined) this.joined = this.pieces.length === 1 ? this.pieces[0]! : this.pieces.join('');
    return this.joined;
  }

  /** Index of the piece holding character `i` (0 <= i < length). */
  private pieceAt(i: number): number {
    const last = this.last;
    if (i >= this.starts[last]! && (last + 1 >= this.starts.length || i < this.starts[last + 1]!)) return last;
    return (this.last = lastAtOrBefore(this.starts, i));
  }

  charCodeAt(i: number): number {
    if (!(i >= 0 && i < this.length)) return NaN;
    const k = this.pieceAt(i);
    return this.pieces[k]!.charCodeAt(i - this.starts[k]!);
  }

  slice(from = 0, to = this.length): string {
    from = clampIndex(from, this.length);
    to = clampIndex(to, this.length);
    if (to <= from) return '';
    const k = this.pieceAt(from);
    const s = this.starts[k]!;
    const p = this.pieces[k]!;
    if (to <= s + p.length) return p.slice(from - s, to - s);
    let out = p.slice(from - s);
    for (let j = k + 1; j < this.pieces.length && this.starts[j]! < to; j++) out += this.pieces[j]!.slice(0, to - this.starts[j]!);
    return out;
  }

  indexOf(search: string, from = 0): number {
    if (search.length !== 1) return this.toString().indexOf(search, from);
    from = Math.max(0, Math.trunc(from) || 0);
    if (from >= this.length) return -1;
    for (let k = this.pieceAt(from); k < this.pieces.length; k++) {
      const s = this.starts[k]!;
      const found = this.pieces[k]!.indexOf(search, Math.max(0, from - s));
      if (found >= 0) return s + found;
    }
    return -1;
  }

  lastIndexOf(search: string, from = Number.POSITIVE_INFINITY): number {
    if (search.length !== 1) return this.toString().lastIndexOf(search, from);
    if (this.length === 0) return -1;
    // As String.prototype.lastIndexOf: a position past the end is the end, below 0 is 0.
    from = Number.isNaN(from) ? this.length - 1 : Math.min(this.length - 1, Math.max(0, Math.trunc(from)));
    for (let k = this.pieceAt(from); k >= 0; k--) {
      const s = this.starts[k]!;
      const found = this.pieces[k]!.lastIndexOf(search, from - s);
      if (found >= 0) return s + found;
    }
    return -1;
  }
}

/** A slice index as String.prototype.slice reads it. */
function clampIndex(i: number, length: number): number {
  const n = Math.trunc(i) || 0;
  return n < 0 ? Math.max(0, length + n) : Math.min(n, length);
}
