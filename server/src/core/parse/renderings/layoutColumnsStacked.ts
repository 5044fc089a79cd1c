// Aligned PDF text (`pdftotext -layout`, layoutColumns.ts): a row whose narrow cells wrap each
// number over several lines, interleaved with its label wrapped the same way (WPS pages, LibreOffice):
//
//              -
//   行政             50
//        0    82
//   强制              5
//             3
//
// is 行政强制 0 -823 505. Between two blank lines the fragments stacked in one column (spans
// overlapping) are one cell's, read top to bottom: a sign standing alone, then runs of digits, each
// as long as or longer than the next (a wrapped cell fills its lines). Joined only where no line
// of the band is a row found, and kept only where the band's words are then all the label of one
// row whose columns are exactly the joined numbers (`keepBands`).
import type { TableDef } from '../../formats/types';
import { setJoinedSpan, wordsOf, type LayoutLine, type LayoutRow } from './layoutColumnsRows';
import type { NumberToken } from './readingOrderText';

/** A sign wrapped alone onto a line above its digits. */
const SIGN = /^[-－−]$/;
/** A run of digits standing alone: a wrapped piece. */
const PLAIN = /^\d+$/;

interface Fragment {
  n: NumberToken;
  line: number;
  span: [number, number];
  sign: boolean;
}

/** A band joined: its lines [first, last], the line now holding its numbers. */
export interface Band {
  first: number;
  last: number;
  line: number;
}

/**
 * The zone with every band of interleaved fragments joined (see the file comment), and the bands;
 * undefined when there is none. `rows`: the rows found so far; `only`: the first lines of the bands to join (all by default).
 */
export function stackedBands(
  text: string,
  zone: LayoutLine[],
  rows: LayoutRow[],
  tablesOf: (line: number) => TableDef[],
  only?: Set<number>,
): { zone: LayoutLine[]; bands: Band[] } | undefined {
  const rowLines = new Set(rows.map((r) => r.line));
  const boundary = (l: LayoutLine) => l.kind === 'blank' || l.kind === 'page' || l.kind === 'heading' || text.slice(l.from, l.textTo).includes('第二十条');
  let out: LayoutLine[] | undefined;
  const bands: Band[] = [];
  for (let first = 0; first < zone.length; ) {
    if (boundary(zone[first]!)) {
      first++;
      continue;
    }
    let last = first;
    while (last + 1 < zone.length && !boundary(zone[last + 1]!)) last++;
    const joined = only && !only.has(first) ? undefined : joinBand(text, zone, first, last, rowLines, tablesOf);
    if (joined) {
      out ??= [...zone];
      for (let k = first; k <= last; k++) if (zone[k]!.numbers.length > 0) out[k] = { ...zone[k]!, numbers: [], kind: 'text' };
      out[joined.line] = { ...zone[joined.line]!, numbers: joined.numbers, stacked: true };
      bands.push({ first, last, line: joined.line });
    }
    first = last + 1;
  }
  return out ? { zone: out, bands } : undefined;
}

function joinBand(
  text: string,
  zone: LayoutLine[],
  first: number,
  last: number,
  rowLines: Set<number>,
  tablesOf: (line: number) => TableDef[],
): { line: number; numbers: NumberToken[] } | undefined {
  const numbered: number[] = [];
  for (let k = first; k <= last; k++) {
    if (rowLines.has(k) || zone[k]!.page !== zone[first]!.page || tablesOf(k).length === 0) return undefined;
    if (zone[k]!.numbers.length > 0) numbered.push(k);
  }
  if (numbered.length < 2) return undefined;
  const fragments: Fragment[] = [];
  for (let k = first; k <= last; k++) {
    const l = zone[k]!;
    for (const n of l.numbers) fragments.push({ n, line: k, span: [n.from - l.origin, n.to - l.origin], sign: false });
    for (const m of text.slice(l.from, l.textTo).matchAll(/\S+/g)) {
      if (!SIGN.test(m[0])) continue;
      const from = l.from + m.index!;
      fragments.push({ n: { text: m[0], from, to: from + m[0].length, value: Number.NaN, decimal: false }, line: k, span: [from - l.origin, from - l.origin + m[0].length], sign: true });
    }
  }
  // Columns: fragments whose spans overlap, chained.
  fragments.sort((a, b) => a.span[0] - b.span[0]);
  const columns: Fragment[][] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const f of fragments) {
    if (f.span[0] >= end) columns.push([]);
    columns[columns.length - 1]!.push(f);
    end = Math.max(end, f.span[1]);
  }
  if (!columns.some((c) => c.length > 1)) return undefined;
  const numbers: NumberToken[] = [];
  for (const column of columns) {
    const n = joinColumn(column.sort((a, b) => a.line - b.line));
    if (!n) return undefined;
    numbers.push(n);
  }
  return { line: numbered[0]!, numbers };
}

/** One cell's fragments, top to bottom, as one number: a sign first or none, then digits, each run as long as or longer than the next. */
function joinColumn(column: Fragment[]): NumberToken | undefined {
  if (column.some((f, i) => i > 0 && f.line === column[i - 1]!.line)) return undefined;
  if (column.length === 1) return column[0]!.sign ? undefined : column[0]!.n;
  const signed = column[0]!.sign;
  const digits = signed ? column.slice(1) : column;
  if (digits.length === 0 || digits.some((f) => f.sign || !PLAIN.test(f.n.text))) return undefined;
  // A piece with more after it fills its cell's line: two digits at least (single digits stacked
  // are rather two rows' numbers, one over the other), and no shorter than the piece after it.
  if (digits.some((f, i) => i + 1 < digits.length && (f.n.text.length < 2 || f.n.text.length < digits[i + 1]!.n.text.length))) return undefined;
  const joined = column.map((f) => f.n.text).join('');
  const n: NumberToken = { text: joined, from: column[0]!.n.from, to: column[column.length - 1]!.n.to, value: Number(joined.replace(/^[－−]/, '-')), decimal: false, parts: column.map((f) => f.n) };
  setJoinedSpan(n, [Math.min(...column.map((f) => f.span[0])), Math.max(...column.map((f) => f.span[1]))]);
  return n;
}

/**
 * The bands to keep: those whose line is now a row found, exactly one, with as many numbers as
 * its columns, and whose words (signs aside) are all that row's label: no other row's numbers can
 * be among the joined ones.
 */
export function keepBands(text: string, zone: LayoutLine[], rows: LayoutRow[], bands: Band[]): Band[] {
  return bands.filter((b) => {
    const found = rows.filter((r) => r.line >= b.first && r.line <= b.last);
    if (found.length !== 1 || found[0]!.line !== b.line || zone[b.line]!.numbers.length !== found[0]!.group.columns.length) return false;
    const used = new Set(found[0]!.label.pieces.map((p) => p.from));
    for (let k = b.first; k <= b.last; k++) if (wordsOf(text, zone[k]!.from, zone[k]!.textTo).some((w) => !SIGN.test(w.text) && !used.has(w.from))) return false;
    return true;
  });
}
