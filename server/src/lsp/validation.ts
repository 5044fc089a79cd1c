// Diagnostics, pulled (`textDocument/diagnostic`) or, for clients without pull, pushed.
// Both paths wait a short debounce, give up when the document moved on (a newer version is being
// typed) and never publish a result computed for an older version.
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CheckCancelled } from '../core';
import type { Analyzer } from './analyzer';
import type { ConfigurationResolver } from './configuration';

export const DEFAULT_DEBOUNCE_MS = 200;

export type DiagnosticMode = 'pull' | 'push';

export class Validator {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyzer: Analyzer,
    private readonly config: ConfigurationResolver,
    readonly mode: DiagnosticMode,
    private readonly debounceMs = DEFAULT_DEBOUNCE_MS,
  ) {}

  /** `textDocument/diagnostic`. */
  async pull(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const uri = params.textDocument.uri;
    const document = this.documents.get(uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const version = document.version;
    await delay(this.debounceMs);
    this.ensureCurrent(uri, version, token);
    const resultId = `${version}:${this.config.generation}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    const items = await this.compute(uri, version, token);
    this.ensureCurrent(uri, version, token);
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: items ?? [] };
  }

  /** Push mode: (re)validate a document after the debounce. */
  schedule(uri: string): void {
    if (this.mode !== 'push') return;
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    const document = this.documents.get(uri);
    if (!document) return;
    const version = document.version;
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.push(uri, version);
      }, this.debounceMs),
    );
  }

  /** Settings or a project file changed: every open document is checked again. */
  revalidateAll(refreshSupported: boolean): void {
    if (this.mode === 'pull') {
      if (refreshSupported) void this.connection.languages.diagnostics.refresh();
      return;
    }
    for (const document of this.documents.all()) this.schedule(document.uri);
  }

  closed(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    if (this.mode === 'push') void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async push(uri: string, version: number): Promise<void> {
    if (this.documents.get(uri)?.version !== version) return;
    const diagnostics = await this.compute(uri, version);
    // Dropped when stale: a newer version has its own validation scheduled.
    if (diagnostics === undefined || this.documents.get(uri)?.version !== version) return;
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  /** The diagnostics of one version; undefined when the document moved on meanwhile. A failure
   *  is logged and gives no diagnostics rather than an error. */
  private async compute(uri: string, version: number, token?: CancellationToken): Promise<Diagnostic[] | undefined> {
    try {
      const options = await this.config.checkOptions(uri);
      const document = this.documents.get(uri);
      if (!document || document.version !== version) return undefined;
      return this.analyzer.diagnosticsOf(this.analyzer.findings(document, options, token), uri);
    } catch (error) {
      // A cancelled check is no failure: the caller answers for the newer version.
      if (error instanceof CheckCancelled) return undefined;
      this.connection.console.error(`nianbao: checking ${uri} failed: ${describe(error)}`);
      return [];
    }
  }

  private ensureCurrent(uri: string, version: number, token: CancellationToken): void {
    const current = this.documents.get(uri);
    if (token.isCancellationRequested || !current || current.version !== version) {
      // Tells the client to ask again for the newer version (LSP 3.17 server cancellation).
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'document changed', { retriggerRequest: true });
    }
  }
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

export function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
