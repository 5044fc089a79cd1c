// The typed model of one annual report, as the parser reconstructs it from text.
// Everything downstream (rules, hovers, fixes, preview, command line) reads this model.
// Positions follow LSP: zero-based lines, UTF-16 code units.

import type { FormatVersion, TableId, SectionId } from './formats/types';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A piece of source text: what it says, and where. `offset`/`endOffset` are UTF-16 offsets. */
export interface SourceSpan {
  text: string;
  range: Range;
  offset: number;
  endOffset: number;
}

/**
 * How a cell was read.
 * - `ok`: a value was read (counts may still be negative: rules judge that, not the parser).
 * - `empty`: the cell is there but holds nothing (not 0).
 * - `dash`: the cell holds a dash or slash (`—`, `-`, `/`) instead of a number.
 * - `not-number`: the cell holds text that is not a number (`无`, `1.5` in a count column).
 * - `ambiguous`: fused digits allow several readings; see `candidates`.
 * - `missing`: the row has fewer cells than the format asks for and this one has no text.
 */
export type CellStatus = 'ok' | 'empty' | 'dash' | 'not-number' | 'ambiguous' | 'missing';

export type AmountUnit = '万元' | '元';

export interface CellModel {
  /** `<table>.<row>.<column>` with the ids of the format definition. */
  key: string;
  table: TableId;
  row: string;
  column: string;
  status: CellStatus;
  /** Parsed value; for amounts normalised to 万元 when the unit is known. `null` unless status is `ok`. */
  value: number | null;
  /** The raw text of the cell as written (empty string for empty and missing cells). */
  text: string;
  /** Where the cell is; for a missing cell, the row label (the narrowest honest place). */
  span: SourceSpan;
  /** Amount cells: the unit the value was written in, when the cell or its header says. */
  unit?: AmountUnit | undefined;
  /** Ambiguous cells: the values this cell takes in each consistent reading. */
  candidates?: number[] | undefined;
  /** The cell's value is the sum of sub-rows a local variant put under this row. */
  derivedFrom?: string[] | undefined;
}

/** A row of text inside a table that the format does not know (a local variant row, a sub-row). */
export interface ExtraRow {
  label: SourceSpan;
  /** The template row it sits under, when it is a sub-row of one. */
  parentRow?: string | undefined;
  values: SourceSpan[];
}

/**
 * Why fused digits were left unread: every split breaks the row's own relations (the drafter's
 * arithmetic: wrong whichever way it is read), or does so only unless blank cells were lost in the
 * copy, the splits are too many to weigh, or no split gives cells of the columns' kinds.
 */
export type UnreadableReason = 'inconsistent' | 'blanks-possible' | 'too-many-splits' | 'no-well-formed-split';

export interface RowModel {
  id: string;
  /** The label as found; absent for rows that have no label of their own (表四's single row). */
  label?: SourceSpan | undefined;
  /** One entry per column of the row's group, in format order. */
  cells: CellModel[];
  /** The row holds fewer cells than its columns and where the gap is cannot be told. */
  incomplete?:
    | {
        expected: number;
        found: number;
        /** One cell lost, and the relations tell which (parse/gaps.ts): its column and the value they give it. */
        gap?: { column: string; value: number | null };
        /** One cell lost, and wherever it was, the row's relations do not hold. */
        inconsistent?: boolean;
      }
    | undefined;
  /** Fused digits that no consistent reading explains: the row's cells are left unread. */
  unreadable?: { text: string; reason: UnreadableReason } | undefined;
  /** Fused digits with several consistent readings; each reading lists the row's values. */
  readings?: Array<Array<number | null>> | undefined;
  subRows?: ExtraRow[] | undefined;
}

/** How a table's text was laid out, as far as the parser could tell. */
export type Rendering =
  | 'tab-cells'
  | 'tab-rows'
  | 'pipe-rows'
  | 'pipe-cells'
  | 'paragraph-cells'
  | 'fused'
  | 'space-rows'
  | 'html'
  | 'mixed';

export interface TableModel {
  id: TableId;
  /** From the first caption or label of the table to its last cell. */
  span: SourceSpan;
  rendering: Rendering;
  rows: RowModel[];
  /** Rows of the format that were not found in the text. */
  missingRows: string[];
  /** Rows in the text that the format does not know. */
  extraRows: ExtraRow[];
  /** Captions (表二's `第二十条第（N）项`) and their group ids. */
  captions: Array<{ group: string; span: SourceSpan }>;
  /** Column headers found, by column id (first occurrence). */
  headers: Array<{ column: string; group: string; span: SourceSpan }>;
  /** Group labels of 表三 (`三、本年度办理结果`, `（三）不予公开` …), by the first row of their group. */
  groupLabels: Array<{ row: string; span: SourceSpan }>;
}

export type HeadingMatch = 'official' | 'variant' | 'reworded';

export interface SectionModel {
  /** The section this heading stands for, read from its words, not its numeral. */
  id: SectionId | null;
  /** The numeral written before the heading (1 for `一、`), when there is one. */
  numeral: number | null;
  heading: SourceSpan;
  /** The heading's words without numeral and separator. */
  title: string;
  match: HeadingMatch;
  /** The heading starts a line (false: run into preceding text, as in fused copies). */
  atLineStart: boolean;
  /** From the heading to the next heading (or the end of the document). */
  body: SourceSpan;
}

export interface ReportMetadata {
  title?: SourceSpan | undefined;
  /** The report year as the title states it. */
  titleYear?: number | undefined;
  titleYearSpan?: SourceSpan | undefined;
  /** The year of the statistics period (`统计期限自2020年1月1日起至12月31日止`). */
  periodYear?: number | undefined;
  periodSpan?: SourceSpan | undefined;
  /** The title has an unfilled year (`XXXX年`). */
  unfilledYear?: boolean | undefined;
  bodyName?: string | undefined;
  /** ISO date (YYYY-MM-DD) of publication, when the text gives one. */
  publicationDate?: string | undefined;
  publicationDateSpan?: SourceSpan | undefined;
}

export type ParseIssueCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'not-a-report'
  | 'encoding';

export interface ParseIssue {
  code: ParseIssueCode;
  message: string;
}

export interface ReportModel {
  /** The format version the tables follow, or null when no table was found. */
  format: FormatVersion | null;
  /** How well each version explains the tables (higher is better); the basis of `format`. */
  formatScores: Record<FormatVersion, number>;
  /** The report year: the title's, else the statistics period's. */
  year: number | null;
  metadata: ReportMetadata;
  sections: SectionModel[];
  tables: TableModel[];
  /** Set when the text could not be read as a report at all; the model is then empty. */
  problem?: ParseIssue | undefined;
  /** Length of the text in UTF-16 code units. */
  length: number;
}
