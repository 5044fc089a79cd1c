// Offsets ↔ LSP positions (zero-based line, UTF-16 character) for one text.
import type { Position, Range } from '../model';
import type { TextReader } from './reader';
import { lastAtOrBefore } from './sorted';

export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[];

  /** `starts`, when given, are the line starts of `text` already (see `edited`). */
  constructor(
    readonly text: TextReader,
    starts?: number[],
  ) {
    if (starts) {
      this.starts = starts;
      return;
    }
    starts = [0];
    if (text.indexOf('\r') < 0) {
      // Only line feeds (every normalised text, most sources): indexOf finds them far faster
      // than a loop over every character, which showed on a 1 MB report.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /**
   * The index of `text`, which is this index's text with [start, oldEnd) replaced by
   * [start, newEnd): lines before the change are kept, the lines around it are read again and
   * the later ones moved, so an edit costs the lines of the text rather than its characters.
   */
  edited(text: TextReader, start: number, oldEnd: number, newEnd: number): LineIndex {
    const old = this.starts;
    const delta = newEnd - oldEnd;
    // A line break is one or two characters (CR LF), so a line start whose break or next
    // character the change touched is read again: from the last line start before `start`,
    // up to the first one at least two characters past `oldEnd`.
    const first = this.lineOf(Math.max(0, start - 1));
    let last = first + 1;
    while (last < old.length && old[last]! < oldEnd + 2) last++;
    const from = old[first]!;
    const until = last < old.length ? old[last]! + delta : Number.POSITIVE_INFINITY;
    const starts = old.slice(0, first + 1);
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (i + 1 >= until) break;
      starts.push(i + 1);
    }
    for (let k = last; k < old.length; k++) starts.push(old[k]! + delta);
    return new LineIndex(text, starts);
  }

  /** Zero-based line of an offset. */
  private lineOf(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line, character: o - this.starts[line]! };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.lineStart(position.line);
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1]! : this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}
