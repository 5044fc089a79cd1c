// Starts the bundled language server (dist/server.js) and connects it to the report language.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type Middleware, type ServerOptions } from 'vscode-languageclient/node';
import type { InitializationOptions } from '../../shared/protocol';
import { DOCUMENT_SCHEME, LANGUAGE_ID } from './constants';

export function createLanguageClient(context: vscode.ExtensionContext, middleware: Middleware = {}): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const initializationOptions: InitializationOptions = { locale: vscode.env.language };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID, scheme: 'file' },
      { language: LANGUAGE_ID, scheme: 'untitled' },
      // DOCX, PDF and web-page reports, shown as the report text they were read as (documents.ts).
      { language: LANGUAGE_ID, scheme: DOCUMENT_SCHEME },
    ],
    initializationOptions,
    // From vscode-languageclient 10 on, pulled diagnostics only follow typing with onChange.
    diagnosticPullOptions: { onChange: true, onSave: true },
    outputChannelName: 'Nianbao',
    middleware,
  };
  return new LanguageClient('nianbao', 'Nianbao', serverOptions, clientOptions);
}
