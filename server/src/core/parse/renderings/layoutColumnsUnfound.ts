// Aligned PDF text (`pdftotext -layout`, layoutColumns.ts): rows found by no line of numbers whose
// labels the text still spells. A row is found from a line of numbers and the words around it
// (layoutColumnsRows.ts `findRows`); a CMS page's row whose numbers stand on the line above its
// label, beside nothing (`14743   8` / `规章` / `行政规范性文件` / `9   4`), is not. Left out of the grid,
// the table then says the row is missing, an error the report does not have. Where the words
// between the row's found neighbours in its group (or its group's caption) spell its label, it is
// written as a row read nowhere: one of the rows `table-unreadable` names, its cells unknown.
import type { FormatDefinition, RowDef, TableDef } from '../../formats/types';
import { captionLine, spellRows } from './layoutColumnsBlankGroups';
import { wordsOf, type LayoutLine, type LayoutRow, type Word } from './layoutColumnsRows';

/** Adds to `rows` the rows of the proactive and applications tables whose labels stand, unfound, between their found neighbours. */
export function addUnfoundRows(text: string, zone: LayoutLine[], rows: LayoutRow[], format: FormatDefinition, tablesOf: (line: number) => TableDef[]): void {
  const used = new Set(rows.flatMap((r) => r.label.pieces.map((p) => p.from)));
  const added: LayoutRow[] = [];
  for (const table of format.tables) {
    if (table.section !== 'proactive' && table.section !== 'applications') continue;
    for (const [g, group] of table.groups.entries()) {
      const mine = rows.filter((r) => r.group === group);
      // A row found twice: which of its lines bounds the others is not known.
      if (new Set(mine.map((r) => r.row.id)).size !== mine.length) continue;
      const lineOf = new Map(mine.map((r) => [r.row, r.line]));
      const addBetween = (pending: RowDef[], from: number, to: number) => {
        const { found } = spellRows(format, table, group, pending, wordsBetween(text, zone, from, to, used), zone);
        for (const r of found) for (const p of r.label.pieces) used.add(p.from);
        added.push(...found);
      };
      let previous = captionLine(text, zone, group, table, tablesOf);
      let pending: RowDef[] = [];
      for (const row of group.rows) {
        const at = lineOf.get(row);
        if (at === undefined) {
          if (!row.unlabelled) pending.push(row);
          continue;
        }
        // Rows missing between the one before (or the caption) and this one.
        if (pending.length > 0 && previous !== undefined && previous < at) addBetween(pending, previous, at);
        pending = [];
        previous = at;
      }
      // Rows missing after the last found (or the caption), up to the next group's caption.
      const next = table.groups[g + 1];
      const end = next ? captionLine(text, zone, next, table, tablesOf) : undefined;
      if (pending.length > 0 && previous !== undefined && end !== undefined && previous < end) addBetween(pending, previous, end - 1);
    }
  }
  rows.push(...added);
}

/** The words on lines [from, to] that no row's label took, nor any line's numbers. */
function wordsBetween(text: string, zone: LayoutLine[], from: number, to: number, used: ReadonlySet<number>): Word[] {
  const words: Word[] = [];
  for (let k = from; k <= to; k++) {
    const l = zone[k]!;
    if (l.kind === 'heading') continue;
    for (const w of wordsOf(text, l.from, l.textTo)) if (!used.has(w.from) && !/\d/.test(w.text)) words.push(w);
  }
  return words;
}
