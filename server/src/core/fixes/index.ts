// Fixes: repairs for findings as offset edits (the server converts them to LSP edits).
export { applyEdits, composeEdits, normalizeEdits, type TextEdit } from './edits';
export { fixFor, cellByKey, type Fix } from './repairs';
export { fixAll, passEdits, type FixAllOptions } from './fixAll';
export { codeActionsFor, fixAllAction, automaticFindings, intersects, type FixAction, type FixActionKind } from './actions';
