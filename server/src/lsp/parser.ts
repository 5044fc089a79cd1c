// One parser per open document.
//
// >>> SWITCH POINT (incremental parsing) <<<
// When the core exports `createIncrementalParser()` (its `.parse(text)` memoises blocks by
// content), replace the body of `createDocumentParser` with:
//     return createIncrementalParser();
// Nothing else in the server needs to change.
import { parseReport, type ReportModel } from '../core';

export interface DocumentParser {
  parse(text: string): ReportModel;
}

export function createDocumentParser(): DocumentParser {
  return { parse: parseReport };
}
