// cell-empty: a cell is there but holds nothing, where 0 or a number was meant.
import { impliedValue } from '../relations';
import { cellName, num, say } from './messages';
import { placedCells } from './util';
import type { Repair, RuleDef } from './types';

export const cellEmpty: RuleDef = {
  id: 'cell-empty',
  defaultSeverity: 'warning',
  description: { zh: '单元格为空（没有数据时应填 0）', en: 'An empty cell (write 0 when there is nothing)' },
  documentation: {
    zh: '统一格式要求每个单元格都填写数字，没有数据时填 0，而不是留空。留空会让读者无法区分“为零”和“漏填”。当表格的勾稽关系能确定这一格的值时，提示该值并提供快速修复。',
    en: 'Every cell of the format holds a number; 0 when there is nothing. An empty cell cannot be told from a forgotten one. When the table’s relations determine the value, it is suggested with a quick fix.',
  },
  check({ model, format, locale }, report) {
    for (const { table, row, cell } of placedCells(model)) {
      if (cell.status !== 'empty') continue;
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
};
