// Owns the language client: started on the first report document (or command), restarted on
// request, stopped on deactivation. The extension activates on plain text too (to recognise
// reports by content), so the server is not started before it is needed.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LANGUAGE_ID } from './constants';
import { createLanguageClient } from './languageClient';
import { PulledDiagnostics } from './pulledDiagnostics';

export class ClientHost implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient> | undefined;
  private readonly started = new vscode.EventEmitter<LanguageClient>();
  readonly onDidStart = this.started.event;
  /** Which documents the running server has checked (their diagnostics pulled). */
  readonly pulled = new PulledDiagnostics();

  constructor(private readonly context: vscode.ExtensionContext) {
    context.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document.languageId === LANGUAGE_ID) void this.ensure();
      }),
    );
    if (vscode.workspace.textDocuments.some((document) => document.languageId === LANGUAGE_ID)) void this.ensure();
  }

  /** The running client, if any. */
  get current(): LanguageClient | undefined {
    return this.client;
  }

  ensure(): Promise<LanguageClient> {
    this.starting ??= (async () => {
      this.pulled.reset();
      const client = createLanguageClient(this.context, this.pulled.middleware);
      await client.start();
      this.client = client;
      this.started.fire(client);
      return client;
    })();
    return this.starting;
  }

  async restart(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.starting = undefined;
    if (client) await client.stop();
    await this.ensure();
  }

  dispose(): void {
    void this.client?.stop();
    this.started.dispose();
    this.pulled.dispose();
  }

  async stop(): Promise<void> {
    await this.client?.stop();
  }
}
