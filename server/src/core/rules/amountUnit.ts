// amount-unit: an amount whose unit is unknown, or written in 元 where the format asks for 万元.
import { columnDef } from '../relations';
import { cellName, num, say } from './messages';
import { cellByKey, setCell } from '../fixes/cell';
import type { AmountUnit } from '../model';
import type { RuleDef } from './types';

/** `data` of an amount-unit finding: the cell, the unit it is written in, the one the format asks for. */
export interface AmountUnitData {
  key: string;
  unit?: AmountUnit | undefined;
  expected?: AmountUnit | undefined;
}

/** A fee amount in 万元 above this (10 亿元) is almost certainly written in 元. */
const IMPLAUSIBLE_WAN = 100000;

export const amountUnit: RuleDef<AmountUnitData> = {
  id: 'amount-unit',
  defaultSeverity: 'warning',
  description: { zh: '金额未注明单位或单位与格式不符', en: 'An amount has no unit, or not the unit the format asks for' },
  documentation: {
    zh: '2019 年格式表二“采购总金额”没有规定单位，报告应在单元格或表头注明“元”或“万元”，否则无法汇总比较。2021 年格式表二“本年收费金额”规定以万元为单位，写成元（如“4339000.00元”）会差一万倍。注意：表二的行政事业性收费（万元）与第六部分的信息处理费（元）是两回事，不作比较。',
    en: 'The 2019 procurement amount has no prescribed unit: state 元 or 万元 in the cell or the header. The 2021 fee amount is in 万元; an amount in 元 is off by ten thousand. The fee in Table 2 and the information processing fee of section 6 are different things and are not compared.',
  },
  check({ model, format, locale }, report) {
    if (model.problem || !format) return;
    for (const table of model.tables) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          const def = columnDef(format, table.id, cell.column);
          if (def?.kind !== 'amount' || cell.status !== 'ok' || cell.value === null) continue;
          const name = cellName(format, table.id, row.id, cell.column, locale);
          if (def.unit) {
            if (cell.unit && cell.unit !== def.unit) {
              report({
                message: say(
                  locale,
                  `${name}应以${def.unit}为单位，写的是“${cell.text.trim()}”（${cell.unit}）`,
                  `${name} is in ${def.unit} by the format, but “${cell.text.trim()}” is in ${cell.unit}`,
                ),
                range: cell.span.range,
                data: { key: cell.key, unit: cell.unit, expected: def.unit },
              });
            } else if (!cell.unit && def.unit === '万元' && cell.value >= IMPLAUSIBLE_WAN) {
              report({
                message: say(
                  locale,
                  `${name}为 ${num(cell.value)} 万元，数额异常大，可能按元填写；本列以万元为单位`,
                  `${name} is ${num(cell.value)} 万元, implausibly large; it may have been written in 元 (this column is in 万元)`,
                ),
                range: cell.span.range,
                data: { key: cell.key, expected: def.unit },
              });
            }
            continue;
          }
          if (!cell.unit && cell.value !== 0) {
            report({
              message: say(
                locale,
                `${name}“${cell.text.trim()}”未注明单位；请在单元格或表头注明“元”或“万元”`,
                `${name} “${cell.text.trim()}” has no unit; state 元 or 万元 in the cell or the header`,
              ),
              range: cell.span.range,
              data: { key: cell.key },
            });
          }
        }
      }
    }
  },
  // An amount in 元 where the format asks for 万元: the parser has already converted the value.
  fix({ model, data, locale }) {
    if (data.expected !== '万元' || data.unit !== '元') return null;
    const cell = cellByKey(model, data.key);
    if (!cell || cell.status !== 'ok' || cell.value === null) return null;
    const fix = setCell(model, cell, num(cell.value), true, locale);
    return { ...fix, title: say(locale, `由元换算为万元：${num(cell.value)}`, `Convert from 元 to 万元: ${num(cell.value)}`) };
  },
};
