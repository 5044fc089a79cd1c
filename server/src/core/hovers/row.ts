// Hover on a row label (what is counted there and its legal basis, with the article quoted) and
// on a column header (where the column sits; 表四's single row is explained through its headers).
import { findRow } from '../formats';
import type { FormatDefinition, RowDef, TableId } from '../formats/types';
import { columnDef } from '../relations';
import { rowLabel, say, tableName } from '../rules/messages';
import type { Locale } from '../rules/types';
import { quoteArticle, referencedItems } from './quote';
import { heading, word } from './words';

/** The legal basis of a row: its articles quoted (only the items its meaning names), or 表二's Art. 20 item. */
function basis(format: FormatDefinition, table: TableId, row: RowDef, locale: Locale): string | undefined {
  const found = findRow(format, table, row.id);
  if (table === 'proactive' && found?.group.article20Item) {
    return `${heading('basis', locale)}\n\n${quoteArticle('第二十条', [found.group.article20Item])}`;
  }
  if (!row.articles) return undefined;
  if (row.articles.length === 0) return `${heading('basis', locale)}\n\n${word('noArticle', locale)}`;
  const quotes = row.articles.map((a) => quoteArticle(a, referencedItems(row.meaning ?? '', a))).filter((q) => q);
  return `${heading('basis', locale)}\n\n${quotes.join('\n\n')}`;
}

function describeRow(format: FormatDefinition, table: TableId, row: RowDef, title: string, locale: Locale): string {
  const parts = [`**${tableName(table, locale)} · ${title}**`];
  if (row.meaning) parts.push(`${heading('counted', locale)}\n\n${row.meaning}`);
  const legal = basis(format, table, row, locale);
  if (legal) parts.push(legal);
  return parts.join('\n\n');
}

export function rowHover(format: FormatDefinition, table: TableId, rowId: string, locale: Locale): string | null {
  const found = findRow(format, table, rowId);
  if (!found) return null;
  return describeRow(format, table, found.row, rowLabel(format, table, rowId), locale);
}

/** A column header: its place under the header labels above it; for 表四, the row it heads. */
export function headerHover(format: FormatDefinition, table: TableId, column: string, locale: Locale): string | null {
  const def = columnDef(format, table, column);
  if (!def) return null;
  const path = [...(def.parents ?? []), def.label].join(' › ');
  const parts = [`**${tableName(table, locale)} · ${path}**`];
  if (def.kind === 'amount') {
    parts.push(say(locale, `金额，单位：${def.unit ?? '未规定，应在单元格或表头注明'}`, `An amount, in ${def.unit ?? 'a unit the cell or header must state'}`));
  } else if (def.kind === 'change') {
    parts.push(say(locale, '与上一年相比的增减（可为负数）', 'The change against the previous year (may be negative)'));
  }
  const rows = format.tables.find((t) => t.id === table)?.groups.find((g) => g.columns.includes(def))?.rows ?? [];
  const unlabelled = rows.find((r) => r.unlabelled);
  if (unlabelled) return describeRow(format, table, unlabelled, path, locale);
  return parts.join('\n\n');
}

/**
 * A group label of 表三 (`（三）不予公开`, `三、本年度办理结果`): the rows it groups, each with its
 * legal basis. The group runs from its first row to the next row that opens a group.
 */
export function groupHover(format: FormatDefinition, table: TableId, firstRowId: string, locale: Locale): string | null {
  const found = findRow(format, table, firstRowId);
  if (!found?.row.groupLabel) return null;
  const rows = found.group.rows;
  const start = rows.indexOf(found.row);
  const end = rows.findIndex((r, i) => i > start && (r.groupLabel !== undefined || r.id === 'total'));
  const members = rows.slice(start, end < 0 ? rows.length : end);
  const lines = members.map((r) => {
    const articles = r.articles && r.articles.length > 0 ? `（${r.articles.join('、')}）` : '';
    return `- ${r.label}${articles}`;
  });
  const title = `**${tableName(table, locale)} · ${found.row.groupLabel}**`;
  const intro = say(locale, '本组包括以下各行，各行单独计数，没有小计行：', 'This group holds the rows below, each counted on its own; there is no subtotal row:');
  return [title, intro, lines.join('\n')].join('\n\n');
}
