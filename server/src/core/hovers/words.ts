// The headings of hover sections and the few fixed phrases hovers use. The report's own words and
// the statute stay Chinese in both locales; only these frame words follow the locale.
import type { Locale, Localized } from '../rules/types';

const WORDS = {
  statute: { zh: '条例原文', en: 'The Regulation' },
  recorded: { zh: '本报告格式在此项下统计', en: 'What this report’s format records under it' },
  changes: { zh: '格式变化', en: 'Changes between format versions' },
  counted: { zh: '统计内容', en: 'What is counted' },
  basis: { zh: '法律依据', en: 'Legal basis' },
  noArticle: { zh: '条例无单独条文。', en: 'No article of its own in the Regulation.' },
  asks: { zh: '应写的内容', en: 'What the section must contain' },
  official: { zh: '格式规定的标题', en: 'The heading as the format prints it' },
  relations: { zh: '勾稽关系', en: 'Relations' },
  noRelations: { zh: '这一格不参与勾稽关系。', en: 'This cell takes part in no relation.' },
  value: { zh: '数值', en: 'Value' },
  unknown: { zh: '无法核对：有单元格为空或未能读出', en: 'cannot be checked: a cell is empty or unread' },
  columns: { zh: '列', en: 'columns' },
  rows: { zh: '行', en: 'rows' },
  format: { zh: '格式', en: 'format' },
} satisfies Record<string, Localized>;

export type WordId = keyof typeof WORDS;

export function word(id: WordId, locale: Locale): string {
  return locale === 'en' ? WORDS[id].en : WORDS[id].zh;
}

/** A bold hover-section heading: `**法律依据**`. */
export function heading(id: WordId, locale: Locale): string {
  return `**${word(id, locale)}**`;
}
