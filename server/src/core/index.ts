// The public face of the core: what the server, the command line and the tests import — the
// facade (`createNianbaoService`) and the types and helpers around it. The language server and
// the command line import the core only from here (checked by scripts/check-dependencies.mjs).
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
export { createNianbaoService, CheckCancelled, type NianbaoService, type CancellationToken, type ServiceCheckOptions } from './service';
export { applyEdits, type TextEdit, type FixAction, type FixAllOptions } from './fixes';
export type { HoverResult } from './hovers';
export { CONFIG_FILE_NAME, findConfig, parseConfig, type NianbaoConfig, type ParsedConfig } from './config';
export { peersFor, peerSummary } from './rules/peers';
export { ruleHelpUri } from './rules/registry';
export {
  composeDocument,
  documentKind,
  isOldOfficeFormat,
  locateFindings,
  readComposedDocument,
  type DocumentKind,
  type LocatedRange,
} from './documents';
export { describeLocation } from './documents/describe';
export { cellEditsOf, writeDocxCells } from './documents/docxFix';
export { readDocx } from './documents/docx';
export { isWide } from './parse/renderings/lines';
export { intersects } from './fixes';
export { say } from './rules/messages';
export { withIgnoreEntry } from './config';
export { applyIgnores, findingKey, IGNORE_STALE, normaliseIgnorePath, type IgnoreEntry, type IgnoreScope } from './rules/ignore';
export { tidyReportText, tidyBreaks, isOneLongLine, LONG_LINE } from './text/tidy';
