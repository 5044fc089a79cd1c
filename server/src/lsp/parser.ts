// One parser per open document: the core's incremental `ReportParser`, whose `.parse(text)`
// memoises blocks by content, so an edit re-parses only the blocks it touched, and whose
// `.applyChanges` also re-normalises only the lines a typed change touched (long reports).
// (The one place to change should the core's incremental API change.)
import type { ReportModel, TextChange } from '../core';
import { engine } from './engine';

export interface DocumentParser {
  parse(text: string): ReportModel;
  /** The text the last parse was of. */
  readonly text: string;
  /** `result`: the document's text after the changes (see ReportParser.applyChanges). */
  applyChanges(changes: TextChange[], result?: string): ReportModel;
}

export function createDocumentParser(): DocumentParser {
  return engine.createParser();
}
