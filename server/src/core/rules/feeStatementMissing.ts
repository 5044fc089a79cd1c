// fee-statement-missing: a 2021-format report does not say whether 信息处理费 was charged.
import { say } from './messages';
import type { RuleDef } from './types';
import { firstLineRange, insideTable, sectionOf, tableSpans } from './util';
import type { NoData } from './data';

/** Words that make a statement about the information processing fee. */
const FEE = /信息处理费|处理费|(?:未|没有|不)收取[^。；\n]{0,12}费/;

export const feeStatementMissing: RuleDef<NoData> = {
  id: 'fee-statement-missing',
  defaultSeverity: 'information',
  description: { zh: '未说明信息处理费收取情况（2021 年格式）', en: 'No statement on information processing fees (2021 format)' },
  documentation: {
    zh: '自 2021 年格式起，报告应在“六、其他需要报告的事项”中说明是否依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费，例如“本年度未收取信息处理费”。这是通行做法而非条例条文，因此只作提示。',
    en: 'From the 2021 format on, section 6 states whether information processing fees were charged under 国办函〔2020〕109号, e.g. “本年度未收取信息处理费”. Common practice rather than statute, hence information only.',
  },
  check({ model, text, format, locale }, report) {
    if (model.problem || !format?.requires.feeStatement) return;
    const spans = tableSpans(model);
    const re = new RegExp(FEE.source, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!insideTable(spans, m.index)) return;
    }
    const other = sectionOf(model, 'other');
    report({
      message: say(
        locale,
        '未说明是否收取信息处理费；2021 年格式起应在“六、其他需要报告的事项”中说明（如“本年度未收取信息处理费”）',
        'No statement on information processing fees; from the 2021 format on, section 6 says whether they were charged (e.g. “本年度未收取信息处理费”)',
      ),
      range: other?.heading.range ?? model.sections[model.sections.length - 1]?.heading.range ?? firstLineRange(text),
    });
  },
};
