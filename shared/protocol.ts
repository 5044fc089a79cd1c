// The custom requests between the Nianbao server and its clients (the VS Code extension, the
// preview, the tests). Shared by both sides; imports types only, so the client bundle stays small.
import type { FormatVersion, Range, ReportModel, SectionId, TableModel } from '../server/src/core';

/** Read-only views of DOCX/PDF/HTML reports, `nianbao-document:/path/to/report.docx.nianbao`:
 *  the client serves their text, the server checks it and writes DOCX fixes back to the file. */
export const DOCUMENT_VIEW_SCHEME = 'nianbao-document';
export const DOCUMENT_VIEW_SUFFIX = '.nianbao';

/** `nianbao/tidyText`: an open report's text with each heading and table row on its own line
 *  (only whitespace changes; see server/src/core/text/tidy.ts). */
export const TidyTextRequest = 'nianbao/tidyText';

export interface TidyTextParams {
  uri: string;
}

export interface TidyTextResult {
  /** The document version the text was tidied from (null: the document is not open). */
  version: number | null;
  /** The tidied text; null when tidying changes nothing. */
  text: string | null;
}

/** `nianbao/tables`: the table model of one open (or on-disk) document, for the preview. */
export const TablesRequest = 'nianbao/tables';

export interface TablesParams {
  uri: string;
}

export interface TablesResult {
  uri: string;
  /** The document version the model was built from; null when read from disk. */
  version: number | null;
  format: FormatVersion | null;
  year: number | null;
  /** The report title as written, when found. */
  title: string | null;
  /** The reporting body's name, when the title or text gives it (optional: older servers omit it). */
  body?: string | null;
  /** The publication date under the signature, ISO (optional: older servers omit it). */
  publicationDate?: string | null;
  tables: TableModel[];
  /** The section headings found, in text order (optional: older servers omit it). */
  sections?: SectionFound[];
  /** Set when the text could not be read as a report. */
  problem: ReportModel['problem'] | null;
}

/** A section heading of the report, for the preview's checklist. */
export interface SectionFound {
  /** The section the heading stands for; null for a heading no section claims. */
  id: SectionId | null;
  /** The heading as written, without its numeral. */
  title: string;
  range: Range;
}

/** The `nianbao/tables` answer for a parsed report. */
export function tablesResult(uri: string, version: number | null, model: ReportModel): TablesResult {
  return {
    uri,
    version,
    format: model.format,
    year: model.year,
    title: model.metadata.title?.text ?? null,
    body: model.metadata.bodyName ?? null,
    publicationDate: model.metadata.publicationDate ?? null,
    tables: model.tables,
    sections: model.sections.map((s) => ({ id: s.id, title: s.title, range: s.heading.range })),
    problem: model.problem ?? null,
  };
}

/** `nianbao/checkFile`: parse and check one file from disk (or its open document), for the
 *  "check every report in the workspace" command. */
export const CheckFileRequest = 'nianbao/checkFile';

export interface CheckFileParams {
  uri: string;
  /** Check even when the text does not look like an annual report (file names that say so). */
  force?: boolean;
}

/** A diagnostic in LSP shape, so the client can convert it with its protocol converter. */
export interface CheckFileResult {
  uri: string;
  /** False when the file does not look like an annual report; it was not checked. */
  isReport: boolean;
  format: FormatVersion | null;
  year: number | null;
  diagnostics: unknown[];
  /** A .docx, .pdf or web page: read as a document; the diagnostics refer to its report text
   *  (the read-only document view, `nianbao-document:`), not to the file's bytes. */
  document?: boolean;
  /** Why the file was not checked: not a report, unreadable (with the reader's message). */
  skipped?: { reason: 'not-a-report' | 'unreadable'; message: string };
}

/** What the client passes in `initializationOptions`. */
export interface InitializationOptions {
  /** The editor's display language (`vscode.env.language`), e.g. `zh-cn`, `en`. */
  locale?: string;
  /** Milliseconds between an edit and its diagnostics (default 200). Benchmarks and scripted
   *  clients that want the check itself, not the typing pause, set 0. */
  diagnosticsDebounceMs?: number;
}

/**
 * `nianbao/readDocument`: a DOCX, PDF or HTML file on disk read as the report text the engine
 * parses (the editor shows it in a read-only view), or why it cannot be read.
 */
export const ReadDocumentRequest = 'nianbao/readDocument';

export interface ReadDocumentParams {
  /** A `file:` URI. */
  uri: string;
}

export type ReadDocumentResult =
  | { ok: true; kind: 'html' | 'docx' | 'pdf'; text: string }
  | { ok: false; reason: string; message: string };
