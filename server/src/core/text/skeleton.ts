// The skeleton of a text: only the characters that carry meaning in a label (CJK ideographs,
// letters, digits), so that `（二）部分公开(区分处理的，只计这一情形…)`, `商 业 企 业` broken by a PDF
// and `本年度办\n理结果` all compare equal to the format's label.

export interface Skeleton {
  text: string;
  /** Index in the normalised text of each skeleton character. */
  at: Int32Array;
}

export function isIdeograph(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3007
  );
}

function keep(code: number): boolean {
  return (
    isIdeograph(code) ||
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xff10 && code <= 0xff19)
  );
}

export function buildSkeleton(text: string, from = 0, to = text.length): Skeleton {
  if (to - from >= LONG) return buildLongSkeleton(text, from, to);
  // Kept characters are copied in runs and positions go straight into a typed array: this
  // runs over every block twice per parse.
  const chunks: string[] = [];
  const at = atBuffer(to - from);
  let n = 0;
  let run = from;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!keep(code)) {
      if (run < i) chunks.push(text.slice(run, i));
      run = i + 1;
      continue;
    }
    at[n++] = i;
    const fullWidthDigit = code >= 0xff10 && code <= 0xff19;
    const upper = code >= 65 && code <= 90;
    if (fullWidthDigit || upper) {
      if (run < i) chunks.push(text.slice(run, i));
      chunks.push(fullWidthDigit ? String.fromCharCode(code - 0xfee0) : String.fromCharCode(code + 32));
      run = i + 1;
    }
  }
  if (run < to) chunks.push(text.slice(run, to));
  return { text: chunks.join(''), at: at.slice(0, n) };
}

/**
 * From this many characters on (a block, not a label), the skeleton's characters are gathered
 * as codes and made a string a few thousand at a time: quicker than slicing and joining runs
 * (broken at every space and punctuation mark) by a third; for a short text, slower.
 */
const LONG = 256;
let codeScratch = new Uint16Array(4096);
let atScratch = new Int32Array(4096);

/**
 * Scratch for a skeleton's positions while it is built (its kept part is copied out): one
 * typed array per skeleton instead of two.
 */
function atBuffer(length: number): Int32Array {
  if (atScratch.length < length) atScratch = new Int32Array(Math.max(length, atScratch.length * 2));
  return atScratch;
}

/** `buildSkeleton` for long texts: the same characters, mapped the same way. */
function buildLongSkeleton(text: string, from: number, to: number): Skeleton {
  const length = Math.max(0, to - from);
  const at = atBuffer(length);
  if (codeScratch.length < length) codeScratch = new Uint16Array(length);
  const codes = codeScratch;
  let n = 0;
  for (let i = from; i < to; i++) {
    let code = text.charCodeAt(i);
    if (isIdeograph(code) || (code >= 48 && code <= 57) || (code >= 97 && code <= 122)) {
      // kept as is
    } else if (code >= 65 && code <= 90) code += 32;
    else if (code >= 0xff10 && code <= 0xff19) code -= 0xfee0;
    else continue;
    at[n] = i;
    codes[n++] = code;
  }
  let skeleton = '';
  for (let k = 0; k < n; k += 2048) skeleton += String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + 2048)) as unknown as number[]);
  return { text: skeleton, at: at.slice(0, n) };
}

/** The skeleton of a label, as a plain string. */
export function skeletonOf(label: string): string {
  return skeletonText(nfkcKeepsSkeleton(label) ? label : label.normalize('NFKC'));
}

/** `buildSkeleton(text).text`, without the positions (labels and heading words are short). */
function skeletonText(text: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!keep(code)) {
      if (run < i) out += text.slice(run, i);
      run = i + 1;
      continue;
    }
    const fullWidthDigit = code >= 0xff10 && code <= 0xff19;
    const upper = code >= 65 && code <= 90;
    if (fullWidthDigit || upper) {
      if (run < i) out += text.slice(run, i);
      out += fullWidthDigit ? String.fromCharCode(code - 0xfee0) : String.fromCharCode(code + 32);
      run = i + 1;
    }
  }
  if (run === 0) return text;
  if (run < text.length) out += text.slice(run);
  return out;
}

/**
 * Whether NFKC would leave the skeleton of `text` as it is, judged by its characters alone:
 * ASCII, CJK unified ideographs, `、。` and the full-width ASCII forms, which NFKC leaves or folds
 * to the ASCII character `buildSkeleton` folds them to (digits) or drops (punctuation), and none
 * of which composes with its neighbour. Labels and heading lines nearly always are such text:
 * `normalize` took most of `skeletonOf`'s time (it is called per character of a heading).
 */
function nfkcKeepsSkeleton(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff) || c === 0x3001 || c === 0x3002 || (c >= 0xff01 && c <= 0xff20)) continue;
    return false;
  }
  return true;
}
