// A minimal LSP client for the protocol tests: spawns the bundled server (`node dist/server.js
// --stdio`) and speaks JSON-RPC over its stdin/stdout, as another editor's client would.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, afterEach } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type ConfigurationParams,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

/** The repository root (tests run from out/test/lsp/). */
export const ROOT = resolve(__dirname, '..', '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.js');
export const SAMPLES = join(ROOT, 'samples');

export function sample(name: string): { path: string; uri: string; text: string } {
  const path = join(SAMPLES, name);
  return { path, uri: pathToFileURL(path).toString(), text: readFileSync(path, 'utf8') };
}

/** Servers still running when a test file ends (a failed assertion skipped `stop()`). */
const live = new Set<ChildProcessWithoutNullStreams>();
after(() => {
  for (const child of live) child.kill();
});

/** Capabilities of a modern client (pull diagnostics, configuration, dynamic registration). */
export const PULL_CLIENT: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    diagnostics: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
  },
};

/** An older client: no pull diagnostics, no workspace/configuration. */
export const PUSH_CLIENT: ClientCapabilities = {
  workspace: { didChangeConfiguration: { dynamicRegistration: false } },
  textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
};

export interface SessionOptions {
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  /** Answers `workspace/configuration` for the `nianbao` section. */
  settings?: (scopeUri: string | undefined) => unknown;
}

export class Session {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly configurationRequests: ConfigurationParams[] = [];
  readonly registrations: string[] = [];
  refreshes = 0;
  /** `window/logMessage` lines (the server's log). */
  readonly logs: string[] = [];
  stderr = '';
  /** Anything on stdout that is not a JSON-RPC message (must stay empty). */
  readonly protocolErrors: string[] = [];
  initializeResult!: InitializeResult;
  settings: (scopeUri: string | undefined) => unknown;
  private readonly waiters: Array<() => void> = [];
  private exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    options: SessionOptions,
  ) {
    this.settings = options.settings ?? (() => ({}));
    this.exited = new Promise((resolveExit) => child.on('exit', (code) => resolveExit(code)));
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.notify();
    });
    connection.onRequest('workspace/configuration', (params: ConfigurationParams) => {
      this.configurationRequests.push(params);
      this.notify();
      return params.items.map((item) => (item.section === 'nianbao' ? this.settings(item.scopeUri) : null));
    });
    connection.onRequest('client/registerCapability', (params: { registrations: Array<{ method: string }> }) => {
      this.registrations.push(...params.registrations.map((r) => r.method));
      this.notify();
      return null;
    });
    connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      this.notify();
      return null;
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
      this.notify();
    });
  }

  static async start(options: SessionOptions = {}): Promise<Session> {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    live.add(child);
    child.on('exit', () => live.delete(child));
    const reader = new StreamMessageReader(child.stdout);
    const writer = new StreamMessageWriter(child.stdin);
    const connection = createProtocolConnection(reader, writer);
    const session = new Session(child, connection, options);
    reader.onError((error) => session.protocolErrors.push(String(error)));
    connection.listen();
    session.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(SAMPLES).toString(),
      capabilities: options.capabilities ?? PULL_CLIENT,
      initializationOptions: options.initializationOptions ?? { locale: 'zh-cn' },
      workspaceFolders: [{ uri: pathToFileURL(SAMPLES).toString(), name: 'samples' }],
    });
    await connection.sendNotification('initialized', {});
    return session;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'nianbao-report', version, text },
    });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.connection.sendRequest('textDocument/diagnostic', {
      textDocument: { uri },
      ...(previousResultId ? { previousResultId } : {}),
    });
  }

  /** Pulls until the server answers (it cancels pulls overtaken by an edit). */
  async pullFull(uri: string): Promise<Diagnostic[]> {
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        const report = await this.pull(uri);
        if (report.kind === 'full') return report.items;
      } catch (error) {
        if ((error as { code?: number }).code !== -32802) throw error;
      }
    }
    throw new Error('the server kept cancelling the diagnostic pull');
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Waits until `condition()` holds (checked after every message from the server). */
  async waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; stderr:\n${this.stderr}`);
      await new Promise<void>((resolveWait) => {
        const timer = setTimeout(resolveWait, Math.min(left, 100));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolveWait();
        });
      });
    }
  }

  /** shutdown + exit; resolves to the process exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await Promise.race([this.exited, sleep(3000).then(() => 'timeout' as const)]);
    if (code === 'timeout') {
      this.child.kill();
      throw new Error('the server did not exit after shutdown/exit');
    }
    this.connection.dispose();
    return code;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
}

/** Applies LSP content changes to a text, the way an editor's buffer changes (for expectations). */
export function applyChanges(text: string, changes: TextDocumentContentChangeEvent[]): string {
  for (const change of changes) {
    if (!('range' in change)) {
      text = change.text;
      continue;
    }
    const start = offsetAt(text, change.range.start);
    const end = offsetAt(text, change.range.end);
    text = text.slice(0, start) + change.text + text.slice(end);
  }
  return text;
}

function offsetAt(text: string, position: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + position.character, text.length);
}

/**
 * A `start` for one test file: every server it starts is killed after its test if the test did
 * not stop it (a failed assertion must not leave a server running).
 */
export function sessionStarter(): (options?: Parameters<typeof Session.start>[0]) => Promise<Session> {
  const sessions: Session[] = [];
  afterEach(() => {
    for (const s of sessions.splice(0)) if (s.child.exitCode === null) s.child.kill();
  });
  return async (options) => {
    const session = await Session.start(options);
    sessions.push(session);
    return session;
  };
}
