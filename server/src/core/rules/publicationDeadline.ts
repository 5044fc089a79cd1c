// publication-deadline: published after the Art. 49 deadline (departments 31 Jan, governments 31 Mar).
import { say } from './messages';
import type { RuleDef } from './types';
import { isGovernment } from './util';
import type { PublicationDeadlineData } from './data';

export const publicationDeadline: RuleDef<PublicationDeadlineData> = {
  id: 'publication-deadline',
  defaultSeverity: 'information',
  description: { zh: '发布日期晚于条例第四十九条规定的期限', en: 'Published after the Art. 49 deadline' },
  documentation: {
    zh: '条例第四十九条：县级以上人民政府部门应当在每年 1 月 31 日前公布本行政机关上一年度的年度报告；县级以上地方人民政府的年度报告由主管部门在每年 3 月 31 日前公布。本规则比较报告落款日期与期限；机关类别按机关名称判断，无法判断时只在晚于 3 月 31 日时提示。',
    en: 'Art. 49: departments publish last year’s report by 31 January; a government’s report is published by 31 March. The date at the end of the report is compared with the deadline; when the kind of body cannot be told, only dates after 31 March are reported.',
  },
  check({ model, locale }, report) {
    const date = model.metadata.publicationDate;
    const span = model.metadata.publicationDateSpan;
    if (model.problem || !date || !span || model.year === null) return;
    const government = isGovernment(model);
    const deadlineYear = model.year + 1;
    const deadline = government === false ? `${deadlineYear}-01-31` : `${deadlineYear}-03-31`;
    if (date <= deadline) return;
    const [, month, day] = deadline.split('-').map(Number) as [number, number, number];
    const who = government === true ? { zh: '人民政府的年度报告', en: 'a government’s report' } : government === false ? { zh: '政府部门的年度报告', en: 'a department’s report' } : { zh: '年度报告', en: 'the report' };
    report({
      message: say(
        locale,
        `落款日期 ${date} 晚于期限：${who.zh}应在 ${deadlineYear} 年 ${month} 月 ${day} 日前公布（条例第四十九条）`,
        `Dated ${date}, after the deadline: ${who.en} is due by ${deadline} (Art. 49)`,
      ),
      range: span.range,
      data: { date, deadline },
    });
  },
};
