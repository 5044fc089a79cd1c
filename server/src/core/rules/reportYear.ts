// report-year: the title's year contradicts the statistics period, or was never filled in.
import { say } from './messages';
import type { RuleDef } from './types';
import type { ReportYearData } from './data';

export const reportYear: RuleDef<ReportYearData> = {
  id: 'report-year',
  defaultSeverity: 'warning',
  description: { zh: '标题年份与统计期限不一致或未填写', en: 'The title year contradicts the statistics period, or is unfilled' },
  documentation: {
    zh: '标题中的年度（“2020年政府信息公开工作年度报告”）应与正文所述统计期限（“统计期限自2020年1月1日起至12月31日止”）一致。沿用上一年的报告模板时，常常只改了一处。标题中的“XXXX年”说明模板尚未填写。',
    en: 'The year in the title should match the statistics period stated in the text. Reports copied from last year often change only one of them. “XXXX年” in the title is an unfilled template.',
  },
  check({ model, locale }, report) {
    if (model.problem) return;
    const m = model.metadata;
    if (m.unfilledYear) {
      const range = m.titleYearSpan?.range ?? m.title?.range;
      if (range) {
        report({
          message: say(locale, '标题中的年份未填写（模板中的“XXXX年”）', 'The title’s year was never filled in (“XXXX年” from the template)'),
          range,
        });
      }
      return;
    }
    if (m.titleYear === undefined || m.periodYear === undefined || m.titleYear === m.periodYear) return;
    const range = m.titleYearSpan?.range ?? m.title?.range;
    if (!range) return;
    report({
      message: say(
        locale,
        `标题年份为 ${m.titleYear} 年，而统计期限为 ${m.periodYear} 年；两者应一致`,
        `The title says ${m.titleYear} but the statistics period is ${m.periodYear}; they should agree`,
      ),
      range,
      related: m.periodSpan ? [{ range: m.periodSpan.range, message: say(locale, `统计期限：${m.periodYear} 年`, `statistics period: ${m.periodYear}`) }] : [],
      data: { titleYear: m.titleYear, periodYear: m.periodYear },
    });
  },
};
