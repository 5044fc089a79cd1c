// Names shared across the extension (see docs/interfaces.md).
export const LANGUAGE_ID = 'nianbao-report';
export const SECTION = 'nianbao';
export const COMMAND_CHECK_WORKSPACE = 'nianbao.checkWorkspace';
export const COMMAND_SHOW_PREVIEW = 'nianbao.showPreview';
export const COMMAND_SHOW_PREVIEW_TO_SIDE = 'nianbao.showPreviewToSide';
export const COMMAND_TOGGLE_PREVIEW_LOCK = 'nianbao.togglePreviewLock';
export const COMMAND_TIDY_TEXT = 'nianbao.tidyText';
export const COMMAND_RESTART = 'nianbao.restartServer';
export const COMMAND_OPEN_DOCUMENT = 'nianbao.openDocument';
export const COMMAND_EDIT_DOCUMENT_TEXT = 'nianbao.editDocumentText';
/** Read-only views of DOCX/PDF/HTML reports: `nianbao-document:/path/to/report.docx.nianbao`. */
export { DOCUMENT_VIEW_SCHEME as DOCUMENT_SCHEME } from '../../shared/protocol';
export const DOCUMENT_EDITOR = 'nianbao.documentView';
