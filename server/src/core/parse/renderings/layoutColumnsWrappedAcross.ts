// Aligned PDF text (`pdftotext -layout`, layoutColumns.ts): a number too wide for its narrow cell
// wraps, and its rest stands not on the next line but past a line or two of the row's own label
// (`2.没有现    0  18039 … 532   185` / `成信息需` / `要另行制      71`: the numbers set larger
// than the label, so a number's second line falls two label lines down), or on the next page
// (`… 0    42` at a page's foot, `开申请数量      6` at the next one's top, set in that page's
// own columns). Such a row's line holds a number for every column and its sums fail; the rest
// joined, they hold.
import type { RelationDef } from '../../formats/types';
import { cellsHold } from './readingOrderRows';
import type { NumberToken } from './readingOrderText';
import { FIRST_PIECE, holdsNumbers, joinedOf, LOOSE_UNDER, piece, type LayoutLine, type LayoutRow } from './layoutColumnsRows';

/** A run of digits standing alone: only such a number is the rest of a wrapped one. */
const PLAIN = /^\d+$/;
/** The rest stands at most this many lines below its row's numbers on the same page (the label's lines between). */
const SAME_PAGE_REACH = 3;
/** Over a page break, at most this many lines (a page's footer and header between). */
const NEXT_PAGE_REACH = 6;

/**
 * The zone with such rests joined to their numbers, or undefined where there is none. A rest is
 * the first line with numbers after a line of numbers, no row found on it, all its numbers runs
 * of digits. Its numbers keep the row's label from being found (its words are the label's last
 * ones), so the rows are found again (`find`) with the rest set aside; a rest is then taken where
 * a row is found on the line above, a number for each of its columns, its sums failing, and
 * exactly one way of joining the pieces makes them hold — on the same page each piece under the
 * number it continues (`piece`, the looser reach Word's centred lines need), on the next page
 * any number its head (the columns set anew).
 */
export function wrappedAcrossLabel(zone: LayoutLine[], rows: LayoutRow[], relations: RelationDef[], find: (zone: LayoutLine[]) => LayoutRow[]): LayoutLine[] | undefined {
  const rowLines = new Set(rows.map((r) => r.line));
  const rests = new Map<number, number>();
  for (const [i, line] of zone.entries()) {
    if (line.numbers.length === 0 || line.stacked || line.hidden) continue;
    const j = restLine(zone, i);
    if (j === undefined || rowLines.has(j)) continue;
    const rest = zone[j]!;
    if (rest.hidden || rest.stacked || rest.numbers.length > line.numbers.length || !rest.numbers.every((d) => PLAIN.test(d.text))) continue;
    rests.set(i, j);
  }
  if (rests.size === 0) return undefined;
  const aside = [...zone];
  for (const j of rests.values()) aside[j] = withoutNumbers(zone[j]!);
  let out: LayoutLine[] | undefined;
  for (const r of find(aside)) {
    const j = rests.get(r.line);
    if (j === undefined) continue;
    const [line, rest] = [zone[r.line]!, zone[j]!];
    if (line.numbers.length !== r.group.columns.length) continue;
    if (!relations.some((x) => x.table === r.table.id && x.along === 'row' && x.over.includes(r.row.id))) continue;
    if (cellsHold(line.numbers, r.group.columns, r.row, r.table, relations)) continue;
    const overPage = rest.page !== line.page;
    // A head of `0` makes no number (a count of several digits never starts with 0).
    const heads = (d: NumberToken) =>
      line.numbers.flatMap((u, k) =>
        u.text !== '0' && (overPage ? FIRST_PIECE.test(u.text) && d.text.length <= u.text.length : piece(u, d, line, rest, LOOSE_UNDER)) ? [k] : [],
      );
    const readings = joinings(rest.numbers.map(heads)).map((owners) =>
      line.numbers.map((u, k) => {
        const d = owners.indexOf(k);
        return d < 0 ? u : joinedOf(u, rest.numbers[d]!, line, rest);
      }),
    );
    const holding = readings.filter((numbers) => cellsHold(numbers, r.group.columns, r.row, r.table, relations));
    if (holding.length !== 1) continue;
    out ??= [...zone];
    out[r.line] = { ...line, numbers: holding[0]!, stacked: true, vouched: true };
    out[j] = withoutNumbers(rest);
  }
  return out;
}

/** A line with its numbers set aside: its words, or a blank line. */
function withoutNumbers(line: LayoutLine): LayoutLine {
  return { ...line, numbers: [], kind: line.textTo > line.from ? 'text' : 'blank' };
}

/** The first line with numbers after line `i`, only label lines between (or, over a page break, blank and footer lines too). */
function restLine(zone: LayoutLine[], i: number): number | undefined {
  const page = zone[i]!.page;
  for (let j = i + 1; j < zone.length; j++) {
    const l = zone[j]!;
    if (l.page > page + 1 || (l.page === page && j - i > SAME_PAGE_REACH) || j - i > NEXT_PAGE_REACH) return undefined;
    if (holdsNumbers(l)) return l.kind === 'heading' ? undefined : j;
    const between = l.kind === 'text' || ((l.kind === 'blank' || l.kind === 'page') && zone.slice(j).some((x, k) => k <= NEXT_PAGE_REACH && x.page > page));
    if (!between) return undefined;
  }
  return undefined;
}

/** Each way of giving every piece a distinct head among its candidates. */
function joinings(candidates: number[][]): number[][] {
  if (candidates.length === 0) return [[]];
  const [first, ...rest] = candidates;
  return first!.flatMap((k) => joinings(rest).filter((owners) => !owners.includes(k)).map((owners) => [k, ...owners]));
}
