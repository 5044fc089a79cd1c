// Aligned PDF text (`pdftotext -layout`, layoutColumns.ts): a 表二 group whose cells are all left
// blank (`第二十条第（五）项` / its headers / `行政` `许可`, no number). Its lines, caption to the next
// caption or heading, hold no number at all, so the only reading is every cell blank: its rows are
// read so where the words of those lines spell each row's label. A number anywhere in them, or a
// row of it found or not spelled, and nothing is read. So too a group's last rows after rows read
// (`readBlankTails`), and its first rows before them (`readBlankHeads`).
import type { FormatDefinition, GroupDef, RowDef, TableDef } from '../../formats/types';
import { skeletonOf } from '../../text/skeleton';
import { rowPatterns, spell, wordsOf, type LayoutLine, type LayoutRow, type Word } from './layoutColumnsRows';

/** Rows of 表二 groups without a number in their lines, blank (see the file comment), added to `rows`. */
export function readBlankGroups(text: string, zone: LayoutLine[], rows: LayoutRow[], format: FormatDefinition, tablesOf: (line: number) => TableDef[]): void {
  const captionAt = (k: number) => skeletonOf(text.slice(zone[k]!.from, zone[k]!.textTo));
  for (const table of format.tables) {
    for (const group of table.groups) {
      if (!group.caption || rows.some((r) => r.group === group)) continue;
      const first = captionLine(text, zone, group, table, tablesOf);
      if (first === undefined) continue;
      let end = first + 1;
      while (end < zone.length && zone[end]!.kind !== 'heading' && !captionAt(end).includes('第二十条')) end++;
      const words: Word[] = [];
      let numbered = false;
      for (let k = first + 1; k < end; k++) {
        if (zone[k]!.numbers.length > 0) numbered = true;
        words.push(...wordsOf(text, zone[k]!.from, zone[k]!.textTo));
      }
      if (numbered || words.some((w) => /\d/.test(w.text))) continue;
      const spelt = spellBlankRows(format, table, group, group.rows, words, zone);
      if (spelt) rows.push(...spelt.found);
    }
  }
  readBlankTails(text, zone, rows, format, tablesOf);
  readBlankHeads(text, zone, rows, format, tablesOf);
}

/** The captioned groups whose rows found are all read, each found once: their rows are known to stand where they were found. */
function* groupsRead(rows: LayoutRow[], format: FormatDefinition): Generator<{ table: TableDef; group: GroupDef; mine: LayoutRow[] }> {
  for (const table of format.tables) {
    for (const group of table.groups) {
      const mine = rows.filter((r) => r.group === group);
      if (!group.caption || mine.length === 0 || mine.some((r) => !r.cells) || new Set(mine.map((r) => r.row.id)).size !== mine.length) continue;
      yield { table, group, mine };
    }
  }
}

/**
 * A 表二 group's last rows left all blank, after rows read (`行` / `政` / `4` / `处` / `罚` / `行` /
 * `政` / `强` / `制`: 行政强制 blank): every line with numbers from the group's first row to the
 * next caption or heading a read row's, and the words after the last read row's label, on lines
 * with no number, spelling exactly the labels of the rows after it, in order. Those rows blank.
 */
function readBlankTails(text: string, zone: LayoutLine[], rows: LayoutRow[], format: FormatDefinition, tablesOf: (line: number) => TableDef[]): void {
  const captionAt = (k: number) => skeletonOf(text.slice(zone[k]!.from, zone[k]!.textTo));
  for (const { table, group, mine } of groupsRead(rows, format)) {
    const last = mine.reduce((x, y) => (group.rows.indexOf(y.row) > group.rows.indexOf(x.row) ? y : x));
    const missing = group.rows.slice(group.rows.indexOf(last.row) + 1);
    if (missing.length === 0 || mine.some((r) => r.line > last.line)) continue;
    const labelEnd = Math.max(...last.label.pieces.map((p) => p.to));
    const first = Math.min(...mine.map((r) => r.line));
    let end = first;
    while (end < zone.length && zone[end]!.kind !== 'heading' && tablesOf(end).includes(table) && !(end > first && captionAt(end).includes('第二十条'))) end++;
    const readLines = new Set(mine.map((r) => r.line));
    const words: Word[] = [];
    let stray = false;
    for (let k = first; k < end; k++) {
      if (zone[k]!.numbers.length > 0 && !readLines.has(k)) stray = true;
      if (k <= last.line) continue;
      words.push(...wordsOf(text, zone[k]!.from, zone[k]!.textTo).filter((w) => w.from >= labelEnd));
    }
    if (stray || words.some((w) => /\d/.test(w.text))) continue;
    const spelt = spellBlankRows(format, table, group, missing, words, zone);
    if (spelt && spelt.rest.length === 0) rows.push(...spelt.found);
  }
}

/**
 * A 表二 group's first rows left all blank, before rows read (`规章` alone under the wrapped headers,
 * `规范` / `性文  96  5` / `件` below it): the caption found once, every line with numbers from it
 * to the next caption or heading a read row's, and the words from the caption to the first read
 * row's label, on lines with no number, spelling exactly the labels of the rows before it, in
 * order, the words left over all pieces of the group's headers. Those rows blank. Without it the
 * row is not found at all, and the table says it is missing: an error the report does not have.
 */
function readBlankHeads(text: string, zone: LayoutLine[], rows: LayoutRow[], format: FormatDefinition, tablesOf: (line: number) => TableDef[]): void {
  const captionAt = (k: number) => skeletonOf(text.slice(zone[k]!.from, zone[k]!.textTo));
  for (const { table, group, mine } of groupsRead(rows, format)) {
    const first = mine.reduce((x, y) => (group.rows.indexOf(y.row) < group.rows.indexOf(x.row) ? y : x));
    const missing = group.rows.slice(0, group.rows.indexOf(first.row));
    if (missing.length === 0 || mine.some((r) => r.line < first.line)) continue;
    const at = captionLine(text, zone, group, table, tablesOf);
    if (at === undefined || at >= first.line) continue;
    const from = at + 1;
    let end = first.line;
    while (end < zone.length && zone[end]!.kind !== 'heading' && tablesOf(end).includes(table) && !captionAt(end).includes('第二十条')) end++;
    const readLines = new Set(mine.map((r) => r.line));
    const labelEnd = Math.max(...first.label.pieces.map((p) => p.to));
    const words: Word[] = [];
    let stray = false;
    for (let k = from; k < end; k++) {
      if (zone[k]!.numbers.length > 0 && !readLines.has(k)) stray = true;
      words.push(...wordsOf(text, zone[k]!.from, zone[k]!.textTo).filter((w) => w.to <= labelEnd));
    }
    if (stray || words.some((w) => /\d/.test(w.text))) continue;
    // The first read row's label spelt again after them: found with the numbers, it may have
    // taken a blank row's character (`规` / `章` / `规` / `范` / `性` …: 规范性文件 from the first 规).
    const spelt = spellBlankRows(format, table, group, [...missing, first.row], words, zone);
    const headers = [...group.columns.map((c) => c.label), ...(group.headerWords ?? [])].map(skeletonOf);
    if (!spelt || !spelt.rest.every((w) => headers.some((h) => h.includes(w.skeleton)))) continue;
    first.label = spelt.found.pop()!.label;
    rows.push(...spelt.found);
  }
}

/**
 * The line of a captioned group's caption (its last line where it wraps: `第二十条第（九）` / `项`),
 * found once in its table's lines; undefined otherwise (its lines are then not known).
 */
export function captionLine(text: string, zone: LayoutLine[], group: GroupDef, table: TableDef, tablesOf: (line: number) => TableDef[]): number | undefined {
  if (!group.caption) return undefined;
  const caption = skeletonOf(group.caption);
  const at = (k: number) => skeletonOf(text.slice(zone[k]!.from, zone[k]!.textTo));
  const starts: number[] = [];
  for (let k = 0; k < zone.length; k++) {
    if (zone[k]!.kind === 'heading' || !tablesOf(k).includes(table)) continue;
    if (at(k).includes(caption)) starts.push(k);
    else if (k + 1 < zone.length && at(k).includes('第二十条') && (at(k) + at(k + 1)).includes(caption)) starts.push(k + 1);
  }
  return starts.length === 1 ? starts[0] : undefined;
}

/**
 * `wanted` rows of `group`, in order, each spelt from the words left after the one before, as rows
 * of blank cells; undefined unless every one is spelt. `rest`: the words no label took.
 */
function spellBlankRows(format: FormatDefinition, table: TableDef, group: GroupDef, wanted: readonly RowDef[], words: Word[], zone: LayoutLine[]): { found: LayoutRow[]; rest: Word[] } | undefined {
  const { found, rest } = spellRows(format, table, group, wanted, words, zone);
  if (found.length !== wanted.length) return undefined;
  for (const r of found) r.cells = group.columns.map(() => null);
  return { found, rest };
}

/**
 * `wanted` rows of `group`, in order, each spelt from the words left after the one before, up to
 * the first that is not: rows found, not read (cells null). `rest`: the words no label took.
 */
export function spellRows(format: FormatDefinition, table: TableDef, group: GroupDef, wanted: readonly RowDef[], words: Word[], zone: LayoutLine[]): { found: LayoutRow[]; rest: Word[] } {
  const patterns = rowPatterns(format, [table]).filter((p) => p.group === group);
  const found: LayoutRow[] = [];
  let rest = words;
  for (const row of wanted) {
    const pattern = patterns.find((p) => p.row === row);
    const used = pattern?.skeletons.map((sk) => spell(rest, sk)).find((u) => u !== undefined);
    if (!used) break;
    rest = rest.filter((w) => !used.includes(w));
    const pieces = used.map((w) => ({ text: w.text, from: w.from, to: w.to }));
    const line = zone.findIndex((l) => l.from <= used[0]!.from && used[0]!.from <= l.textTo);
    found.push({ table, group, row, label: { text: pieces.map((p) => p.text).join(''), pieces }, line, cells: null });
  }
  return { found, rest };
}
