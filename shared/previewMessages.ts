// The messages between the extension and the table-preview webview: the one file both sides take
// their types from (client/src/preview/panel.ts and webview/src/main.ts). Plain data only, since
// it crosses postMessage; type imports only, so the webview bundle pulls in no server code.
import type { FormatVersion, Range, SectionId, TableDef, TableModel } from '../server/src/core';

/** The findings (diagnostics) that fall on one cell, matched by range on the extension side. */
export interface CellFinding {
  /** The worst severity: 'error' | 'warning' | 'info'. */
  severity: FindingSeverity;
  messages: string[];
}

export type FindingSeverity = 'error' | 'warning' | 'info';

/** One line of the section checklist: a section of the format, found in the report or not. */
export interface SectionCheck {
  id: SectionId;
  /** 1 to 6, as the format numbers the sections. */
  numeral: number;
  /** The heading as the format prints it. */
  heading: string;
  /** The heading found in the report (its words and place), null when the section is missing. */
  found: { title: string; range: Range } | null;
}

/** Everything the webview needs to draw the tables of one report version. */
export interface PreviewData {
  uri: string;
  /** The document version the tables were read from (null: read from disk). */
  version: number | null;
  /** The file name, for the page heading when the report has no title. */
  fileName: string;
  title: string | null;
  body: string | null;
  format: FormatVersion | null;
  year: number | null;
  /** The table definitions of the detected format (of the current format when none was detected). */
  definitions: TableDef[];
  tables: TableModel[];
  /** The six sections of the format, each found or missing (empty when the server gave none). */
  sections: SectionCheck[];
  /** Findings by cell key (`<table>.<row>.<column>`). */
  findings: Record<string, CellFinding>;
  /** Set when the text could not be read as a report. */
  problem: string | null;
}

/** Extension → webview. */
export type ToWebview =
  | { type: 'update'; data: PreviewData }
  /** Scroll a table (by id) into view. */
  | { type: 'revealTable'; table: string }
  /** The editor cursor moved: mark this cell (null: none), scrolled into view if out of it. */
  | { type: 'highlight'; key: string | null }
  /** The editor scrolled: its first visible line. The page scrolls to the element drawn from the
   *  last line at or before it (a table, caption or row: elements carry `data-line`). */
  | { type: 'scrollToLine'; line: number };

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  /** Select this range in the editor (a clicked cell, row label or caption). */
  | { type: 'select'; range: Range }
  /** Put this text on the clipboard (a table as tab-separated text, for Excel). `fallback`: the
   *  page could not copy it as HTML, so it is copied as text instead. */
  | { type: 'copy'; table: string; text: string; fallback?: boolean }
  /** The page put a table on the clipboard itself (as HTML for Word, with a text version). */
  | { type: 'copied'; table: string; format: 'html' }
  /** Export the three tables as CSV (the extension asks where to save). */
  | { type: 'exportCsv' };

/** The UI strings of the page, passed in as an escaped data attribute of the HTML shell. */
export interface PreviewStrings {
  /** The line naming the file the page shows; `{0}` is the file name. */
  showing: string;
  /** `{0}` is the version. */
  format: string;
  formatUnknown: string;
  /** `{0}` is the year. */
  year: string;
  /** `{0}` is the body's name. */
  body: string;
  tableMissing: string;
  rowMissing: string;
  /** `{0}` numbers expected, `{1}` found. */
  rowIncomplete: string;
  /** `{0}` is the reason. */
  rowUnreadable: string;
  /** Why a fused row is unread (`RowModel.unreadable.reason`), filling `rowUnreadable`'s {0}. */
  unreadableInconsistent: string;
  unreadableBlanksPossible: string;
  unreadableTooManySplits: string;
  unreadableNoWellFormedSplit: string;
  /** What an empty cell shows, and its tooltip. */
  empty: string;
  emptyHint: string;
  /** What a dash cell shows when its text is blank, and its tooltip. */
  dash: string;
  dashHint: string;
  missing: string;
  missingHint: string;
  notNumber: string;
  /** `{0}` lists the candidate values. */
  ambiguous: string;
  derived: string;
  /** `{0}` is the cell's text as written. */
  written: string;
  /** `{0}` is the reason. */
  problem: string;
  noTables: string;
  /** Labels of the legend samples, `|`-separated: empty, dash, missing, ambiguous, finding. */
  legend: string;
  waiting: string;
  /** The heading of the section checklist. */
  sections: string;
  /** Tooltip of a missing section; `{0}` is the official heading. */
  sectionMissing: string;
  /** Tooltip of a found section; `{0}` is the heading as written. */
  sectionFound: string;
  /** Buttons: copy a table as text for Excel, as HTML for Word; export all tables as CSV. */
  copyTsv: string;
  copyTsvHint: string;
  copyHtml: string;
  copyHtmlHint: string;
  exportCsv: string;
  exportCsvHint: string;
}
