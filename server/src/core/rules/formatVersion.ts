// format-version: the tables follow the other version of the format than the report's year calls for.
import { FORMATS, formatForYear } from '../formats';
import type { FormatVersion } from '../formats/types';
import type { Range, ReportModel } from '../model';
import { say } from './messages';
import type { RuleDef } from './types';
import type { FormatVersionData } from './data';

/** A piece of the tables that only the given version has, to point at. */
function telltale(model: ReportModel, version: FormatVersion): Range | undefined {
  const markers = FORMATS[version]?.markers;
  if (!markers) return model.tables[0]?.span.range;
  for (const table of model.tables) {
    const header = table.headers.find((h) => markers.columns.includes(h.column));
    if (header) return header.span.range;
  }
  for (const { table: tableId, row: rowId } of markers.rows) {
    const row = model.tables.find((t) => t.id === tableId)?.rows.find((r) => r.id === rowId);
    if (row?.label) return row.label.range;
  }
  return model.tables[0]?.span.range;
}

export const formatVersion: RuleDef<FormatVersionData> = {
  id: 'format-version',
  defaultSeverity: 'warning',
  description: { zh: '表格所用格式版本与报告年度不符', en: 'The tables use the wrong version of the format for the year' },
  documentation: {
    zh: '2019、2020 年度报告使用国办公开办函〔2019〕60号的格式；2021 年度起使用国办公开办函〔2021〕30号的格式（表二改为“本年制发件数/本年废止件数/现行有效件数”等，删去第（九）项；表三“（六）其他处理”细分为三项）。沿用上一年的表格是常见问题。格式版本从表格本身判断，不按年份假定。',
    en: 'The 2019 and 2020 reports use the 2019 format (国办公开办函〔2019〕60号); from the 2021 report on, the 2021 format (〔2021〕30号): new Table 2 columns, no item (九), three rows under （六）其他处理 in Table 3. The version is read from the tables, not assumed from the year.',
  },
  check({ model, locale }, report) {
    if (model.problem || !model.format || model.year === null) return;
    const expected = formatForYear(model.year);
    if (!expected || expected.version === model.format) return;
    const used = FORMATS[model.format];
    const range = telltale(model, model.format);
    if (!range) return;
    report({
      message: say(
        locale,
        `${model.year} 年度报告应使用 ${expected.version} 年格式（${expected.notice}），表格却是 ${used.version} 年格式（${used.notice}）`,
        `A ${model.year} report should use the ${expected.version} format (${expected.notice}), but its tables follow the ${used.version} format (${used.notice})`,
      ),
      range,
      data: { expected: expected.version, actual: used.version },
    });
  },
};
