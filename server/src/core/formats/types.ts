// The shape of a format definition: everything the product knows about one version of the
// official report format, as data. Parsing, rules, hovers, fixes and the preview read it;
// a new version or a local variant is a new value of this type, not new code.

/** The versions the product ships ('2019', '2021'); another can be registered as data (registerFormat). */
export type FormatVersion = '2019' | '2021' | (string & {});
export type TableId = 'proactive' | 'applications' | 'appeals';
export type SectionId = 'overview' | 'proactive' | 'applications' | 'appeals' | 'problems' | 'other';

export interface SectionDef {
  id: SectionId;
  numeral: number;
  /** The heading as the format prints it. */
  heading: string;
  /** Other wordings that mean the same heading (accepted without comment). */
  variants: string[];
  /** Words that identify this section in a reworded heading (`存在问题与不足` → problems). */
  keywords: string[];
  /** What Art. 50 and the format ask of this section (hover text, Chinese). */
  purpose: string;
}

/** count: non-negative integer; change: signed integer (`增10`, `-1`); amount: decimal with a unit. */
export type ValueKind = 'count' | 'change' | 'amount';

export interface ColumnDef {
  id: string;
  /** The header as the format prints it. */
  label: string;
  /** Other header wordings seen in real reports. */
  aliases?: string[];
  kind: ValueKind;
  /** For amounts: the unit the format prescribes, if it does. */
  unit?: '万元' | '元';
  /** Header labels above this one (`申请人情况` › `法人或其他组织` › `商业企业`). */
  parents?: string[];
}

export interface RowDef {
  id: string;
  /** The label as the format prints it, enumerator included (`1.属于国家秘密`). */
  label: string;
  /** Other wordings of the label, enumerator optional (longest tried first). */
  aliases?: string[];
  /** The enumerator printed before the label (`一`, `（一）`, `1.`), if any. */
  enumerator?: string;
  /** The label of the group this row opens (`（三）不予公开`), printed before its own label. */
  groupLabel?: string;
  /** Rows with no label of their own (表四): the cells follow the last column header. */
  unlabelled?: boolean;
  /** Articles of the regulation this row rests on, for hovers. */
  articles?: string[];
  /** What is counted here (hover text, Chinese). */
  meaning?: string;
}

/** A captioned block of a table with its own columns (表二), or the whole table (表三, 表四). */
export interface GroupDef {
  id: string;
  /** `第二十条第（一）项` for 表二's blocks. */
  caption?: string;
  /** The Art. 20 item number of a 表二 block. */
  article20Item?: number;
  columns: ColumnDef[];
  rows: RowDef[];
  /** Header words other than column labels (`信息内容`, `申请人情况`, `行政复议` …). */
  headerWords?: string[];
}

export interface TableDef {
  id: TableId;
  /** 表二, 表三, 表四 */
  name: string;
  title: string;
  section: SectionId;
  groups: GroupDef[];
  /** Text that marks the start of this table (besides its captions and first row label). */
  anchors: string[];
  /** Where the table starts in a text (see `TableStart`). */
  start: TableStart;
  /** Words of row labels numbered like section headings (`三、本年度办理结果`): not headings. */
  headingLike?: string[];
}

/**
 * How a table's start is found among its label hits: its first caption (表二's 第二十条 items);
 * its first anchor header, or its first row label if that comes earlier (表三); or the header
 * hit shortly before a given column's header (表四's 行政复议 before the first 结果维持).
 */
export type TableStart =
  | { by: 'caption' }
  | { by: 'anchor-or-first-row' }
  | { by: 'header-before-column'; column: string; within: number };

/**
 * A relation between this year's report and last year's of the same body. For each row pair,
 * for each column: this year's `row.column` = last year's `previousRow.previousColumn`
 * + this year's `plus` columns − this year's `minus` columns (of the same row).
 */
export interface CrossYearLink {
  /** The rule that reports it. */
  id: string;
  table: TableId;
  rows: Array<{ row: string; previousRow: string }>;
  /** The columns the link holds for; absent = every column of the row's group. */
  columns?: Array<{ column: string; previousColumn: string; plus?: string[]; minus?: string[] }>;
}

/**
 * What marks a report as following this version rather than another: header columns and rows
 * only this version has (format-version points at them).
 */
export interface VersionMarkers {
  columns: string[];
  rows: Array<{ table: TableId; row: string }>;
}

/**
 * A linear relation between cells that must hold.
 * `along: 'row'`: for each row in `over`, sum(left columns) ⋈ sum(right columns).
 * `along: 'column'`: for each column in `over`, sum(left rows) ⋈ sum(right rows).
 */
export interface RelationDef {
  /** The rule id that reports a broken relation. */
  id: string;
  table: TableId;
  along: 'row' | 'column';
  /** Rows (along row) or columns (along column) the relation is instantiated for. */
  over: string[];
  left: string[];
  right: string[];
  /** `equal`: must be equal; `at-most`: left ≤ right. */
  kind: 'equal' | 'at-most';
  /** Chinese description, e.g. `总计 = 维持 + 纠正 + 其他 + 尚未审结`. */
  description: string;
}

export interface FormatDefinition {
  version: FormatVersion;
  /** 国办公开办函〔2021〕30号 */
  notice: string;
  /** The report years this version is meant for (inclusive; `to` absent = still current). */
  years: { from: number; to?: number };
  sections: SectionDef[];
  tables: TableDef[];
  relations: RelationDef[];
  /** Relations with last year's report (the cross-year rules read them). */
  links: CrossYearLink[];
  markers: VersionMarkers;
  /** What this version asks of the text beyond the tables. */
  requires: {
    /** A statement on information processing fees (fee-statement-missing). */
    feeStatement: boolean;
  };
}
