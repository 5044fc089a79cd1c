// Display names of the three tables and of the ways a table is written, in both languages (the
// Outline shows them; internal ids such as `proactive` or `tab-rows` never reach the user).
import type { Locale, Rendering, TableId } from '../core';

const TABLES: Record<TableId, { zh: string; en: string }> = {
  proactive: { zh: '表二 主动公开政府信息情况', en: 'Table 2 — proactive disclosure' },
  applications: { zh: '表三 收到和处理政府信息公开申请情况', en: 'Table 3 — applications received and handled' },
  appeals: { zh: '表四 政府信息公开行政复议、行政诉讼情况', en: 'Table 4 — reconsideration and litigation' },
};

export function tableTitle(id: TableId, locale: Locale): string {
  return TABLES[id]?.[locale] ?? id;
}

const RENDERINGS: Record<Rendering, { zh: string; en: string }> = {
  'tab-cells': { zh: '制表符分隔，一格一行', en: 'tab-separated, a cell per line' },
  'tab-rows': { zh: '制表符分隔', en: 'tab-separated rows' },
  'pipe-rows': { zh: '竖线表格', en: 'pipe table' },
  'pipe-cells': { zh: '竖线分隔，一格一行', en: 'pipe-separated, a cell per line' },
  'paragraph-cells': { zh: '一格一段', en: 'a cell per paragraph' },
  fused: { zh: '数字连写', en: 'fused digits' },
  'space-rows': { zh: '空格分隔', en: 'space-separated rows' },
  html: { zh: '网页表格', en: 'web-page table' },
  mixed: { zh: '多种写法', en: 'mixed layout' },
};

/** How a table is written, as the Outline describes it. */
export function renderingName(rendering: Rendering, locale: Locale): string {
  return RENDERINGS[rendering]?.[locale] ?? rendering;
}
