// The preview page's UI strings, Chinese first; English when VS Code's display language is not
// Chinese. They reach the page as an escaped data attribute of the HTML shell.
import type { PreviewStrings } from '../../../shared/previewMessages';

export const PREVIEW_STRINGS_ZH: PreviewStrings = {
  showing: '当前显示：{0}',
  format: '{0}版格式',
  formatUnknown: '未识别格式版本',
  year: '{0}年度',
  body: '{0}',
  tableMissing: '报告中未找到此表，以下为官方格式的空表。',
  rowMissing: '报告中缺少此行',
  rowIncomplete: '此行应有 {0} 个数字，只有 {1} 个，无法判断缺的是哪一格',
  rowUnreadable: '此行数字连写，无法拆分：{0}',
  unreadableInconsistent: '无论怎样拆分，本行都不满足勾稽关系，至少一个数字有误',
  unreadableBlanksPossible: '拆分都不满足勾稽关系，可能有空白单元格丢失',
  unreadableTooManySplits: '拆分方式过多',
  unreadableNoWellFormedSplit: '拆不出格式要求的各格',
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
  sections: '六个部分',
  sectionMissing: '报告中缺少此部分：{0}',
  sectionFound: '报告中的标题：{0}（点击跳转）',
  copyTsv: '复制（Excel）',
  copyTsvHint: '将此表复制为制表符分隔的文本，可粘贴到 Excel',
  copyHtml: '复制（Word）',
  copyHtmlHint: '将此表复制为带合并单元格的表格，可粘贴到 Word',
  exportCsv: '导出 CSV',
  exportCsvHint: '将三张表的数字导出为 CSV 文件（与命令行 nianbao tables --format csv 的格式相同）',
};

export const PREVIEW_STRINGS_EN: PreviewStrings = {
  showing: 'Showing: {0}',
  format: '{0} format',
  formatUnknown: 'format version not recognised',
  year: 'year {0}',
  body: '{0}',
  tableMissing: 'The report has no such table; the official layout is shown empty.',
  rowMissing: 'This row is missing from the report',
  rowIncomplete: 'This row should hold {0} numbers but has {1}; which one is missing cannot be told',
  rowUnreadable: 'The digits of this row are written together and cannot be split: {0}',
  unreadableInconsistent: 'every split breaks the row’s relations, so at least one number is wrong',
  unreadableBlanksPossible: 'no split fits the relations; blank cells may have been lost',
  unreadableTooManySplits: 'too many ways to split them',
  unreadableNoWellFormedSplit: 'no split gives the cells the format asks for',
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
  sections: 'Six sections',
  sectionMissing: 'The report lacks this section: {0}',
  sectionFound: 'Heading in the report: {0} (click to go there)',
  copyTsv: 'Copy (Excel)',
  copyTsvHint: 'Copy this table as tab-separated text, to paste into Excel',
  copyHtml: 'Copy (Word)',
  copyHtmlHint: 'Copy this table with its merged cells, to paste into Word',
  exportCsv: 'Export CSV',
  exportCsvHint: 'Export the numbers of the three tables as a CSV file (the sheet of nianbao tables --format csv)',
};

/** What the extension says about copies and exports (status bar and messages). */
export interface PreviewNotices {
  /** `{0}` is the table's name (表三). */
  copiedTsv: string;
  copiedHtml: string;
  copiedFallback: string;
  /** `{0}` is the file written. */
  exported: string;
  /** `{0}` is the reason. */
  exportFailed: string;
  noTables: string;
}

const NOTICES_ZH: PreviewNotices = {
  copiedTsv: '已复制{0}（制表符分隔，可粘贴到 Excel）',
  copiedHtml: '已复制{0}（表格，可粘贴到 Word）',
  copiedFallback: '无法以表格格式复制，已将{0}复制为制表符分隔的文本',
  exported: '已导出 CSV：{0}',
  exportFailed: '导出 CSV 失败：{0}',
  noTables: '预览中还没有表格可导出。',
};

const NOTICES_EN: PreviewNotices = {
  copiedTsv: 'Copied {0} as tab-separated text (for Excel)',
  copiedHtml: 'Copied {0} as a table (for Word)',
  copiedFallback: 'Could not copy as a table; copied {0} as tab-separated text',
  exported: 'Exported CSV: {0}',
  exportFailed: 'Could not export the CSV: {0}',
  noTables: 'The preview has no tables to export yet.',
};

export function previewNotices(language: string): PreviewNotices {
  return language.toLowerCase().startsWith('zh') ? NOTICES_ZH : NOTICES_EN;
}

export function previewStrings(language: string): PreviewStrings {
  return language.toLowerCase().startsWith('zh') ? PREVIEW_STRINGS_ZH : PREVIEW_STRINGS_EN;
}
