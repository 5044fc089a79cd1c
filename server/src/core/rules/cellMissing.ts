// cell-missing: a row holds fewer numbers than its columns.
import { cellName, rowLabel, say, tableName } from './messages';
import { truncationOf } from './truncation';
import type { RuleDef } from './types';

export const cellMissing: RuleDef = {
  id: 'cell-missing',
  defaultSeverity: 'error',
  description: { zh: '表格行中缺少数字', en: 'A table row lacks a number' },
  documentation: {
    zh: '每一行应有与列数相同的数字（表三每行 7 个：六类申请人和总计）。复制或转换 PDF 时常会丢失单元格。若能判断缺的是哪一格，指向该格；若不能（例如一行 7 格只剩 6 个数字），只指出这一行，不猜测缺的位置，该行也不参与勾稽关系的核对。',
    en: 'Each row has as many numbers as columns (7 in Table 3). Copies and PDF conversions lose cells. When the missing cell can be told, it is named; when it cannot (6 numbers in a row of 7), only the row is reported and its relations are not checked.',
  },
  check({ model, text, format, locale }, report) {
    if (model.problem) return;
    // Rows after the end of a cut-short text, and the row the cut went through: text-truncated.
    const cut = truncationOf(model, text, format);
    for (const table of model.tables) {
      for (const row of table.rows) {
        if (cut?.rows.get(table.id)?.has(row.id) || (cut?.partialRow?.table === table.id && cut.partialRow.row === row.id)) continue;
        const label = rowLabel(format, table.id, row.id) || tableName(table.id, locale);
        if (row.incomplete) {
          const { expected, found } = row.incomplete;
          report({
            message: say(
              locale,
              `${tableName(table.id, locale)}“${label}”一行应有 ${expected} 个数字，只有 ${found} 个，无法判断缺的是哪一格；本行不参与勾稽关系核对`,
              `${tableName(table.id, locale)}, row “${label}” should hold ${expected} numbers but holds ${found}; which cell is missing cannot be told, so the row’s relations are not checked`,
            ),
            range: row.label?.range ?? row.cells[0]?.span.range ?? table.span.range,
            data: { table: table.id, row: row.id },
          });
          continue;
        }
        if (row.unreadable) continue;
        for (const cell of row.cells) {
          if (cell.status !== 'missing') continue;
          report({
            message: say(
              locale,
              `${cellName(format, table.id, row.id, cell.column, locale)}缺少数字`,
              `${cellName(format, table.id, row.id, cell.column, locale)} has no number`,
            ),
            range: cell.span.range,
            data: { key: cell.key },
          });
        }
      }
    }
  },
};
