// 表四 — 政府信息公开行政复议、行政诉讼情况 (docs/report-format.md §3.3), identical in both versions:
// one unlabelled row of fifteen numbers in three groups of five.
import type { ColumnDef, RelationDef, TableDef } from './types';

const OUTCOMES = [
  { suffix: 'upheld', label: '结果维持' },
  { suffix: 'corrected', label: '结果纠正' },
  { suffix: 'other', label: '其他结果' },
  { suffix: 'pending', label: '尚未审结' },
  { suffix: 'total', label: '总计' },
] as const;

const GROUPS = [
  { prefix: 'review', parents: ['行政复议'], name: '行政复议' },
  { prefix: 'direct', parents: ['行政诉讼', '未经复议直接起诉'], name: '未经复议直接起诉' },
  { prefix: 'after-review', parents: ['行政诉讼', '复议后起诉'], name: '复议后起诉' },
] as const;

export const APPEAL_COLUMNS: ColumnDef[] = GROUPS.flatMap((g) =>
  OUTCOMES.map((o) => ({ id: `${g.prefix}-${o.suffix}`, label: o.label, kind: 'count' as const, parents: [...g.parents] })),
);

export const APPEALS_TABLE: TableDef = {
  id: 'appeals',
  name: '表四',
  title: '政府信息公开行政复议、行政诉讼情况',
  section: 'appeals',
  anchors: ['行政复议'],
  // The header starts with 行政复议 shortly before the first 结果维持.
  start: { by: 'header-before-column', column: 'review-upheld', within: 120 },
  groups: [
    {
      id: 'appeals',
      columns: APPEAL_COLUMNS,
      rows: [
        {
          id: 'cases',
          label: '',
          unlabelled: true,
          articles: ['第五十一条'],
          meaning: '因政府信息公开工作被申请行政复议、提起行政诉讼的案件数，按结果分列。',
        },
      ],
      headerWords: ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉'],
    },
  ],
};

export const APPEALS_RELATIONS: RelationDef[] = GROUPS.map((g) => ({
  id: 'appeals-total',
  table: 'appeals',
  along: 'row',
  over: ['cases'],
  left: [`${g.prefix}-total`],
  right: OUTCOMES.filter((o) => o.suffix !== 'total').map((o) => `${g.prefix}-${o.suffix}`),
  kind: 'equal',
  description: `${g.name}：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结`,
}));
