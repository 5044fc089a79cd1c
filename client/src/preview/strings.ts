// The preview page's UI strings, Chinese first; English when VS Code's display language is not
// Chinese. They reach the page as an escaped data attribute of the HTML shell.
import type { PreviewStrings } from './messages';

export const PREVIEW_STRINGS_ZH: PreviewStrings = {
  format: '{0}版格式',
  formatUnknown: '未识别格式版本',
  year: '{0}年度',
  body: '{0}',
  tableMissing: '报告中未找到此表，以下为官方格式的空表。',
  rowMissing: '报告中缺少此行',
  rowIncomplete: '此行应有 {0} 个数字，只有 {1} 个，无法判断缺的是哪一格',
  rowUnreadable: '此行数字连写，无法拆分：{0}',
  empty: '空',
  emptyHint: '单元格为空（如为零，应填 0）',
  dash: '—',
  dashHint: '单元格填写了横线或斜杠，不是数字',
  missing: '缺',
  missingHint: '此行的数字少于格式要求，本格缺失',
  notNumber: '不是数字',
  ambiguous: '数字连写，有多种读法：{0}',
  derived: '由本行下的子行相加得出',
  written: '原文：{0}',
  problem: '无法作为年报读取：{0}',
  noTables: '未在报告中找到统计表。',
  legend: '空单元格|横线|缺失|多种读法|有问题',
  waiting: '正在读取表格……',
};

export const PREVIEW_STRINGS_EN: PreviewStrings = {
  format: '{0} format',
  formatUnknown: 'format version not recognised',
  year: 'year {0}',
  body: '{0}',
  tableMissing: 'The report has no such table; the official layout is shown empty.',
  rowMissing: 'This row is missing from the report',
  rowIncomplete: 'This row should hold {0} numbers but has {1}; which one is missing cannot be told',
  rowUnreadable: 'The digits of this row are written together and cannot be split: {0}',
  empty: 'empty',
  emptyHint: 'The cell is empty (write 0 for zero)',
  dash: '—',
  dashHint: 'The cell holds a dash or slash, not a number',
  missing: 'n/a',
  missingHint: 'The row has fewer numbers than the format asks for; this one is missing',
  notNumber: 'Not a number',
  ambiguous: 'Digits written together, several readings: {0}',
  derived: 'The sum of the sub-rows under this row',
  written: 'As written: {0}',
  problem: 'Cannot be read as an annual report: {0}',
  noTables: 'No statistical tables were found in the report.',
  legend: 'empty cell|dash|missing|several readings|finding',
  waiting: 'Reading the tables…',
};

export function previewStrings(language: string): PreviewStrings {
  return language.toLowerCase().startsWith('zh') ? PREVIEW_STRINGS_ZH : PREVIEW_STRINGS_EN;
}
