// title-missing: the report has no title naming the body and the year.
import { say } from './messages';
import type { RuleDef } from './types';
import { firstLineRange } from './util';
import type { NoData } from './data';

export const titleMissing: RuleDef<NoData> = {
  id: 'title-missing',
  defaultSeverity: 'warning',
  description: { zh: '报告没有标题', en: 'The report has no title' },
  documentation: {
    zh: '年度报告应以“××（机关名称）××××年政府信息公开工作年度报告”为标题，写明发布机关和报告年度。没有标题时，读者和汇总工具都无法确定报告的机关与年度。',
    en: 'A report is titled “<body> <year>年政府信息公开工作年度报告”, naming the body and the year. Without it neither readers nor summary tools can tell whose report it is and for which year.',
  },
  check({ model, text, locale }, report) {
    if (model.problem || model.metadata.title) return;
    if (model.sections.length === 0 && model.tables.length === 0) return;
    const period = model.metadata.periodYear;
    report({
      message: say(
        locale,
        `报告没有标题；应以“（机关名称）${period ?? '××××'}年政府信息公开工作年度报告”开头`,
        `The report has no title; it should begin with “<body name> ${period ?? 'YYYY'}年政府信息公开工作年度报告”`,
      ),
      range: firstLineRange(text),
    });
  },
};
