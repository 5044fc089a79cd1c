// What the report says about itself: its title, year, the body that wrote it, the statistics
// period and the publication date.
import type { ReportMetadata } from '../model';
import type { ParsedText } from './document';
import { readerOf } from '../text/mapped';
import { matchAt, matchStarts, rescanMatchStarts, type BoundedPattern } from '../text/matchStarts';
import type { TextReader } from '../text/reader';
import type { NormEdit } from '../text/normalize';
import { parseNumber } from '../text/numerals';

// A space may stand between two characters of the title's words (a web page's source line break
// inside a Chinese word, which a browser or a text dump shows as a space: `政 府信息公开`), and a
// PDF's text may break the title over two lines anywhere (`2024 年政 府信息公开工` / `作年度报告`),
// the second line indented to centre it (`pdftotext -layout`): between two characters of the
// title's words may stand a space, or a line break and the next line's indent.
const TITLE_GAP = String.raw`(?: ?\n[ \t\u3000]{0,40}| ?)`;
const titleWord = (word: string) => [...word].join(TITLE_GAP);
const TITLE_RE = new RegExp(
  String.raw`([^\n]{0,60}?)\s*((?:19|20)\d{2}|[Xx×＊*]{4}|[〇零一二三四五六七八九○Ｏ]{4})\s*年\s*(?:度\s*)?([^\n]{0,30}?)(?:的\s*)?` +
    `(?:${titleWord('政府信息公开')}|${titleWord('政务公开')})` +
    String.raw`(?:[^\n]|\n[ \t\u3000]{0,40}(?=\S)){0,13}?` +
    titleWord('报告'),
);
// The period and the labelled date are searched for in the whole text: their white space is
// bounded (a dozen characters is more than any layout leaves) so that their matches are too, and
// an edit re-reads only the positions around it (see matchStarts.ts).
const PERIOD: BoundedPattern = {
  re: /统计期限?(?:为|是|自|从|:)?\s{0,12}(?:自|从)?\s{0,12}((?:19|20)\d{2})\s{0,12}年\s{0,12}1\s{0,12}月\s{0,12}1\s{0,12}日\s{0,12}(?:起)?\s{0,12}(?:至|到|-|—|~)\s{0,12}(?:((?:19|20)\d{2})\s{0,12}年\s{0,12})?12\s{0,12}月\s{0,12}31\s{0,12}日/g,
  maxLength: 240,
};
const DATE_RE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const CN_DATE_RE = /([〇零一二三四五六七八九○]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/g;
const PUBLISHED: BoundedPattern = {
  re: /(?:发布|公开|印发)(?:日期|时间)\s{0,12}[:：]?\s{0,12}((?:19|20)\d{2})\s{0,12}[-年/.]\s{0,12}(\d{1,2})\s{0,12}[-月/.]\s{0,12}(\d{1,2})/g,
  maxLength: 120,
};

/**
 * What one parse's metadata read leaves for the next parse of the same document, which an
 * edit made: the match starts of the whole-text patterns, and the signature date with the
 * place of the text it was read from.
 */
export interface MetadataMemo {
  period?: number[];
  published?: number[];
  signature?: { lineStart: number; after: number; found: DateFound | undefined };
}

interface DateFound {
  iso: string;
  from: number;
  to: number;
}

/**
 * @param headingStart normalised offset of the first section heading (the title comes before it)
 * @param lastHeadingTo normalised offset where the last heading ends (the date comes after it)
 * @param memo the last read of this document's text, which `edit` (normalised offsets) turned
 *   into this one; read and updated (empty for a text read afresh)
 */
export function readMetadata(doc: ParsedText, headingStart: number, lastHeadingTo: number, memo: MetadataMemo = {}, edit?: NormEdit): ReportMetadata {
  // Read where needed, not as a whole: after an edit the text may be kept in pieces (pieceText.ts).
  const text = readerOf(doc.norm);
  const meta: ReportMetadata = {};

  const titleZone = text.slice(0, headingStart > 0 ? Math.min(headingStart, 2000) : Math.min(text.length, 800));
  const title = TITLE_RE.exec(titleZone);
  if (title) {
    const lineStart = titleZone.lastIndexOf('\n', title.index + title[1]!.length) + 1;
    const from = Math.min(title.index, lineStart) === lineStart ? lineStart : title.index;
    const to = title.index + title[0].length;
    meta.title = doc.span(skipToWords(text, from), to);
    const yearText = title[2]!;
    const yearFrom = title.index + title[0].indexOf(yearText, title[1]!.length);
    meta.titleYearSpan = doc.span(yearFrom, yearFrom + yearText.length);
    if (/^\d{4}$/.test(yearText)) meta.titleYear = Number(yearText);
    else if (/^[〇零一二三四五六七八九○Ｏ]{4}$/.test(yearText)) meta.titleYear = digitsYear(yearText);
    else meta.unfilledYear = true;
    const body = bodyName(text, lineStart, title[1]!, title[3]!);
    if (body) meta.bodyName = body;
  }

  const starts = (pattern: BoundedPattern, previous: number[] | undefined) =>
    previous && edit ? rescanMatchStarts(pattern, previous, text, edit.from, edit.oldTo, edit.newTo) : matchStarts(pattern, text);
  memo.period = starts(PERIOD, memo.period);
  const period = memo.period.length > 0 ? matchAt(PERIOD, text, memo.period[0]!) : null;
  if (period) {
    meta.periodYear = Number(period[1]);
    meta.periodSpan = doc.span(period.index, period.index + period[0].length);
  }

  memo.published = starts(PUBLISHED, memo.published);
  const date = publicationDate(text, lastHeadingTo, memo, edit);
  if (date) {
    meta.publicationDate = date.iso;
    meta.publicationDateSpan = doc.span(date.from, date.to);
  }
  return meta;
}

// Inline markup kept around a line's words (pandoc's Markdown keeps a Word page's
// `<span style="font-size:16.0pt;…">` as raw HTML): no words of the report's.
const INLINE_TAG = /<\/?[A-Za-z][^<>\n]{0,300}>/g;
const LEADING_TAG = /^<\/?[A-Za-z][^<>\n]{0,300}>/;
const withoutTags = (s: string) => s.replace(INLINE_TAG, '');

/** Past white space and inline tags: where a line's words start. */
function skipToWords(text: TextReader, i: number): number {
  for (;;) {
    while (i < text.length && /\s/.test(text.slice(i, i + 1))) i++;
    const tag = LEADING_TAG.exec(text.slice(i, i + 320));
    if (!tag) return i;
    i += tag[0].length;
  }
}

/** The body is written before the year on the title line, or alone on the line(s) above it. */
function bodyName(text: TextReader, lineStart: number, beforeYear: string, afterYear: string): string | undefined {
  // `某某局2020年政府信息公开…` or `2020年度某某局政府信息公开…`
  const sameLine = cleanBody(beforeYear) ?? cleanBody(afterYear);
  if (sameLine) return sameLine;
  const above = text.slice(0, lineStart).split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  for (let k = above.length - 1; k >= 0 && k >= above.length - 3; k--) {
    const candidate = cleanBody(above[k]!);
    if (candidate && !/文件$/.test(candidate)) return candidate;
  }
  return undefined;
}

function cleanBody(s: string): string | undefined {
  // (A title line's match may start inside a long tag: its tail, up to `>`, is no words either.)
  const t = withoutTags(s).replace(/^[^<>]*>/, '').replace(/\[[^\]]*\]/g, '').replace(/[\s"“”《》]/g, '').replace(/关于$/, '');
  if (t.length < 2 || t.length > 40) return undefined;
  if (/[。，,；;:：]/.test(t)) return undefined;
  if (!/[\u4e00-\u9fff]/.test(t)) return undefined;
  return t;
}

function digitsYear(s: string): number {
  const map: Record<string, string> = { 〇: '0', 零: '0', '○': '0', 'Ｏ': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
  return Number([...s].map((c) => map[c] ?? '0').join(''));
}

function publicationDate(text: TextReader, after: number, memo: MetadataMemo, edit: NormEdit | undefined): DateFound | undefined {
  const labelled = memo.published && memo.published.length > 0 ? matchAt(PUBLISHED, text, memo.published[0]!) : null;
  if (labelled) return iso(labelled[1]!, labelled[2]!, labelled[3]!, labelled.index, labelled.index + labelled[0].length);
  // Otherwise the last date that stands on a line of its own after the last heading: the signature.
  // It depends on the text from the line the last heading ends on, which an edit before that
  // line leaves as it was: the last answer is then kept, moved by the edit.
  const lineStart = after <= 0 ? 0 : text.lastIndexOf('\n', after - 1) + 1;
  const last = memo.signature;
  if (last && edit && edit.oldTo <= last.lineStart && last.lineStart + edit.newTo - edit.oldTo === lineStart && last.after - last.lineStart === after - lineStart) {
    memo.signature = { lineStart, after, found: last.found && { ...last.found, from: last.found.from - last.lineStart + lineStart, to: last.found.to - last.lineStart + lineStart } };
    return memo.signature.found;
  }
  const found = signatureDate(text, after);
  memo.signature = { lineStart, after, found };
  return found;
}

function signatureDate(text: TextReader, after: number): DateFound | undefined {
  const tail = text.slice(after);
  let found: { iso: string; from: number; to: number } | undefined;
  for (const re of [DATE_RE, CN_DATE_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(tail); m; m = re.exec(tail)) {
      const from = after + m.index;
      const to = from + m[0].length;
      const lineStart = text.lastIndexOf('\n', from - 1) + 1;
      let lineEnd = text.indexOf('\n', to);
      if (lineEnd < 0) lineEnd = text.length;
      const line = withoutTags(text.slice(lineStart, lineEnd)).trim();
      if (line.length > m[0].length + 24) continue;
      const candidate =
        re === DATE_RE
          ? iso(m[1]!, m[2]!, m[3]!, from, to)
          : iso(String(digitsYear(m[1]!)), String(parseNumber(m[2]!)), String(parseNumber(m[3]!)), from, to);
      if (candidate && (!found || candidate.from > found.from)) found = candidate;
    }
  }
  return found;
}

function iso(y: string, m: string, d: string, from: number, to: number) {
  const month = Number(m);
  const day = Number(d);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  return { iso: `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, from, to };
}
