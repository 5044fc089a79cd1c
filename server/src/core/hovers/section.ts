// Hover on a section heading: what Art. 50 and the format ask of the section.
import { SECTIONS } from '../formats';
import type { SectionModel } from '../model';
import { say } from '../rules/messages';
import type { Locale } from '../rules/types';
import { chineseNumeral, quoteArticle, referencedItems } from './quote';
import { heading, word } from './words';

export function sectionHover(section: SectionModel, locale: Locale): string | null {
  const def = SECTIONS.find((s) => s.id === section.id);
  if (!def) return null;
  const official = `${chineseNumeral(def.numeral)}、${def.heading}`;
  const parts = [`**${official}**`];
  if (section.match !== 'official') {
    parts.push(
      `${word('official', locale)}：${official}` +
        (section.match === 'reworded' ? say(locale, '（本报告的标题与之不同）', ' (this report words it differently)') : ''),
    );
  }
  parts.push(`${heading('asks', locale)}\n\n${def.purpose}`);
  const items = referencedItems(def.purpose, '第五十条');
  parts.push(`${heading('statute', locale)}\n\n${quoteArticle('第五十条', items)}`);
  return parts.join('\n\n');
}
