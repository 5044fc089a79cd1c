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
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckOptions, Finding, Locale, ReportModel, Severity } from '../core';
import { checkReport } from '../core';
import { ignoreActions, type IgnoreTarget } from './ignoreAction';
import { intersects } from '../core/fixes/actions';
import { codeActionsFor, fixAll, fixAllAction, automaticFindings, type FixAction, type TextEdit } from '../core/fixes';

export const FIX_ALL_KIND = 'source.fixAll.nianbao';
export const OPEN_RULE_DOCS_COMMAND = 'nianbao.openRuleDocs';

/** What a lazily resolved action carries until `codeAction/resolve`. */
export interface FixData {
  uri: string;
  version: number;
  edits?: TextEdit[];
  fixAll?: { rule?: string };
}

const SEVERITY: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

/** A diagnostic of this server back to the core's finding (rule id, range, repair data). */
export function toFinding(diagnostic: Diagnostic): Finding {
  return {
    code: String(diagnostic.code ?? ''),
    severity: SEVERITY[diagnostic.severity ?? 2] ?? 'warning',
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    range: diagnostic.range,
    ...(diagnostic.data !== undefined ? { data: diagnostic.data } : {}),
  };
}

export function resolvesLazily(capabilities: ClientCapabilities): boolean {
  return capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
}

export interface CodeActionInput {
  document: TextDocument;
  model: ReportModel;
  diagnostics: Diagnostic[];
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

function editsOf(input: CodeActionInput, data: Pick<FixData, 'edits' | 'fixAll'>): TextEdit[] {
  if (data.edits) return data.edits;
  const text = input.document.getText();
  const findings = input.diagnostics.map(toFinding);
  return fixAll(input.model, text, findings, {
    ...(data.fixAll?.rule ? { rule: data.fixAll.rule } : {}),
    locale: input.locale,
    check: (model, t) => checkReport(model, t, input.options),
  });
}

function toCodeAction(input: CodeActionInput, action: FixAction, findings: Finding[]): CodeAction {
  const diagnostics = action.findings.map((f) => input.diagnostics[findings.indexOf(f)]).filter((d): d is Diagnostic => !!d);
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
  const findings = input.diagnostics.map(toFinding);
  const only = params.context.only;
  const out: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    for (const action of codeActionsFor(input.model, text, findings, params.range, input.locale)) {
      if (action.kind === 'quickfix') out.push(toCodeAction(input, action, findings));
    }
    if (input.ignoreTarget) {
      const here = input.diagnostics.filter((d) => intersects(d.range, params.range));
      out.push(...ignoreActions(input.ignoreTarget, here, input.locale));
    }
  }
  // Fix all: in the menu when a problem here has a repair; always when asked for by kind (on save).
  const automatic = automaticFindings(input.model, text, findings);
  const inMenu = !only && out.some((a) => a.diagnostics?.length && (a.data || a.edit));
  const asked = only !== undefined && wants(only, FIX_ALL_KIND);
  if (automatic.length > 0 && (inMenu || asked)) out.push(toCodeAction(input, fixAllAction(automatic, input.locale), findings));
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
