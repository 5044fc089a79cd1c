// Locale helpers and the names rules give to tables, rows and columns in their messages.
// Messages are Chinese first; English when the requested locale is 'en'. The report's own
// labels stay Chinese in both languages (they are what the reader sees in the document).
import { findRow } from '../formats';
import type { FormatDefinition, TableId } from '../formats/types';
import type { Locale, Localized } from './types';

/** Picks the message for the locale. */
/** A section's numeral as the headings write it (1 → 一). */
export function sectionNumeral(n: number): string {
  return ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'][n] ?? String(n);
}

export function pick(locale: Locale, message: Localized): string {
  return locale === 'en' ? message.en : message.zh;
}

/** Builds a localized message from both texts and picks one. */
export function say(locale: Locale, zh: string, en: string): string {
  return locale === 'en' ? en : zh;
}

const TABLE_NAMES: Record<TableId, Localized> = {
  proactive: { zh: '表二', en: 'Table 2' },
  applications: { zh: '表三', en: 'Table 3' },
  appeals: { zh: '表四', en: 'Table 4' },
};

export function tableName(table: TableId, locale: Locale): string {
  return pick(locale, TABLE_NAMES[table]);
}

/** Removes the explanatory bracket of a long label: `（二）部分公开（区分处理的…）` → `（二）部分公开`. */
function shorten(label: string): string {
  const m = /^(.+?)（[^（）]{6,}）$/.exec(label);
  return m ? m[1]! : label;
}

/**
 * A row's label as a reader finds it in the table: `（三）不予公开 1.属于国家秘密` for numbered
 * items (their group label is printed with the first item of the group), `一、本年新收…` otherwise.
 */
export function rowLabel(format: FormatDefinition | null, table: TableId, rowId: string): string {
  if (!format) return rowId;
  const found = findRow(format, table, rowId);
  if (!found) return rowId;
  const { group, row } = found;
  if (row.unlabelled) return '';
  const label = shorten(row.label);
  if (!/^\d/.test(row.enumerator ?? '')) return label;
  const index = group.rows.indexOf(row);
  for (let i = index; i >= 0; i--) {
    const groupLabel = group.rows[i]!.groupLabel;
    if (groupLabel) return `${groupLabel} ${label}`;
  }
  return label;
}

/** A column's header as a reader finds it: `商业企业`, or `复议后起诉 结果维持` in 表四. */
export function columnLabel(format: FormatDefinition | null, table: TableId, columnId: string): string {
  if (!format) return columnId;
  const def = format.tables.find((t) => t.id === table);
  for (const group of def?.groups ?? []) {
    const column = group.columns.find((c) => c.id === columnId);
    if (!column) continue;
    const label = column.label.replace(/（单位：[^）]*）/, '');
    if (table === 'appeals') {
      const parent = column.parents?.[column.parents.length - 1];
      return parent ? `${parent} ${label}` : label;
    }
    return label;
  }
  return columnId;
}

/** `表三“一、本年新收…”行“自然人”列` / `Table 3, row “…”, column “自然人”`. */
export function cellName(
  format: FormatDefinition | null,
  table: TableId,
  rowId: string,
  columnId: string,
  locale: Locale,
): string {
  const row = rowLabel(format, table, rowId);
  const column = columnLabel(format, table, columnId);
  if (locale === 'en') {
    return row ? `${tableName(table, locale)}, row “${row}”, column “${column}”` : `${tableName(table, locale)}, column “${column}”`;
  }
  return row ? `${tableName(table, locale)}“${row}”行“${column}”列` : `${tableName(table, locale)}“${column}”列`;
}

/** Formats a number for a message: integers as written, decimals without float noise. */
export function num(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Math.round(value * 1e6) / 1e6);
}

/** Joins a list for a message: `A、B和C` / `A, B and C`. */
export function list(items: string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const head = items.slice(0, -1);
  const last = items[items.length - 1]!;
  return locale === 'en' ? `${head.join(', ')} and ${last}` : `${head.join('、')}和${last}`;
}
