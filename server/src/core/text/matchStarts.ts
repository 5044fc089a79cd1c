// Where a pattern matches in a long text, kept up to date across edits. The pattern's matches
// must be at most `maxLength` characters long and it must not look behind its start (bounded
// quantifiers, no lookbehind): whether it matches at a position then depends on that position's
// next `maxLength` characters only, so after an edit only the positions whose window the edit
// touched are tried again, whatever the length of the text.
import type { TextReader } from './reader';
import { lowerBound } from './sorted';

export interface BoundedPattern {
  /** Global (`g`); not sticky. */
  re: RegExp;
  maxLength: number;
}

/** Every position in [from, until) of `text` where `pattern` matches (`text` from `from` on). */
function scan(pattern: BoundedPattern, text: TextReader, from: number, until: number): number[] {
  const window = text.slice(from, Math.min(text.length, until + pattern.maxLength));
  const starts: number[] = [];
  const re = pattern.re;
  re.lastIndex = 0;
  for (let m = re.exec(window); m && from + m.index < until; m = re.exec(window)) {
    starts.push(from + m.index);
    // Matches may overlap: the next try starts one past this start, not past its end.
    re.lastIndex = m.index + 1;
  }
  return starts;
}

export function matchStarts(pattern: BoundedPattern, text: TextReader): number[] {
  return scan(pattern, text, 0, text.length);
}

/**
 * The match starts of `text`, which is the text of `previous` (with match starts `starts`) with
 * [from, oldTo) replaced by [from, newTo). Equal to `matchStarts(pattern, text)`.
 */
export function rescanMatchStarts(
  pattern: BoundedPattern,
  starts: readonly number[],
  text: TextReader,
  from: number,
  oldTo: number,
  newTo: number,
): number[] {
  const delta = newTo - oldTo;
  // A match at p reads [p, p + maxLength): unchanged before the edit when that ends by `from`,
  // and after it when p is at or past the edit's end.
  const windowFrom = Math.max(0, from - pattern.maxLength + 1);
  const kept = starts.slice(0, lowerBound(starts, windowFrom));
  const later = starts.slice(lowerBound(starts, oldTo)).map((p) => p + delta);
  return [...kept, ...scan(pattern, text, windowFrom, newTo), ...later];
}

/** Each pattern's expression made sticky, to read the match at one position. */
const stickies = new WeakMap<BoundedPattern, RegExp>();

/** The match at `start` (a position `matchStarts` gave), read from its window alone. */
export function matchAt(pattern: BoundedPattern, text: TextReader, start: number): RegExpExecArray | null {
  let sticky = stickies.get(pattern);
  if (!sticky) stickies.set(pattern, (sticky = new RegExp(pattern.re.source, pattern.re.flags.replace('g', '') + 'y')));
  sticky.lastIndex = 0;
  const m = sticky.exec(text.slice(start, Math.min(text.length, start + pattern.maxLength)));
  if (m) m.index = start;
  return m;
}
