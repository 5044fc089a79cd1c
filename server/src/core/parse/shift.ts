// Moving a block's results to where the block sits in the document: block parses are memoised
// by content, so their spans are relative to the block and shifted on the way out.
import type { SourceSpan } from '../model';
import type { LineIndex } from '../text/lineIndex';

function isSpan(v: unknown): v is SourceSpan {
  return typeof v === 'object' && v !== null && 'offset' in v && 'endOffset' in v && 'range' in v && 'text' in v;
}

/** A deep copy of `value` with every source span moved by `delta` and re-positioned. */
export function shiftSpans<T>(value: T, delta: number, lines: LineIndex): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) out.push(shiftSpans(value[i], delta, lines));
    return out as T;
  }
  if (isSpan(value)) {
    const offset = value.offset + delta;
    const endOffset = value.endOffset + delta;
    // A literal in the order spans are made in (spanAt): a spread copy was slower by far.
    return { text: value.text, offset, endOffset, range: lines.rangeOf(offset, endOffset) } as T;
  }
  // A spread copy (model objects are plain: the same keys in the same order), then the values
  // that are objects replaced by their shifted copies. Copying key by key into an empty object
  // (for…in) built each object's shape anew and was most of this function's time, a twentieth
  // of a seed's analysis.
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const k in out) {
    const v = out[k];
    if (typeof v === 'object' && v !== null) out[k] = shiftSpans(v, delta, lines);
  }
  return out as T;
}
