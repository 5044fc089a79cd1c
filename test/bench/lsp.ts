// Language-server figures, over stdio against the bundled server (dist/server.js), as another
// editor's client would drive it: start to first diagnostics, didChange to fresh diagnostics,
// and the resident size with 100 open reports.
//
// The debounce: the server waits 200 ms after an edit before checking. The didChange figure
// starts the server with `initializationOptions.diagnosticsDebounceMs: 0` and measures from
// sending `didChange` to the answer of the pull (`textDocument/diagnostic`) sent right after
// it. The start-up figure keeps the default debounce, as an editor sees it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type DocumentDiagnosticReport,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { parseReport } from '../../server/src/core';
import { repoRoot } from '../support/fixtures';
import { seeds } from './corpus';
import { median, under, type Figure } from './stats';

const CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, diagnostics: { refreshSupport: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
  },
};

class Server {
  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {}

  static async start(initializationOptions: object): Promise<Server> {
    const script = join(repoRoot(), 'dist', 'server.js');
    if (!existsSync(script)) throw new Error(`${script} is missing: run \`node scripts/build.mjs\``);
    const child = spawn(process.execPath, [script, '--stdio'], { stdio: 'pipe' });
    child.stderr.resume();
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    const root = pathToFileURL(repoRoot()).toString();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root,
      capabilities: CAPABILITIES,
      initializationOptions: { locale: 'zh-cn', ...initializationOptions },
      workspaceFolders: [{ uri: root, name: 'bench' }],
    });
    await connection.sendNotification('initialized', {});
    return new Server(child, connection);
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nianbao-report', version, text } });
  }

  /** Pulls until the server answers in full (it cancels a pull overtaken by an edit). */
  async diagnostics(uri: string): Promise<number> {
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        const report: DocumentDiagnosticReport = await this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
        if (report.kind === 'full') return report.items.length;
      } catch (error) {
        if ((error as { code?: number }).code !== -32802) throw error;
      }
    }
    throw new Error('the server kept cancelling the diagnostic pull');
  }

  /** Resident set size in MB, from /proc (Linux). */
  rssMB(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]);
    if (!Number.isFinite(kb)) throw new Error('no VmRSS in /proc status');
    return kb / 1024;
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.on('exit', () => resolve()));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 3000).unref());
    if ((await Promise.race([exited, timeout])) === 'timeout') this.child.kill();
    this.connection.dispose();
  }
}

const uriOf = (name: string) => pathToFileURL(join(repoRoot(), 'bench', name)).toString();

/** Spawn → initialize → didOpen → first full diagnostics, a new server each run. */
export async function startupFigure(runs = 7): Promise<Figure> {
  const seed = seeds()[0]!;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const server = await Server.start({});
    try {
      await server.open(uriOf(seed.name), seed.text);
      await server.diagnostics(uriOf(seed.name));
      samples.push(performance.now() - t0);
    } finally {
      await server.stop();
    }
  }
  return {
    name: 'LSP: server start → first diagnostics of an opened seed',
    samples,
    unit: 'ms',
    target: { text: '< 400 ms', met: under(400) },
    note: 'process spawn, initialize, didOpen and one pull, with the default 200 ms debounce included',
  };
}

/** Per edit: one character typed into a 表三 cell (then deleted), didChange → the pull's full answer. */
async function changeSamples(documents: Array<{ name: string; text: string }>, runsPerDocument: number): Promise<number[]> {
  const server = await Server.start({ diagnosticsDebounceMs: 0 });
  const samples: number[] = [];
  try {
    for (const document of documents) {
      const uri = uriOf(document.name);
      await server.open(uri, document.text);
      await server.diagnostics(uri);
      // 表三's first cell, where the engine finds it: a cell a drafter edits.
      const cell = parseReport(document.text).tables.find((t) => t.id === 'applications')?.rows[0]?.cells[0];
      if (!cell) throw new Error(`${document.name}: no 表三 cell to edit`);
      const { line: target, character } = cell.span.range.start;
      let version = 1;
      for (let i = 0; i < runsPerDocument + 5; i++) {
        version++;
        const typed = version % 2 === 0;
        const range = { start: { line: target, character }, end: { line: target, character: typed ? character : character + 1 } };
        const t0 = performance.now();
        await server.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range, text: typed ? '1' : '' }],
        });
        await server.diagnostics(uri);
        if (i >= 5) samples.push(performance.now() - t0);
      }
    }
  } finally {
    await server.stop();
  }
  return samples;
}

/** didChange → fresh diagnostics over the seeds. */
export async function changeFigure(runsPerSeed = 40): Promise<Figure> {
  const samples = await changeSamples(seeds(), runsPerSeed);
  return {
    name: 'LSP: didChange → fresh diagnostics, seeds (debounce 0)',
    samples,
    unit: 'ms',
    target: { text: '< 10 ms', met: under(10) },
    note: `${samples.length} edits over ${seeds().length} seeds, one character in a 表三 cell; pull right after didChange, \`diagnosticsDebounceMs: 0\``,
  };
}

/**
 * The same over the 1 MB report: the whole server path of a keystroke in a long document (the
 * document's own update, the message, the incremental parse and check, the answer). No target
 * of its own; the engine's share is the 1 MB edit figure.
 */
export async function longChangeFigure(text: string, runs = 200): Promise<Figure> {
  const samples = await changeSamples([{ name: 'long-report.txt', text }], runs);
  return {
    name: 'LSP: didChange → fresh diagnostics, 1 MB report (debounce 0)',
    samples,
    unit: 'ms',
    note: `${samples.length} edits, one character in 表三 of the 1 MB report; the editor's view of the engine's 1 MB edit`,
  };
}

/** 100 reports open (and checked) in one server: its resident size. */
export async function memoryFigure(folder: string, count = 100): Promise<Figure> {
  const server = await Server.start({ diagnosticsDebounceMs: 0 });
  const samples: number[] = [];
  try {
    const names = readdirSync(folder).filter((n) => n.endsWith('.txt')).sort().slice(0, count);
    for (const name of names) {
      const uri = pathToFileURL(join(folder, name)).toString();
      await server.open(uri, readFileSync(join(folder, name), 'utf8'));
      await server.diagnostics(uri);
    }
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      samples.push(server.rssMB());
    }
    return {
      name: `LSP: resident size with ${names.length} open reports`,
      samples,
      unit: 'MB',
      target: { text: '< 150 MB', met: under(150) },
      note: `VmRSS of the server process after opening and checking ${names.length} generated reports (${median(samples).toFixed(0)} MB)`,
    };
  } finally {
    await server.stop();
  }
}
