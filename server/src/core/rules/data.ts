// The shapes of `Finding.data` the rules share (each rule's `RuleDef<Data>` names its own). They
// travel in `Diagnostic.data` and reach fixes, the command line's JSON and the preview.
import type { FormatVersion, SectionId, TableId } from '../formats/types';

/** A finding about one cell: its key (`<table>.<row>.<column>`). */
export interface CellKeyData {
  key: string;
}

/** A finding about a whole row. */
export interface RowData {
  table: TableId;
  row: string;
}

/** table-unreadable: the rows a PDF's text left unread, in the format's order. */
export interface TableUnreadableData {
  table: TableId;
  rows: string[];
  /** The kind of PDF text: in reading order (plain pdftotext) or with its layout (pdftotext -layout). */
  text: 'reading-order' | 'layout';
}

/** Rules whose findings carry no data. */
export type NoData = never;

export type CellAmbiguousData = (CellKeyData & { candidates: number[] | undefined }) | (RowData & { readings?: Array<Array<number | null>> | undefined });

export type CellMissingData = CellKeyData | (RowData & { column?: string; value?: number | null; inconsistent?: boolean });

export interface CrossYearData extends CellKeyData {
  expected: number;
  /** carried-over-chain: the cell of last year's report it is compared with. */
  previous?: { file: string; key: string; value: number };
}

export interface FormatVersionData {
  expected: FormatVersion;
  actual: FormatVersion;
}

export interface GovernmentAssessmentData {
  missing: string[];
}

export interface PublicationDeadlineData {
  date: string;
  deadline: string;
}

export interface ReportYearData {
  titleYear: number | undefined;
  periodYear: number | undefined;
}

export interface SectionHeadingData {
  section: SectionId;
  expected: string;
}

export interface TableMissingData {
  table: TableId;
}

export interface TextTruncatedData {
  lastRow: RowData | undefined;
  lastSection: SectionId | undefined;
  sections: SectionId[];
}
