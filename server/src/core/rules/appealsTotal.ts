// appeals-total: in each group of 表四, total = upheld + corrected + other + pending.
// The relation itself is data (FormatDefinition.relations); evaluation and localisation: relations.ts.
import { relationRule } from './relations';

export const appealsTotal = relationRule({
  id: 'appeals-total',
  defaultSeverity: 'error',
  description: { zh: '表四：各组总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结', en: 'Table 4: each group’s total = upheld + corrected + other + pending' },
  documentation: {
    zh: '表四分行政复议、未经复议直接起诉、复议后起诉三组，每组的“总计”应等于结果维持、结果纠正、其他结果、尚未审结四项之和。一组只有一个关系，无法判断是哪一格有误，因此只指出总计与各项之和不符。',
    en: 'Table 4 has three groups (reconsideration, direct litigation, litigation after reconsideration); each total equals upheld + corrected + other + pending. With one relation per group the wrong cell cannot be located, so the total is reported.',
  },
});
