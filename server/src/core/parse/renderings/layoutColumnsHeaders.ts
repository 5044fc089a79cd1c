// Aligned PDF text (`pdftotext -layout`): where a table's columns stand by its header words. Word
// wraps a header in its narrow cell a character or two a line (`科` / `研` / `机` / `构`), each
// piece starting where the one above starts; the numbers under it start there too in LibreOffice's
// PDFs, near it in Chromium's. Used where no full row gives the columns (layoutColumnsSolve.ts,
// 表四 in layoutColumns.ts).
import type { ColumnDef } from '../../formats/types';
import { skeletonOf } from '../../text/skeleton';
import { displayWidth } from './lines';
import { wordsOf, type LayoutLine, type Word } from './layoutColumnsRows';

/**
 * Where each column's header starts on lines [from, to): words spelling its label down the lines,
 * each starting within two columns of the piece above (lines with no word there looked past). A
 * label several columns share (表四's 结果维持 in each group) goes to them left to right, when
 * spelled exactly as many times. Per column, the starts of its pieces (none where not so spelled).
 */
export function headerStarts(text: string, zone: LayoutLine[], columns: ColumnDef[], from: number, to: number): number[][] {
  return startsOf(headerPieces(text, zone, columns, from, to));
}

/** Per column, the starts of its header's pieces (none where its header was not found). */
export function startsOf(pieces: HeaderPiece[][]): number[][] {
  return pieces.map((chain) => chain.map((p) => p.at));
}

/** A piece of a column's header: the column it starts at on its line, and the words' text. */
export interface HeaderPiece {
  at: number;
  text: string;
}

/**
 * Whether a line's header words stand where they stand on the page: each starting past the room
 * the one before takes there, a full-width glyph two columns. pdftotext sets the words after a
 * full-width one as far right as it reaches, but not always: Chromium's 表三 headers
 * `商业企 科研机 社会公 法律服` came a space apart, four columns where each takes six, while the
 * numbers under them stand ten apart. Such a line places no column. (The row labels' header at
 * the left, `和，等于第三项加第四`, may run into the first column's words; it is no column's.)
 */
function toScale(words: Array<Word & { at: number }>): boolean {
  return words.every((w, i) => i === 0 || w.at >= words[i - 1]!.at + displayWidth(words[i - 1]!.text));
}

/** As `headerStarts`, each piece with its text. */
export function headerPieces(text: string, zone: LayoutLine[], columns: ColumnDef[], from: number, to: number): HeaderPiece[][] {
  const lines: Array<Array<Word & { at: number }>> = [];
  const labels = columns.map((c) => skeletonOf(c.label));
  for (let k = from; k < to; k++) {
    const l = zone[k]!;
    const words = l.numbers.length > 0 || l.kind === 'heading' ? [] : wordsOf(text, l.from, l.textTo).map((w) => ({ ...w, at: w.from - l.origin }));
    lines.push(toScale(words.filter((w) => labels.some((label) => label.includes(w.skeleton)))) ? words : []);
  }
  const chainsOf = new Map<string, HeaderPiece[][]>();
  for (const c of columns) {
    const label = skeletonOf(c.label);
    if (chainsOf.has(label)) continue;
    const chains: HeaderPiece[][] = [];
    for (const [k, words] of lines.entries()) {
      for (const w of words) {
        if (!label.startsWith(w.skeleton)) continue;
        const chain: HeaderPiece[] = [{ at: w.at, text: w.text }];
        let spelled = w.skeleton;
        let at = w.at;
        for (let j = k + 1; j < lines.length && spelled.length < label.length; j++) {
          const below = lines[j]!.filter((x) => Math.abs(x.at - at) <= 2);
          if (below.length === 0) continue;
          const next = below.find((x) => label.startsWith(spelled + x.skeleton));
          if (!next) break;
          spelled += next.skeleton;
          at = next.at;
          chain.push({ at: next.at, text: next.text });
        }
        if (spelled === label) chains.push(chain);
      }
    }
    const left = (chain: HeaderPiece[]) => Math.min(...chain.map((p) => p.at));
    chainsOf.set(label, chains.sort((x, y) => left(x) - left(y)));
  }
  const seen = new Map<string, number>();
  return columns.map((c) => {
    const label = skeletonOf(c.label);
    const k = seen.get(label) ?? 0;
    seen.set(label, k + 1);
    const chains = chainsOf.get(label)!;
    const sharing = columns.filter((x) => skeletonOf(x.label) === label).length;
    return chains.length === sharing ? chains[k]! : [];
  });
}

/**
 * A number placed between its header's start and the next header's at most this far right of its
 * start (Chromium's `1544` four right of `社会公` / `益组织`; LibreOffice's `62` of 其他结果 five right
 * of 结果纠正's `结` and five left of its own `其`: the text's header and number lines are not to
 * one scale there).
 */
const BETWEEN_REACH = 4;

/**
 * Per run of numbers ([start, end) columns), its column by the headers (-1: not known): the one
 * whose header starts where the run starts (within a column) with no other's near, or within two
 * columns with every other's two further and three away at least; else the one
 * whose header starts at most a column right of the run's start and the next column's header at
 * or right of the run's end (a wide header wrapped left of its numbers, `社会公` / `益组织` over
 * `1544`), when exactly one does, within BETWEEN_REACH columns of the run's start, and no other
 * header starts within two columns of the run's start. A column whose header was not found
 * counts as near as it could start (`unknownRange`) where it lies on the run's side.
 */
export function anchorColumns(runs: Array<[number, number]>, headers: number[][], rooms?: number[]): number[] {
  const first = headers.map((starts) => (starts.length > 0 ? Math.min(...starts) : undefined));
  const unknownRanges = headers.map((starts, c) => (starts.length > 0 ? undefined : unknownRange(first, c, rooms)));
  return runs.map(([start, end]) => {
    const known = headers.map((starts) => Math.min(...starts.map((s) => Math.abs(s - start))));
    const best = known.indexOf(Math.min(...known));
    if (known[best] === Number.POSITIVE_INFINITY) return -1;
    // The margin against the other columns for a run placed under `target`: a column whose header
    // was not found, on the side of the target's header the run stands (`65` two left of 社会's
    // start, 科研机构's not found), as near as its header could start.
    const nearFor = (target: number) => {
      const h = first[target]!;
      return known.map((d, c) => {
        const range = unknownRanges[c];
        if (!range || c === target || (c < target ? start >= h : start <= h)) return d;
        return Math.max(0, range[0] - start, start - range[1]);
      });
    };
    const near = nearFor(best);
    if (near[best]! <= 1 && near.every((d, c) => c === best || d >= 3)) return best;
    // A column off (LibreOffice sets `73` ending where `总` starts): its header two columns away
    // at most, every other's two further and three away at least (Chromium centres a number two
    // columns off its own header, onto the next one's start: a header two away is no margin).
    if (near[best]! <= 2 && near.every((d, c) => c === best || d >= Math.max(3, near[best]! + 2))) return best;
    const between = first.flatMap((h, c) => {
      if (h === undefined || h > start + 1 || start - h > BETWEEN_REACH) return [];
      if (c + 1 < first.length && (first[c + 1] === undefined || first[c + 1]! < end)) return [];
      // Not where another header starts within two columns of the number (Chromium's `其他结果` at
      // 36 and `尚未审结` at 38 over 表四: the 0 at 38 is 其他结果's, centred in its cell).
      if (nearFor(c).some((d, k) => k !== c && d <= 2)) return [];
      return [c];
    });
    return between.length === 1 ? between[0]! : -1;
  });
}

/** Least room a header takes before the next one starts: a full-width character. */
const HEADER_ROOM = 2;

/**
 * Per column, the room its found header takes before the next column's may start: its widest
 * piece, on the page's scale (the lines headers are found on are to scale, `toScale`); a cell is
 * at least as wide as the words it wraps.
 */
export function headerRooms(pieces: HeaderPiece[][]): number[] {
  return pieces.map((chain) => Math.max(HEADER_ROOM, ...chain.map((p) => displayWidth(p.text))));
}

/**
 * Where a column whose header was not found may start: between its neighbours' found headers,
 * past the room the one before takes and a character before the one after (a line of headers not
 * to scale places none, `toScale`); unbounded where none is found on a side. A run between that
 * range and a found header may be its.
 */
function unknownRange(first: Array<number | undefined>, column: number, rooms: number[] | undefined): [number, number] {
  let before = -1;
  for (let c = column - 1; c >= 0 && before < 0; c--) if (first[c] !== undefined) before = c;
  const after = first.slice(column + 1).filter((h): h is number => h !== undefined);
  const lo = before >= 0 ? first[before]! + (rooms?.[before] ?? HEADER_ROOM) : Number.NEGATIVE_INFINITY;
  const hi = after.length > 0 ? Math.min(...after) - HEADER_ROOM : Number.POSITIVE_INFINITY;
  return lo <= hi ? [lo, hi] : [(lo + hi) / 2, (lo + hi) / 2];
}
