// Aligned PDF text (`pdftotext -layout`, layoutColumns.ts): which numbers are which row's. A row is
// a line with numbers after its words (or numbers alone); its label is the format's row label
// made of whole words of that line and of the text lines around it (a label wrapped above and
// below its numbers, group labels like `（三）不予公开` in between left out). A row gets cells only
// where the text leaves no doubt: exactly its columns' count of numbers, or fewer placed by the
// columns of the full rows of its page and group; each of its column's kind, the row's relations
// holding, and no line with numbers next to it that is no row found (a row whose numbers the PDF
// scattered over lines). Numbers wrapped in narrow cells are joined first (`stackWrapped`,
// `wrappedBelow`).
import type { GridCell, GridPiece } from '../../grid/types';
import type { FormatDefinition, GroupDef, RelationDef, RowDef, TableDef } from '../../formats/types';
import { buildSkeleton, skeletonOf } from '../../text/skeleton';
import { stripEnumerator, tablePatterns } from '../labels';
import { cellsHold } from './readingOrderRows';
import { cutsInTwo } from './layoutColumnsRunTogether';
import { classify, numberCell, type Line, type NumberToken } from './readingOrderText';
import type { TextLine } from './types';

/** A line of the zone as read: its kind and numbers (readingOrderText's `classify`), its page, where its columns start. */
export interface LayoutLine extends Line {
  page: number;
  /** The offset of the line's column 0 (after a form feed that opens a page). */
  origin: number;
  /** Its numbers include numbers wrapped in narrow cells, joined from the lines above and below (`stackWrapped`). */
  stacked?: boolean;
  /**
   * Its numbers were joined with pieces below them (or above and below its label): read only where
   * the row's relations vouch for them, or its label takes every word of its line and the next (`labelAround`).
   */
  vouched?: boolean;
  /**
   * A number stands among its words, not after them (`行政   58    -`: a wrapped negative number's
   * sign alone ends the line, so `58` is no number of it): a line with numbers no row reads.
   */
  hidden?: boolean;
}

/** A number standing among a line's words: digits with white space (or the line's ends) around them. */
const NUMBER_AMONG_WORDS = /(?:^|[ \t])[-+－]?\d[\d,]*(?:\.\d+)?(?=[ \t]|$)/;

/** Whether the line holds numbers, read or not: its neighbours' numbers may be its rows'. */
export const holdsNumbers = (l: LayoutLine | undefined): boolean => l !== undefined && (l.numbers.length > 0 || l.hidden === true);

/** A row of the format found in the text: its label's pieces and, where read, its cells (null: a blank cell). */
export interface LayoutRow {
  table: TableDef;
  group: GroupDef;
  row: RowDef;
  label: GridCell;
  /** Index of the line holding the row's numbers. */
  line: number;
  cells: Array<NumberToken | null> | null;
  /**
   * A row left unread (`cells` null) of which some cells are known for certain, per column: its
   * number, null where blank, undefined where unknown (its total alone, layoutColumnsUnread.ts;
   * what every placement its sums allow agrees on, layoutColumnsRelations.ts).
   */
  partial?: Array<NumberToken | null | undefined>;
}

export function layoutLines(text: string, lines: readonly TextLine[], first: number, end: number): LayoutLine[] {
  const out: LayoutLine[] = [];
  let page = 0;
  for (let i = first; i < end; i++) {
    const line = lines[i]!;
    let origin = line.from;
    while (origin < line.to && text.charCodeAt(origin) === 12) {
      origin++;
      page++;
    }
    const read = classify(text, line);
    const hidden = read.kind === 'text' && NUMBER_AMONG_WORDS.test(text.slice(read.from, read.textTo));
    out.push({ ...read, page, origin, ...(hidden ? { hidden } : {}) });
  }
  stackWrapped(text, out);
  return out;
}

/** A run of digits standing alone (no sign, no decimal part, no unit): a piece of a wrapped number. */
const PLAIN = /^\d+$/;

/** Whether a wrapped number's second piece starts under its first (at its start, or up to its end: pdftotext's spacing varies). */
const under = (upStart: number, upText: string, downStart: number, slack = 0) => downStart >= upStart - 1 && downStart <= upStart + upText.length + slack;

/** A number's column on its line. */
const col = (l: LayoutLine, n: NumberToken) => n.from - l.origin;
/** The first piece of a wrapped number: digits, a decimal part begun (`7033.877` / `8`). */
export const FIRST_PIECE = /^\d+(?:\.\d*)?$/;
/** Whether `d` (on the line below) can be the rest of `u`, a number too wide for its cell. */
export const piece = (u: NumberToken, d: NumberToken, upLine: LayoutLine, downLine: LayoutLine, slack = 0) =>
  FIRST_PIECE.test(u.text) && PLAIN.test(d.text) && u.text.length >= 2 && d.text.length <= u.text.length && under(col(upLine, u), u.text, col(downLine, d), slack);
/**
 * Columns a second piece may start further right than `under` allows where the joined row's sum
 * vouches for it (Word centres each line of a wrapped cell: `771` / `8` is 7718 with its `8` three
 * columns right of the `1`).
 */
export const LOOSE_UNDER = 3;
/** Whether the numbers of a line, in column order, end with their sum (a row's total), three at least. */
const endsWithSum = (numbers: NumberToken[]) =>
  numbers.length >= 3 && numbers.every((n) => !n.decimal) && numbers.slice(0, -1).reduce((sum, n) => sum + n.value, 0) === numbers[numbers.length - 1]!.value;
/** The columns [from, to) a number joined of pieces on two lines spans (its offsets are on two lines). */
const joinedSpans = new WeakMap<NumberToken, [number, number]>();

/** The number of two pieces, each keeping its source; `u` on `upLine`, `d` on `downLine`. */
export const joinedOf = (u: NumberToken, d: NumberToken, upLine: LayoutLine, downLine: LayoutLine): NumberToken => {
  const n: NumberToken = { text: u.text + d.text, from: u.from, to: d.to, value: Number(u.text + d.text), decimal: u.text.includes('.'), parts: [u, d] };
  const a = Math.min(col(upLine, u), col(downLine, d));
  joinedSpans.set(n, [a, Math.max(col(upLine, u) + u.text.length, col(downLine, d) + d.text.length)]);
  return n;
};

/** Records the columns [from, to) a number joined of pieces on several lines spans. */
export function setJoinedSpan(n: NumberToken, span: [number, number]): void {
  joinedSpans.set(n, span);
}

/** The columns [from, to) a number spans on its line. */
export function spanOf(line: LayoutLine, n: NumberToken): [number, number] {
  return joinedSpans.get(n) ?? [n.from - line.origin, n.to - line.origin];
}

/**
 * Numbers wrapped in narrow centred cells (Word tables set apart by blank lines): a cell of
 * one line sits on the row's middle line, a cell wrapped over two lines has its first piece on the
 * line above and the rest on the line below (`458` / `9` is 4589). Joined when the lines above and
 * below hold such pieces only, each above one below it (`under`) and none above or below a number
 * of the middle line, the piece above as long as or longer than the piece below, and the run stands
 * alone (no numbers on the lines beyond it, or the joined row summing). The middle line then holds the row's numbers in column
 * order; the lines above and below keep their words only (the row's label wrapped around).
 */
function stackWrapped(text: string, zone: LayoutLine[]): void {
  for (let i = 1; i + 1 < zone.length; i++) {
    const [up, mid, down] = [zone[i - 1]!, zone[i]!, zone[i + 1]!];
    // Every cell wrapped, the row's label alone on the middle line (`88 29 117` / `（七）总计` /
    // `1 2 3`): joined there, read only where the row's relations vouch for it (two rows'
    // numbers, each summing, sum as well joined: the label's line, one label, says one row).
    const labelOnly = mid.numbers.length === 0 && mid.kind === 'text' && up.kind === 'numbers' && down.kind === 'numbers';
    if ((mid.numbers.length === 0 && !labelOnly) || up.numbers.length === 0 || up.numbers.length !== down.numbers.length) continue;
    // The run next to another line of numbers (LibreOffice leaving out the blank line between two
    // rows): joined only where the middle line holds numbers of its own and the joined ones end
    // with their sum; the line above a whole row summing by itself (`18 0 … 18`), the line below
    // the start of the next row (its label, `四、结转下年度继续办 167`) with no number under a piece.
    const [before, after] = [zone[i - 2], zone[i + 2]];
    const crowded = (before?.numbers.length ?? 0) > 0 || (after?.numbers.length ?? 0) > 0;
    if (crowded && labelOnly) continue;
    if (before && before.numbers.length > 0 && !endsWithSum(before.numbers)) continue;
    if (after && after.numbers.length > 0 && (after.textTo === after.from || after.numbers.some((x) => down.numbers.some((d) => under(col(down, d), d.text, col(after, x)))))) continue;
    // A sign standing alone near the run (`-` over `82`): a number wrapped a piece a line, its sign
    // part of it (layoutColumnsStacked.ts), not to be joined without it.
    if ([i - 2, i - 1, i, i + 1, i + 2].some((k) => zone[k] !== undefined && hasLoneSign(text, zone[k]!))) continue;
    const joinAll = (slack: number) => {
      const joined: Array<{ n: NumberToken; at: number }> = [];
      const fits = up.numbers.every((u, k) => {
        const d = down.numbers[k]!;
        if (!piece(u, d, up, down, slack)) return false;
        const a = Math.min(col(up, u), col(down, d));
        const b = Math.max(col(up, u) + u.text.length, col(down, d) + d.text.length);
        if (mid.numbers.some((m) => col(mid, m) < b && a < col(mid, m) + m.text.length)) return false;
        joined.push({ n: joinedOf(u, d, up, down), at: a });
        return true;
      });
      return fits ? [...mid.numbers.map((m) => ({ n: m, at: col(mid, m) })), ...joined].sort((x, y) => x.at - y.at) : undefined;
    };
    let placed = joinAll(0);
    if (!placed) {
      // A piece further right than `under` allows: only where the row's sum vouches for every join.
      const loose = joinAll(LOOSE_UNDER);
      if (loose && endsWithSum(loose.map((p) => p.n))) placed = loose;
    }
    if (!placed || (crowded && !endsWithSum(placed.map((p) => p.n)))) continue;
    zone[i] = { ...mid, numbers: placed.map((p) => p.n), stacked: true, ...(labelOnly ? { vouched: true } : {}) };
    zone[i - 1] = { ...up, numbers: [], kind: 'text' };
    zone[i + 1] = { ...down, numbers: [], kind: 'text' };
    i++;
  }
}

/** A sign standing alone among a line's words (`-` wrapped above its digits). */
const LONE_SIGN = /(?:^|\s)[-－−](?=\s|$)/;
const hasLoneSign = (text: string, l: LayoutLine) => LONE_SIGN.test(text.slice(l.from, l.textTo));

export interface Word {
  text: string;
  from: number;
  to: number;
  skeleton: string;
}

/** The words of [from, to) (split at any space), each with its skeleton. */
export function wordsOf(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  for (const m of text.slice(from, to).matchAll(/[^\s\f]+/g)) {
    const skeleton = buildSkeleton(text, from + m.index!, from + m.index! + m[0].length).text;
    if (skeleton.length > 0) words.push({ text: m[0], from: from + m.index!, to: from + m.index! + m[0].length, skeleton });
  }
  return words;
}

/** Steps the search for a label's words may take: a label is a few words among a few dozen. */
const SPELL_BUDGET = 5000;

/**
 * The words that, in order and each whole, spell `target` (others skipped); undefined when none do
 * (or the search would take too long).
 */
export function spell(all: Word[], target: string): Word[] | undefined {
  // Only words inside the target can be its pieces; one of them must open it.
  const words = all.filter((w) => target.includes(w.skeleton));
  if (!words.some((w) => target.startsWith(w.skeleton))) return undefined;
  let budget = SPELL_BUDGET;
  const walk = (i: number, at: number, used: Word[]): Word[] | undefined => {
    if (at === target.length) return used;
    for (let k = i; k < words.length; k++) {
      if (--budget < 0) return undefined;
      const w = words[k]!;
      if (target.startsWith(w.skeleton, at)) {
        const got = walk(k + 1, at + w.skeleton.length, [...used, w]);
        if (got) return got;
      }
    }
    return undefined;
  };
  return walk(0, 0, []);
}

/** A label wraps over at most this many lines on either side of its numbers (two characters a line in Word's narrowest cells). */
const MAX_LABEL_LINES = 24;

export interface RowPattern {
  table: TableDef;
  group: GroupDef;
  row: RowDef;
  skeletons: string[];
}

const patternCache = new Map<string, RowPattern[]>();

/** Every labelled row of the tables with its label's skeletons (with its enumerator, and without where the format allows). */
export function rowPatterns(format: FormatDefinition, tables: TableDef[]): RowPattern[] {
  const key = `${format.version}/${tables.map((t) => t.id).join()}`;
  const cached = patternCache.get(key);
  if (cached) return cached;
  const out: RowPattern[] = [];
  for (const table of tables) {
    const patterns = tablePatterns(format, table).filter((p) => p.kind === 'row');
    for (const group of table.groups) {
      for (const row of group.rows) {
        if (row.unlabelled) continue;
        const skeletons = new Set<string>();
        for (const p of patterns) {
          if (p.row !== row.id || p.group !== group.id) continue;
          if (p.enumerator) skeletons.add(p.enumerator + p.skeleton);
          // Without its enumerator only where the label is long enough to be its own (`其他` is 3.其他 only with its `3.`).
          if (!p.enumerator || p.skeleton.length >= 4) skeletons.add(p.skeleton);
        }
        skeletons.add(skeletonOf(stripEnumerator(row.label)).length >= 4 ? skeletonOf(stripEnumerator(row.label)) : skeletonOf(row.label));
        out.push({ table, group, row, skeletons: [...skeletons].sort((a, b) => b.length - a.length) });
      }
    }
  }
  patternCache.set(key, out);
  return out;
}

/**
 * Numbers wrapped in narrow top-aligned cells: the rest of a number on the line below it (`56` /
 * `1` is 561). A zone with such lines joined, where neither line is a row found (`rows`: the line
 * below may be the next row, `行政强制 3` under `行政处罚 644`), each piece below one number of the
 * line above, the run standing alone; undefined when there is none. Such a row is read only where
 * its relations vouch for the joined numbers (`vouched`).
 */
export function wrappedBelow(zone: LayoutLine[], rows: LayoutRow[]): LayoutLine[] | undefined {
  const rowLines = new Set(rows.map((r) => r.line));
  let out: LayoutLine[] | undefined;
  for (let i = 0; i + 1 < zone.length; i++) {
    const [mid, down] = [zone[i]!, zone[i + 1]!];
    if (mid.numbers.length === 0 || down.numbers.length === 0 || rowLines.has(i)) continue;
    // The line below a row found: joined only where the line above has words, the start of that
    // row's label (`行政 2 0 12` over `规范 5` found as 规范性文件): read only where the label found
    // again takes every word of both lines (`labelAround`).
    if (rowLines.has(i + 1) && mid.textTo === mid.from) continue;
    if ((zone[i - 1]?.numbers.length ?? 0) > 0 || (zone[i + 2]?.numbers.length ?? 0) > 0) continue;
    const owners = down.numbers.map((d) => mid.numbers.findIndex((m) => piece(m, d, mid, down)));
    if (owners.some((o) => o < 0) || new Set(owners).size !== owners.length) continue;
    const numbers = mid.numbers.map((m, k) => {
      const d = owners.indexOf(k);
      return d < 0 ? m : joinedOf(m, down.numbers[d]!, mid, down);
    });
    out ??= [...zone];
    out[i] = { ...mid, numbers, stacked: true, vouched: true };
    out[i + 1] = { ...down, numbers: [], kind: 'text' };
    i++;
  }
  return out;
}

/**
 * The rows of `tables` found in the zone's lines: each line with numbers whose words and those of
 * the text lines around it (up to a blank line, a page footer or the next line with numbers; a label goes on over a page break) spell
 * exactly one row's label. `tablesOf` says which tables a line may hold (表二 before the 三、 heading).
 */
export function findRows(
  text: string,
  zone: LayoutLine[],
  format: FormatDefinition,
  tablesOf: (line: number) => TableDef[],
): LayoutRow[] {
  // A 表二 caption (第二十条第（N）项) ends a block too: the labels after it are another group's.
  const boundary = (k: number) => {
    const l = zone[k]!;
    return l.kind === 'blank' || l.kind === 'page' || l.kind === 'heading' || text.slice(l.from, l.textTo).includes('第二十条');
  };
  type Match = { pattern: RowPattern; used: Word[]; length: number; skeleton: string };
  const lineWords = new Map<number, Word[]>();
  const wordsOfLine = (k: number): Word[] => {
    let words = lineWords.get(k);
    if (!words) lineWords.set(k, (words = wordsOf(text, zone[k]!.from, zone[k]!.textTo)));
    return words;
  };
  const anchors: Array<{ line: number; matches: Match[] }> = [];
  for (let i = 0; i < zone.length; i++) {
    const line = zone[i]!;
    if (line.numbers.length === 0 || line.kind === 'heading') continue;
    const tables = tablesOf(i);
    if (tables.length === 0) continue;
    let a = i;
    while (a - 1 >= 0 && i - a < MAX_LABEL_LINES && !boundary(a - 1) && zone[a - 1]!.numbers.length === 0) a--;
    let b = i;
    while (b + 1 < zone.length && b - i < MAX_LABEL_LINES && !boundary(b + 1) && zone[b + 1]!.numbers.length === 0) b++;
    const words: Word[] = [];
    for (let k = a; k <= b; k++) words.push(...wordsOfLine(k));
    const matches: Match[] = [];
    for (const pattern of rowPatterns(format, tables)) {
      for (const sk of pattern.skeletons) {
        const used = spell(words, sk);
        if (used) {
          matches.push({ pattern, used, length: sk.length, skeleton: sk });
          break;
        }
      }
    }
    matches.sort((x, y) => y.length - x.length);
    // A shorter label inside a longer one's words is that label (`部分公开` in `（二）部分公开（…）`).
    const own = matches.filter((m, k) => !matches.slice(0, k).some((longer) => longer.pattern.row !== m.pattern.row && inside(m.used, longer.used)));
    if (own.length > 0) anchors.push({ line: i, matches: aroundNumbers(own, words, zone, i, a) });
  }
  // Text lines between two lines of numbers are tried for both: a row that one of them spells
  // alone is that one's, not the other's (a label wrapped below its numbers, the next row's above).
  const settled = new Map<string, number>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const anchor of anchors) {
      const rowsOf = new Set(anchor.matches.map((m) => m.pattern.row.id));
      if (rowsOf.size !== 1) {
        const kept = anchor.matches.filter((m) => {
          const at = settled.get(m.pattern.row.id);
          return at === undefined || at === anchor.line;
        });
        if (kept.length < anchor.matches.length) {
          anchor.matches = kept;
          changed = true;
        }
        continue;
      }
      const id = [...rowsOf][0]!;
      if (!settled.has(id)) {
        settled.set(id, anchor.line);
        changed = true;
      }
    }
  }
  const rows: LayoutRow[] = [];
  for (const anchor of anchors) {
    // Two rows spelled from these words: nothing says which row this is.
    if (new Set(anchor.matches.map((m) => m.pattern.row.id)).size !== 1) continue;
    const best = anchor.matches[0]!;
    const pieces: GridPiece[] = best.used.map((w) => ({ text: w.text, from: w.from, to: w.to }));
    const label: GridCell = { text: pieces.map((p) => p.text).join(''), pieces };
    rows.push({ table: best.pattern.table, group: best.pattern.group, row: best.pattern.row, label, line: anchor.line, cells: null });
  }
  return rows;
}

/**
 * Two rows' labels spelled around a line of numbers: a row's cell holds its numbers, so a label
 * whose lines all stand above the numbers or all below them (the next row's, its numbers left
 * blank) is not theirs when another's lines reach the numbers' line. `a`: the first line of the
 * words.
 */
function aroundNumbers<M extends { pattern: RowPattern; used: Word[]; skeleton: string }>(matches: M[], words: Word[], zone: LayoutLine[], line: number, a: number): M[] {
  if (new Set(matches.map((m) => m.pattern.row.id)).size < 2) return matches;
  const lineOf = (w: Word) => {
    let k = a;
    while (k + 1 < zone.length && zone[k + 1]!.from <= w.from) k++;
    return k;
  };
  const reaches = (used: Word[]) => {
    const at = used.map(lineOf);
    return Math.min(...at) <= line && line <= Math.max(...at);
  };
  // A label spelled with words another label reaching the numbers takes, that also spells from
  // words of its own all on one side of them (行/政/4/处/罚/行/政/强/制: 行政强制 of the second
  // 行政), is that side's row, not this line's.
  const elsewhere = (m: M) =>
    matches.some((o) => {
      if (o.pattern.row === m.pattern.row || !reaches(o.used) || !m.used.some((w) => o.used.includes(w))) return false;
      const own = spell(
        words.filter((w) => !o.used.includes(w)),
        m.skeleton,
      );
      return own !== undefined && !reaches(own);
    });
  const reaching = matches.filter((m) => reaches(m.used) && !elsewhere(m));
  return reaching.length > 0 ? reaching : matches;
}

/** Whether the words of a shorter label are all among those of the longer one (`部分公开` inside `（二）部分公开（…）`). */
export function inside(short: Word[], long: Word[]): boolean {
  return short.every((w) => long.some((l) => l.from <= w.from && w.to <= l.to));
}

/** Whether a line's words run into its numbers (a space between): those numbers may be set to a scale of their own. */
const crowded = (line: LayoutLine): boolean => line.textTo > line.from && line.numbers.length > 0 && line.numbers[0]!.from - line.textTo <= 1;

/**
 * Reads each found row's cells where the text leaves no doubt (see the file comment). A row found
 * twice is not read; the full rows of a page give its columns' places for the rows with blanks.
 * Returns the rows with blanks read so that not every edge the full rows line up by placed.
 */
export function readCells(text: string, zone: LayoutLine[], rows: LayoutRow[], relations: RelationDef[]): LayoutRow[] {
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(`${r.table.id}.${r.row.id}`, (seen.get(`${r.table.id}.${r.row.id}`) ?? 0) + 1);
  // A line with numbers next to the row's that is no row found: its numbers may be this row's, or this row's a wrapped piece of its.
  const scattered = (i: number) => holdsNumbers(zone[i]) && !rows.some((r) => r.line === i);
  // A line of the next or the last page is no piece of a row holding all its columns' numbers (a row that full is not split over pages).
  const full = (r: LayoutRow) => zone[r.line]!.numbers.length === r.group.columns.length;
  const apart = (r: LayoutRow, k: number) => full(r) && zone[k] !== undefined && zone[k]!.page !== zone[r.line]!.page;
  const clear = (r: LayoutRow) =>
    seen.get(`${r.table.id}.${r.row.id}`) === 1 && (!scattered(r.line - 1) || apart(r, r.line - 1)) && (!scattered(r.line + 1) || apart(r, r.line + 1));
  for (const r of rows) {
    if (!clear(r)) continue;
    const numbers = zone[r.line]!.numbers;
    if (numbers.length === r.group.columns.length) r.cells = numbers;
    else if (numbers.length === r.group.columns.length - 1) r.cells = runTogether(numbers, r, relations);
  }
  // Columns per page and table: where the full rows' numbers start and end, column by column.
  // A line whose label's words run into its numbers (`（七）总计 971 2416`) may have them set to
  // a scale of its own: Chromium put those six columns left of `5 0 0 125` on the line above,
  // whose label stands on the lines around it. Such a line places no line whose numbers stand
  // apart from its words (or alone); it is itself placed by any full row (LibreOffice sets its
  // crowded lines to the page's scale).
  const places = new Map<string, Array<Array<[number, number]>>>();
  // Per page and group, the places of the full rows standing apart from their words, and of all.
  const placesKey = (line: LayoutLine, r: LayoutRow, kind: 'apart' | 'all') => `${line.page}/${r.table.id}/${r.group.id}/${kind}`;
  for (const r of rows) {
    if (!r.cells) continue;
    const line = zone[r.line]!;
    for (const set of crowded(line) ? (['all'] as const) : (['apart', 'all'] as const)) {
      const key = placesKey(line, r, set);
      const known = places.get(key) ?? r.cells.map(() => []);
      r.cells.forEach((n, k) => known[k]!.push(spanOf(line, n!)));
      places.set(key, known);
    }
  }
  const fullRows = rows.filter((r) => r.cells);
  const placedRows: LayoutRow[] = [];
  for (const r of rows) {
    if (r.cells || !clear(r)) continue;
    const line = zone[r.line]!;
    const columns = places.get(placesKey(line, r, crowded(line) ? 'all' : 'apart'));
    if (!columns || line.numbers.length >= columns.length) continue;
    const { cells, everyEdge } = placement(line, columns);
    r.cells = cells;
    // Placed by some of the edges the full rows line up by, not by each (a single full row of
    // narrow numbers, a wide number: its start says one column, its end none).
    if (cells && !everyEdge) placedRows.push(r);
    r.cells ??= placedByNeighbours(zone, r, fullRows);
  }
  for (const r of rows) {
    if (!r.cells) continue;
    const vouching = relations.some((x) => x.table === r.table.id && x.along === 'row' && x.over.includes(r.row.id));
    if (!cellsHold(r.cells, r.group.columns, r.row, r.table, relations) || (zone[r.line]!.vouched && !vouching && !labelAround(text, zone, r))) r.cells = null;
  }
  return placedRows.filter((r) => r.cells);
}

/**
 * By its neighbours, each number this close to its column, and the two neighbours this close to
 * each other: the full rows' own spacing, give or take two columns (LibreOffice sets a row's first
 * 0 two columns left where its label's line holds the group label's `予公` too).
 */
const NEIGHBOUR_NEAR = 2;
/**
 * By its neighbours, adjacent columns at least this far apart (our narrow 自然人 and 商业企业 two
 * apart): a number within a column of both is as near to either, and the margin leaves it unplaced.
 */
const NEIGHBOUR_SEPARATE = 2;

/**
 * A row with blanks the page's full rows disagree on (LibreOffice sets the first rows of 表三 a
 * few columns left of the rest, under headers wrapped otherwise): placed by the nearest full rows
 * above and below it on its page and in its group alone, where those two agree on every column
 * and each of its numbers stands at one of their columns; null otherwise (a row at the page's
 * top or foot, one neighbour only: whether it is set as that one is not known).
 */
function placedByNeighbours(zone: LayoutLine[], r: LayoutRow, full: LayoutRow[]): Array<NumberToken | null> | null {
  const line = zone[r.line]!;
  const mates = full.filter((f) => f.table === r.table && f.group === r.group && zone[f.line]!.page === line.page && (crowded(line) || !crowded(zone[f.line]!)));
  const above = mates.filter((f) => f.line < r.line).sort((a, b) => b.line - a.line)[0];
  const below = mates.filter((f) => f.line > r.line).sort((a, b) => a.line - b.line)[0];
  if (!above || !below) return null;
  const columns = r.group.columns.map((_, k) => [above, below].map((f) => spanOf(zone[f.line]!, f.cells![k]!)));
  const agree = alignments(columns).some((edge) => columns.every(([a, b]) => Math.abs(edge(a!) - edge(b!)) <= NEIGHBOUR_NEAR));
  if (agree) return placed(line, columns, NEIGHBOUR_NEAR, NEIGHBOUR_SEPARATE);
  // The two set apart (the row is the last of one setting or the first of the next): the side
  // whose columns each of its numbers starts exactly at, the other side placing it nowhere.
  const sides = [above, below].map((f) => r.group.columns.map((_, k) => [spanOf(zone[f.line]!, f.cells![k]!)]));
  const exact = sides.map((columns) => (startsExactly(line, columns) ? placed(line, columns, NEIGHBOUR_NEAR, NEIGHBOUR_SEPARATE) : null));
  const others = sides.map((columns) => placed(line, columns, NEIGHBOUR_NEAR, NEIGHBOUR_SEPARATE));
  if (exact[0] && !others[1]) return exact[0];
  if (exact[1] && !others[0]) return exact[1];
  return null;
}

/** Whether each of a line's numbers starts exactly where one of the columns' numbers does, each at a column of its own. */
function startsExactly(line: LayoutLine, columns: Array<Array<[number, number]>>): boolean {
  const starts = columns.map((c) => c[0]![0]);
  const at = line.numbers.map((n) => starts.indexOf(spanOf(line, n)[0]));
  return at.every((k, i) => k >= 0 && (i === 0 || k > at[i - 1]!));
}

/**
 * Whether the row's label takes every word of its numbers' line and of the line below, which holds
 * some (`行政` / `规范` / `性文` / `件` around `12` / `5`): the pieces joined from below stand inside
 * the row's own cell, no other row's.
 */
function labelAround(text: string, zone: LayoutLine[], r: LayoutRow): boolean {
  const used = new Set(r.label.pieces.map((p) => p.from));
  const wordsAt = (k: number) => (zone[k] ? wordsOf(text, zone[k]!.from, zone[k]!.textTo) : []);
  const [mid, below] = [wordsAt(r.line), wordsAt(r.line + 1)];
  return mid.length > 0 && below.length > 0 && [...mid, ...below].every((w) => used.has(w.from));
}

/**
 * A row one number short whose numbers hold its sums with no cell left blank anywhere, but do
 * with one number cut in two, one way only (`13533866`: 1353 and 3866, layoutColumnsRunTogether.ts):
 * its cells so; else null.
 */
function runTogether(numbers: NumberToken[], r: LayoutRow, relations: RelationDef[]): NumberToken[] | null {
  const columns = r.group.columns;
  if (!relations.some((x) => x.table === r.table.id && x.along === 'row' && x.over.includes(r.row.id))) return null;
  const holds = (cells: Array<NumberToken | null>) => cellsHold(cells, columns, r.row, r.table, relations);
  for (let blank = 0; blank < columns.length; blank++) if (holds([...numbers.slice(0, blank), null, ...numbers.slice(blank)])) return null;
  const found = cutsInTwo(numbers).filter(holds);
  return found.length === 1 ? found[0]! : null;
}

type Edge = (span: [number, number]) => number;
const EDGES: Edge[] = [([a]) => a, ([, b]) => b, ([a, b]) => (a + b) / 2];

/**
 * How the full rows' numbers line up: by their starts, their ends or their centres, whichever vary
 * least within the columns; all of them where they vary as little (one full row: any edge lines up).
 */
function alignments(columns: Array<Array<[number, number]>>): Edge[] {
  const spreads = EDGES.map((edge) => {
    let spread = 0;
    for (const column of columns) {
      const at = column.map(edge);
      spread += Math.max(...at) - Math.min(...at);
    }
    return spread;
  });
  const least = Math.min(...spreads);
  return EDGES.filter((_, k) => spreads[k] === least);
}

/** How far from a column is a number: from the nearest of that column's numbers in the full rows, measured at the edge they line up by. */
function distance(span: [number, number], column: Array<[number, number]>, edge: Edge): number {
  let best = Number.POSITIVE_INFINITY;
  for (const c of column) best = Math.min(best, Math.abs(edge(span) - edge(c)));
  return best;
}

/** Each number within this many columns of its own: further, its place is not known. */
const NEAR = 3;
/** The best placement must fit by this many columns better than any other. */
const MARGIN = 3;
const EXACT_MARGIN = 2;
/** Adjacent columns' places in the full rows at least this far apart, or no number is placed by them. */
const SEPARATE = 3;

/**
 * The numbers of a row with blanks, in order, each in a column of its own: the placement nearest
 * the full rows' columns, when every number is near its column and no other placement comes close;
 * null otherwise. The full rows lining up as well by several edges (a single full row, its numbers
 * pushed left by a long label, `（七）总计 284 1184 …`): the placement the edges that give one agree on,
 * and for a row of zeros the one every edge gives.
 */
function placed(line: LayoutLine, columns: Array<Array<[number, number]>>, near = NEAR, separate = SEPARATE): Array<NumberToken | null> | null {
  return placement(line, columns, near, separate).cells;
}

/** As `placed`, and whether every edge the full rows line up by gave the placement. */
function placement(line: LayoutLine, columns: Array<Array<[number, number]>>, near = NEAR, separate = SEPARATE): { cells: Array<NumberToken | null> | null; everyEdge: boolean } {
  const edges = alignments(columns);
  const byEdge = edges.map((edge) => placedBy(line, columns, edge, near, separate));
  const found = byEdge.filter((cells) => cells !== null && cells !== undefined);
  const everyEdge = found.length === edges.length;
  // A row of zeros adds up in any columns, so its sums check no placement: every edge must place
  // it (a single full row, `（七）总计` set four columns left of the rows above it, put a 0 of
  // 其他 under its total by starts and centres while its ends left it between the two). An edge
  // by which the columns run together (`0 9552`: 其他's 0 two before 总计's start) tells nothing
  // either way; two others placing it alike do.
  const usable = byEdge.filter((cells) => cells !== undefined).length;
  if (line.numbers.every((n) => n.value === 0) && (found.length < usable || usable < Math.min(2, edges.length))) return { cells: null, everyEdge };
  return { cells: found.length > 0 && found.every((cells) => cells.every((n, k) => n === found[0]![k])) ? found[0]! : null, everyEdge };
}

/** The row's cells by one edge; null where not placed, undefined where the columns by that edge run together. */
function placedBy(line: LayoutLine, columns: Array<Array<[number, number]>>, edge: Edge, near: number, separate: number): Array<NumberToken | null> | null | undefined {
  const numbers = line.numbers;
  // The full rows must agree on the columns: each column's places apart from the next one's (a
  // long label pushes a line's numbers left, and rows disagree by a column's width).
  const ranges = columns.map((c) => c.map(edge)).map((at) => [Math.min(...at), Math.max(...at)] as const);
  if (ranges.some(([lo], k) => k > 0 && lo - ranges[k - 1]![1] < separate)) return undefined;
  const d = numbers.map((n) => columns.map((c) => distance(spanOf(line, n), c, edge)));
  let best: { cost: number; at: number[] } | undefined;
  let second = Number.POSITIVE_INFINITY;
  const walk = (i: number, from: number, cost: number, at: number[]): void => {
    if (i === numbers.length) {
      if (!best || cost < best.cost) {
        if (best) second = Math.min(second, best.cost);
        best = { cost, at: [...at] };
      } else second = Math.min(second, cost);
      return;
    }
    for (let k = from; k <= columns.length - (numbers.length - i); k++) walk(i + 1, k + 1, cost + d[i]![k]!, [...at, k]);
  };
  walk(0, 0, 0, []);
  // Every number exactly at its column's edge: a placement 2 columns worse is no rival.
  const margin = best && best.cost === 0 ? EXACT_MARGIN : MARGIN;
  if (!best || second - best.cost < margin || best.at.some((k, i) => d[i]![k]! > near)) return null;
  const cells: Array<NumberToken | null> = columns.map(() => null);
  best.at.forEach((k, i) => (cells[k] = numbers[i]!));
  return cells;
}

/**
 * A row's cells as a grid row: its label, then a cell per column (empty where blank); a row read
 * in part, the cells not known of unknown content.
 */
export function rowCells(r: LayoutRow): GridCell[] {
  const cells = [r.label];
  for (const n of r.cells ?? r.partial ?? []) cells.push(n ? numberCell(n) : n === null ? { text: '', pieces: [] } : { text: '', pieces: [], unknown: true });
  return cells;
}

/**
 * Adds to what is known of an unread row's cells (`known`: a number, null for a blank, undefined
 * for unknown), as two passes may each know some: the row is read whole once every cell is known.
 * Where the two disagree the cell is unknown (both are sure of what they read, so this is the
 * text's doubt, not a choice to make).
 */
export function learnCells(r: LayoutRow, known: Array<NumberToken | null | undefined>): void {
  if (r.cells) return;
  const merged = known.map((n, k) => {
    const before = r.partial?.[k];
    return before === undefined ? n : n === undefined || n === before ? before : undefined;
  });
  if (merged.every((n) => n !== undefined)) {
    r.cells = merged as Array<NumberToken | null>;
    r.partial = undefined;
  } else if (merged.some((n) => n !== undefined)) r.partial = merged;
}

/** A row's cells when its total (the last column) alone is known. */
export function totalOnly(columns: number, total: NumberToken): Array<NumberToken | undefined> {
  return [...new Array<undefined>(columns - 1).fill(undefined), total];
}
