// Section headings (docs/report-format.md §2): `一、总体情况` … `六、其他需要报告的事项`, at a line start
// (after spaces or Word bookmark debris) or run into the text of a copied web page. A heading is
// identified by its words, not its numeral, so a renumbered or reworded heading is still known.
import { FORMATS } from '../formats';
import { SECTIONS } from '../formats/sections';
import type { SectionId } from '../formats/types';
import type { HeadingMatch } from '../model';
import type { PieceText } from '../text/pieceText';
import type { TextReader } from '../text/reader';
import { skeletonOf } from '../text/skeleton';

export interface HeadingHit {
  /** Normalised-text offsets of the whole heading (numeral through words). */
  from: number;
  to: number;
  numeral: number | null;
  title: string;
  id: SectionId | null;
  match: HeadingMatch;
  atLineStart: boolean;
}

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

const KNOWN = SECTIONS.flatMap((s) => [
  { id: s.id, skeleton: skeletonOf(s.heading), official: true },
  ...s.variants.map((v) => ({ id: s.id, skeleton: skeletonOf(v), official: false })),
]).sort((a, b) => b.skeleton.length - a.skeleton.length);

/** Each section's keywords as skeletons, for telling a reworded heading's section. */
const SECTION_KEYWORDS = SECTIONS.map((section) => ({ section, keywords: section.keywords.map(skeletonOf) }));

/** Table row labels that look like headings (`三、本年度办理结果`), from every format's tables. */
const TABLE_LABELS = [...new Set(Object.values(FORMATS).flatMap((f) => f.tables.flatMap((t) => t.headingLike ?? [])))].map(skeletonOf);

/**
 * `一、` `二.` `三，` `第四部分` `5、` before a heading's words. Full-width `，` `：` too: the
 * renderings look for headings in the text before its characters are folded to ASCII.
 */
const HEADING_START = /(?:第\s*([一二三四五六七八九十])\s*部分\s*[、.,:，：]?|([一二三四五六七八九十])\s*[、.,:，：]|(?<![\d.])([1-9])\s*[、.])\s*/g;
const LINE_PREFIX_JUNK = /^(?:\s|\[[^\]\n]{0,60}\]|【[^】\n]{0,60}】)*$/;
const MAX_REWORDED_LENGTH = 30;

export function findHeadings(text: string): HeadingHit[] {
  return plausibleHeadings(scanHeadings(text));
}

/**
 * Every heading candidate of a text, before the choice among them (`plausibleHeadings`). Kept
 * by the incremental parser: after an edit only the lines around it are scanned again.
 */
export interface HeadingScan {
  candidates: HeadingHit[];
  /** The text has line terminators other than LF (bare headings are then found otherwise). */
  otherLineEnds: boolean;
}

export function scanHeadings(text: string): HeadingScan {
  const otherLineEnds = OTHER_LINE_ENDS.test(text);
  const candidates = numberedCandidates(text, text, 0, Number.POSITIVE_INFINITY);
  candidates.push(...(otherLineEnds ? bareHeadingsByExpression(text) : bareHeadings(text, 0, text.length + 1)));
  candidates.sort((a, b) => a.from - b.from);
  return { candidates, otherLineEnds };
}

export function plausibleHeadings(scan: HeadingScan): HeadingHit[] {
  return keepPlausible(scan.candidates);
}

/**
 * The scan of `text`, which is the text of `previous` with [from, oldTo) replaced by
 * [from, newTo). Equal to `scanHeadings(text)`: a candidate depends on its own line, the line
 * its words are on, the character before it and what its numeral part reads — at most six
 * characters other than white space (`第 三 部 分 、` and the first of the words). So
 * candidates at least eight such characters before the edited lines, and those on lines after
 * them, are as they were (moved by the change of length); the lines between are scanned again.
 */
export function rescanHeadings(previous: HeadingScan, text: string | PieceText, from: number, oldTo: number, newTo: number): HeadingScan {
  if (previous.otherLineEnds || OTHER_LINE_ENDS.test(text.slice(from, newTo))) return scanHeadings(text.toString());
  const delta = newTo - oldTo;
  const lineStart = (i: number) => (i <= 0 ? 0 : text.lastIndexOf('\n', i - 1) + 1);
  const scanFrom = lineStart(backOverWords(text, lineStart(from), 8));
  const nextBreak = text.indexOf('\n', newTo);
  const scanTo = nextBreak < 0 ? text.length + 1 : nextBreak + 1;
  // The numeral expression run on a slice, so that it cannot run on through the rest of a long
  // text; the slice holds every character a match starting before `scanTo` can read.
  const sliceEnd = forwardOverWords(text, scanTo, 8);
  const region = numberedCandidates(text, text.slice(scanFrom, sliceEnd), scanFrom, scanTo);
  region.push(...bareHeadings(text, scanFrom, scanTo));
  region.sort((a, b) => a.from - b.from);
  const candidates: HeadingHit[] = [];
  for (const c of previous.candidates) if (c.from < scanFrom) candidates.push(c);
  candidates.push(...region);
  for (const c of previous.candidates) {
    if (c.from >= scanTo - delta) candidates.push({ ...c, from: c.from + delta, to: c.to + delta });
  }
  return { candidates, otherLineEnds: false };
}

const OTHER_LINE_ENDS = /[\r\u2028\u2029]/;

/** Whether a UTF-16 code unit is white space as `\s` has it. */
function isWhiteSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The position `count` characters other than white space before `at` (or 0). */
function backOverWords(text: TextReader, at: number, count: number): number {
  let i = at;
  for (let n = 0; i > 0 && n < count; ) if (!isWhiteSpace(text.charCodeAt(--i))) n++;
  return i;
}

/** The position just past `count` characters other than white space from `at` (or the end). */
function forwardOverWords(text: TextReader, at: number, count: number): number {
  let i = at;
  for (let n = 0; i < text.length && n < count; i++) if (!isWhiteSpace(text.charCodeAt(i))) n++;
  return i;
}

/**
 * Candidates with a numeral (`一、…`) starting in [offset, until) of `text`; `scanned` is
 * `text` from `offset` on (all of it, or a slice long enough for every match to be whole).
 */
function numberedCandidates(text: TextReader, scanned: string, offset: number, until: number): HeadingHit[] {
  const candidates: HeadingHit[] = [];
  HEADING_START.lastIndex = 0;
  for (let m = HEADING_START.exec(scanned); m; m = HEADING_START.exec(scanned)) {
    const from = offset + m.index;
    if (from >= until) break;
    const wordsFrom = from + m[0].length;
    const lineStart = text.lastIndexOf('\n', from - 1) + 1;
    let lineEnd = text.indexOf('\n', wordsFrom);
    if (lineEnd < 0) lineEnd = text.length;
    const atLineStart = LINE_PREFIX_JUNK.test(text.slice(lineStart, from));
    const arabic = m[3] !== undefined;
    const numeral = arabic ? Number(m[3]) : NUMERALS[(m[1] ?? m[2])!]!;
    // Arabic numerals number lists far more often than sections: only known headings count.
    const hit = classify(text, from, wordsFrom, lineEnd, atLineStart, numeral, arabic);
    if (hit) candidates.push(hit);
  }
  return candidates;
}

function classify(
  text: TextReader,
  from: number,
  wordsFrom: number,
  lineEnd: number,
  atLineStart: boolean,
  numeral: number,
  knownOnly: boolean,
): HeadingHit | undefined {
  const rest = text.slice(wordsFrom, Math.min(lineEnd, wordsFrom + 80));
  const restSkeleton = skeletonOf(rest);
  if (TABLE_LABELS.some((l) => restSkeleton.startsWith(l))) return undefined;
  for (const known of KNOWN) {
    if (!restSkeleton.startsWith(known.skeleton)) continue;
    const to = wordsFrom + prefixLengthForSkeleton(rest, known.skeleton.length);
    const exact = atLineStart ? skeletonOf(text.slice(to, lineEnd)).length === 0 : true;
    if (knownOnly && !(atLineStart && exact)) return undefined;
    return {
      from,
      to,
      numeral,
      title: text.slice(wordsFrom, to).trim(),
      id: known.id,
      match: known.official && exact ? 'official' : 'variant',
      atLineStart,
    };
  }
  if (!atLineStart || knownOnly) return undefined;
  // A reworded heading: a short line of its own, not a sentence.
  const line = text.slice(wordsFrom, lineEnd).trim();
  if (line.length === 0 || line.length > MAX_REWORDED_LENGTH || /[。；;|\t]/.test(line.slice(0, -1))) return undefined;
  if (/^[\d(（]/.test(line)) return undefined;
  const lineSkeleton = skeletonOf(line);
  const section = SECTION_KEYWORDS.find(({ keywords }) => keywords.some((k) => lineSkeleton.includes(k)))?.section;
  return {
    from,
    to: wordsFrom + text.slice(wordsFrom, lineEnd).trimEnd().length,
    numeral,
    title: line,
    id: section?.id ?? null,
    match: 'reworded',
    atLineStart,
  };
}

/**
 * Lines holding nothing but an official heading, without numeral: the lines starting in
 * [from, until) (`from` a line start).
 */
function bareHeadings(text: TextReader, from: number, until: number): HeadingHit[] {
  // Lines split at LF only, trimmed of spaces and TABs, 2 to 40 characters: what the regular
  // expression of `bareHeadingsByExpression` finds when no other line terminator is about (it
  // ends lines at CR, U+2028 and U+2029 too, where the loop would not). The loop is the common
  // case: the expression was a tenth of a large report's analysis. Shorter lines cannot be a
  // heading either way (every known skeleton is longer than the one character such a line could hold).
  const hits: HeadingHit[] = [];
  for (let lineStart = from; lineStart <= text.length && lineStart < until; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart >= 2) {
      let from = lineStart;
      while (from < lineEnd && isSpaceOrTab(text.charCodeAt(from))) from++;
      let to = lineEnd;
      while (to > from && isSpaceOrTab(text.charCodeAt(to - 1))) to--;
      if (to - from >= 2 && to - from <= 40) {
        const hit = bareHeading(text.slice(from, to), from);
        if (hit) hits.push(hit);
      }
    }
    lineStart = lineEnd + 1;
  }
  return hits;
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

function bareHeadingsByExpression(text: string): HeadingHit[] {
  const hits: HeadingHit[] = [];
  const lineRe = /^[ \t]*([^\n]{2,40}?)[ \t]*$/gm;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const words = m[1]!;
    const hit = bareHeading(words, m.index + m[0].indexOf(words));
    if (hit) hits.push(hit);
  }
  return hits;
}

/** `words` at `from` when they are an official heading without numeral. */
function bareHeading(words: string, from: number): HeadingHit | undefined {
  if (/^[一二三四五六七八九十(（\d]/.test(words)) return undefined;
  const sk = skeletonOf(words);
  const known = KNOWN.find((k) => k.skeleton === sk);
  if (!known) return undefined;
  return { from, to: from + words.length, numeral: null, title: words, id: known.id, match: 'variant', atLineStart: true };
}

/** Length of the shortest prefix of `s` whose skeleton has `n` characters. */
function prefixLengthForSkeleton(s: string, n: number): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    if (skeletonOf(s[i]!).length > 0) count++;
    if (count === n) {
      // Take a closing bracket or quote that belongs to the heading's words.
      let j = i + 1;
      while (j < s.length && /[)）”"』」]/.test(s[j]!)) j++;
      return j;
    }
  }
  return s.length;
}

/**
 * Known headings are kept wherever they are; a reworded one only where its numeral continues
 * the sequence (a list `一、…` inside section 五 is not a heading).
 */
function keepPlausible(candidates: HeadingHit[]): HeadingHit[] {
  const kept: HeadingHit[] = [];
  let lastNumeral = 0;
  candidates.forEach((c, index) => {
    if (kept.length > 0 && c.from < kept[kept.length - 1]!.to) return;
    if (c.match === 'reworded') {
      const n = c.numeral!;
      if (n <= lastNumeral || n > 6) return;
      // A later known heading numbered the same or lower means this one is a list item.
      const later = candidates.slice(index + 1).find((d) => d.match !== 'reworded' && d.numeral !== null);
      if (later && later.numeral! <= n) return;
    }
    kept.push(c);
    if (c.numeral !== null) lastNumeral = c.numeral;
    else if (c.id) lastNumeral = SECTIONS.find((s) => s.id === c.id)!.numeral;
  });
  return kept;
}
