// Moving a block's results to where the block sits in the document: block parses are memoised
// by content, so their spans are relative to the block and shifted on the way out.
import type { SourceSpan } from '../model';
import type { LineIndex } from '../text/lineIndex';

function isSpan(v: unknown): v is SourceSpan {
  return typeof v === 'object' && v !== null && 'offset' in v && 'endOffset' in v && 'range' in v && 'text' in v;
}

/** A deep copy of `value` with every source span moved by `delta` and re-positioned. */
export function shiftSpans<T>(value: T, delta: number, lines: LineIndex): T {
  if (Array.isArray(value)) return value.map((v) => shiftSpans(v, delta, lines)) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (isSpan(value)) {
    const offset = value.offset + delta;
    const endOffset = value.endOffset + delta;
    // A literal in the order spans are made in (spanAt): a spread copy was slower by far.
    return { text: value.text, offset, endOffset, range: lines.rangeOf(offset, endOffset) } as T;
  }
  // for…in rather than Object.entries: the same keys in the same order (model objects are plain)
  // without a pair array per key, which made this copy a visible share of garbage collection.
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in source) out[k] = shiftSpans(source[k], delta, lines);
  return out as T;
}
