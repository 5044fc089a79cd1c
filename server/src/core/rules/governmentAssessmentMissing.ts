// government-assessment-missing: a 人民政府's report says nothing of 工作考核、社会评议和责任追究.
import { list, say } from './messages';
import type { RuleDef } from './types';
import { firstLineRange, isGovernment, sectionOf } from './util';
import type { GovernmentAssessmentData } from './data';

const TOPICS: Array<{ zh: string; en: string; pattern: RegExp }> = [
  { zh: '工作考核', en: 'performance assessment', pattern: /考核/ },
  { zh: '社会评议', en: 'public evaluation', pattern: /评议/ },
  { zh: '责任追究', en: 'accountability', pattern: /责任追究|追责|问责/ },
];

export const governmentAssessmentMissing: RuleDef<GovernmentAssessmentData> = {
  id: 'government-assessment-missing',
  defaultSeverity: 'warning',
  description: {
    zh: '人民政府的报告未说明工作考核、社会评议和责任追究结果情况',
    en: 'A people’s government’s report omits assessment, public evaluation and accountability',
  },
  documentation: {
    zh: '条例第五十条第（四）项：人民政府的政府信息公开工作年度报告还应当包括工作考核、社会评议和责任追究结果情况（2021 年格式放在总体情况的“监督保障”部分）。部门的报告不要求。机关是否为人民政府按标题中的机关名称判断。',
    en: 'Art. 50(4): a people’s government’s report also covers performance assessment, public evaluation and accountability results (under 监督保障 in the 2021 format). Departments’ reports need not. Whether the body is a government is read from its name.',
  },
  check({ model, text, locale }, report) {
    if (model.problem || isGovernment(model) !== true) return;
    const missing = TOPICS.filter((t) => !t.pattern.test(text));
    if (missing.length === 0) return;
    const where = sectionOf(model, 'overview') ?? sectionOf(model, 'problems');
    report({
      message: say(
        locale,
        `人民政府的报告应说明${list(missing.map((t) => t.zh), locale)}结果情况（条例第五十条第（四）项），正文未提及`,
        `A people’s government’s report covers ${list(missing.map((t) => t.en), locale)} (Art. 50(4)); the text does not mention ${missing.length > 1 ? 'them' : 'it'}`,
      ),
      range: model.metadata.title?.range ?? where?.heading.range ?? firstLineRange(text),
      data: { missing: missing.map((t) => t.zh) },
    });
  },
};
