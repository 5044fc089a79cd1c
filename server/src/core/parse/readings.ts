// The possible readings of one row: which text is which cell. Separated cells give one reading;
// fused digits give every split that makes well-formed cells (docs/report-format.md §5.6); a row
// that lost cells gives every placement of the gap. Relations choose among them later.
import type { ColumnDef } from '../formats/types';
import type { UnreadableReason } from '../model';
import type { Token } from './tokens';
import { isWellFormedPart, plainDigitsValue, readCell } from './values';

export interface Slot {
  from: number;
  to: number;
  text: string;
}

/** One reading: a slot per column, null where the row has no text for that column. */
export type Reading = Array<Slot | null>;

export interface RowReadings {
  readings: Reading[];
  /** The row has fewer cells than columns and the readings place the gap. */
  incomplete?: { expected: number; found: number };
  /** Fused digits that cannot be split into well-formed cells at all. */
  unreadable?: UnreadableReason;
  /** Cells beyond the columns. */
  extra: Token[];
  /** The row was read from fused digits. */
  fused: boolean;
}

const MAX_READINGS = 5000;
const MAX_STEPS = 300_000;
/** The step budget of each blank-cell hypothesis (blanksCouldExplain): small, there are many. */
const BLANKS_STEPS = 5_000;
/** The longest text one cell can plausibly hold: no body counts ten million of anything. */
const MAX_PART_LENGTH: Record<ColumnDef['kind'], number> = { count: 8, change: 9, amount: 18 };

/**
 * The row's own relations, checked as soon as column `k` has a value: false when the values so
 * far already break one (a row total that does not add up).
 */
export type RowCheck = ((k: number, values: Array<number | null>) => boolean) & {
  /** What the check tests, as text: equal keys, equal checks (for `FusedMemo`). A function,
   *  so that rows that are not fused do not pay for it. */
  readonly key?: () => string;
};
const MAX_PLACEMENTS = 256;

/**
 * Fused readings already worked out for one block, by tokens, columns and check: both formats
 * read 表三 with the same columns and relations, and the split search is the costliest part
 * of a fused table. The readings are only read, never changed, so they can be shared.
 */
export type FusedMemo = Map<string, RowReadings>;

export function readRow(cells: Token[], columns: ColumnDef[], check?: RowCheck, memo?: FusedMemo): RowReadings {
  const n = columns.length;
  if (cells.length > n) return { readings: [cells.slice(0, n).map(slotOf)], extra: cells.slice(n), fused: false };
  const fused = cells.some((t) => t.kind === 'value' && t.splittable);
  if (!fused) {
    return cells.length === n ? { readings: [cells.map(slotOf)], extra: [], fused: false } : placements(cells, n);
  }
  if (!memo || (check && check.key === undefined)) return readFused(cells, columns, check);
  const key = JSON.stringify([
    cells.map((t) => [t.kind, t.from, t.to, t.text, t.splittable]),
    columns.map((c) => [c.kind, c.unit ?? null]),
    check?.key?.() ?? null,
  ]);
  let result = memo.get(key);
  if (!result) memo.set(key, (result = readFused(cells, columns, check)));
  return result;
}

function readFused(cells: Token[], columns: ColumnDef[], check: RowCheck | undefined): RowReadings {
  let split = splitFused(cells, columns, check);
  // A split that the digits alone allow, and only one, is the reading even if its numbers do
  // not add up: that is then the drafter's arithmetic, for the rules to report.
  if (split.readings.length === 0 && !split.exhausted && check) {
    const structural = splitFused(cells, columns, undefined, 2);
    if (structural.readings.length === 1) split = structural;
    else if (structural.readings.length > 1) {
      return { readings: [], extra: [], fused: true, unreadable: blanksCouldExplain(cells, columns, check) ? 'blanks-possible' : 'inconsistent' };
    }
  }
  if (split.exhausted) {
    return { readings: [], extra: [], fused: true, unreadable: 'too-many-splits' };
  }
  if (split.readings.length === 0) {
    return { readings: [], extra: [], fused: true, unreadable: 'no-well-formed-split' };
  }
  return { readings: split.readings, extra: [], fused: true };
}

/**
 * Whether the digits, split into fewer cells with the missing cells blank (0), can satisfy the
 * row's own relations. A fused copy drops blank cells without a trace (a drafter who leaves
 * zeros blank leaves several in a row); when that explains the row, its numbers may all be right
 * and only the blanks are lost, so the row is not called wrong. Every set of blank columns is
 * tried, each search with a small step budget; a search that runs out counts as an explanation.
 */
export function blanksCouldExplain(tokens: Token[], columns: ColumnDef[], check: RowCheck): boolean {
  const n = columns.length;
  if (n > 12) return true;
  for (let mask = 1; mask < (1 << n) - 1; mask++) {
    const kept = columns.flatMap((_, i) => (mask & (1 << i) ? [] : [i]));
    const full: Array<number | null> = columns.map((_, i) => (mask & (1 << i) ? 0 : null));
    // The search fills the kept columns in order; the full row's check runs for every column up
    // to the one just filled (a blank's 0 is known from the start), and to the end after the last.
    const mapped: RowCheck = (k, values) => {
      full[kept[k]!] = values[k] ?? null;
      const upTo = k === kept.length - 1 ? n - 1 : kept[k]!;
      const from = k === 0 ? 0 : kept[k - 1]! + 1;
      for (let i = from; i <= upTo; i++) if (!check(i, full)) return false;
      return true;
    };
    const split = splitFused(tokens, kept.map((i) => columns[i]!), mapped, 1, BLANKS_STEPS);
    if (split.readings.length > 0 || split.exhausted) return true;
  }
  return false;
}

function slotOf(t: Token): Slot {
  return { from: t.from, to: t.to, text: t.text };
}

/** Every way to cut the tokens into exactly `columns.length` well-formed cells, in order. */
function splitFused(
  tokens: Token[],
  columns: ColumnDef[],
  check: RowCheck | undefined,
  limit = MAX_READINGS,
  maxSteps = MAX_STEPS,
): { readings: Reading[]; exhausted: boolean } {
  const readings: Reading[] = [];
  const values: Array<number | null> = [];
  let steps = 0;
  let exhausted = false;
  const n = columns.length;

  // The search visits the same tree as ever (the step limit counts its nodes); what each node
  // needs is precomputed here, because per-node slicing and summing dominated the profile on
  // fused tables. `remainingFrom[i]`: characters tokens i.. still need; `capacityFrom[c]`: the
  // most characters columns c.. can take; `digitsFrom[t][p]`: digits of token t from offset p.
  const remainingFrom = new Array<number>(tokens.length + 1).fill(0);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    remainingFrom[i] = remainingFrom[i + 1]! + (t.splittable ? digitCount(t.text) : 1);
  }
  const capacityFrom = new Array<number>(n + 1).fill(0);
  for (let c = n - 1; c >= 0; c--) capacityFrom[c] = capacityFrom[c + 1]! + MAX_PART_LENGTH[columns[c]!.kind];
  const digitsFrom = tokens.map((t) => {
    const counts = new Array<number>(t.text.length + 1).fill(0);
    for (let p = t.text.length - 1; p >= 0; p--) {
      const c = t.text.charCodeAt(p);
      counts[p] = counts[p + 1]! + (c >= 48 && c <= 57 ? 1 : 0);
    }
    return counts;
  });

  // The slots of the reading being built, by column: token, offset and length in the token
  // (-1: the whole token). Slot objects are made only for complete readings.
  const slotToken = new Int32Array(n);
  const slotOffset = new Int32Array(n);
  const slotLength = new Int32Array(n);
  let depth = 0;
  const complete = (): Reading => {
    const reading: Reading = [];
    for (let c = 0; c < depth; c++) {
      const t = tokens[slotToken[c]!]!;
      const length = slotLength[c]!;
      if (length < 0) reading.push(slotOf(t));
      else {
        const from = slotOffset[c]!;
        reading.push({ from: t.from + from, to: t.from + from + length, text: t.text.slice(from, from + length) });
      }
    }
    return reading;
  };
  // Tokens of plain ASCII digits: their parts are read without making strings (count and change
  // columns; parts are at most 9 digits there, so the value is exact).
  const plainDigits = tokens.map((t) => /^[0-9]+$/.test(t.text));

  const visit = (tokenIndex: number, offset: number): void => {
    if (exhausted) return;
    if (readings.length >= limit) {
      exhausted = limit === MAX_READINGS;
      return;
    }
    if (++steps > maxSteps) {
      exhausted = true;
      return;
    }
    const column = depth;
    if (tokenIndex === tokens.length) {
      if (column === n) readings.push(complete());
      return;
    }
    if (column === n) return;
    const token = tokens[tokenIndex]!;
    const text = token.text;
    if (!token.splittable || token.kind !== 'value') {
      if (offset > 0) return;
      slotToken[depth] = tokenIndex;
      slotLength[depth] = -1;
      depth++;
      values[column] = partValue(text, columns[column]!);
      if (!check || check(column, values)) visit(tokenIndex + 1, 0);
      depth--;
      return;
    }
    // Cells still to fill after this one need at least one character each, and at most
    // the longest a cell can be.
    const restLength = text.length - offset;
    const remainingChars = remainingFrom[tokenIndex + 1]!;
    const kind = columns[column]!.kind;
    const maxLen = Math.min(restLength, MAX_PART_LENGTH[kind]);
    if (restLength + remainingChars > capacityFrom[column]!) return;
    const digits = digitsFrom[tokenIndex]!;
    const cellsLeftAfter = n - column - 1;
    const integers = plainDigits[tokenIndex]! && kind !== 'amount';
    let value = 0;
    for (let len = 1; len <= maxLen; len++) {
      const last = len === restLength;
      let partValueHere: number | null;
      if (integers) {
        // A plain-digit part is well formed unless it has a leading zero (isWellFormedPart).
        value = value * 10 + (text.charCodeAt(offset + len - 1) - 48);
        if (len > 1 && text.charCodeAt(offset) === 48) continue;
        partValueHere = value;
      } else {
        const part = text.slice(offset, offset + len);
        if (!isWellFormedPart(part, kind, last)) continue;
        partValueHere = null;
      }
      const charsLeft = digits[offset + len]! + remainingChars;
      if (charsLeft < cellsLeftAfter) break;
      slotToken[depth] = tokenIndex;
      slotOffset[depth] = offset;
      slotLength[depth] = len;
      depth++;
      values[column] = integers ? partValueHere : partValue(text.slice(offset, offset + len), columns[column]!);
      if (!check || check(column, values)) {
        if (last) visit(tokenIndex + 1, 0);
        else visit(tokenIndex, offset + len);
      }
      depth--;
    }
  };
  visit(0, 0);
  return { readings, exhausted };
}

function partValue(text: string, column: ColumnDef): number | null {
  const plain = plainDigitsValue(text, column.kind, column.unit);
  if (plain !== undefined) return plain;
  const r = readCell(text, column.kind, column.unit);
  return r.status === 'ok' ? r.value : null;
}

function digitCount(s: string): number {
  let n = 0;
  for (const c of s) if (c >= '0' && c <= '9') n++;
  return n;
}

/** A row that lost cells: every choice of which columns have no text. */
function placements(cells: Token[], n: number): RowReadings {
  const found = cells.length;
  const missing = n - found;
  const readings: Reading[] = [];
  const choose = (start: number, left: number, gaps: number[]): void => {
    if (readings.length >= MAX_PLACEMENTS) return;
    if (left === 0) {
      const reading: Reading = [];
      let k = 0;
      for (let c = 0; c < n; c++) reading.push(gaps.includes(c) ? null : slotOf(cells[k++]!));
      readings.push(reading);
      return;
    }
    for (let c = start; c <= n - left; c++) choose(c + 1, left - 1, [...gaps, c]);
  };
  choose(0, missing, []);
  return { readings, incomplete: { expected: n, found }, extra: [], fused: false };
}
