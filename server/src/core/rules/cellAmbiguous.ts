// cell-ambiguous: digits run together (a fused copy) that more than one reading explains, or none.
import type { Range } from '../model';
import { cellName, rowLabel, say, tableName } from './messages';
import type { RuleDef } from './types';
import { rowCellsRange } from './util';
import type { CellAmbiguousData } from './data';

/** Readings shown in a message; the others are counted. */
const MAX_SHOWN = 3;

function formatReading(reading: Array<number | null>): string {
  return reading.map((v) => (v === null ? '?' : String(v))).join(' | ');
}

export const cellAmbiguous: RuleDef<CellAmbiguousData> = {
  id: 'cell-ambiguous',
  defaultSeverity: 'warning',
  description: { zh: '连在一起的数字有多种拆分方式', en: 'Run-together digits can be read more than one way' },
  documentation: {
    zh: '从网页或 PDF 复制的报告常把一行的数字连在一起（如“300000232”）。检查器按列数、“不以 0 开头”和勾稽关系拆分；只有一种拆分成立时采用它，多种拆分都成立时提示（列出至多三种读法），请对照原件核实；怎样拆分都不满足本行勾稽关系时，说明本行有数字写错，由该行的勾稽关系规则报告为错误。请在原文中用空格或制表符分开各格数字。',
    en: 'Copies from web pages or PDFs often run a row’s digits together (“300000232”). The checker splits them by the column count, no leading zeros and the relations; a unique split is used; several are reported (with up to three readings) for checking against the original; when every split breaks the row’s own relations, a number of the row is wrong and the row’s relation rule reports an error. Separate the numbers in the source.',
  },
  check({ model, format, locale }, report) {
    if (model.problem) return;
    for (const table of model.tables) {
      for (const row of table.rows) {
        // A row short of a cell lists where the gap could be as readings: that is cell-missing's.
        if (row.incomplete) continue;
        const label = rowLabel(format, table.id, row.id) || tableName(table.id, locale);
        const range: Range | undefined = rowCellsRange(row) ?? row.label?.range;
        if (row.readings && row.readings.length > 1) {
          // Short, and a few readings only: the drafter needs to look at the original, not a list.
          const shown = row.readings.slice(0, MAX_SHOWN).map(formatReading);
          const more = row.readings.length > MAX_SHOWN;
          report({
            message: say(
              locale,
              `${tableName(table.id, locale)}“${label}”一行的数字连在一起，有 ${row.readings.length} 种拆分都符合勾稽关系（${more ? '如' : ''}${shown.join('；')}）；请对照原件核实，并用空格分开各格`,
              `${tableName(table.id, locale)}, row “${label}”: the digits run together and ${row.readings.length} splits fit the relations (${more ? 'e.g. ' : ''}${shown.join('; ')}); check the original document and separate the cells`,
            ),
            range: range ?? table.span.range,
            data: { table: table.id, row: row.id, readings: row.readings },
          });
          continue;
        }
        // Every split breaks the row's own relations: an arithmetic error, the row relation's rule reports it.
        if (row.unreadable && row.unreadable.reason !== 'inconsistent') {
          const why =
            row.unreadable.reason === 'too-many-splits'
              ? say(locale, '拆分方式过多，无法判断', 'there are too many ways to split them')
              : row.unreadable.reason === 'blanks-possible'
                ? say(locale, `拆成 ${row.cells.length} 格都不满足本行的勾稽关系，可能是空白单元格在复制时丢失（空白应填 0）`, `no split into ${row.cells.length} cells fits the row’s relations; blank cells may have been lost in the copy (a blank should be 0)`)
                : say(locale, '拆不出格式要求的各格', 'no split gives the cells the format asks for');
          report({
            message: say(
              locale,
              `${tableName(table.id, locale)}“${label}”一行的数字“${row.unreadable.text}”连在一起，${why}；请对照原件，用空格分开各格`,
              `${tableName(table.id, locale)}, row “${label}”: the digits “${row.unreadable.text}” run together and ${why}; separate the cells as in the original document`,
            ),
            range: range ?? row.label?.range ?? table.span.range,
            data: { table: table.id, row: row.id },
          });
          continue;
        }
        for (const cell of row.cells) {
          if (cell.status !== 'ambiguous') continue;
          const values = (cell.candidates ?? []).join(say(locale, ' 或 ', ' or '));
          report({
            message: say(
              locale,
              `${cellName(format, table.id, row.id, cell.column, locale)}的数字与相邻单元格连在一起，可读作 ${values}`,
              `${cellName(format, table.id, row.id, cell.column, locale)} runs into its neighbours and reads as ${values}`,
            ),
            range: cell.span.range,
            data: { key: cell.key, candidates: cell.candidates },
          });
        }
      }
    }
  },
};
