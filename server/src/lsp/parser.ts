// One parser per open document: the core's incremental `ReportParser`, whose `.parse(text)`
// memoises blocks by content, so an edit re-parses only the blocks it touched.
// (The one place to change should the core's incremental API change.)
import { ReportParser, type ReportModel } from '../core';

export interface DocumentParser {
  parse(text: string): ReportModel;
}

export function createDocumentParser(): DocumentParser {
  return new ReportParser();
}
