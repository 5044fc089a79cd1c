// The 2021 format (国办公开办函〔2021〕30号), used from the 2021 report on.
import { APPEALS_RELATIONS, APPEALS_TABLE } from './appeals';
import { applicationsRelations, applicationsTable, CARRIED_OVER_LINK } from './applications';
import { SECTIONS } from './sections';
import type { ColumnDef, FormatDefinition, RowDef } from './types';

const DECISIONS: ColumnDef[] = [
  { id: 'decisions', label: '本年处理决定数量', aliases: ['处理决定数量'], kind: 'count' },
];

const OTHER_ROWS: RowDef[] = [
  {
    id: 'other-no-correction',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    enumerator: '1.',
    groupLabel: '（六）其他处理',
    aliases: ['申请人无正当理由逾期不补正'],
    articles: ['第三十条'],
    meaning: '申请人无正当理由逾期不补正，行政机关不再处理的件数。',
  },
  {
    id: 'other-no-fee',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    enumerator: '2.',
    aliases: ['申请人逾期未按收费通知要求缴纳费用'],
    articles: ['第四十二条'],
    meaning: '申请人逾期未按收费通知要求缴纳信息处理费，行政机关不再处理的件数。',
  },
  {
    id: 'other-other',
    label: '3.其他',
    enumerator: '3.',
    meaning: '以其他方式处理的申请件数。',
  },
];

export const FORMAT_2021: FormatDefinition = {
  version: '2021',
  notice: '国办公开办函〔2021〕30号',
  years: { from: 2021 },
  sections: SECTIONS,
  tables: [
    {
      id: 'proactive',
      name: '表二',
      title: '主动公开政府信息情况',
      section: 'proactive',
      anchors: ['第二十条第（一）项'],
      start: { by: 'caption' },
      groups: [
        {
          id: 'item-1',
          caption: '第二十条第（一）项',
          article20Item: 1,
          columns: [
            { id: 'issued', label: '本年制发件数', aliases: ['本年度制发件数', '制发件数'], kind: 'count' },
            { id: 'repealed', label: '本年废止件数', aliases: ['本年度废止件数', '废止件数'], kind: 'count' },
            { id: 'in-force', label: '现行有效件数', aliases: ['有效件数'], kind: 'count' },
          ],
          rows: [
            { id: 'regulations', label: '规章', meaning: '本机关制定的规章。' },
            { id: 'normative-documents', label: '行政规范性文件', aliases: ['规范性文件'], meaning: '本机关制定的行政规范性文件。' },
          ],
          headerWords: ['信息内容'],
        },
        {
          id: 'item-5',
          caption: '第二十条第（五）项',
          article20Item: 5,
          columns: DECISIONS,
          rows: [{ id: 'licensing', label: '行政许可', meaning: '本年作出的行政许可处理决定数量。' }],
          headerWords: ['信息内容'],
        },
        {
          id: 'item-6',
          caption: '第二十条第（六）项',
          article20Item: 6,
          columns: DECISIONS,
          rows: [
            { id: 'penalties', label: '行政处罚', meaning: '本年作出的行政处罚决定数量。' },
            { id: 'coercion', label: '行政强制', meaning: '本年作出的行政强制决定数量。' },
          ],
          headerWords: ['信息内容'],
        },
        {
          id: 'item-8',
          caption: '第二十条第（八）项',
          article20Item: 8,
          columns: [
            {
              id: 'amount',
              label: '本年收费金额（单位：万元）',
              aliases: ['本年收费金额'],
              kind: 'amount',
              unit: '万元',
            },
          ],
          rows: [{ id: 'fees', label: '行政事业性收费', meaning: '本年行政事业性收费金额（万元）。' }],
          headerWords: ['信息内容'],
        },
      ],
    },
    applicationsTable(OTHER_ROWS),
    APPEALS_TABLE,
  ],
  relations: [...applicationsRelations(OTHER_ROWS.map((r) => r.id)), ...APPEALS_RELATIONS],
  links: [
    CARRIED_OVER_LINK,
    {
      // 现行有效 = last year's 现行有效 + 本年制发 − 本年废止.
      id: 'in-force-chain',
      table: 'proactive',
      rows: [
        { row: 'regulations', previousRow: 'regulations' },
        { row: 'normative-documents', previousRow: 'normative-documents' },
      ],
      columns: [{ column: 'in-force', previousColumn: 'in-force', plus: ['issued'], minus: ['repealed'] }],
    },
  ],
  markers: {
    columns: ['issued', 'repealed', 'in-force'],
    rows: [
      { table: 'applications', row: 'other-no-correction' },
      { table: 'applications', row: 'other-no-fee' },
    ],
  },
  requires: { feeStatement: true },
};
