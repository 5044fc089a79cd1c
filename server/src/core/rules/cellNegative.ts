// cell-negative: a count or an amount below zero.
import { columnKind } from '../relations';
import { cellName, num, say } from './messages';
import type { RuleDef } from './types';
import type { CellKeyData } from './data';

export const cellNegative: RuleDef<CellKeyData> = {
  id: 'cell-negative',
  defaultSeverity: 'error',
  description: { zh: '数量或金额为负数', en: 'A count or an amount is negative' },
  documentation: {
    zh: '件数、项目数和金额不能为负；只有表二（2019 年格式）的“本年增/减”一列可以为负（如“减7”“-1”）。',
    en: 'Counts and amounts cannot be negative; only the 2019 format’s “本年增/减” (change) column may be.',
  },
  check({ model, format, locale }, report) {
    if (model.problem) return;
    for (const table of model.tables) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          if (cell.status !== 'ok' || cell.value === null || cell.value >= 0) continue;
          const kind = format ? columnKind(format, table.id, cell.column) : 'count';
          if (kind === 'change') continue;
          const name = cellName(format, table.id, row.id, cell.column, locale);
          report({
            message: say(
              locale,
              `${name}为 ${num(cell.value)}，${kind === 'amount' ? '金额' : '数量'}不能为负数`,
              `${name} is ${num(cell.value)}; ${kind === 'amount' ? 'an amount' : 'a count'} cannot be negative`,
            ),
            range: cell.span.range,
            data: { key: cell.key },
          });
        }
      }
    }
  },
};
