// The Nianbao language server: LSP glue around the core. Every feature is a few lines here that
// forward to a module under lsp/; a failure in one document is logged and answered with an
// empty result, never with a crash.
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version as VERSION } from '../../package.json';
import { Analyzer } from './lsp/analyzer';
import { ConfigurationResolver } from './lsp/configuration';
import { defaultRuleDocsBase } from './lsp/diagnostics';
import { foldingRanges } from './lsp/folding';
import { PROJECT_FILE } from './lsp/projectConfig';
import {
  CheckFileRequest,
  ReadDocumentRequest,
  TablesRequest,
  TidyTextRequest,
  type TidyTextParams,
  type TidyTextResult,
  type CheckFileParams,
  type CheckFileResult,
  type InitializationOptions,
  type ReadDocumentParams,
  type ReadDocumentResult,
  type TablesParams,
  type TablesResult,
} from '../../shared/protocol';
import { CustomRequests } from './lsp/requests';
import { documentSymbols } from './lsp/symbols';
import { describe, Validator, DEFAULT_DEBOUNCE_MS } from './lsp/validation';
import { editingCapabilities, registerEditing } from './lsp/editing';

export interface ServerOptions {
  debounceMs?: number;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  // Edits pass by the analyzer on their way into the document: it replays them to the parser.
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update: (document, changes, version) => {
      analyzer.changing(document, changes);
      return TextDocument.update(document, changes, version);
    },
  });
  let editorLocale: string | undefined;
  let capabilities: InitializeParams['capabilities'] = {};
  const config = new ConfigurationResolver(
    connection,
    () => capabilities.workspace?.configuration === true,
    () => editorLocale,
  );
  const analyzer = new Analyzer(defaultRuleDocsBase(), (uri) => config.maxFileSizeFor(uri));
  const requests = new CustomRequests(documents, analyzer, config);
  let validator: Validator | undefined;
  const refreshSupported = () => capabilities.workspace?.diagnostics?.refreshSupport === true;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities;
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    editorLocale = typeof init.locale === 'string' ? init.locale : (params.locale ?? undefined);
    const pull = capabilities.textDocument?.diagnostic !== undefined;
    validator = new Validator(
      connection,
      documents,
      analyzer,
      config,
      pull ? 'pull' : 'push',
      options.debounceMs ?? debounceOption(init.diagnosticsDebounceMs) ?? DEFAULT_DEBOUNCE_MS,
    );
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: '年报' },
        foldingRangeProvider: true,
        ...editingCapabilities(),
        ...(pull
          ? { diagnosticProvider: { identifier: 'nianbao', interFileDependencies: false, workspaceDiagnostics: false } }
          : {}),
      },
      serverInfo: { name: 'nianbao-language-server', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'nianbao' });
    }
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${PROJECT_FILE}` }],
      });
    }
  });

  connection.onDidChangeConfiguration((params) => {
    config.settingsChanged(params.settings);
    validator?.revalidateAll(refreshSupported());
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (!params.changes.some((change) => change.uri.endsWith(PROJECT_FILE))) return;
    config.projectFilesChanged();
    validator?.revalidateAll(refreshSupported());
  });

  documents.onDidChangeContent((event) => validator?.schedule(event.document.uri));
  documents.onDidClose((event) => {
    analyzer.forget(event.document.uri);
    config.forget(event.document.uri);
    validator?.closed(event.document.uri);
  });

  connection.languages.diagnostics.on((params, token) =>
    validator ? validator.pull(params, token) : { kind: 'full', items: [] },
  );

  connection.onDocumentSymbol(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return guard(connection, document.uri, [], async () => {
      const settings = await config.settingsFor(document.uri);
      return documentSymbols(analyzer.model(document), config.locale(settings));
    });
  });

  connection.onFoldingRanges((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return guard(connection, document.uri, [], async () => {
      await config.settingsFor(document.uri); // the size limit is a setting
      return foldingRanges(analyzer.model(document));
    });
  });

  connection.onRequest(TablesRequest, (params: TablesParams) =>
    guard<TablesResult | null>(connection, params.uri, null, () => requests.tables(params)),
  );

  connection.onRequest(TidyTextRequest, (params: TidyTextParams) =>
    guard<TidyTextResult>(connection, params.uri, { version: null, text: null }, async () => requests.tidyText(params)),
  );

  connection.onRequest(ReadDocumentRequest, (params: ReadDocumentParams) =>
    guard<ReadDocumentResult>(
      connection,
      params.uri,
      { ok: false, reason: 'corrupt', message: '读取文档时出错（internal error reading the document）' },
      () => requests.readDocument(params),
    ),
  );

  connection.onRequest(CheckFileRequest, (params: CheckFileParams) =>
    guard<CheckFileResult>(
      connection,
      params.uri,
      { uri: params.uri, isReport: false, format: null, year: null, diagnostics: [] },
      () => requests.checkFile(params),
    ),
  );

  registerEditing(connection, documents, analyzer, config, () => capabilities);

  documents.listen(connection);
  connection.listen();
}

/** The client's debounce, when it is a sensible number of milliseconds. */
function debounceOption(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 10_000 ? value : undefined;
}

/** Runs a handler; a failure is logged and answered with the empty result. */
async function guard<T>(connection: Connection, uri: string, empty: T, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    connection.console.error(`nianbao: ${uri}: ${describe(error)}`);
    return empty;
  }
}
