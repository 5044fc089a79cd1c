// Normalisation of a report's text before matching (docs/report-format.md §5): HTML tables become
// tab/newline separated text, entities and script-string escapes are decoded, full-width
// digits and punctuation become ASCII, odd spaces become spaces, CRLF becomes LF, BOM and
// zero-width characters go. Every step keeps the character → source mapping.
import { firstAtOrAfter, identityMapped, MappedBuilder, piecesOf, piecewise, readerOf, type MappedText } from './mapped';
import { PieceText } from './pieceText';
import { BROWSER_CELL_SEPARATOR } from '../parse/renderings/browserCopy';
import { decodeEntityName, ENTITY } from './entities';
import { readRenderings } from '../parse/renderings/apply';
import { ASCII_GRID_START } from '../parse/renderings/asciiGrid';
import { DASHED_RULE } from '../parse/renderings/dashedColumns';
import { isWide } from '../parse/renderings/lines';

const HTML_TABLE = /<\s*\/?\s*(table|tr|td|th)\b/i;
/** A text that is a whole HTML page: it opens with a doctype or the html element (after an XML declaration or comments). */
const WHOLE_PAGE = /^\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html\b)/i;
/** Spaces around a source line break (no no-break space: that one is meant). */
const LINE_BREAK_RUN = /[ \t]*\r?\n[ \t\r\n]*/g;
const ESCAPED_ENTITY_TABLE = /&lt;\s*\/?\s*(table|tr|td|th)\b/i;
const ESCAPED_SCRIPT_TABLE = /\\(u003c|x3c)\s*\/?\s*(table|tr|td|th|p)\b|<\\\/\s*(table|tr|td|th|p)\b|\\["']\s*>?\s*<\s*t[dr]\b/i;

export function normalizeText(source: string): MappedText {
  let m = identityMapped(source);
  if (ESCAPED_SCRIPT_TABLE.test(source)) m = unescapeScriptString(m);
  if (ESCAPED_ENTITY_TABLE.test(m.text)) m = decodeEntities(m);
  if (HTML_TABLE.test(m.text)) {
    m = htmlToText(m);
    m = decodeEntities(m);
  }
  // Tables drawn in text (box-drawing, ASCII grids, pipe tables with markup) become canonical
  // grid text; before the character folding, which would change full-width characters' columns.
  m = readRenderings(m);
  const norm = normalizeCharacters(m);
  // Most reports need no change: the source string itself then serves as the normalised text,
  // so an edit builds (and V8 flattens) one new string instead of two (see renormalizePlain).
  return norm.text === source ? { ...norm, text: source } : norm;
}

/**
 * Plain text: no character that can start markup, an entity or a script escape, nor a table
 * drawn in text (box-drawing characters, a line opening an ASCII grid, a rule of dash runs over
 * columns; a pipe table is read by a rendering only with markup in it). Its normalisation is
 * character by character (CRLF the only pair), so an edit can be re-normalised line-locally with
 * `renormalizePlain` — as long as the edit does not make a line that opens an ASCII grid or such
 * a rule (`opensDrawnGrid` on the lines it touched).
 */
export function isPlainText(text: string): boolean {
  return !/[<&\\\u2500-\u257f]/.test(text) && !ASCII_GRID_START.test(text) && !DASHED_RULE.test(text) && !text.includes(BROWSER_CELL_SEPARATOR);
}

/** Whether lines of `text` around [from, to) could open an ASCII grid (see `isPlainText`). */
export function opensDrawnGrid(text: string, from: number, to: number): boolean {
  const a = from === 0 ? 0 : text.lastIndexOf('\n', from - 1) + 1;
  const next = text.indexOf('\n', to);
  const touched = text.slice(a, next < 0 ? text.length : next);
  if (ASCII_GRID_START.test(touched) || DASHED_RULE.test(touched)) return true;
  // A browser copy's cell separator (a TAB line between blank lines) made by the edit: the two
  // lines on either side of the touched ones are enough to see it.
  const wider = text.slice(Math.max(0, a - 4), Math.min(text.length, (next < 0 ? text.length : next) + 4));
  return wider.includes(BROWSER_CELL_SEPARATOR);
}

/** Where an edit changed a normalised text: [from, oldTo) of the old became [from, newTo). */
export interface NormEdit {
  from: number;
  oldTo: number;
  newTo: number;
}

/**
 * The normalisation of `source`, which is `previous` (normalised as `previousNorm`, both plain
 * text) with [start, oldEnd) replaced by a plain `inserted`: the lines the change touched are
 * normalised again and the rest is reused, shifted (as pieces of the old offset arrays, see
 * `MapPiece`). Equal to `normalizeText(source)`; `edit` is the change in normalised offsets.
 */
export function renormalizePlain(
  previous: string,
  previousNorm: MappedText,
  source: string,
  start: number,
  oldEnd: number,
  inserted: string,
): { norm: MappedText; edit: NormEdit } {
  const delta = inserted.length - (oldEnd - start);
  // Cut right after line feeds: no normalised character stands for source on both sides.
  // (lastIndexOf takes a negative position as 0, so the text start is its own case.)
  const a = start === 0 ? 0 : previous.lastIndexOf('\n', start - 1) + 1;
  const next = previous.indexOf('\n', oldEnd);
  const oldB = next < 0 ? previous.length : next + 1;
  const newB = oldB + delta;
  const region = source.slice(a, newB);
  const regionStart = new Int32Array(region.length);
  const regionEnd = new Int32Array(region.length);
  for (let i = 0; i < region.length; i++) {
    regionStart[i] = a + i;
    regionEnd[i] = a + i + 1;
  }
  const mid = normalizeCharacters({ text: region, start: regionStart, end: regionEnd, sourceLength: source.length });
  const na = firstAtOrAfter(previousNorm, a);
  const nb = firstAtOrAfter(previousNorm, oldB);
  const oldLength = readerOf(previousNorm).length;
  const after = na + mid.text.length;
  const pieces = [
    ...piecesOf(previousNorm, 0, na, 0, 0),
    ...piecesOf(mid, 0, mid.text.length, na, 0),
    ...piecesOf(previousNorm, nb, oldLength, after, delta),
  ];
  // A text that normalisation leaves as it is stays its own normalisation (see normalizeText).
  // Otherwise the new normalised text is kept in pieces: the old one's around the edited lines.
  const previousText = readerOf(previousNorm);
  const unchanged = previousText === previous && mid.text === region;
  const text = unchanged ? source : PieceText.of(previousText).edited(na, nb, mid.text);
  return { norm: piecewise(text, pieces, source.length), edit: { from: na, oldTo: nb, newTo: after } };
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', "'": "'", '/': '/', '\\': '\\' };

/** `\u003ctd\u003e`, `\x3c`, `\"`, `\/`, `\n`, `\t` inside a JS string holding the page. */
function unescapeScriptString(m: MappedText): MappedText {
  const b = new MappedBuilder(m);
  const t = m.text;
  // Text between escapes is copied in runs (a page is mostly text).
  let run = 0;
  const flush = (to: number) => {
    b.copy(run, to);
  };
  for (let i = 0; i < t.length; ) {
    if (t[i] === '\\' && i + 1 < t.length) {
      const c = t[i + 1]!;
      if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6))) {
        flush(i);
        b.push(String.fromCharCode(parseInt(t.slice(i + 2, i + 6), 16)), i, i + 6);
        i += 6;
        run = i;
        continue;
      }
      if (c === 'x' && /^[0-9a-fA-F]{2}$/.test(t.slice(i + 2, i + 4))) {
        flush(i);
        b.push(String.fromCharCode(parseInt(t.slice(i + 2, i + 4), 16)), i, i + 4);
        i += 4;
        run = i;
        continue;
      }
      if (c in SIMPLE_ESCAPES) {
        flush(i);
        b.push(SIMPLE_ESCAPES[c]!, i, i + 2);
        i += 2;
        run = i;
        continue;
      }
    }
    i++;
  }
  flush(t.length);
  return b.build();
}

function decodeEntities(m: MappedText): MappedText {
  const b = new MappedBuilder(m);
  const t = m.text;
  const re = new RegExp(ENTITY.source, 'g');
  let last = 0;
  for (let match = re.exec(t); match; match = re.exec(t)) {
    const decoded = decodeEntityName(match[1]!);
    if (decoded === undefined) continue;
    b.copy(last, match.index);
    b.push(decoded, match.index, match.index + match[0].length);
    last = match.index + match[0].length;
  }
  b.copy(last, t.length);
  return b.build();
}

const BLOCK_TAGS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tbody', 'thead', 'tfoot', 'section', 'article', 'center', 'blockquote', 'pre', 'hr', 'caption']);

/**
 * Tags become the separators of the text renderings: a cell opens with a TAB, a row ends a
 * line, block tags outside cells end a line and inside cells become a space. Comments, styles
 * and scripts that do not hold a table are dropped.
 */
function htmlToText(m: MappedText): MappedText {
  const b = new MappedBuilder(m);
  const t = m.text;
  const tagRe = /<!--[\s\S]*?-->|<(\/?)\s*([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g;
  let last = 0;
  let inCell = false;
  // A whole web page (not Markdown with tables in it): a source line break between two Chinese
  // characters is nothing — Word wraps its source inside words (`政\n府信息公开`), which would
  // hide a heading or a row label (text/htmlSpace.ts says the rule).
  const page = WHOLE_PAGE.test(t);
  const copyText = (from: number, to: number) => {
    if (!page) return b.copy(from, to);
    let run = from;
    LINE_BREAK_RUN.lastIndex = from;
    for (let br = LINE_BREAK_RUN.exec(t); br && br.index < to; br = LINE_BREAK_RUN.exec(t)) {
      const end = Math.min(to, br.index + br[0].length);
      const before = t.codePointAt(br.index - 1);
      const after = t.codePointAt(end);
      // Other breaks stay: block tags make the lines, and a break there is harmless.
      if (before === undefined || after === undefined || !isWide(before) || !isWide(after)) continue;
      b.copy(run, br.index);
      run = end;
    }
    b.copy(run, to);
  };
  for (let match = tagRe.exec(t); match; match = tagRe.exec(t)) {
    copyText(last, match.index);
    const from = match.index;
    const to = from + match[0].length;
    last = to;
    if (match[0].startsWith('<!--')) continue;
    const closing = match[1] === '/';
    const name = match[2]!.toLowerCase();
    if (name === 'style' && !closing) {
      const close = t.toLowerCase().indexOf('</style', to);
      const stop = close < 0 ? t.length : t.indexOf('>', close) + 1 || t.length;
      tagRe.lastIndex = stop;
      last = stop;
      continue;
    }
    if (name === 'td' || name === 'th') {
      if (!closing) b.push('\t', from, to);
      inCell = !closing;
    } else if (name === 'tr') {
      b.push('\n', from, to);
      inCell = false;
    } else if (BLOCK_TAGS.has(name)) {
      b.push(inCell ? ' ' : '\n', from, to);
    }
  }
  copyText(last, t.length);
  return b.build();
}

/** Odd spaces that become a plain space. */
function isOddSpace(code: number): boolean {
  return code === 0x00a0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** Invisible characters that go. */
function isInvisible(code: number): boolean {
  return code === 0xfeff || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0x00ad;
}

function normalizeCharacters(m: MappedText): MappedText {
  const b = new MappedBuilder(m);
  const t = m.text;
  // Characters that stay as they are are copied in runs.
  let run = 0;
  for (let i = 0; i < t.length; i++) {
    const code = t.charCodeAt(i);
    if (code < 0x7f && code !== 13) continue;
    if (code === 13) {
      b.copy(run, i);
      if (t.charCodeAt(i + 1) === 10) {
        b.push('\n', i, i + 2);
        i++;
      } else b.push('\n', i, i + 1);
    } else if (isInvisible(code)) {
      b.copy(run, i);
    } else if (isOddSpace(code)) {
      b.copy(run, i);
      b.push(' ', i, i + 1);
    } else if (code >= 0xff01 && code <= 0xff5e) {
      b.copy(run, i);
      b.push(String.fromCharCode(code - 0xfee0), i, i + 1);
    } else if (code === 0x2212 || code === 0x2010 || code === 0x2011) {
      b.copy(run, i);
      b.push('-', i, i + 1);
    } else continue;
    run = i + 1;
  }
  b.copy(run, t.length);
  return b.build();
}
