// carried-over-chain: this year's 上年结转 equals last year's 结转下年度继续办理, column by column
// (the format's cross-year link `carried-over-chain`).
import { bareRowLabel, linkedColumns, linkOf } from './links';
import { cellName, num, say } from './messages';
import { previousYear } from './peers';
import type { RuleDef } from './types';
import { tableOf } from './util';
import type { CrossYearData } from './data';

export const carriedOverChain: RuleDef<CrossYearData> = {
  id: 'carried-over-chain',
  defaultSeverity: 'warning',
  description: {
    zh: '上年结转数应等于上一年度报告的结转下年度继续办理数',
    en: 'Carried over must equal last year’s carried forward',
  },
  documentation: {
    zh: '表三“二、上年结转政府信息公开申请数量”应与同一机关上一年度报告表三“四、结转下年度继续办理”逐列相等。仅当上一年度的报告（同一机关名称、年度减一）与本报告一起检查时核对。',
    en: 'Table 3 “carried over” must equal, column by column, “carried forward” in the same body’s report for the year before. Checked only when that report is checked together with this one (same body name, year − 1).',
  },
  check({ model, format, locale, peers }, report) {
    if (model.problem || !format) return;
    const previous = previousYear(model, peers);
    if (!previous) return;
    const link = linkOf(format, previous.model, 'carried-over-chain');
    if (!link) return;
    for (const { row: rowId, previousRow } of link.rows) {
      const row = tableOf(model, link.table)?.rows.find((r) => r.id === rowId);
      const prevRow = tableOf(previous.model, link.table)?.rows.find((r) => r.id === previousRow);
      if (!row || !prevRow || row.incomplete || row.unreadable || prevRow.incomplete || prevRow.unreadable) continue;
      const previousLabel = bareRowLabel(format, link, previousRow);
      for (const column of linkedColumns(format, link, rowId)) {
        const cell = row.cells.find((c) => c.column === column.column);
        const prev = prevRow.cells.find((c) => c.column === column.previousColumn);
        if (cell?.status !== 'ok' || prev?.status !== 'ok' || cell.value === null || prev.value === null) continue;
        if (cell.value === prev.value) continue;
        report({
          message: say(
            locale,
            `${cellName(format, link.table, rowId, column.column, locale)}应为 ${num(prev.value)}（${previous.model.year} 年度报告“${previousLabel}”），实际为 ${num(cell.value)}`,
            `${cellName(format, link.table, rowId, column.column, locale)} should be ${num(prev.value)} (carried forward in the ${previous.model.year} report), but is ${num(cell.value)}`,
          ),
          range: cell.span.range,
          related: [
            {
              range: prev.span.range,
              file: previous.file,
              message: say(locale, `${previous.model.year} 年度${previousLabel}：${num(prev.value)}`, `carried forward in ${previous.model.year}: ${num(prev.value)}`),
            },
          ],
          data: {
            key: cell.key,
            previous: { file: previous.file, key: prev.key, value: prev.value },
            // Not a `repair`: which of the two reports is wrong cannot be told from here, so no
            // automatic fix rewrites this one.
            expected: prev.value,
          },
        });
      }
    }
  },
};
