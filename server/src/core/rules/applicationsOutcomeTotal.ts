// applications-outcome-total: in each column of 表三, the total row = every outcome row.
// The relation itself is data (FormatDefinition.relations); evaluation and localisation: relations.ts.
import { relationRule } from './relations';

export const applicationsOutcomeTotal = relationRule({
  id: 'applications-outcome-total',
  defaultSeverity: 'error',
  description: { zh: '表三各列：（七）总计 = （一）至（六）各项之和', en: 'Table 3, each column: (7) total = sum of outcomes (1)–(6)' },
  documentation: {
    zh: '表三“（七）总计”一行应等于“（一）予以公开”至“（六）其他处理”各行之和（不予公开、无法提供、不予处理和其他处理按其细项计入，没有小计行）。',
    en: 'The (7) total row of Table 3 equals the sum of every outcome row from (1) granted to the last (6) row (the groups have no subtotal rows).',
  },
});
