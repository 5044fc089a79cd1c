// published-within-total: 2019 表二 item (一), newly published <= total published.
// The relation itself is data (FormatDefinition.relations); evaluation and localisation: relations.ts.
import { relationRule } from './relations';

export const publishedWithinTotal = relationRule({
  id: 'published-within-total',
  defaultSeverity: 'warning',
  description: { zh: '表二（2019 年格式）：本年新公开数量不大于对外公开总数量', en: 'Table 2 (2019 format): newly published ≤ total published' },
  documentation: {
    zh: '2019 年格式表二第二十条第（一）项中，“本年新公开数量”计入“对外公开总数量”，因此不应大于后者。“对外公开总数量”是累计数，若填成了本年数，常会出现此问题。',
    en: 'In the 2019 format, item (一) of Table 2: the documents newly published this year are part of the total published, so the former cannot exceed the latter.',
  },
});
