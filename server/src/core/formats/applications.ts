// 表三 — 收到和处理政府信息公开申请情况 (docs/report-format.md §3.2). Identical in both versions
// except the rows of （六）其他处理, which each version supplies.
import type { ColumnDef, CrossYearLink, RelationDef, RowDef, TableDef } from './types';

const APPLICANT = '申请人情况';
const ORGANISATION = '法人或其他组织';

export const APPLICATION_COLUMNS: ColumnDef[] = [
  { id: 'natural-person', label: '自然人', kind: 'count', parents: [APPLICANT] },
  { id: 'commercial', label: '商业企业', kind: 'count', parents: [APPLICANT, ORGANISATION] },
  { id: 'research', label: '科研机构', kind: 'count', parents: [APPLICANT, ORGANISATION] },
  { id: 'social-welfare', label: '社会公益组织', kind: 'count', parents: [APPLICANT, ORGANISATION] },
  { id: 'legal-services', label: '法律服务机构', kind: 'count', parents: [APPLICANT, ORGANISATION] },
  { id: 'other-entity', label: '其他', kind: 'count', parents: [APPLICANT, ORGANISATION] },
  { id: 'total', label: '总计', kind: 'count', parents: [APPLICANT] },
];

export const APPLICANT_COLUMN_IDS = APPLICATION_COLUMNS.filter((c) => c.id !== 'total').map((c) => c.id);

const OUTCOME_GROUP = '三、本年度办理结果';

const HEAD_ROWS: RowDef[] = [
  {
    id: 'new',
    label: '一、本年新收政府信息公开申请数量',
    enumerator: '一',
    aliases: ['本年新收政府信息公开申请数量', '本年新收申请数量'],
    articles: ['第二十七条'],
    meaning: '本年度收到的政府信息公开申请件数，按申请人类型分列。',
  },
  {
    id: 'carried-over',
    label: '二、上年结转政府信息公开申请数量',
    enumerator: '二',
    aliases: ['上年结转政府信息公开申请数量', '上年结转申请数量'],
    articles: ['第三十三条'],
    meaning: '上一年度收到、跨年度继续办理的申请件数，应等于上一年度报告中“结转下年度继续办理”的数量。',
  },
  {
    id: 'granted',
    label: '（一）予以公开',
    enumerator: '（一）',
    groupLabel: OUTCOME_GROUP,
    articles: ['第三十六条'],
    meaning: '本年度办结、决定予以公开的申请件数（条例第三十六条第（一）项）。',
  },
  {
    id: 'partially-granted',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    enumerator: '（二）',
    aliases: ['部分公开'],
    articles: ['第三十七条'],
    meaning: '本年度办结、决定部分公开的申请件数；区分处理的只计此一情形，不再计入其他情形。',
  },
  {
    id: 'denied-state-secret',
    label: '1.属于国家秘密',
    enumerator: '1.',
    groupLabel: '（三）不予公开',
    articles: ['第十四条'],
    meaning: '因申请公开的信息属于国家秘密而不予公开的件数。',
  },
  {
    id: 'denied-prohibited-by-law',
    label: '2.其他法律行政法规禁止公开',
    enumerator: '2.',
    articles: ['第十四条'],
    meaning: '因法律、行政法规禁止公开而不予公开的件数。',
  },
  {
    id: 'denied-security-stability',
    label: '3.危及“三安全一稳定”',
    enumerator: '3.',
    articles: ['第十四条'],
    meaning: '因公开后可能危及国家安全、公共安全、经济安全、社会稳定而不予公开的件数。',
  },
  {
    id: 'denied-third-party',
    label: '4.保护第三方合法权益',
    enumerator: '4.',
    articles: ['第十五条'],
    meaning: '因涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害而不予公开的件数。',
  },
  {
    id: 'denied-internal-affairs',
    label: '5.属于三类内部事务信息',
    enumerator: '5.',
    articles: ['第十六条'],
    meaning: '因属于人事管理、后勤管理、内部工作流程等内部事务信息而不予公开的件数。',
  },
  {
    id: 'denied-process-information',
    label: '6.属于四类过程性信息',
    enumerator: '6.',
    articles: ['第十六条'],
    meaning: '因属于讨论记录、过程稿、磋商信函、请示报告等过程性信息而不予公开的件数。',
  },
  {
    id: 'denied-enforcement-files',
    label: '7.属于行政执法案卷',
    enumerator: '7.',
    articles: ['第十六条'],
    meaning: '因属于行政执法案卷信息而不予公开的件数。',
  },
  {
    id: 'denied-query-matters',
    label: '8.属于行政查询事项',
    enumerator: '8.',
    articles: [],
    meaning: '因申请事项属于行政查询事项（应通过其他途径查询）而不予公开的件数；条例无单独条文。',
  },
  {
    id: 'unavailable-not-held',
    label: '1.本机关不掌握相关政府信息',
    enumerator: '1.',
    groupLabel: '（四）无法提供',
    articles: ['第三十六条'],
    meaning: '本机关不掌握申请公开的政府信息、无法提供的件数（条例第三十六条第（四）（五）项）。',
  },
  {
    id: 'unavailable-needs-creation',
    label: '2.没有现成信息需要另行制作',
    enumerator: '2.',
    articles: ['第三十八条'],
    meaning: '需要行政机关对现有政府信息加工、分析，没有现成信息、需另行制作而无法提供的件数。',
  },
  {
    id: 'unavailable-unclear',
    label: '3.补正后申请内容仍不明确',
    enumerator: '3.',
    articles: ['第三十条'],
    meaning: '经补正后申请内容仍不明确、无法提供的件数。',
  },
  {
    id: 'rejected-complaint',
    label: '1.信访举报投诉类申请',
    enumerator: '1.',
    groupLabel: '（五）不予处理',
    articles: ['第三十九条'],
    meaning: '以政府信息公开申请形式进行信访、投诉、举报等，不予处理的件数。',
  },
  {
    id: 'rejected-duplicate',
    label: '2.重复申请',
    enumerator: '2.',
    articles: ['第三十六条'],
    meaning: '重复申请公开已答复的同一政府信息、不予重复处理的件数（条例第三十六条第（六）项）。',
  },
  {
    id: 'rejected-publication',
    label: '3.要求提供公开出版物',
    enumerator: '3.',
    articles: ['第三十九条'],
    meaning: '要求提供政府公报、报刊、书籍等公开出版物，告知获取途径、不予处理的件数。',
  },
  {
    id: 'rejected-excessive',
    label: '4.无正当理由大量反复申请',
    enumerator: '4.',
    articles: ['第三十五条'],
    meaning: '申请人无正当理由大量、反复申请，行政机关不予处理的件数。',
  },
  {
    id: 'rejected-confirmation',
    label: '5.要求行政机关确认或重新出具已获取信息',
    enumerator: '5.',
    articles: ['第三十九条'],
    meaning: '要求行政机关确认或者重新出具已获取信息、不予处理的件数。',
  },
];

const TAIL_ROWS: RowDef[] = [
  {
    id: 'total',
    label: '（七）总计',
    enumerator: '（七）',
    aliases: ['总计'],
    meaning: '本年度办理结果的合计，应等于（一）至（六）各行之和。',
  },
  {
    id: 'carried-forward',
    label: '四、结转下年度继续办理',
    enumerator: '四',
    aliases: ['结转下年度继续办理'],
    articles: ['第三十三条'],
    meaning: '本年度尚未办结、结转下一年度继续办理的申请件数。',
  },
];

export function applicationsTable(otherRows: RowDef[]): TableDef {
  return {
    id: 'applications',
    name: '表三',
    title: '收到和处理政府信息公开申请情况',
    section: 'applications',
    anchors: ['本列数据的勾稽关系为', '申请人情况'],
    start: { by: 'anchor-or-first-row' },
    headingLike: ['本年新收', '上年结转', '本年度办理结果', '结转下年度', '本年度办结果'],
    groups: [
      {
        id: 'applications',
        columns: APPLICATION_COLUMNS,
        rows: [...HEAD_ROWS, ...otherRows, ...TAIL_ROWS],
        headerWords: [
          '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
          APPLICANT,
          ORGANISATION,
          OUTCOME_GROUP,
          '（三）不予公开',
          '（四）无法提供',
          '（五）不予处理',
          '（六）其他处理',
        ],
      },
    ],
  };
}

export function applicationsRelations(otherRowIds: string[]): RelationDef[] {
  const outcomeRows = [
    ...HEAD_ROWS.slice(2).map((r) => r.id),
    ...otherRowIds,
  ];
  const allRows = [...HEAD_ROWS, ...TAIL_ROWS].map((r) => r.id);
  allRows.splice(HEAD_ROWS.length, 0, ...otherRowIds);
  const allColumns = APPLICATION_COLUMNS.map((c) => c.id);
  return [
    {
      id: 'applications-row-total',
      table: 'applications',
      along: 'row',
      over: allRows,
      left: ['total'],
      right: APPLICANT_COLUMN_IDS,
      kind: 'equal',
      description: '总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他',
    },
    {
      id: 'applications-balance',
      table: 'applications',
      along: 'column',
      over: allColumns,
      left: ['new', 'carried-over'],
      right: ['total', 'carried-forward'],
      kind: 'equal',
      description: '本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理',
    },
    {
      id: 'applications-outcome-total',
      table: 'applications',
      along: 'column',
      over: allColumns,
      left: ['total'],
      right: outcomeRows,
      kind: 'equal',
      description: '办理结果总计 = （一）至（六）各项之和',
    },
  ];
}

/** 表三's link across years: this year's 上年结转 is last year's 结转下年度继续办理, column by column. */
export const CARRIED_OVER_LINK: CrossYearLink = {
  id: 'carried-over-chain',
  table: 'applications',
  rows: [{ row: 'carried-over', previousRow: 'carried-forward' }],
};
