// cell-empty: a cell is there but holds nothing, where 0 or a number was meant.
import { impliedValue } from '../relations';
import { cellName, num, say } from './messages';
import { placedCells } from './util';
import { cellByKey, setCell } from '../fixes/cell';
import { zeroRequired } from '../fixes/zero';
import { FORMATS } from '../formats';
import type { Repair, RuleDef } from './types';

/** `data` of a cell-empty finding: the value the relations give the cell, or just the cell. */
export type CellEmptyData = { repair: Repair } | { key: string };

export const cellEmpty: RuleDef<CellEmptyData> = {
  id: 'cell-empty',
  defaultSeverity: 'warning',
  description: { zh: '单元格为空（没有数据时应填 0）', en: 'An empty cell (write 0 when there is nothing)' },
  documentation: {
    zh: '统一格式要求每个单元格都填写数字，没有数据时填 0，而不是留空。留空会让读者无法区分“为零”和“漏填”。当表格的勾稽关系能确定这一格的值时，提示该值并提供快速修复。',
    en: 'Every cell of the format holds a number; 0 when there is nothing. An empty cell cannot be told from a forgotten one. When the table’s relations determine the value, it is suggested with a quick fix.',
  },
  check({ model, format, locale }, report) {
    for (const { table, row, cell } of placedCells(model, (c) => c.status === 'empty')) {
      const name = cellName(format, table.id, row.id, cell.column, locale);
      const value = format ? impliedValue(format, table, cell.key) : null;
      if (value !== null) {
        const repair: Repair = { key: cell.key, range: cell.span.range, value, text: num(value) };
        report({
          message: say(
            locale,
            `${name}为空；按表中勾稽关系应为 ${num(value)}`,
            `${name} is empty; the table’s relations make it ${num(value)}`,
          ),
          range: cell.span.range,
          data: { repair },
        });
      } else {
        report({
          message: say(locale, `${name}为空；没有数据时应填写 0`, `${name} is empty; write 0 when there is nothing to report`),
          range: cell.span.range,
          data: { key: cell.key },
        });
      }
    }
  },
  // (A determined value is a `repair`, fixed like the arithmetic rules'.) An empty count cell
  // whose relations require zero gets 0.
  fix({ model, data, locale }) {
    if (!('key' in data) || !model.format) return null;
    const cell = cellByKey(model, data.key);
    const table = model.tables.find((t) => t.id === cell?.table);
    if (!cell || !table || cell.status !== 'empty') return null;
    const format = FORMATS[model.format];
    if (!zeroRequired(format, table, data.key)) return null;
    const name = cellName(format, cell.table, cell.row, cell.column, locale);
    return { ...setCell(model, cell, '0', true, locale), title: say(locale, `在${name}填写 0（勾稽关系要求为 0）`, `Write 0 in ${name} (its relations require zero)`) };
  },
};
