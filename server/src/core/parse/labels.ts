// Finding the format's labels in a text: row labels, 表二 captions, column headers and group
// labels, compared on skeletons (docs/report-format.md §5: brackets, enumerators, quotes and spaces
// do not matter), with the enumerator (`1.`, `（一）`, `二、`) taken into the label when present.
import type { FormatDefinition, TableDef } from '../formats/types';
import { isIdeograph, skeletonOf, type Skeleton } from '../text/skeleton';

export type LabelKind = 'row' | 'caption' | 'header' | 'group';

export interface LabelPattern {
  kind: LabelKind;
  skeleton: string;
  /** Skeleton of the enumerator that may precede the label (`1`, `一`). */
  enumerator?: string;
  group: string;
  row?: string;
  column?: string;
  /** Index of the row in the table's row order (rows only). */
  order?: number;
  /** Index of the row's group, and whether rows may come in any order within it (rows only). */
  groupIndex?: number;
  freeOrder?: boolean;
}

export interface LabelHit {
  pattern: LabelPattern;
  /** Normalised-text offsets of the label, enumerator and closing brackets included. */
  from: number;
  to: number;
  /** Skeleton offsets of the match (without enumerator). */
  skFrom: number;
  skTo: number;
  withEnumerator: boolean;
}

const ENUMERATOR = /^\s*(?:[（(]\s*[一二三四五六七八九十]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．,，]|\d+\s*[.、．,，)）])\s*/;

export function stripEnumerator(label: string): string {
  return label.replace(ENUMERATOR, '');
}

const cache = new Map<string, LabelPattern[]>();

/** Every label pattern of one table of one format, longest skeleton first. */
export function tablePatterns(format: FormatDefinition, table: TableDef): LabelPattern[] {
  const key = `${format.version}/${table.id}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const patterns: LabelPattern[] = [];
  const seen = new Set<string>();
  const add = (p: LabelPattern) => {
    if (p.skeleton.length === 0) return;
    const id = `${p.kind}|${p.skeleton}|${p.row ?? ''}|${p.column ?? ''}|${p.group}`;
    if (seen.has(id)) return;
    seen.add(id);
    patterns.push(p);
  };
  let order = 0;
  for (const [groupIndex, group] of table.groups.entries()) {
    // A captioned block (表二's 第二十条第（N）项) is short and drafters reorder its rows; 表三's
    // long list is kept in order, which is what tells its short labels (`其他`, `总计`) apart.
    const freeOrder = group.caption !== undefined;
    if (group.caption) add({ kind: 'caption', skeleton: skeletonOf(group.caption), group: group.id });
    for (const row of group.rows) {
      const rowOrder = order++;
      if (row.unlabelled) continue;
      const enumerator = row.enumerator ? skeletonOf(row.enumerator) : undefined;
      for (const text of [row.label, ...(row.aliases ?? [])]) {
        add({
          kind: 'row',
          skeleton: skeletonOf(stripEnumerator(text)),
          ...(enumerator ? { enumerator } : {}),
          group: group.id,
          row: row.id,
          order: rowOrder,
          groupIndex,
          freeOrder,
        });
      }
      if (row.groupLabel) {
        const groupEnumerator = skeletonOf(ENUMERATOR.exec(row.groupLabel)?.[0] ?? '');
        add({
          kind: 'group',
          skeleton: skeletonOf(stripEnumerator(row.groupLabel)),
          ...(groupEnumerator ? { enumerator: groupEnumerator } : {}),
          group: group.id,
          row: row.id,
        });
      }
    }
    for (const column of group.columns) {
      for (const text of [column.label, ...(column.aliases ?? [])]) {
        add({ kind: 'header', skeleton: skeletonOf(text), group: group.id, column: column.id });
      }
      for (const parent of column.parents ?? []) add({ kind: 'header', skeleton: skeletonOf(parent), group: group.id });
    }
    for (const word of group.headerWords ?? []) add({ kind: 'header', skeleton: skeletonOf(stripEnumerator(word)), group: group.id });
  }
  patterns.sort((a, b) => b.skeleton.length - a.skeleton.length);
  cache.set(key, patterns);
  return patterns;
}

/**
 * All places where a pattern occurs in the skeleton range [skFrom, skTo), longest patterns
 * first; a shorter pattern inside a longer hit is not reported.
 */
export function findLabels(
  text: string,
  sk: Skeleton,
  skFrom: number,
  skTo: number,
  patterns: LabelPattern[],
): LabelHit[] {
  const hits: LabelHit[] = [];
  const taken = takenBuffer(skTo - skFrom);
  /** An occurrence of `pattern` at skeleton offset `a`, taken unless a longer hit has it. */
  const consider = (pattern: LabelPattern, a: number): void => {
    const i = a - skFrom;
    const b = a + pattern.skeleton.length;
    for (let k = i; k < i + pattern.skeleton.length; k++) if (taken[k]) return;
    const hit = makeHit(text, sk, a, b, pattern);
    if (!hit) return;
    for (let k = hit.skFrom - skFrom; k < b - skFrom; k++) taken[k] = 1;
    hits.push(hit);
  };
  // Every occurrence, in order, as repeated indexOf would give them, found from where the
  // pattern's first two characters occur. One pass over the skeleton serves every pattern of
  // every table of both formats and every range: indexOf scanned the range again per pattern,
  // a tenth of a seed's analysis (a third of a report with a long narrative).
  const index = pairIndex(sk);
  const skText = sk.text;
  for (const pattern of patterns) {
    const p = pattern.skeleton;
    if (p.length < 2) {
      for (let a = skText.indexOf(p, skFrom); a >= 0 && a + p.length <= skTo; a = skText.indexOf(p, a + 1)) consider(pattern, a);
      continue;
    }
    const { mask, starts, positions } = index;
    const bucket = pairHash(p.charCodeAt(0), p.charCodeAt(1), mask);
    let lo = starts[bucket]!;
    let hi = starts[bucket + 1]!;
    const end = hi;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positions[mid]! < skFrom) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo; j < end; j++) {
      const a = positions[j]!;
      if (a + p.length > skTo) break;
      if (skText.startsWith(p, a)) consider(pattern, a);
    }
  }
  return hits.sort((x, y) => x.from - y.from);
}

/**
 * The labels `findLabels` finds in the skeleton range [skFrom, skTo), read off the whole text's
 * hits when none of those crosses either end of the range (enumerator included): then the
 * occurrences inside met the same competition in both searches (a longer label outside the
 * range can take none of its characters), so the hits inside are the same, in the same order.
 * Otherwise undefined: the range is searched again.
 */
export function hitsWithin(textHits: LabelHit[], skFrom: number, skTo: number): LabelHit[] | undefined {
  const within: LabelHit[] = [];
  for (const h of textHits) {
    if (h.skFrom >= skFrom && h.skTo <= skTo) within.push(h);
    else if (h.skTo > skFrom && h.skFrom < skTo) return undefined;
  }
  return within;
}

/** Scratch for `findLabels`' taken marks, cleared for each call rather than allocated. */
let takenScratch = new Uint8Array(1024);
function takenBuffer(length: number): Uint8Array {
  if (takenScratch.length < length) takenScratch = new Uint8Array(Math.max(length, takenScratch.length * 2));
  else takenScratch.fill(0, 0, length);
  return takenScratch;
}

/**
 * Per skeleton: the positions of each pair of adjacent characters, bucketed by a hash of the
 * pair and ascending within a bucket (a counting sort): `positions[starts[h]..starts[h+1])`.
 * About one bucket per position (at most 4096), so that a short block's index is as quick to
 * build as it is to search.
 */
interface PairIndex {
  mask: number;
  starts: Int32Array;
  positions: Int32Array;
}

const pairIndexes = new WeakMap<Skeleton, PairIndex>();

function pairHash(a: number, b: number, mask: number): number {
  return (Math.imul(a, 31) + b) & mask;
}

let hashScratch = new Int32Array(1024);
/** At most 4096 buckets (see `pairIndex`). */
const nextScratch = new Int32Array(4096);

function pairIndex(sk: Skeleton): PairIndex {
  let index = pairIndexes.get(sk);
  if (index) return index;
  const text = sk.text;
  const n = Math.max(0, text.length - 1);
  let buckets = 16;
  while (buckets < n && buckets < 4096) buckets <<= 1;
  const mask = buckets - 1;
  // The pairs' hashes and the buckets' fill marks are needed only while the index is built.
  if (hashScratch.length < n) hashScratch = new Int32Array(Math.max(n, hashScratch.length * 2));
  const hashes = hashScratch;
  const starts = new Int32Array(buckets + 1);
  for (let i = 0; i < n; i++) {
    const h = pairHash(text.charCodeAt(i), text.charCodeAt(i + 1), mask);
    hashes[i] = h;
    starts[h + 1]!++;
  }
  for (let h = 0; h < buckets; h++) starts[h + 1]! += starts[h]!;
  nextScratch.set(starts.subarray(0, buckets));
  const next = nextScratch;
  const positions = new Int32Array(n);
  for (let i = 0; i < n; i++) positions[next[hashes[i]!]!++] = i;
  index = { mask, starts, positions };
  pairIndexes.set(sk, index);
  return index;
}

function makeHit(text: string, sk: Skeleton, a: number, b: number, pattern: LabelPattern): LabelHit | undefined {
  let from = sk.at[a]!;
  let to = sk.at[b - 1]! + 1;
  const short = pattern.skeleton.length <= 3;
  // Closing brackets and quotes belong to the label.
  while (to < text.length && isClosing(text.charCodeAt(to))) to++;
  let withEnumerator = false;
  let skFrom = a;
  if (pattern.enumerator) {
    const e = pattern.enumerator;
    if (a >= e.length && sk.text.slice(a - e.length, a) === e) {
      const enumFrom = sk.at[a - e.length]!;
      // The enumerator must be written as one (`1.`, `（一）`, `二、`), not be the tail of a number.
      // (Markdown writers escape the dot of a cell that opens like a numbered list: `7\.`.)
      const between = text.slice(enumFrom, from);
      if (/^[\d一二三四五六七八九十]+\s*\\?[、.．,，)）]?\s*$/.test(between) && (e.length > 0)) {
        const isDigitEnum = /^\d/.test(e);
        const glued = isDigitEnum && /^\d+\s*$/.test(between);
        if (!glued || !short) {
          from = enumFrom;
          skFrom = a - e.length;
          withEnumerator = true;
        }
      }
    }
    while (from > 0 && isOpeningBracket(text.charCodeAt(from - 1))) from--;
  }
  if (short && !boundaryOk(text, from, to, withEnumerator)) return undefined;
  return { pattern, from, to, skFrom, skTo: b, withEnumerator };
}

/** A short label (`规章`, `其他`, `总计`) must not be part of a longer word. */
function boundaryOk(text: string, from: number, to: number, withEnumerator: boolean): boolean {
  const next = to < text.length ? text.charCodeAt(to) : 10;
  const prev = from > 0 ? text.charCodeAt(from - 1) : 10;
  if (isIdeograph(next)) return false;
  if (isIdeograph(prev) && !withEnumerator) return to < text.length && (isDigitCode(next) || next === 43 || next === 45 || next === 0x589e || next === 0x51cf);
  return true;
}

// Character classes by code (`text[i]` of a CJK character would make a string per test).

/** `[)）”"’'』」\]]`: closing brackets and quotes. */
function isClosing(code: number): boolean {
  return code === 0x29 || code === 0xff09 || code === 0x201d || code === 0x22 || code === 0x2019 || code === 0x27 || code === 0x300f || code === 0x300d || code === 0x5d;
}

/** `[(（]`. */
function isOpeningBracket(code: number): boolean {
  return code === 0x28 || code === 0xff08;
}

/** `\d` (ASCII digits). */
function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}
