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

/** What a tool's text is known to lose, beyond what every tool keeps. */
export interface ToolLosses {
  /** Empty cells leave no trace, so a row's numbers may belong to other columns. */
  emptyCellPlaces?: boolean;
}

const compact = (s: string) => s.replace(/\s+/g, '');

/** Keys of the cells the tool's `text` cannot determine, for a page of `format` holding `values`. */
export function undeterminableCells(format: FormatVersion, values: Values, text: string, losses: ToolLosses): Set<string> {
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
  return out;
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

/** The cells of `row` whose value differs between placements of its numbers that every relation allows. */
function placementAmbiguity(relations: RelationDef[], values: Values, row: RowInfo): string[] {
  const keys = row.columns.map((c) => key(row.table, row.id, c.id));
  const shown = keys.map((k) => values[k]).filter((v): v is number => v !== null && v !== undefined);
  if (shown.length === 0 || shown.length === keys.length) return [];
  const touching = relations.filter(
    (r) => r.table === row.table && (r.along === 'row' ? r.over.includes(row.id) : [...r.left, ...r.right].includes(row.id)),
  );
  const seen = keys.map(() => new Set<number | null>());
  for (const places of choose(keys.length, shown.length)) {
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
