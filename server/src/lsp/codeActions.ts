// textDocument/codeAction and codeAction/resolve: the core's fix menu as LSP code actions.
// Every edit is a versioned TextDocumentEdit; when the client resolves lazily, the version is
// checked again on resolve and a fix made stale by an edit is refused (ContentModified).
import {
  CodeActionKind,
  LSPErrorCodes,
  ResponseError,
  TextDocumentEdit,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionParams,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckOptions, Finding, Locale, ReportModel, FixAction, TextEdit } from '../core';
import { intersects } from '../core';
import { toDiagnostic } from './diagnostics';
import { engine } from './engine';
import { ignoreActions, type IgnoreTarget } from './ignoreAction';

export const FIX_ALL_KIND = 'source.fixAll.nianbao';
export const OPEN_RULE_DOCS_COMMAND = 'nianbao.openRuleDocs';

/** What a lazily resolved action carries until `codeAction/resolve`. */
export interface FixData {
  uri: string;
  version: number;
  edits?: TextEdit[];
  fixAll?: { rule?: string };
}

export function resolvesLazily(capabilities: ClientCapabilities): boolean {
  return capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
}

export interface CodeActionInput {
  document: TextDocument;
  model: ReportModel;
  /** The document's findings (the analyzer's, for this version and these options). */
  findings: Finding[];
  /** Where rule documentation is linked from the diagnostics the actions resolve. */
  docsBase: string;
  options: CheckOptions;
  locale: Locale;
  lazy: boolean;
  /** Where an "ignore in .nianbaorc.json" fix writes (documents on disk only). */
  ignoreTarget?: IgnoreTarget | undefined;
}

function workspaceEdit(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return {
    documentChanges: [
      TextDocumentEdit.create(
        { uri: document.uri, version: document.version },
        edits.map((e) => ({
          range: { start: document.positionAt(e.start), end: document.positionAt(e.end) },
          newText: e.newText,
        })),
      ),
    ],
  };
}

export function editsOf(input: CodeActionInput, data: Pick<FixData, 'edits' | 'fixAll'>): TextEdit[] {
  if (data.edits) return data.edits;
  const text = input.document.getText();
  const findings = input.findings;
  return engine.fixAll(input.model, text, findings, {
    ...(data.fixAll?.rule ? { rule: data.fixAll.rule } : {}),
    locale: input.locale,
    check: (model, t) => engine.check(model, t, input.options),
  });
}

function toCodeAction(input: CodeActionInput, action: FixAction, findings: Finding[]): CodeAction {
  const diagnostics = action.findings.filter((f) => findings.includes(f)).map((f) => toDiagnostic(f, input.document.uri, input.docsBase));
  const kind = action.kind === 'source.fixAll' ? FIX_ALL_KIND : CodeActionKind.QuickFix;
  const result: CodeAction = { title: action.title, kind, diagnostics };
  if (action.isPreferred) result.isPreferred = true;
  if (action.documentation) {
    result.command = { title: action.title, command: OPEN_RULE_DOCS_COMMAND, arguments: [action.documentation] };
    return result;
  }
  const data: FixData = {
    uri: input.document.uri,
    version: input.document.version,
    ...(action.edits ? { edits: action.edits } : {}),
    ...(action.fixAll ? { fixAll: action.fixAll } : {}),
  };
  if (input.lazy) result.data = data;
  else result.edit = workspaceEdit(input.document, editsOf(input, data));
  return result;
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export function codeActions(input: CodeActionInput, params: CodeActionParams): CodeAction[] {
  const text = input.document.getText();
  const findings = input.findings;
  const only = params.context.only;
  const out: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    for (const action of engine.codeActions(input.model, text, findings, params.range, input.locale)) {
      if (action.kind === 'quickfix') out.push(toCodeAction(input, action, findings));
    }
    if (input.ignoreTarget) {
      const here = findings.filter((f) => intersects(f.range, params.range)).map((f) => toDiagnostic(f, input.document.uri, input.docsBase));
      out.push(...ignoreActions(input.ignoreTarget, here, input.locale));
    }
  }
  // Fix all: in the menu when a problem here has a repair; always when asked for by kind (on save).
  const automatic = engine.automaticFindings(input.model, text, findings);
  const inMenu = !only && out.some((a) => a.diagnostics?.length && (a.data || a.edit));
  const asked = only !== undefined && wants(only, FIX_ALL_KIND);
  if (automatic.length > 0 && (inMenu || asked)) out.push(toCodeAction(input, engine.fixAllAction(automatic, input.locale), findings));
  return out;
}

/** `codeAction/resolve`: the edits of a lazy action, refused when the document moved on. */
export function resolveCodeAction(action: CodeAction, input: CodeActionInput | undefined): CodeAction {
  const data = action.data as FixData | undefined;
  if (!data || action.edit) return action;
  if (!input || input.document.version !== data.version) {
    throw new ResponseError(LSPErrorCodes.ContentModified, 'the document changed since the fix was offered');
  }
  return { ...action, edit: workspaceEdit(input.document, editsOf(input, data)) };
}
