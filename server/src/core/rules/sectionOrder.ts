// section-order: the sections are there but not in the order of the format.
import { SECTIONS } from '../formats';
import { say } from './messages';
import type { RuleDef } from './types';
import type { NoData } from './data';

export const sectionOrder: RuleDef<NoData> = {
  id: 'section-order',
  defaultSeverity: 'warning',
  description: { zh: '各部分的顺序与统一格式不一致', en: 'Sections are not in the order of the format' },
  documentation: {
    zh: '统一格式规定六个部分的顺序：总体情况、主动公开、依申请公开、行政复议和行政诉讼、存在的主要问题及改进情况、其他需要报告的事项。本规则按标题文字识别各部分，发现某部分出现在本应在它之后的部分后面时提示。同一部分分在相邻的两个标题下（如“五、存在问题与不足”“六、下一步工作思路”）不算顺序错误。',
    en: 'The format fixes the order of the six sections. This rule recognises sections by their heading words and reports a section that comes after one that should follow it. One section split over two adjacent headings is not an ordering problem.',
  },
  check({ model, locale }, report) {
    if (model.problem) return;
    const order = (id: string | null) => SECTIONS.findIndex((d) => d.id === id);
    let furthest = -1;
    let furthestHeading = '';
    for (const section of model.sections) {
      const index = order(section.id);
      if (index < 0) continue;
      if (index < furthest) {
        const def = SECTIONS[index]!;
        report({
          message: say(
            locale,
            `“${def.heading}”应排在“${furthestHeading}”之前（统一格式中为第${'一二三四五六'[index]}部分）`,
            `“${def.heading}” should come before “${furthestHeading}” (it is section ${index + 1} of the format)`,
          ),
          range: section.heading.range,
        });
      } else if (index > furthest) {
        furthest = index;
        furthestHeading = section.title || SECTIONS[index]!.heading;
      }
    }
  },
};
