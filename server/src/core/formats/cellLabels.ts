// Short Chinese names of a format's cells for the heads of a reviewer's sheet: `表三·本年新收·自然人`,
// `表三·不予公开·属于国家秘密·总计`, `表四·未经复议直接起诉·结果维持`. Built from the format
// definitions' own labels (enumerators, notes in brackets and the long common endings left out), so
// a new version needs nothing here.
import type { FormatDefinition, RowDef, TableDef } from './types';

const ENUMERATOR = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．])\s*/;

function shortRow(label: string): string {
  let text = label.replace(ENUMERATOR, '').replace(/（[^）]*）/g, '').replace(/政府信息公开申请数量$/, '');
  // The 2021 “other” rows are sentences: their first clause names them.
  if (text.length > 12) text = text.split(/[、，]/)[0]!;
  return text;
}

/** Each row's short name, with its group's (`不予公开·属于国家秘密`) for the items of a group. */
function rowNames(table: TableDef): Map<string, string> {
  const names = new Map<string, string>();
  for (const group of table.groups) {
    let current: string | undefined;
    for (const row of group.rows) {
      current = groupOf(row, current);
      const own = shortRow(row.label);
      names.set(row.id, row.unlabelled ? '' : current && current !== own ? `${current}·${own}` : own);
    }
  }
  return names;
}

function groupOf(row: RowDef, current: string | undefined): string | undefined {
  // 三、本年度办理结果 heads every outcome row: too wide a group to name in each head.
  if (row.groupLabel) return /^[一二三四五六七八九十]+、/.test(row.groupLabel) ? undefined : shortRow(row.groupLabel);
  // Numbered items (`2.重复申请`) stay in the group the last group label opened.
  return row.enumerator && /^\d/.test(row.enumerator) ? current : undefined;
}

/** The short Chinese name of every cell key of a format (`<table>.<row>.<column>` → name). */
export function cellLabels(format: FormatDefinition): Map<string, string> {
  const labels = new Map<string, string>();
  for (const table of format.tables) {
    const rows = rowNames(table);
    for (const group of table.groups) {
      for (const row of group.rows) {
        for (const column of group.columns) {
          // Columns under a heading of their own (表四's 行政复议 / 未经复议直接起诉) keep it.
          const parent = row.unlabelled ? column.parents?.[column.parents.length - 1] : undefined;
          const parts = [table.name, rows.get(row.id), parent, column.label].filter((p): p is string => !!p);
          labels.set(`${table.id}.${row.id}.${column.id}`, parts.join('·'));
        }
      }
    }
  }
  return labels;
}
