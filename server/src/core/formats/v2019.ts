// The 2019 format (国办公开办函〔2019〕60号), used for the 2019 and 2020 reports.
import { APPEALS_RELATIONS, APPEALS_TABLE } from './appeals';
import { applicationsRelations, applicationsTable, CARRIED_OVER_LINK } from './applications';
import { SECTIONS } from './sections';
import type { ColumnDef, FormatDefinition, RowDef } from './types';

const ITEMS_COLUMNS: ColumnDef[] = [
  { id: 'previous-items', label: '上一年项目数量', kind: 'count' },
  { id: 'change', label: '本年增/减', aliases: ['本年增减'], kind: 'change' },
  { id: 'decisions', label: '处理决定数量', aliases: ['本年处理决定数量'], kind: 'count' },
];

const OTHER_ROWS: RowDef[] = [
  {
    id: 'other',
    label: '（六）其他处理',
    enumerator: '（六）',
    aliases: ['其他处理'],
    meaning: '以其他方式处理的申请件数（2019年格式为一行；2021年格式细分为三行）。',
  },
];

export const FORMAT_2019: FormatDefinition = {
  version: '2019',
  notice: '国办公开办函〔2019〕60号',
  years: { from: 2019, to: 2020 },
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
            { id: 'made', label: '本年新制作数量', aliases: ['本年度新制作数量', '新制作数量'], kind: 'count' },
            { id: 'published', label: '本年新公开数量', aliases: ['本年度新公开数量', '新公开数量'], kind: 'count' },
            { id: 'total-published', label: '对外公开总数量', aliases: ['公开总数量'], kind: 'count' },
          ],
          rows: [
            { id: 'regulations', label: '规章', meaning: '本机关制定的规章。' },
            { id: 'normative-documents', label: '规范性文件', aliases: ['行政规范性文件'], meaning: '本机关制定的规范性文件。' },
          ],
          headerWords: ['信息内容'],
        },
        {
          id: 'item-5',
          caption: '第二十条第（五）项',
          article20Item: 5,
          columns: ITEMS_COLUMNS,
          rows: [
            { id: 'licensing', label: '行政许可', meaning: '办理行政许可的项目数量及处理决定数量。' },
            { id: 'other-services', label: '其他对外管理服务事项', meaning: '其他对外管理服务事项的项目数量及处理决定数量。' },
          ],
          headerWords: ['信息内容'],
        },
        {
          id: 'item-6',
          caption: '第二十条第（六）项',
          article20Item: 6,
          columns: ITEMS_COLUMNS,
          rows: [
            { id: 'penalties', label: '行政处罚', meaning: '实施行政处罚的项目数量及处理决定数量。' },
            { id: 'coercion', label: '行政强制', meaning: '实施行政强制的项目数量及处理决定数量。' },
          ],
          headerWords: ['信息内容'],
        },
        {
          id: 'item-8',
          caption: '第二十条第（八）项',
          article20Item: 8,
          columns: ITEMS_COLUMNS.slice(0, 2),
          rows: [{ id: 'fees', label: '行政事业性收费', meaning: '行政事业性收费项目数量及增减。' }],
          headerWords: ['信息内容'],
        },
        {
          id: 'item-9',
          caption: '第二十条第（九）项',
          article20Item: 9,
          columns: [
            { id: 'projects', label: '采购项目数量', kind: 'count' },
            { id: 'amount', label: '采购总金额', kind: 'amount' },
          ],
          rows: [{ id: 'procurement', label: '政府集中采购', meaning: '政府集中采购的项目数量和总金额。' }],
          headerWords: ['信息内容'],
        },
      ],
    },
    applicationsTable(OTHER_ROWS),
    APPEALS_TABLE,
  ],
  relations: [
    {
      id: 'published-within-total',
      table: 'proactive',
      along: 'row',
      over: ['regulations', 'normative-documents'],
      left: ['published'],
      right: ['total-published'],
      kind: 'at-most',
      description: '本年新公开数量 ≤ 对外公开总数量',
    },
    ...applicationsRelations(OTHER_ROWS.map((r) => r.id)),
    ...APPEALS_RELATIONS,
  ],
  links: [CARRIED_OVER_LINK],
  markers: {
    columns: ['made', 'published', 'total-published', 'previous-items'],
    rows: [
      { table: 'applications', row: 'other' },
      { table: 'proactive', row: 'procurement' },
      { table: 'proactive', row: 'other-services' },
    ],
  },
  requires: { feeStatement: false },
};
