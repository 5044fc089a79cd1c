// applications-balance: in each column of 表三, new + carried-over = total + carried-forward.
// The relation itself is data (FormatDefinition.relations); evaluation and localisation: relations.ts.
import { relationRule } from './relations';

export const applicationsBalance = relationRule({
  id: 'applications-balance',
  defaultSeverity: 'error',
  description: { zh: '表三各列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理', en: 'Table 3, each column: new + carried over = handled total + carried forward' },
  documentation: {
    zh: '表三左上角印有本表的勾稽关系：“第一项加第二项之和，等于第三项加第四项之和”，即每一列都应满足 本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理。若只有一格有误且它同时使所在行的合计不成立，检查器会指出这一格和能使两处都成立的值，并提供快速修复。',
    en: 'Table 3 prints its own relation: for each column, new + carried over = total handled + carried forward. When one cell explains this and its row total, the checker names it and the value that repairs both (with a quick fix).',
  },
});
