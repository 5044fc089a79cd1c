// The core's one facade: what the language server, the command line and the tests ask of the
// engine — read a document, parse (whole or incrementally), check, hover, fix, code lenses, the
// tables' numbers — in one object, so that neither side reaches into the core's folders. Long
// work takes a cancellation token: a check stops between rules once it is cancelled.
import { checkReport, type CheckOptions } from './check';
import { readComposedDocument } from './documents';
import { modelCells, modelValues } from './extract';
import { codeActionsFor, fixAll, fixAllAction, fixFor, automaticFindings, type FixAllOptions } from './fixes';
import { hoverAt } from './hovers';
import { tableLenses } from './lenses';
import type { ReportModel } from './model';
import { parseReport, ReportParser } from './parse/parseReport';
import type { Finding, Locale } from './rules/types';

/** Cancellation as the language server's tokens have it (anything with the flag will do). */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/** Thrown by a check whose token was cancelled; the caller answers "cancelled", not a result. */
export class CheckCancelled extends Error {
  constructor() {
    super('check cancelled');
    this.name = 'CheckCancelled';
  }
}

export interface ServiceCheckOptions extends CheckOptions {
  token?: CancellationToken;
}

export interface NianbaoService {
  /** A report's text, whole. */
  parse(text: string): ReportModel;
  /** An incremental parser for one document being edited (re-reads only what an edit touched). */
  createParser(): ReportParser;
  /** Every enabled rule over a parsed report, in document order. */
  check(model: ReportModel, text: string, options?: ServiceCheckOptions): Finding[];
  /** Markdown and range of what is under an offset, or null. */
  hover: typeof hoverAt;
  /** One lens per table stating its consistency. */
  lenses: typeof tableLenses;
  fixFor: typeof fixFor;
  codeActions: typeof codeActionsFor;
  fixAllAction: typeof fixAllAction;
  automaticFindings: typeof automaticFindings;
  fixAll(model: ReportModel, text: string, findings: Finding[], options?: FixAllOptions): ReturnType<typeof fixAll>;
  /** A .docx, .pdf or web page read into report text with locations in the document. */
  readDocument: typeof readComposedDocument;
  /** The tables' numbers by cell key, and the cells with their texts and statuses. */
  values: typeof modelValues;
  cells: typeof modelCells;
}

export function createNianbaoService(defaults: { locale?: Locale } = {}): NianbaoService {
  return {
    parse: parseReport,
    createParser: () => new ReportParser(),
    check(model, text, options = {}) {
      const { token, ...rest } = options;
      const findings = checkReport(model, text, { ...(defaults.locale ? { locale: defaults.locale } : {}), ...rest, ...(token ? { cancelled: () => token.isCancellationRequested } : {}) });
      if (token?.isCancellationRequested) throw new CheckCancelled();
      return findings;
    },
    hover: hoverAt,
    lenses: tableLenses,
    fixFor,
    codeActions: codeActionsFor,
    fixAllAction,
    automaticFindings,
    fixAll: (model, text, findings, options = {}) => fixAll(model, text, findings, { ...(defaults.locale ? { locale: defaults.locale } : {}), ...options }),
    readDocument: readComposedDocument,
    values: modelValues,
    cells: modelCells,
  };
}
