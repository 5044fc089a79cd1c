// cell-missing: a row holds fewer numbers than its columns.
import { cellName, columnLabel, num, rowLabel, say, tableName } from './messages';
import { truncationOf } from './truncation';
import { isUnread, unreadOf } from './unread';
import type { RuleDef } from './types';
import type { CellMissingData } from './data';

export const cellMissing: RuleDef<CellMissingData> = {
  id: 'cell-missing',
  defaultSeverity: 'error',
  description: { zh: '表格行中缺少数字', en: 'A table row lacks a number' },
  documentation: {
    zh: '每一行应有与列数相同的数字（表三每行 7 个：六类申请人和总计）。复制或转换 PDF 时常会丢失单元格。一行只缺一个数字时，检查器把缺口依次放在每一格，用勾稽关系求出缺的数并核对：只有一个位置成立时，指出缺的是哪一列、应为多少，该行照常参与核对；哪个位置都不成立时，说明本行数字有误；多个位置都成立时，只指出这一行，不猜测缺的位置，该行也不参与勾稽关系的核对。',
    en: 'Each row has as many numbers as columns (7 in Table 3). Copies and PDF conversions lose cells. When a row lacks one number, the checker tries the gap in each column, with the value the relations give it: when exactly one place fits, the missing column and its value are named and the row is checked as usual; when none fits, a number of the row is wrong; when several fit, only the row is reported and its relations are not checked.',
  },
  check({ model, text, format, locale }, report) {
    if (model.problem) return;
    // Rows after the end of a cut-short text, and the row the cut went through: text-truncated.
    const cut = truncationOf(model, text, format);
    // Rows a PDF's text left unread: table-unreadable's, once for the table.
    const unread = unreadOf(model, text, format);
    for (const table of model.tables) {
      for (const row of table.rows) {
        if (cut?.rows.get(table.id)?.has(row.id) || (cut?.partialRow?.table === table.id && cut.partialRow.row === row.id)) continue;
        if (isUnread(unread, table.id, row.id)) continue;
        const label = rowLabel(format, table.id, row.id) || tableName(table.id, locale);
        if (row.incomplete) {
          const { expected, found, gap, inconsistent } = row.incomplete;
          const where = `${tableName(table.id, locale)}“${label}”`;
          const whereEn = `${tableName(table.id, locale)}, row “${label}”`;
          let message: string;
          if (gap) {
            const column = columnLabel(format, table.id, gap.column);
            const value =
              gap.value === null
                ? ''
                : gap.value === 0
                  ? say(locale, '，应为 0（可能是空白单元格在复制或转换时丢失）', ', and is 0 (perhaps a blank cell lost in a copy or conversion)')
                  : say(locale, `，应为 ${num(gap.value)}`, `, and is ${num(gap.value)}`);
            message = say(
              locale,
              `${where}一行应有 ${expected} 个数字，只有 ${found} 个；按勾稽关系，缺的是“${column}”列${value}`,
              `${whereEn} should hold ${expected} numbers but holds ${found}; by the relations, the missing one is in column “${column}”${value}`,
            );
          } else if (inconsistent) {
            message = say(
              locale,
              `${where}一行应有 ${expected} 个数字，只有 ${found} 个；无论缺的是哪一格，本行都不满足勾稽关系：本行至少有一个数字有误，请对照原件核实`,
              `${whereEn} should hold ${expected} numbers but holds ${found}; wherever the missing one was, the row’s relations do not hold: a number of the row is wrong; check the original document`,
            );
          } else {
            message = say(
              locale,
              `${where}一行应有 ${expected} 个数字，只有 ${found} 个，无法判断缺的是哪一格；本行不参与勾稽关系核对`,
              `${whereEn} should hold ${expected} numbers but holds ${found}; which cell is missing cannot be told, so the row’s relations are not checked`,
            );
          }
          report({
            message,
            range: row.label?.range ?? row.cells[0]?.span.range ?? table.span.range,
            data: { table: table.id, row: row.id, ...(gap ? { column: gap.column, value: gap.value } : {}), ...(inconsistent ? { inconsistent } : {}) },
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
