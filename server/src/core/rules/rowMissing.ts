// row-missing: a row the format asks for is not in the table.
import { rowLabel, say, tableName } from './messages';
import { truncationOf } from './truncation';
import { isUnread, unreadOf } from './unread';
import type { RuleDef } from './types';
import type { RowData } from './data';

export const rowMissing: RuleDef<RowData> = {
  id: 'row-missing',
  defaultSeverity: 'error',
  description: { zh: '统计表缺少规定的行', en: 'A table lacks a row of the format' },
  documentation: {
    zh: '统一格式的每张表有固定的行（如表三的“（三）不予公开”8 项）。删去某一行，即使该行全为 0，也会使表格与格式不符，汇总时无法对齐。请按统一格式补回该行并填写数字。',
    en: 'Each table of the format has fixed rows. Dropping a row, even an all-zero one, breaks the layout and the reviewer’s summary. Restore the row and fill in its numbers.',
  },
  check({ model, text, format, locale }, report) {
    if (model.problem || !format) return;
    const cut = truncationOf(model, text, format);
    // Rows a PDF's text left unread: table-unreadable's, once for the table.
    const unread = unreadOf(model, text, format);
    for (const table of model.tables) {
      const def = format.tables.find((t) => t.id === table.id);
      if (!def) continue;
      const order = def.groups.flatMap((g) => g.rows.map((r) => r.id));
      const present = (id: string) => table.rows.find((r) => r.id === id && r.label);
      for (const rowId of table.missingRows) {
        if (cut?.rows.get(table.id)?.has(rowId) || isUnread(unread, table.id, rowId)) continue;
        const index = order.indexOf(rowId);
        // Point at the nearest row that is there: the next one, else the previous one.
        const next = order.slice(index + 1).map(present).find(Boolean);
        const previous = next ? undefined : order.slice(0, Math.max(index, 0)).reverse().map(present).find(Boolean);
        const label = rowLabel(format, table.id, rowId);
        const name = tableName(table.id, locale);
        // The neighbour as the text writes it, unless the text broke it over lines (a PDF's text,
        // its label's pieces among numbers): then as the format names it.
        const named = (row: NonNullable<typeof next>) => (/\n/.test(row.label!.text.trim()) ? rowLabel(format, table.id, row.id) : row.label!.text.trim());
        let where = { zh: '', en: '' };
        if (next?.label) where = { zh: `（应在“${named(next)}”之前）`, en: ` (expected before “${named(next)}”)` };
        else if (previous?.label) where = { zh: `（应在“${named(previous)}”之后）`, en: ` (expected after “${named(previous)}”)` };
        report({
          message: say(locale, `${name}缺少“${label}”一行${where.zh}`, `${name} lacks the row “${label}”${where.en}`),
          range: (next ?? previous)?.label?.range ?? table.span.range,
          data: { table: table.id, row: rowId },
        });
      }
    }
  },
};
