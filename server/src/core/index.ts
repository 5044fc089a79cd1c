// The public face of the core: what the server, the command line and the tests import.
// Nothing under core/ imports vscode or an LSP connection.
export * from './model';
export * from './formats';
export { parseReport } from './parse/parseReport';
export { LineIndex } from './text/lineIndex';
export { checkReport, type CheckOptions } from './check';
export * from './rules/types';
export { RULES, ruleById } from './rules/registry';
