// Reading one file for `nianbao check`: size limit, decoding or reading the document, and
// parsing, with what the command says about a file it does not check. The same function runs in
// the main thread and in the worker threads, so that both paths treat every file alike.
import { readFileSync } from 'node:fs';
import { documentKind, isOldOfficeFormat, type ReportModel, type DocumentKind, type LocatedRange, type Finding, type Locale } from '../core';
import { engine } from './engine';
import { oversizeFinding, readReportFile } from './files';

export type LoadOutcome =
  /** `document`: the report was read from a DOCX, PDF or HTML file; `text` is what it was read as. */
  | { kind: 'report'; text: string; model: ReportModel; document?: { kind: DocumentKind; locations: LocatedRange[] } }
  /** Above the size limit: not read, one finding says why. */
  | { kind: 'oversize'; finding: Finding }
  /** Not a failure: a folder may hold other text files (README.md …). */
  | { kind: 'skipped'; message: string }
  /** Unreadable, binary or undecodable: the command ends with status 2. */
  | { kind: 'failed'; message: string };

/** Whether a path is read by a document reader rather than as text. */
export function isDocumentPath(path: string): boolean {
  return documentKind(path) !== undefined || isOldOfficeFormat(path);
}

export async function loadReport(absolute: string, maxMB: number, locale: Locale): Promise<LoadOutcome> {
  const tooLarge = oversizeFinding(absolute, maxMB, locale);
  if (tooLarge) return { kind: 'oversize', finding: tooLarge };
  const read = await readReportSource(absolute);
  return read.ok ? parsed(read.text, read.document) : { kind: 'failed', message: read.message };
}

export type ReportSource =
  | { ok: true; text: string; document?: { kind: DocumentKind; locations: LocatedRange[] } | undefined }
  | { ok: false; message: string };

/** A report's text: decoded from a text file, or read from a document (DOCX, PDF, HTML) with its locations. */
export async function readReportSource(absolute: string): Promise<ReportSource> {
  if (!isDocumentPath(absolute)) return readReportFile(absolute);
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    return { ok: false, message: `无法读取文件（cannot read file）：${(error as Error).message}` };
  }
  const read = await engine.readDocument(bytes, absolute);
  if (!read.ok) return { ok: false, message: `[document-unreadable] ${read.message}` };
  return { ok: true, text: read.composed.text, document: { kind: read.kind, locations: read.composed.locations } };
}

function parsed(text: string, document?: { kind: DocumentKind; locations: LocatedRange[] }): LoadOutcome {
  const model = engine.parse(text);
  if (model.problem) {
    return model.problem.code === 'empty' || model.problem.code === 'not-a-report'
      ? { kind: 'skipped', message: model.problem.message }
      : { kind: 'failed', message: model.problem.message };
  }
  return { kind: 'report', text, model, ...(document ? { document } : {}) };
}
