// section-missing: one of the six sections Art. 50 and the format ask for has no heading.
import { SECTIONS } from '../formats';
import type { Range } from '../model';
import { say, sectionNumeral } from './messages';
import type { SectionId } from '../formats/types';
import { insertSectionEdit } from '../fixes/section';
import { chineseNumeral } from '../hovers/quote';
import type { RuleDef } from './types';

/** `data` of a section-missing finding: which section. */
export interface SectionMissingData {
  section: SectionId;
}
import { truncationOf } from './truncation';
import { effectiveFormat, firstLineRange } from './util';

export const sectionMissing: RuleDef<SectionMissingData> = {
  id: 'section-missing',
  defaultSeverity: 'error',
  description: {
    zh: '缺少规定的六个部分之一（总体情况……其他需要报告的事项）',
    en: 'One of the six mandated sections is missing',
  },
  documentation: {
    zh: '条例第五十条和国办统一格式要求年度报告包括六个部分：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。标题按其文字识别（改写的标题见 `section-heading`），不按编号。某一部分确无内容时，也应保留标题并写“无”。',
    en: 'Art. 50 of the Regulation and the national format require six sections: overview; proactive disclosure; applications received and handled; administrative reconsideration and litigation; main problems and improvements; other matters. Headings are recognised by their words (reworded ones are reported by `section-heading`), not by their numerals. A section with nothing to report keeps its heading and says “无”.',
  },
  check(context, report) {
    const { model, text, locale } = context;
    if (model.problem) return;
    // A text with neither a section nor a table is not a report this rule can judge.
    if (model.sections.length === 0 && model.tables.length === 0) return;
    // Sections after the cut of a text that ends early are one text-truncated finding.
    const cut = truncationOf(model, text, effectiveFormat(context));
    for (const def of SECTIONS) {
      if (model.sections.some((s) => s.id === def.id) || cut?.sections.has(def.id)) continue;
      // Point where it belongs: the next section present, else the last one, else the start.
      const later = model.sections.find((s) => s.id !== null && SECTIONS.findIndex((d) => d.id === s.id) > SECTIONS.indexOf(def));
      const last = model.sections[model.sections.length - 1];
      const range: Range = later?.heading.range ?? last?.heading.range ?? firstLineRange(text);
      report({
        message: say(
          locale,
          `缺少第${sectionNumeral(def.numeral)}部分“${def.heading}”${later ? `（应在“${later.heading.text.trim()}”之前）` : ''}`,
          `Section ${def.numeral} “${def.heading}” is missing${later ? ` (expected before “${later.heading.text.trim()}”)` : ''}`,
        ),
        range,
        data: { section: def.id },
      });
    }
  },
  // The heading inserted where the section belongs (fixes/section.ts); 其他需要报告的事项 gets “无”.
  fix({ model, text, data, locale }) {
    const def = SECTIONS.find((s) => s.id === data.section);
    const edit = insertSectionEdit(model, text, data.section);
    if (!def || !edit) return null;
    const heading = `${chineseNumeral(def.numeral)}、${def.heading}`;
    return {
      title: say(locale, `插入标题“${heading}”${def.id === 'other' ? '（内容写“无”）' : ''}`, `Insert the heading “${heading}”${def.id === 'other' ? ' (with “无”)' : ''}`),
      edits: [edit],
      preferred: true,
      automatic: true,
    };
  },
};
