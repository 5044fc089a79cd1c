// "Tidy report text": a report copied from a web page often arrives as one long line. Tidying
// puts each section heading, each Article 20 caption, each table header and each table row on a
// line of its own, and changes nothing else: a line break replaces the spaces before a line start
// (or is inserted where there were none), so every character other than whitespace stays, in
// order. Where the lines start is read from the format definitions (docs/report-format.md §2–§4):
// the section headings, the captions, the row labels and the column header words.
import { FORMATS } from '../formats';
import type { FormatDefinition } from '../formats/types';

/** Characters of a first line beyond which a report counts as "one long line". */
export const LONG_LINE = 2_000;

const NUMERAL = '[一二三四五六七八九十]{1,3}';
/** A number cell as a one-line copy writes it: digits (with separators, a sign or 增/减) or a dash. */
const NUMBER = String.raw`(?:[增减+\-－]?[0-9０-９][0-9０-９,，.．]*|[—–\-－/／]+)(?=\s|$)`;

interface Patterns {
  /** Where a line starts, whatever follows. */
  starts: RegExp;
  /** A row label, followed by the row's numbers. */
  rows: RegExp;
  /** A run of numbers that follows a column header word. */
  afterHeader: RegExp;
}

let cached: Patterns | undefined;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternatives, longest first (so `行政许可` does not stop a longer label that starts with it). */
function alternation(words: Iterable<string>): string {
  const unique = [...new Set([...words].map((w) => w.trim()).filter((w) => w.length >= 2))];
  unique.sort((a, b) => b.length - a.length);
  return unique.map(escape).join('|');
}

/** A label as written: without its enumerator (`1.`, `（三）`, `一、`), which the pattern allows. */
function bareLabel(label: string): string {
  return label.replace(/^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|[0-9]{1,2}[.．、])\s*/, '');
}

function patterns(): Patterns {
  if (cached) return cached;
  const formats: FormatDefinition[] = Object.values(FORMATS);
  const headings = new Set<string>();
  const labels = new Set<string>();
  /** Labels printed with their enumerator (`（三）不予公开`, `三、本年度办理结果`): a line start wherever a space precedes them. */
  const enumerated = new Set<string>();
  const headers = new Set<string>();
  for (const format of formats) {
    for (const section of format.sections) for (const heading of [section.heading, ...section.variants]) headings.add(heading);
    for (const table of format.tables) {
      for (const group of table.groups) {
        for (const word of group.headerWords ?? []) headers.add(word);
        for (const column of group.columns) for (const word of [column.label, ...(column.aliases ?? []), ...(column.parents ?? [])]) headers.add(word);
        for (const row of group.rows) {
          if (row.groupLabel) enumerated.add(row.groupLabel);
          if (row.unlabelled) continue;
          if (row.enumerator && !/^[0-9]/.test(row.enumerator)) enumerated.add(row.label);
          for (const label of [row.label, ...(row.aliases ?? [])]) labels.add(bareLabel(label));
        }
      }
    }
  }
  // A bare 总计 is also a column header (表三, 表四); as a row label it carries its enumerator.
  labels.delete('总计');
  const enumerator = String.raw`(?:[（(]${NUMERAL}[）)]|${NUMERAL}[、.．]|[0-9]{1,2}[.．、])`;
  cached = {
    starts: new RegExp(
      [
        String.raw`${NUMERAL}\s*[、.．]\s*(?:${alternation(headings)})`,
        String.raw`第二十条第\s*[（(]\s*${NUMERAL}\s*[）)]\s*项`,
        ...[...enumerated].map((label) => {
          const match = /^\s*(?:[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]|([一二三四五六七八九十]{1,3})\s*[、.．])\s*(.+)$/.exec(label);
          if (!match) return escape(label);
          const [, paren, plain, words] = match;
          const numeral = paren ? String.raw`[（(]\s*${paren}\s*[）)]` : String.raw`${plain}\s*[、.．]`;
          return String.raw`(?<=\s)${numeral}\s*${escape(words!.slice(0, 4))}`;
        }),
        // The first words of the tables' header rows.
        '信息内容(?=\\s)',
        '申请人情况(?=\\s)',
      ].join('|'),
      'g',
    ),
    // A label followed by its numbers, or by a TAB (a cell separator: its cells may be empty).
    rows: new RegExp(String.raw`(?:${enumerator}\s*)?(?:${alternation(labels)})(?=\s*${NUMBER}|[ \u3000]*\t)`, 'g'),
    // Only after a run of two header words or more: `3. 其他 0 0 …` is a row whose label is also a header word.
    afterHeader: new RegExp(String.raw`(?<=(?:^|\s)(?:${alternation(headers)})\s+(?:${alternation(headers)}))\s+(?=${NUMBER})`, 'g'),
  };
  return cached;
}

/** Whether a text is a report pasted as one long line (its first line is longer than LONG_LINE). */
export function isOneLongLine(text: string): boolean {
  const end = text.indexOf('\n');
  return (end < 0 ? text.length : end) > LONG_LINE;
}

/**
 * The offsets where a line should start. Only offsets where the text does not already start a
 * line; an offset inside a word of the same label run is never returned twice.
 */
export function tidyBreaks(text: string): number[] {
  const { starts, rows, afterHeader } = patterns();
  const breaks = new Set<number>();
  for (const pattern of [starts, rows]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      breaks.add(m.index);
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  afterHeader.lastIndex = 0;
  for (let m = afterHeader.exec(text); m; m = afterHeader.exec(text)) breaks.add(m.index + m[0].length);
  return [...breaks].filter((at) => at > 0 && text[at - 1] !== '\n' && !startsLine(text, at)).sort((a, b) => a - b);
}

/** True when only spaces or tabs lie between the previous line break (or the start) and `at`. */
function startsLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '\u3000' && c !== '\r') return false;
  }
  return true;
}

/**
 * The text with a line break before each heading, caption, header row and table row. The
 * spaces before a break are replaced by it; nothing but whitespace changes.
 */
export function tidyReportText(text: string): string {
  const breaks = tidyBreaks(text);
  if (breaks.length === 0) return text;
  let out = '';
  let from = 0;
  for (const at of breaks) {
    let cut = at;
    // The plain spaces before the new line start go; TABs and ideographic spaces stay, since in a
    // copied table they separate (and fill) empty cells of the row that ends here.
    while (cut > from && /[ \u00a0]/.test(text[cut - 1]!)) cut--;
    out += `${text.slice(from, cut)}\n`;
    from = at;
  }
  return out + text.slice(from);
}
