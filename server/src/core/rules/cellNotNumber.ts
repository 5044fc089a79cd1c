// cell-not-number: a cell holds a dash, a slash or words where a number belongs. When the number
// meant is plain ("—" or "无" for 0, "增10" for 10 in a count column) the finding is a warning
// that names it; otherwise an error.
import type { FormatDefinition, ValueKind } from '../formats/types';
import { cellName, num, say } from './messages';
import { meantReading } from './cellMeaning';
import { placedCells } from './util';
import type { RuleDef } from './types';

export const cellNotNumber: RuleDef = {
  id: 'cell-not-number',
  defaultSeverity: 'error',
  description: { zh: '单元格不是数字（如“—”“/”“无”）', en: 'A cell is not a number (“—”, “/”, “无”)' },
  documentation: {
    zh: '统计表的单元格只能填写数字：数量填非负整数，“本年增/减”可写“增10”“减7”或带符号的整数，金额可带单位。“—”“/”“无”等不是数字，汇总时无法计算；没有数据时请填 0。含义明确时（“—”“无”即 0，数量列的“增10”即 10，“+(0) -(0)”即 0）报告为警告并给出应填的数字，否则为错误。',
    en: 'Table cells hold numbers only: counts are non-negative integers, changes may be signed, amounts may carry a unit. “—”, “/” or words cannot be summed; write 0 when there is nothing. When the meaning is plain (“—” or “无” for 0, “增10” in a count column for 10, “+(0) -(0)” for 0) the finding is a warning naming the number; otherwise an error.',
  },
  check({ model, format, locale }, report) {
    for (const { table, row, cell } of placedCells(model, (c) => c.status === 'dash' || c.status === 'not-number')) {
      const name = cellName(format, table.id, row.id, cell.column, locale);
      const written = cell.text.trim();
      const meant = meantReading(written, columnKind(format, table.id, cell.column));
      const base =
        cell.status === 'dash'
          ? say(locale, `${name}填写了“${written}”，应填写数字；没有数据时填 0`, `${name} holds “${written}”; write a number, 0 when there is nothing`)
          : say(locale, `${name}的“${written}”不是数字`, `${name}: “${written}” is not a number`);
      const message =
        meant && cell.status === 'not-number'
          ? say(locale, `${name}的“${written}”不是数字，应是指 ${num(meant.value)}`, `${name}: “${written}” is not a number; ${num(meant.value)} is probably meant`)
          : base;
      report({
        message,
        range: cell.span.range,
        ...(meant?.plain ? { severity: 'warning' as const } : {}),
        data: meant ? { key: cell.key, meant: meant.value } : { key: cell.key },
      });
    }
  },
};

/** The kind of a column of the format (counts when the format is unknown). */
function columnKind(format: FormatDefinition | null, table: string, column: string): ValueKind {
  for (const group of format?.tables.find((t) => t.id === table)?.groups ?? []) {
    const found = group.columns.find((c) => c.id === column);
    if (found) return found.kind;
  }
  return 'count';
}
