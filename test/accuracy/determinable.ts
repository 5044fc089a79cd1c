// Which cells of a page a tool's text can determine at all. The matrix counts the others apart
// (the "truly ambiguous cells, counted apart"), so that a tool's figure measures our reader
// and not what the tool threw away. Both tests are deliberately generous to the text: a cell is
// counted apart only when no reader could know it.
//
// - A table the tool left out: its section's stretch of the text holds no digit and none of the
//   table's row or column labels (pandoc's plain writer puts `[TABLE]` for tables with merged cells).
// - Empty cells whose place the tool dropped (plain `pdftotext` writes the numbers of a row and
//   nothing for an empty cell): the row's numbers, in order, are put into every choice of columns;
//   a cell is undeterminable when two placements both satisfy every relation of the format while
//   every other row holds its true values (more than any reader of the text knows).
import { FORMATS, SECTIONS, type FormatVersion, type RelationDef, type TableDef } from '../../server/src/core/formats';
import { key, rowsOf, type RowInfo, type Values } from '../support/values';
import { supportedReadings } from '../../server/src/core/parse/placeByRelations';
import { chooseReadings, type RowChoices } from '../../server/src/core/parse/solve';

/** What a tool's text is known to lose, beyond what every tool keeps. */
export interface ToolLosses {
  /** Empty cells leave no trace, so a row's numbers may belong to other columns. */
  emptyCellPlaces?: boolean;
  /**
   * Only cells that hold nothing at all (`<td></td>`) leave no trace, and only in a table laid out
   * as running text (cells holding paragraphs or line breaks: lynx gives up aligning its columns);
   * a `&nbsp;` cell keeps its place among the numbers. Needs the page's HTML.
   */
  bareEmptyCellPlaces?: boolean;
  /**
   * Where the tool could not make the page's tables tables at all (pandoc, given `<td>`s that are
   * never closed, writes each cell as a paragraph of its own): a `&nbsp;` cell is a paragraph of a
   * space, `<td></td>` nothing. Needs the page's HTML; applies only to a text without table markup.
   */
  paragraphEmptyCellPlaces?: boolean;
}

const compact = (s: string) => s.replace(/\s+/g, '');

/** Keys of the cells the tool's `text` cannot determine, for a page of `format` holding `values`. */
export function undeterminableCells(format: FormatVersion, values: Values, text: string, losses: ToolLosses, html?: string): Set<string> {
  const def = FORMATS[format];
  const out = new Set<string>();
  const flat = compact(text);
  for (const table of def.tables) {
    if (tableLeftOut(table, flat)) {
      for (const row of rowsOf(def).filter((r) => r.table === table.id)) for (const c of row.columns) out.add(key(table.id, row.id, c.id));
    }
  }
  if (losses.emptyCellPlaces) {
    for (const row of rowsOf(def)) {
      if (row.columns.some((c) => out.has(key(row.table, row.id, c.id)))) continue;
      for (const k of placementAmbiguity(def.relations, values, row)) out.add(k);
    }
  }
  const writer = losses.bareEmptyCellPlaces ? 'lynx' : losses.paragraphEmptyCellPlaces && !hasTableMarkup(text) ? 'paragraphs' : undefined;
  if (writer && html) {
    const all = rowsOf(def);
    const traces = flowRows(html, all, values, writer);
    for (const table of def.tables) {
      const rows = all.filter((r) => r.table === table.id && !r.columns.some((c) => out.has(key(r.table, r.id, c.id))));
      const apart = jointAmbiguity(def.relations.filter((r) => r.table === table.id), values, rows, traces);
      if (apart) for (const k of apart) out.add(k);
      else for (const row of rows) if (traces.has(row)) for (const k of placementAmbiguity(def.relations, values, row, traces.get(row))) out.add(k);
    }
  }
  return out;
}

/**
 * The cells that differ between whole tables the text cannot tell apart: each traced row's numbers
 * in any columns that leave the empty cells its text shows, every other row as on the page, and
 * every equal relation holding (a row's placement may hang on another's: two columns blank all
 * the way down can swap). Undefined where the combinations are too many to weigh.
 */
function jointAmbiguity(relations: RelationDef[], values: Values, rows: RowInfo[], traces: Map<RowInfo, RowTrace>): string[] | undefined {
  // Per row, each placement's cells as the page would hold them (null: blank) — a 0 and a blank
  // weigh the same in the relations, but are different cells.
  const cells: Array<Array<Array<number | null>>> = [];
  const choices: RowChoices[] = rows.map((row) => {
    const keys = row.columns.map((c) => key(row.table, row.id, c.id));
    const page = keys.map((k) => values[k] ?? null);
    const trace = traces.get(row);
    const shown = page.filter((v): v is number => v !== null);
    const placed: Array<Array<number | null>> = [];
    if (!trace || shown.length === 0 || shown.length === keys.length) placed.push(page);
    else {
      for (const places of choose(keys.length, shown.length)) {
        if (!places.every((p, i) => p - (i === 0 ? -1 : places[i - 1]!) - 1 >= trace.least[i]!)) continue;
        const reading: Array<number | null> = keys.map(() => null);
        places.forEach((p, i) => (reading[p] = shown[i]!));
        placed.push(reading);
      }
    }
    cells.push(placed);
    return { row: row.id, columns: row.columns.map((c) => c.id), values: placed.map((r) => r.map((v) => v ?? 0)) };
  });
  // The placements no relation allows with any of the others' first (sound: the page's own
  // placements hold every relation), then the combinations.
  const { chosen } = chooseReadings(choices, relations);
  const supported = supportedReadings(choices, relations, chosen);
  if (supported === 'none' || supported === 'too-many') return undefined;
  const out: string[] = [];
  rows.forEach((row, r) => {
    const kept = supported?.get(row.id) ?? chosen.get(row.id) ?? [];
    row.columns.forEach((c, k) => {
      if (new Set(kept.map((i) => cells[r]![i]![k])).size > 1) out.push(key(row.table, row.id, c.id));
    });
  });
  return out;
}

/**
 * What lynx writes of a row of a table laid out as running text (cells holding paragraphs): a
 * cell is followed by a space, a `&nbsp;` cell writes one more, `<td></td>` nothing; a cell in a
 * `<p>` stands on a line of its own after a blank line, and lines lose their trailing spaces. So
 * the `&nbsp;` cells between two numbers show as follows, by what stands either side:
 *   - inline, inline: their number exactly (a run of 2k + 1 spaces);
 *   - line start (after a paragraph, or the row's start), inline: exactly (an indentation of 2k);
 *   - paragraph (or line start), paragraph: none or some (one blank line or two);
 *   - inline, paragraph, and after the row's last number: nothing (trailing spaces).
 * Another page with the same numbers in other columns writes the same text when each gap can hold
 * what the text shows there: the `&nbsp;` cells it must have, and any number of `<td></td>`.
 */
interface RowTrace {
  /** Per gap before each number (and after the last), the fewest empty cells the text shows there. */
  least: number[];
}

function flowRows(html: string, rows: RowInfo[], values: Values, writer: 'lynx' | 'paragraphs'): Map<RowInfo, RowTrace> {
  const trs: Array<{ cells: string[]; flow: boolean }> = [];
  for (const table of html.split(/<table\b/i).slice(1)) {
    const body = table.split(/<\/table>/i)[0]!;
    const flow = /<t[dh]\b[^>]*>(?:(?!<t[dh]\b)[\s\S])*?<(?:p|br|div)\b/i.test(body);
    for (const tr of body.split(/<tr\b[^>]*>/i).slice(1)) {
      const cells = tr.split(/<\/tr>/i)[0]!.split(/<t[dh]\b[^>]*>/i).slice(1).map((c) => c.split(/<\/t[dh]>/i)[0]!);
      trs.push({ cells, flow });
    }
  }
  const out = new Map<RowInfo, RowTrace>();
  let next = 0;
  for (const row of rows) {
    const n = row.columns.length;
    const expected = row.columns.map((c) => values[key(row.table, row.id, c.id)] ?? null);
    for (let i = next; i < trs.length; i++) {
      const { cells, flow } = trs[i]!;
      // The row's cells after its labels (a group's label, the row's own, a sub-label at most).
      if (cells.length < n || cells.length > n + 3) continue;
      const kinds = cells.slice(cells.length - n).map((c, k) => cellKind(c, expected[k]!));
      if (kinds.some((k) => k === undefined)) continue;
      next = i + 1;
      if (writer === 'paragraphs') {
        // Every cell its own paragraph: each gap shows exactly its `&nbsp;` cells.
        out.set(row, { least: paragraphGaps(kinds as CellKind[]) });
        break;
      }
      // A paragraph of a space (Word's `<p>&nbsp;</p>`) is a line of its own: the row keeps its
      // places, unless it also has an empty paragraph (`<p><span></span></p>`) or `<td></td>`,
      // which write nothing: lynx writes `&nbsp;`, `<p></p>`, `0`, `0` as it writes `&nbsp;`, `0`,
      // `0`, `<p></p>`, and the trace below says what it shows.
      const paragraphSpace = cells.slice(cells.length - n).some((c, k) => expected[k] === null && /<p\b/i.test(c) && /&nbsp;|\u00a0/.test(c));
      if (!flow || (paragraphSpace && !kinds.includes('bare'))) break;
      // The cell before the numbers (the label) ends a line when it is a paragraph or there is none.
      const before = cells.length > n ? /<p\b/i.test(cells[cells.length - n - 1]!) : true;
      const least: number[] = [];
      let nbsp = 0;
      let lineStart = before;
      for (const kind of kinds as CellKind[]) {
        if (kind === 'nbsp') nbsp++;
        if (kind !== 'value' && kind !== 'p-value') continue;
        const paragraph = kind === 'p-value';
        // Inline after inline or at a line's start: the count shows; paragraph after a paragraph: whether there are any.
        least.push(!paragraph ? nbsp : lineStart ? Math.min(nbsp, 1) : 0);
        nbsp = 0;
        lineStart = paragraph;
      }
      least.push(0);
      out.set(row, { least });
      break;
    }
  }
  return out;
}

/** Per gap before each number (and after the last), the `&nbsp;` cells in it. */
function paragraphGaps(kinds: CellKind[]): number[] {
  const least: number[] = [];
  let nbsp = 0;
  for (const kind of kinds) {
    if (kind === 'nbsp') nbsp++;
    else if (kind === 'value' || kind === 'p-value') {
      least.push(nbsp);
      nbsp = 0;
    }
  }
  least.push(nbsp);
  return least;
}

/** The text holds a table as a table: pipe rows, a grid's or a simple table's rules, or pandoc's `[TABLE]`. */
function hasTableMarkup(text: string): boolean {
  return /^\s*\|.*\|\s*$|^\s*[-+=]{3,}[-+= ]*$|\[TABLE\]/m.test(text);
}

type CellKind = 'value' | 'p-value' | 'nbsp' | 'bare';

/** A cell's kind when it holds what the row expects there (undefined otherwise). */
function cellKind(inner: string, expected: number | null): CellKind | undefined {
  const text = inner.replace(/<[^>]*>/g, '').replace(/&nbsp;|\u00a0/g, ' ').trim();
  if (expected === null) return text !== '' ? undefined : /&nbsp;|\u00a0/.test(inner) ? 'nbsp' : 'bare';
  if (text === '' || Number(text.replace(/,/g, '')) !== expected) return undefined;
  return /<p\b/i.test(inner) ? 'p-value' : 'value';
}

/** The table's section in the text (from its heading to the next section's) shows nothing of the table. */
function tableLeftOut(table: TableDef, flat: string): boolean {
  const index = SECTIONS.findIndex((s) => s.id === table.section);
  const find = (i: number, from: number): number => {
    const section = SECTIONS[i];
    if (!section) return -1;
    // With its numeral: the overview often names the later sections' subjects as its own subheadings.
    const numeral = '一二三四五六'[section.numeral - 1];
    const at = [section.heading, ...section.variants].map((h) => flat.indexOf(`${numeral}、${compact(h)}`, from)).filter((n) => n >= 0);
    return at.length ? Math.min(...at) : -1;
  };
  const start = find(index, 0);
  if (start < 0) return false;
  let end = -1;
  for (let i = index + 1; i < SECTIONS.length && end < 0; i++) end = find(i, start + 1);
  const stretch = flat.slice(start + 2 + compact(SECTIONS[index]!.heading).length, end < 0 ? flat.length : end);
  if (/[0-9０-９]/.test(stretch)) return false;
  const labels = table.groups.flatMap((g) => [...g.rows.map((r) => r.label), ...g.columns.map((c) => c.label)]);
  return !labels.some((l) => {
    const words = compact(l).replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.．]?/, '');
    return words.length >= 2 && stretch.includes(words);
  });
}

/**
 * The cells of `row` whose value differs between placements of its numbers that every relation
 * allows. With `trace`, a placement must also leave in each gap the empty cells the text shows.
 */
function placementAmbiguity(relations: RelationDef[], values: Values, row: RowInfo, trace?: RowTrace): string[] {
  const keys = row.columns.map((c) => key(row.table, row.id, c.id));
  const shown = keys.map((k) => values[k]).filter((v): v is number => v !== null && v !== undefined);
  if (shown.length === 0 || shown.length === keys.length) return [];
  const touching = relations.filter(
    (r) => r.table === row.table && (r.along === 'row' ? r.over.includes(row.id) : [...r.left, ...r.right].includes(row.id)),
  );
  const seen = keys.map(() => new Set<number | null>());
  for (const places of choose(keys.length, shown.length)) {
    if (trace && !places.every((p, i) => p - (i === 0 ? -1 : places[i - 1]!) - 1 >= trace.least[i]!)) continue;
    const trial: Values = { ...values };
    keys.forEach((k) => (trial[k] = null));
    places.forEach((p, i) => (trial[keys[p]!] = shown[i]!));
    if (!touching.every((r) => holds(r, trial))) continue;
    keys.forEach((k, i) => seen[i]!.add(trial[k] ?? null));
  }
  return keys.filter((_, i) => seen[i]!.size > 1);
}

/** Every relation instance holds, an empty cell counting as 0 (what a blank cell on the page means). */
function holds(relation: RelationDef, values: Values): boolean {
  for (const over of relation.over) {
    const cell = (other: string) =>
      (relation.along === 'row' ? values[key(relation.table, over, other)] : values[key(relation.table, other, over)]) ?? 0;
    const l = relation.left.reduce((s, o) => s + cell(o), 0);
    const r = relation.right.reduce((s, o) => s + cell(o), 0);
    if (relation.kind === 'equal' ? l !== r : l > r) return false;
  }
  return true;
}

/** Every increasing choice of `k` of `n` indexes. */
function* choose(n: number, k: number, from = 0, picked: number[] = []): Generator<number[]> {
  if (picked.length === k) {
    yield picked;
    return;
  }
  for (let i = from; i <= n - (k - picked.length); i++) yield* choose(n, k, i + 1, [...picked, i]);
}
