// cell-not-number: a cell holds a dash, a slash or words where a number belongs.
import { cellName, say } from './messages';
import { placedCells } from './util';
import type { RuleDef } from './types';

export const cellNotNumber: RuleDef = {
  id: 'cell-not-number',
  defaultSeverity: 'error',
  description: { zh: '单元格不是数字（如“—”“/”“无”）', en: 'A cell is not a number (“—”, “/”, “无”)' },
  documentation: {
    zh: '统计表的单元格只能填写数字：数量填非负整数，“本年增/减”可写“增10”“减7”或带符号的整数，金额可带单位。“—”“/”“无”等不是数字，汇总时无法计算；没有数据时请填 0。',
    en: 'Table cells hold numbers only: counts are non-negative integers, changes may be signed, amounts may carry a unit. “—”, “/” or words cannot be summed; write 0 when there is nothing.',
  },
  check({ model, format, locale }, report) {
    for (const { table, row, cell } of placedCells(model)) {
      if (cell.status !== 'dash' && cell.status !== 'not-number') continue;
      const name = cellName(format, table.id, row.id, cell.column, locale);
      const written = cell.text.trim();
      report({
        message:
          cell.status === 'dash'
            ? say(locale, `${name}填写了“${written}”，应填写数字；没有数据时填 0`, `${name} holds “${written}”; write a number, 0 when there is nothing`)
            : say(locale, `${name}的“${written}”不是数字`, `${name}: “${written}” is not a number`),
        range: cell.span.range,
        data: { key: cell.key },
      });
    }
  },
};
