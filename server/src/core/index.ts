// The public face of the core: what the server, the command line and the tests import.
// Nothing under core/ imports vscode or an LSP connection.
export * from './model';
export * from './formats';
export { parseReport, ReportParser, MAX_REPORT_LENGTH, type ParseStats, type TextChange } from './parse/parseReport';
export { modelCells, modelValues } from './extract';
export { decodeReportBytes, type DecodedText } from './text/decode';
export { LineIndex } from './text/lineIndex';
export { checkReport, type CheckOptions } from './check';
export * from './rules/types';
export { RULES, ruleById } from './rules/registry';
export {
  DEFAULT_MAX_FILE_SIZE_MB,
  FILE_TOO_LARGE,
  exceedsLimit,
  normalizeMaxFileSize,
  textBytes,
  tooLargeFinding,
  unanalysedModel,
} from './sizeLimit';
export { tidyReportText, tidyBreaks, isOneLongLine, LONG_LINE } from './text/tidy';
