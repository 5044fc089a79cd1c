// section-heading: a section heading reworded from the format's wording.
import { SECTIONS } from '../formats';
import { say, sectionNumeral } from './messages';
import type { RuleDef } from './types';
import type { SectionHeadingData } from './data';

export const sectionHeading: RuleDef<SectionHeadingData> = {
  id: 'section-heading',
  defaultSeverity: 'information',
  description: { zh: '部分标题与统一格式的写法不同', en: 'A section heading differs from the format’s wording' },
  documentation: {
    zh: '统一格式规定了六个部分的标题。常见的等价写法（如第四部分用条例第五十条的措辞）不提示；改写过的标题（如“存在问题与不足”“下一步工作思路”）按其文字归入相应部分，并提示规定的写法，便于上级审核时对照。',
    en: 'The format prescribes the six headings. Accepted variants are not reported; reworded headings are assigned to a section by their words and the prescribed wording is suggested.',
  },
  check({ model, locale }, report) {
    if (model.problem) return;
    for (const section of model.sections) {
      if (section.match !== 'reworded' || section.id === null) continue;
      const def = SECTIONS.find((d) => d.id === section.id)!;
      const numbered = section.numeral !== null && section.numeral !== def.numeral;
      report({
        message: numbered
          ? say(
              locale,
              `标题“${section.title}”不是统一格式的写法；按内容归入第${sectionNumeral(def.numeral)}部分“${def.heading}”`,
              `Heading “${section.title}” is not the format’s wording; by its content it belongs to section ${def.numeral} “${def.heading}”`,
            )
          : say(
              locale,
              `标题“${section.title}”与统一格式不同，应为“${sectionNumeral(def.numeral)}、${def.heading}”`,
              `Heading “${section.title}” differs from the format, which has “${sectionNumeral(def.numeral)}、${def.heading}”`,
            ),
        range: section.heading.range,
        data: { section: def.id, expected: `${sectionNumeral(def.numeral)}、${def.heading}` },
      });
    }
  },
};
