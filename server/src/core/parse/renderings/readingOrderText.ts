// Raw PDF text in reading order, line by line (readingOrder.ts): what each line holds (words,
// numbers after them, a page number, nothing), runs of text lines, the numbers after a run, and
// the cells a rendering writes of them.
import type { GridCell, GridPiece } from '../../grid/types';
import { isFooterLine } from '../tokens';
import type { TextLine } from './types';

/** A number as such text writes it: digits, thousands separators, a decimal part, a unit after an amount. */
const TRAILING_NUMBER = /(?:^|[ \t])((?:[增减][ \t]*)?[-+＋－−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[ \t]*万?元)?)$/;

/** A signed value (a change: `增3`, `减 2`, `+1`, `－4`). */
export const SIGNED = /^[-+＋－−增减]/;

export interface NumberToken {
  text: string;
  from: number;
  to: number;
  value: number;
  decimal: boolean;
  /** The index of its line among the region's lines (set by `numbersAfter`). */
  line?: number;
  /** A number wrapped over lines in a narrow cell (`674` `0` → 6740): its pieces. */
  parts?: NumberToken[];
}

export interface Line {
  kind: 'blank' | 'page' | 'numbers' | 'text' | 'heading';
  /** The line's content without leading form feeds and spaces, [from, textTo) its words, `numbers` after them. */
  from: number;
  textTo: number;
  numbers: NumberToken[];
}

export function headingLine(text: string, line: TextLine): Line {
  const from = contentStart(text, line);
  return { kind: 'heading', from, textTo: trimEnd(text, from, line.to), numbers: [] };
}

function contentStart(text: string, line: TextLine): number {
  let from = line.from;
  while (from < line.to && /[\f \t\u00a0\u3000]/.test(text[from]!)) from++;
  return from;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && /[\f \t\u00a0\u3000]/.test(text[to - 1]!)) to--;
  return to;
}

/** What a line holds: nothing, a page number, numbers only, or words (with numbers after them, as `5.属于… 0`). */
export function classify(text: string, line: TextLine): Line {
  const from = contentStart(text, line);
  const to = trimEnd(text, from, line.to);
  if (from === to) return { kind: 'blank', from, textTo: to, numbers: [] };
  const body = text.slice(from, to);
  if (isFooterLine(body)) return { kind: 'page', from, textTo: to, numbers: [] };
  // Numbers at the end of the line, each after a space (or the line start).
  const numbers: NumberToken[] = [];
  let end = to;
  for (;;) {
    const tail = lastNumber(text, from, end);
    if (!tail) break;
    numbers.unshift(tail);
    end = trimEnd(text, from, tail.from);
    if (end === from) return { kind: 'numbers', from, textTo: from, numbers };
  }
  return { kind: 'text', from, textTo: end, numbers };
}

/** The number that ends [from, to) (a unit after it included), standing after a space or at `from`. */
function lastNumber(text: string, from: number, to: number): NumberToken | undefined {
  const m = TRAILING_NUMBER.exec(text.slice(Math.max(from, to - 40), to));
  if (!m) return undefined;
  const start = to - m[1]!.length;
  if (start < from || (start > from && !/[ \t]/.test(text[start - 1]!))) return undefined;
  const digits = m[1]!.replace(/[,\s万元增减]/g, '').replace('＋', '+').replace(/[－−]/, '-');
  const value = Number(digits) * (m[1]!.startsWith('减') ? -1 : 1);
  return { text: m[1]!, from: start, to, value, decimal: digits.includes('.') };
}

/** Runs of consecutive text lines, as [first, last] indexes into the classified lines. */
export function textSegments(lines: Line[]): Array<[number, number]> {
  const segments: Array<[number, number]> = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.kind !== 'text') continue;
    let k = i;
    // A line with numbers after its words ends the run: the numbers belong to the label before them.
    while (k + 1 < lines.length && lines[k + 1]!.kind === 'text' && lines[k]!.numbers.length === 0) k++;
    segments.push([i, k]);
    i = k;
  }
  return segments;
}

/** The numbers on the run's last line after its words, then on the number lines that follow (blank lines and page numbers skipped). */
export function numbersAfter(lines: Line[], last: number): NumberToken[] {
  const numbers = lines[last]!.numbers.map((n) => ({ ...n, line: last }));
  for (let k = last + 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.kind === 'numbers') numbers.push(...line.numbers.map((n) => ({ ...n, line: k })));
    else if (line.kind !== 'blank' && line.kind !== 'page') break;
  }
  return numbers;
}

/**
 * The numbers with each run of lines holding one plain number each, with no blank line between
 * them, joined into one: where cells are set apart by blank lines, such a run is a number wrapped
 * in a narrow cell (`674` `0` is 6740). Undefined when no run joins.
 */
export function joinWrapped(numbers: NumberToken[]): NumberToken[] | undefined {
  const plain = (n: NumberToken) => /^\d+$/.test(n.text);
  const alone = (i: number) => numbers[i - 1]?.line !== numbers[i]!.line && numbers[i + 1]?.line !== numbers[i]!.line;
  const out: NumberToken[] = [];
  let joined = false;
  for (let i = 0; i < numbers.length; ) {
    let j = i + 1;
    while (j < numbers.length && numbers[j]!.line === numbers[j - 1]!.line! + 1 && plain(numbers[j]!) && alone(j) && plain(numbers[i]!) && alone(i)) j++;
    if (j - i < 2) {
      out.push(numbers[i]!);
      i++;
      continue;
    }
    const parts = numbers.slice(i, j);
    const text = parts.map((n) => n.text).join('');
    out.push({ text, from: parts[0]!.from, to: parts[parts.length - 1]!.to, value: Number(text), decimal: false, parts });
    joined = true;
    i = j;
  }
  return joined ? out : undefined;
}

/**
 * `joinWrapped`, and besides: a line of several plain numbers followed at once by as many lines of
 * one plain number each, the next line after them no number — side by side narrow cells each
 * wrapping its number (`151 632` `8` `1` is 1518 and 6321: WPS's narrow columns), each head
 * joined with its tail, in order. Undefined when nothing joins.
 */
export function joinWrappedSideBySide(numbers: NumberToken[]): NumberToken[] | undefined {
  const plain = (n: NumberToken) => /^\d+$/.test(n.text);
  const count = (line: number | undefined) => numbers.filter((n) => n.line === line).length;
  const paired: NumberToken[] = [];
  let joined = false;
  for (let i = 0; i < numbers.length; ) {
    const head = numbers[i]!;
    const k = count(head.line);
    const heads = numbers.slice(i, i + k);
    const tails = numbers.slice(i + k, i + 2 * k);
    const fits =
      k >= 2 &&
      numbers[i - 1]?.line !== head.line &&
      heads.every(plain) &&
      tails.length === k &&
      tails.every((t, j) => plain(t) && t.line === head.line! + 1 + j && count(t.line) === 1) &&
      numbers[i + 2 * k]?.line !== head.line! + 1 + k;
    if (!fits) {
      paired.push(head);
      i++;
      continue;
    }
    heads.forEach((h, j) => {
      const t = tails[j]!;
      const text = h.text + t.text;
      // No line: a joined number starts no run of `joinWrapped`.
      paired.push({ text, from: h.from, to: t.to, value: Number(text), decimal: false, parts: [h, t] });
    });
    joined = true;
    i += 2 * k;
  }
  return joined ? (joinWrapped(paired) ?? paired) : undefined;
}

/** A cell the format supplies (a caption or column header the text has only in pieces), placed at `at`. */
export function syntheticCell(label: string, at: number): GridCell {
  return { text: label, pieces: [{ text: label, from: at, to: at }] };
}

/** A number's cell, the spaces in it left out (`减 20646` → `减20646`, `8387400 元` → `8387400元`, as a table cell has them). */
export function numberCell(n: NumberToken): GridCell {
  if (n.parts) return { text: n.text, pieces: n.parts.map((p) => ({ text: p.text, from: p.from, to: p.to })) };
  const pieces: GridPiece[] = [];
  for (const m of n.text.matchAll(/\S+/g)) pieces.push({ text: m[0], from: n.from + m.index!, to: n.from + m.index! + m[0].length });
  return { text: pieces.map((p) => p.text).join(''), pieces };
}

/** A cell of the text [from, to): its lines joined, form feeds and line-end spaces left out. */
export function cellOf(text: string, from: number, to: number): GridCell {
  const pieces: GridPiece[] = [];
  let at = from;
  while (at < to) {
    const lf = text.indexOf('\n', at);
    const lineEnd = lf < 0 || lf > to ? to : lf;
    let a = at;
    while (a < lineEnd && /[\f\r \t\u00a0\u3000]/.test(text[a]!)) a++;
    let b = lineEnd;
    while (b > a && /[\f\r \t\u00a0\u3000]/.test(text[b - 1]!)) b--;
    if (b > a) pieces.push({ text: text.slice(a, b), from: a, to: b });
    at = lineEnd + 1;
  }
  return { text: pieces.map((p) => p.text).join(''), pieces };
}

/** 表四's first header, which the PDF may put between the 四、 heading and 表三's cells moved after it. */
const APPEALS_FIRST_HEADER = '行政复议';

/**
 * The run of number lines after line `heading` as blocks (blank lines and page breaks between
 * blocks), and the line after the run. The run may start after 表四's first header line
 * (`行政复议`), where the PDF put that header's block before the cells; lines of the bands' own
 * column headers (`header`: `社会` `科研` `总计` …, put among their cells) end a block and are
 * passed over.
 */
export function numberBlocksAfter(text: string, lines: readonly TextLine[], heading: number, header?: (words: string) => boolean): { blocks: NumberToken[][][]; end: number } {
  const blocks: NumberToken[][][] = [];
  let block: NumberToken[][] = [];
  let k = heading + 1;
  let skipped = false;
  for (; k < lines.length; k++) {
    const line = classify(text, lines[k]!);
    if (line.kind === 'numbers') block.push(line.numbers);
    else if (line.kind === 'blank' || line.kind === 'page' || (line.kind === 'text' && line.numbers.length === 0 && header?.(text.slice(line.from, line.textTo)))) {
      if (block.length > 0) blocks.push(block);
      block = [];
    } else if (!skipped && blocks.length === 0 && block.length === 0 && text.slice(line.from, line.textTo) === APPEALS_FIRST_HEADER) skipped = true;
    else break;
  }
  // The header alone, no number after it: not a run.
  if (skipped && blocks.length === 0 && block.length === 0) return { blocks, end: heading + 1 };
  if (block.length > 0) blocks.push(block);
  return { blocks, end: k };
}
