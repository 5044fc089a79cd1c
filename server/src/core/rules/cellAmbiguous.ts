// cell-ambiguous: digits run together (a fused copy) that more than one reading explains, or none.
import type { Range } from '../model';
import { cellName, rowLabel, say, tableName } from './messages';
import type { RuleDef } from './types';

function formatReading(reading: Array<number | null>): string {
  return reading.map((v) => (v === null ? '?' : String(v))).join(' | ');
}

export const cellAmbiguous: RuleDef = {
  id: 'cell-ambiguous',
  defaultSeverity: 'warning',
  description: { zh: '连在一起的数字有多种拆分方式', en: 'Run-together digits can be read more than one way' },
  documentation: {
    zh: '从网页或 PDF 复制的报告常把一行的数字连在一起（如“300000232”）。检查器按列数、“不以 0 开头”和勾稽关系拆分；只有一种拆分成立时采用它，多种拆分都成立时提示并列出各种读法，没有拆分成立时也提示。请在原文中用空格或制表符分开各格数字。',
    en: 'Copies from web pages or PDFs often run a row’s digits together (“300000232”). The checker splits them by the column count, no leading zeros and the relations; a unique split is used, several are reported with each reading, and none is reported too. Separate the numbers in the source.',
  },
  check({ model, format, locale }, report) {
    if (model.problem) return;
    for (const table of model.tables) {
      for (const row of table.rows) {
        // A row short of a cell lists where the gap could be as readings: that is cell-missing's.
        if (row.incomplete) continue;
        const label = rowLabel(format, table.id, row.id) || tableName(table.id, locale);
        const first = row.cells[0]?.span;
        const last = row.cells[row.cells.length - 1]?.span;
        const range: Range | undefined =
          first && last ? { start: first.range.start, end: last.range.end } : row.label?.range;
        if (row.readings && row.readings.length > 1) {
          const shown = row.readings.slice(0, 4).map(formatReading);
          report({
            message: say(
              locale,
              `${tableName(table.id, locale)}“${label}”一行的数字连在一起，有 ${row.readings.length} 种符合勾稽关系的拆分：${shown.join('；')}${row.readings.length > 4 ? '……' : ''}；请用空格分开各格`,
              `${tableName(table.id, locale)}, row “${label}”: the digits run together and ${row.readings.length} splits satisfy the relations: ${shown.join('; ')}${row.readings.length > 4 ? '…' : ''}; separate the cells`,
            ),
            range: range ?? table.span.range,
            data: { table: table.id, row: row.id, readings: row.readings },
          });
          continue;
        }
        if (row.unreadable) {
          report({
            message: say(
              locale,
              `${tableName(table.id, locale)}“${label}”一行的数字“${row.unreadable.text}”连在一起，没有一种拆分符合勾稽关系（${row.unreadable.reason}）；请用空格分开各格`,
              `${tableName(table.id, locale)}, row “${label}”: the run-together digits “${row.unreadable.text}” allow no split that satisfies the relations (${row.unreadable.reason}); separate the cells`,
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
