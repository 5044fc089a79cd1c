// Display names of the three tables, in both languages.
import type { Locale, TableId } from '../core';

const TABLES: Record<TableId, { zh: string; en: string }> = {
  proactive: { zh: '表二 主动公开政府信息情况', en: 'Table 2 — proactive disclosure' },
  applications: { zh: '表三 收到和处理政府信息公开申请情况', en: 'Table 3 — applications received and handled' },
  appeals: { zh: '表四 政府信息公开行政复议、行政诉讼情况', en: 'Table 4 — reconsideration and litigation' },
};

export function tableTitle(id: TableId, locale: Locale): string {
  return TABLES[id]?.[locale] ?? id;
}
