// The extension's runtime UI strings, Chinese and English side by side. Pure (no `vscode`), so
// the unit tests check that every string exists in both languages; l10n.ts picks one.

export const UI_STRINGS = {
  checking: { zh: '正在检查工作区中的年报', en: 'Checking the reports in the workspace' },
  progress: { zh: '{0}/{1}：{2}', en: '{0}/{1}: {2}' },
  noFiles: { zh: '工作区中没有找到年报文件。', en: 'No report files were found in the workspace.' },
  noWorkspace: { zh: '请先打开一个文件夹。', en: 'Open a folder first.' },
  summary: {
    zh: '已检查 {0} 份年报：{1} 个错误，{2} 个警告，{3} 个提示。',
    en: 'Checked {0} reports: {1} errors, {2} warnings, {3} other findings.',
  },
  cancelled: { zh: '检查已取消（已检查 {0} 份）。', en: 'Check cancelled ({0} reports checked).' },
  showProblems: { zh: '查看问题', en: 'Show Problems' },
  showSkipped: { zh: '查看跳过的文件', en: 'Show Skipped Files' },
  skippedSummary: { zh: '跳过 {0} 个文件。', en: ' {0} files skipped.' },
  skippedHeader: { zh: '工作区检查（{0}）跳过的文件及原因：', en: 'Files the workspace check ({0}) skipped, and why:' },
  skippedNotReport: { zh: '看起来不是年报（没有年报的标题、章节或统计表）', en: 'does not look like an annual report (no title, sections or tables of one)' },
  skippedNotDetected: { zh: '文件名不像年报，且已关闭按内容识别（nianbao.detectByContent）', en: 'not named like a report, and recognition by content (nianbao.detectByContent) is off' },
  skippedUnreadable: { zh: '无法读取：{0}', en: 'cannot be read: {0}' },
  statusName: { zh: '年报检查', en: 'Nianbao' },
  statusFormat: { zh: '{0}版格式', en: '{0} format' },
  statusYear: { zh: '{0}年度', en: 'year {0}' },
  statusNoFormat: { zh: '未识别表格', en: 'no tables found' },
  statusFindings: { zh: '{0} 个问题', en: '{0} findings' },
  statusClean: { zh: '未发现问题', en: 'no findings' },
  statusChecking: { zh: '检查中…', en: 'checking…' },
  statusTooltip: {
    zh: '政府信息公开工作年度报告检查：点击查看问题',
    en: 'Government information disclosure annual report check: click to show the problems',
  },
  previewTitle: { zh: '表格预览：{0}', en: 'Tables: {0}' },
  previewTitleLocked: { zh: '表格预览（已锁定）：{0}', en: 'Tables (locked): {0}' },
  previewLocked: { zh: '表格预览已锁定在 {0}', en: 'The table preview stays on {0}' },
  previewUnlocked: { zh: '表格预览跟随当前年报', en: 'The table preview follows the active report' },
  previewNoReport: { zh: '请先打开一份年报。', en: 'Open an annual report first.' },
  tidyAction: { zh: '整理报告文字（标题、表格行各占一行）', en: 'Tidy report text (a heading or table row per line)' },
  tidyNothing: { zh: '报告文字已经整齐，无需整理。', en: 'The report text is already tidy.' },
  tidyChanged: { zh: '报告在整理时被修改，请重试。', en: 'The report changed while it was tidied; try again.' },
  reportsSkipped: { zh: '已跳过（{0}）', en: 'Skipped ({0})' },
  reportsCounts: { zh: '{0} 错误 · {1} 警告', en: '{0} errors · {1} warnings' },
  reportsBadge: { zh: '{0} 份年报有错误', en: '{0} reports with errors' },
  reportsFormat: { zh: '{0}版', en: '{0} format' },
  reportsShortNotReport: { zh: '不像年报', en: 'not a report' },
  reportsShortUnreadable: { zh: '无法读取', en: 'unreadable' },
  reportsShortNotDetected: { zh: '文件名不像年报', en: 'not named like a report' },
  documentUnreadable: { zh: '无法读取 {0}：{1}', en: 'Cannot read {0}: {1}' },
  documentPick: { zh: '选择年报文档（DOCX、PDF、网页）', en: 'Choose a report document (DOCX, PDF, web page)' },
  documentOpening: { zh: '正在读取 {0}…', en: 'Reading {0}…' },
} satisfies Record<string, { zh: string; en: string }>;

export type StringId = keyof typeof UI_STRINGS;

/** The language of a `nianbao.locale` setting: `zh`/`en`, or for `auto` the display language's. */
export function localeLanguage(setting: string | undefined, displayLanguage: string): 'zh' | 'en' {
  if (setting === 'zh' || setting === 'en') return setting;
  return displayLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
