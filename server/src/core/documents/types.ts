// What a document reader (HTML, DOCX, PDF) makes of a file: the report's paragraphs and tables in
// document order, each with where a person finds it. compose.ts writes this as the report text
// that the engine reads; the locations go with the findings (interfaces: `location`).
import type { DocumentLocation, TableGrid } from '../grid/types';

export type DocumentKind = 'html' | 'docx' | 'pdf';

export type DocumentBlock =
  | { kind: 'paragraph'; text: string; location?: DocumentLocation | undefined }
  | { kind: 'table'; grid: TableGrid };

export interface ReportDocument {
  kind: DocumentKind;
  blocks: DocumentBlock[];
}

/** Why a document could not be read; the message names which, in Chinese first. */
export type UnreadableReason =
  | 'corrupt'
  | 'encrypted'
  | 'no-text'
  | 'too-large'
  | 'timeout'
  | 'old-format'
  | 'not-a-document';

export type ReadOutcome =
  | { ok: true; document: ReportDocument }
  | { ok: false; reason: UnreadableReason; message: string };
