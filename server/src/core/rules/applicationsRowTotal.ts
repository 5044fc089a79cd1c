// applications-row-total: in each row of 表三, total = the six applicant columns.
// The relation itself is data (FormatDefinition.relations); evaluation and localisation: relations.ts.
import { relationRule } from './relations';

export const applicationsRowTotal = relationRule({
  id: 'applications-row-total',
  defaultSeverity: 'error',
  description: { zh: '表三各行：总计 = 六类申请人之和', en: 'Table 3, each row: total = sum of the six applicant columns' },
  documentation: {
    zh: '表三每一行的“总计”列应等于自然人、商业企业、科研机构、社会公益组织、法律服务机构和其他六列之和。若一格有误，同一列的关系通常也不成立，检查器据此定位出错的单元格。',
    en: 'In each row of Table 3 the total column equals the sum of the six applicant columns. A wrong cell usually breaks its column too, which lets the checker locate it.',
  },
});
