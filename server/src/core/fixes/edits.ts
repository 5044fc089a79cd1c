// Offset-based text edits: normalising a set of edits, applying them, and composing the edits of
// two successive passes into one set against the original text.

/** Replace `[start, end)` (UTF-16 offsets into the text the edit was made for) with `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * Sorts edits, drops exact duplicates and edits that overlap an earlier one (they would fight
 * over the same text), and joins insertions at one offset in the order given.
 */
export function normalizeEdits(edits: TextEdit[]): TextEdit[] {
  const indexed = edits.map((edit, index) => ({ edit, index }));
  indexed.sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.index - b.index);
  const out: TextEdit[] = [];
  for (const { edit } of indexed) {
    const last = out[out.length - 1];
    if (last && last.start === edit.start && last.end === edit.end && last.newText === edit.newText) continue;
    if (last && last.start === last.end && edit.start === edit.end && last.start === edit.start) {
      out[out.length - 1] = { ...last, newText: last.newText + edit.newText };
      continue;
    }
    if (last && edit.start < last.end) continue;
    if (last && last.start === edit.start && last.end === edit.end) continue;
    out.push({ ...edit });
  }
  return out;
}

/** Applies non-overlapping edits (normalised first). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of normalizeEdits(edits)) {
    out += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return out + text.slice(at);
}

interface Region {
  /** Where the base edit's new text lies in the intermediate text. */
  s: number;
  e: number;
  base: TextEdit;
}

/**
 * `base` turned text T0 into T1; `next` turns T1 into T2. Returns edits against T0 giving T2,
 * each as small as the two passes allow: an edit of `next` that touches text written by `base`
 * is merged with it, any other keeps its own extent.
 */
export function composeEdits(base: TextEdit[], next: TextEdit[], t1: string): TextEdit[] {
  const baseEdits = normalizeEdits(base);
  const nextEdits = normalizeEdits(next);
  const regions: Region[] = [];
  let delta = 0;
  for (const b of baseEdits) {
    const s = b.start + delta;
    regions.push({ s, e: s + b.newText.length, base: b });
    delta += b.newText.length - (b.end - b.start);
  }
  /** T1 offset outside any base text → T0 offset. */
  const toT0 = (p: number): number => {
    let d = 0;
    for (const r of regions) if (r.e <= p) d += r.e - r.s - (r.base.end - r.base.start);
    return p - d;
  };

  type Item = { s: number; e: number; region?: Region; edit?: TextEdit };
  const items: Item[] = [
    ...regions.map((region): Item => ({ s: region.s, e: region.e, region })),
    ...nextEdits.map((edit): Item => ({ s: edit.start, e: edit.end, edit })),
  ].sort((a, b) => a.s - b.s || (a.region ? -1 : 1));

  const clusters: Item[][] = [];
  for (const item of items) {
    const current = clusters[clusters.length - 1];
    const end = current ? Math.max(...current.map((i) => i.e)) : -1;
    const mixes = current && (current.some((i) => i.edit) || item.edit);
    if (current && mixes && item.s <= end) current.push(item);
    else clusters.push([item]);
  }

  const out: TextEdit[] = [];
  for (const cluster of clusters) {
    const edits = cluster.filter((i) => i.edit).map((i) => i.edit!);
    const own = cluster.filter((i) => i.region);
    if (edits.length === 0) {
      out.push(...own.map((i) => i.region!.base));
      continue;
    }
    if (own.length === 0) {
      for (const e of edits) out.push({ start: toT0(e.start), end: toT0(e.end), newText: e.newText });
      continue;
    }
    const first = cluster.reduce((a, b) => (b.s < a.s || (b.s === a.s && b.region && !a.region) ? b : a));
    const last = cluster.reduce((a, b) => (b.e > a.e || (b.e === a.e && b.region && !a.region) ? b : a));
    const s = first.s;
    const e = last.e;
    const start = first.region ? first.region.base.start : toT0(s);
    const end = last.region ? last.region.base.end : toT0(e);
    const local = edits.map((x) => ({ start: x.start - s, end: x.end - s, newText: x.newText }));
    out.push({ start, end, newText: applyEdits(t1.slice(s, e), local) });
  }
  return normalizeEdits(out);
}
