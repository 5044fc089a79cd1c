// A cheap fingerprint of a report's narrative for content-duplicate: the set of 8-character
// shingles of the text outside the tables (white space left out), hashed to 32-bit numbers,
// sorted and without repeats. Two reports' share of common shingles is a good measure of
// repeated text and costs one pass over each narrative.
import type { ReportModel } from '../model';

export const SHINGLE_LENGTH = 8;

/** The narrative: the text outside the tables' spans, without white space. */
function narrativeText(text: string, model: Pick<ReportModel, 'tables'>): string {
  const spans = model.tables.map((t) => [t.span.offset, t.span.endOffset] as const).sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) out += text.slice(at, start);
    at = Math.max(at, end);
  }
  out += text.slice(at);
  return out.replace(/[\s\u3000]+/g, '');
}

/** Sorted distinct hashes (FNV-1a) of the narrative's shingles. */
export function narrativeShingles(text: string, model: Pick<ReportModel, 'tables'>): Uint32Array {
  const narrative = narrativeText(text, model);
  const count = narrative.length - SHINGLE_LENGTH + 1;
  if (count <= 0) return new Uint32Array(0);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < SHINGLE_LENGTH; j++) h = Math.imul(h ^ narrative.charCodeAt(i + j), 0x01000193);
    hashes[i] = h >>> 0;
  }
  hashes.sort();
  let n = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[n++] = hashes[i]!;
  return hashes.slice(0, n);
}

/** The share of `own`'s shingles also in `other` (both sorted, distinct), 0–1. */
export function sharedShare(own: ArrayLike<number>, other: ArrayLike<number>): number {
  if (own.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < own.length && j < other.length) {
    if (own[i]! === other[j]!) {
      common++;
      i++;
      j++;
    } else if (own[i]! < other[j]!) i++;
    else j++;
  }
  return common / own.length;
}
