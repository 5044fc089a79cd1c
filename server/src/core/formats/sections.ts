// The six sections every report has, in order (docs/report-format.md §2). The same in both versions.
import type { SectionDef } from './types';

export const SECTIONS: SectionDef[] = [
  {
    id: 'overview',
    numeral: 1,
    heading: '总体情况',
    variants: [],
    keywords: ['总体情况', '总体', '概述', '基本情况'],
    purpose:
      '概述本年度政府信息公开工作。2021年格式要求覆盖主动公开、依申请公开、政府信息管理、政府信息公开平台建设和监督保障等方面；人民政府的报告还应在监督保障部分说明工作考核、社会评议和责任追究结果情况（条例第五十条第（四）项）。',
  },
  {
    id: 'proactive',
    numeral: 2,
    heading: '主动公开政府信息情况',
    variants: ['主动公开情况'],
    keywords: ['主动公开'],
    purpose: '条例第五十条第（一）项：行政机关主动公开政府信息的情况。以统一格式的表二列出第二十条第（一）（五）（六）（八）等项的统计数据。',
  },
  {
    id: 'applications',
    numeral: 3,
    heading: '收到和处理政府信息公开申请情况',
    variants: ['依申请公开政府信息情况', '收到和处理政府信息公开申请的情况'],
    keywords: ['申请'],
    purpose:
      '条例第五十条第（二）项：收到和处理政府信息公开申请的情况。以统一格式的表三按申请人类型列出新收、上年结转、办理结果和结转下年度的申请数量。',
  },
  {
    id: 'appeals',
    numeral: 4,
    heading: '政府信息公开行政复议、行政诉讼情况',
    variants: ['因政府信息公开工作被申请行政复议、提起行政诉讼情况', '政府信息公开行政复议、行政诉讼的情况'],
    keywords: ['复议', '诉讼'],
    purpose:
      '条例第五十条第（三）项：因政府信息公开工作被申请行政复议、提起行政诉讼的情况。以统一格式的表四列出行政复议、未经复议直接起诉和复议后起诉的结果。',
  },
  {
    id: 'problems',
    numeral: 5,
    heading: '存在的主要问题及改进情况',
    variants: ['政府信息公开工作存在的主要问题及改进情况', '存在的主要问题和改进情况'],
    keywords: ['问题', '不足', '改进', '整改', '下一步', '工作思路', '工作打算', '工作计划'],
    purpose:
      '条例第五十条第（四）项：政府信息公开工作存在的主要问题及改进情况；人民政府的报告还应包括工作考核、社会评议和责任追究结果情况。',
  },
  {
    id: 'other',
    numeral: 6,
    heading: '其他需要报告的事项',
    variants: ['其他需要报告事项'],
    keywords: ['其他需要报告', '其他事项', '其他'],
    purpose:
      '条例第五十条第（五）项：其他需要报告的事项。自2021年格式起，应在此说明是否依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费；无其他事项时写“无”。',
  },
];
