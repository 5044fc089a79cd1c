// Hovers, code actions (quick fixes, fix all on save), rule documentation and table code lenses:
// registered on the connection in one call, their capabilities in one object.
import {
  CodeActionKind,
  type ClientCapabilities,
  type Connection,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleById } from '../core';
import type { Analyzer } from './analyzer';
import { codeActions, editsOf, FIX_ALL_KIND, OPEN_RULE_DOCS_COMMAND, resolveCodeAction, resolvesLazily, type CodeActionInput, type FixData } from './codeActions';
import { applyDocumentFix, DOCUMENT_FIX_COMMAND, documentFixMessage, documentFileOf, documentViewActions, type DocumentFixArguments } from './documentFix';
import { codeLenses } from './codeLens';
import { filePath, type ConfigurationResolver } from './configuration';
import { defaultRuleDocsBase, ruleDocsHref } from './diagnostics';
import { hover } from './hover';
import { describe } from './validation';

export function editingCapabilities(): ServerCapabilities {
  return {
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
    codeLensProvider: { resolveProvider: false },
    executeCommandProvider: { commands: [OPEN_RULE_DOCS_COMMAND, DOCUMENT_FIX_COMMAND] },
  };
}

export function registerEditing(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  analyzer: Analyzer,
  config: ConfigurationResolver,
  capabilities: () => ClientCapabilities,
): void {
  const safely = async <T>(uri: string, empty: T, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof Error && error.name === 'ResponseError') throw error;
      connection.console.error(`nianbao: ${uri}: ${describe(error)}`);
      return empty;
    }
  };

  const ignoreTargetOf = (uri: string) => {
    const documentPath = filePath(uri);
    return documentPath ? { documentPath, projectPath: config.projects.forFile(documentPath).path } : undefined;
  };

  const input = async (document: TextDocument): Promise<CodeActionInput> => {
    const options = await config.checkOptions(document.uri);
    return {
      document,
      model: analyzer.model(document),
      findings: analyzer.findings(document, options),
      docsBase: analyzer.docsBase,
      options,
      locale: options.locale ?? 'zh',
      lazy: resolvesLazily(capabilities()),
      ignoreTarget: ignoreTargetOf(document.uri),
    };
  };

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return safely(document.uri, null, async () => {
      const settings = await config.settingsFor(document.uri);
      return hover(analyzer.model(document), document, params, config.locale(settings));
    });
  });

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return safely(document.uri, [], async () => {
      const view = documentFileOf(document.uri);
      if (!view) return codeActions(await input(document), params);
      // A document's read-only view: fixes are written into the DOCX (or not offered).
      const viewInput = { ...(await input(document)), lazy: true };
      return documentViewActions(codeActions(viewInput, params), document, view.kind, viewInput.locale, (action) => {
        const data = action.data as FixData | undefined;
        return data ? editsOf(viewInput, data) : undefined;
      });
    });
  });

  connection.onCodeActionResolve(async (action) => {
    const data = action.data as FixData | undefined;
    const document = data ? documents.get(data.uri) : undefined;
    return resolveCodeAction(action, document && document.version === data?.version ? await input(document) : undefined);
  });

  connection.onCodeLens((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return safely(document.uri, [], async () => {
      const settings = await config.settingsFor(document.uri);
      return codeLenses(analyzer.model(document), document.uri, config.locale(settings));
    });
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command === DOCUMENT_FIX_COMMAND) {
      const args = params.arguments?.[0] as DocumentFixArguments | undefined;
      if (!args?.uri) return null;
      const result = await applyDocumentFix(args, documents.get(args.uri));
      const locale = config.locale(await config.settingsFor(args.uri));
      if (result.ok) connection.window.showInformationMessage(documentFixMessage(result, locale));
      else connection.window.showWarningMessage(result.message);
      return result;
    }
    if (params.command !== OPEN_RULE_DOCS_COMMAND) return null;
    const rule = String(params.arguments?.[0] ?? '');
    if (!ruleById(rule)) return null;
    const href = ruleDocsHref(rule, defaultRuleDocsBase());
    if (capabilities().window?.showDocument?.support) {
      await connection.window.showDocument({ uri: href, external: /^https?:/.test(href), takeFocus: true });
    } else {
      connection.window.showInformationMessage(`${rule}: ${ruleById(rule)!.description.zh} — ${href}`);
    }
    return href;
  });
}
