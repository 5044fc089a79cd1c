// What a rule is and what it reports. Rules read the report model and the format definition;
// they know nothing of LSP connections or the editor.
import type { DocumentLocation } from '../grid/types';
import type { Revision } from '../revision';
import type { FormatDefinition, FormatVersion, TableId } from '../formats/types';
import type { CellModel, ParseIssue, Range, ReportMetadata, ReportModel, RowModel, SourceSpan } from '../model';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export type Locale = 'zh' | 'en';

/** A message in both languages the product speaks; Chinese first. */
export interface Localized {
  zh: string;
  en: string;
}

export interface RelatedLocation {
  range: Range;
  message: string;
  /** Another file (cross-year rules); absent = the same document. */
  file?: string;
}

export interface Finding {
  /** The rule id; becomes the diagnostic `code`. */
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  related?: RelatedLocation[];
  /**
   * What a quick fix needs (travels in `Diagnostic.data`). Each rule types its own (`RuleDef<Data>`,
   * e.g. `RelationFindingData`, `CellEmptyData`, `AmountUnitData`, `SectionMissingData` in their
   * modules). Shapes by rule:
   * - arithmetic rules: `{ relation, at, repair?, relations?, candidates? }` — `repair` (see
   *   `Repair`) and `relations` when one cell explains every broken relation through it;
   *   `candidates: [{ key, value }]` when several cells could, and none is chosen; a fused row
   *   wrong whichever way it is split: `{ table, row, fused }`;
   * - `cell-empty`: `{ repair }` when the relations determine the value, else `{ key }`;
   * - `cell-missing`, `cell-not-number`, `cell-negative`: `{ key }` or `{ table, row }`;
   * - `cell-ambiguous`: `{ key, candidates }` or `{ table, row, readings }`;
   * - `section-missing`: `{ section }`; `section-heading`: `{ section, expected }`;
   * - `table-missing`: `{ table }`; `row-missing`: `{ table, row }`; `table-unreadable`: `{ table, rows }`;
   * - `amount-unit`: `{ key, unit?, expected? }` (`expected: '万元'` when the format prescribes it);
   * - `narrative-consistency`: `{ quantity, stated, table, keys }`;
   * - `carried-over-chain`: `{ key, previous: { file, key, value }, expected }` (no automatic repair:
   *   which report is wrong cannot be told); `in-force-chain`: `{ key, expected }`;
   * - `format-version`: `{ expected, actual }`; `report-year`: `{ titleYear, periodYear }`;
   * - `publication-deadline`: `{ date, deadline }`; `government-assessment-missing`: `{ missing }`.
   */
  data?: unknown;
  /**
   * For a report read from a document (DOCX, PDF, HTML): where a person finds the place in the
   * file (page and line, table/row/column, paragraph, source line and column). `range` then
   * refers to the report text the document was read as.
   */
  location?: DocumentLocation | undefined;
}

/**
 * What the cross-year rules read of another report: its year, format, body and the cells of a few
 * rows (`peerSummary` in peers.ts lists which). A `ReportModel` is one, so a parsed report can be
 * passed as it is; the command line passes summaries instead, small enough to send between
 * threads.
 */
export interface PeerModel {
  format: FormatVersion | null;
  year: number | null;
  problem?: ParseIssue | undefined;
  metadata: Pick<ReportMetadata, 'bodyName'>;
  tables: PeerTable[];
  /** The narrative's shingles (see shingles.ts), for content-duplicate; absent = not compared. */
  shingles?: ArrayLike<number> | undefined;
}

export interface PeerTable {
  id: TableId;
  rows: PeerRow[];
}

export interface PeerRow {
  id: string;
  cells: PeerCell[];
  incomplete?: RowModel['incomplete'];
  unreadable?: RowModel['unreadable'];
}

/** A cell as the rules quote it: value and where it is (for `relatedInformation` in the other file). */
export type PeerCell = Pick<CellModel, 'key' | 'column' | 'status' | 'value'> & { span: Pick<SourceSpan, 'range'> };

/** Another report checked alongside this one (for the cross-year chains). */
export interface PeerReport {
  file: string;
  model: PeerModel;
}

export interface RuleContext {
  model: ReportModel;
  text: string;
  /** The format the tables follow (null when no table was found). */
  format: FormatDefinition | null;
  locale: Locale;
  /** Other reports at hand: the previous year's report of the same body, if any. */
  peers: PeerReport[];
  /** The file name, when known (for messages about other files). */
  file?: string;
  /**
   * Which parse of its document the model is and by what edit it came from the one before
   * (models made by a `ReportParser`): lets a rule that reads the whole text redo only what an
   * edit touched.
   */
  revision?: Revision | undefined;
  /** Whether a rule runs (not turned `off`): a finding several rules share goes to one that does. */
  enabled?: (ruleId: string) => boolean;
}

/** How a rule reports a finding; `Data` is the shape of its `data` (what its fix reads). */
export type Report<Data = unknown> = (finding: Omit<Finding, 'code' | 'severity' | 'data'> & { severity?: Severity; data?: Data }) => void;

/** What a rule's fix is given: the report, the finding and the finding's data in the rule's shape. */
export interface FixInput<Data> {
  model: ReportModel;
  text: string;
  finding: Finding;
  data: Data;
  locale: Locale;
}

/** A repair of a finding as offset edits into the report text. */
export interface Fix {
  title: string;
  edits: Array<{ start: number; end: number; newText: string }>;
  /** The fix the finding asks for (the cell the rule localised, the only sensible repair). */
  preferred: boolean;
  /** Safe to apply without looking (fix-all, `check --fix`); false for guesses. */
  automatic: boolean;
}

/**
 * A rule: id, default severity, texts, its check, and its fix beside it. `Data` types what the
 * rule puts in `Finding.data`. Findings carrying a `repair` (see `Repair`) are fixed alike for
 * every rule; `fix` is for anything else the rule can repair.
 */
export interface RuleDef<Data = unknown> {
  id: string;
  defaultSeverity: Severity;
  /** One line, for the settings UI and the rule list. */
  description: Localized;
  /** A paragraph or two: what the rule checks, why, and how to fix it (Markdown). */
  documentation: Localized;
  check(context: RuleContext, report: Report<Data>): void;
  /** The repair of one of its findings, or null; `data` is the finding's, in this rule's shape. */
  fix?(input: FixInput<Data>): Fix | null;
}

/** Any rule, whatever its data (the registry's element type). */
export type AnyRule = RuleDef<unknown>;

/**
 * A repair a quick fix can apply: replace the text of one cell so that every relation through it
 * holds. Carried in `Finding.data` as `{ repair: Repair }` by the arithmetic rules (when one cell
 * explains every broken relation through it) and by `cell-empty` (when the relations determine
 * the missing value). `range` is the cell's range; `text` replaces it.
 */
export interface Repair {
  /** The cell key, `<table>.<row>.<column>`. */
  key: string;
  range: Range;
  value: number;
  text: string;
}

/** The shape of `Finding.data` for findings that carry a repair. */
export interface RepairData {
  repair: Repair;
}

/** True when a finding's `data` carries a repair. */
export function hasRepair(data: unknown): data is RepairData {
  return typeof data === 'object' && data !== null && 'repair' in data;
}
