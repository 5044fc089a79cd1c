// code-server for the e2e tests and `npm start`: found in (or installed into) the cache by
// scripts/install-code-server.sh, started on a free local port with throw-away profile folders.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface RunningEditor {
  url: string;
  port: number;
  process: ChildProcess;
  log: () => string;
  stop(): Promise<void>;
}

/** The code-server executable: $NIANBAO_CODE_SERVER, else the cached install (installed if missing). */
export function codeServerPath(root: string): string {
  const configured = process.env['NIANBAO_CODE_SERVER'];
  if (configured) return configured;
  const output = execFileSync('bash', [join(root, 'scripts', 'install-code-server.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return output.trim().split('\n').at(-1)!;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface StartOptions {
  codeServer: string;
  profile: string;
  folder: string;
  port?: number;
  settings?: Record<string, unknown>;
  /** Extra environment for code-server and so for its extension host. */
  env?: Record<string, string>;
}

export async function startCodeServer(options: StartOptions): Promise<RunningEditor> {
  const port = options.port ?? (await freePort());
  const userData = join(options.profile, 'user-data');
  const extensions = join(options.profile, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  const settingsFile = join(userData, 'User', 'settings.json');
  if (!existsSync(settingsFile) || options.settings) {
    writeFileSync(
      settingsFile,
      JSON.stringify(
        {
          'workbench.startupEditor': 'none',
          'workbench.tips.enabled': false,
          'security.workspace.trust.enabled': false,
          'telemetry.telemetryLevel': 'off',
          'extensions.autoCheckUpdates': false,
          'update.mode': 'none',
          ...options.settings,
        },
        null,
        2,
      ),
    );
  }
  let log = '';
  const child = spawn(
    options.codeServer,
    [
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-workspace-trust',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      '--user-data-dir', userData,
      '--extensions-dir', extensions,
      options.folder,
    ],
    // Its own process group, so that stop() ends the extension host and the server's children too.
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, ...options.env } },
  );
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.pid === undefined) return resolve();
      if (child.exitCode !== null || child.signalCode !== null) {
        // The server is gone; sweep what it may have left in its group (an extension host).
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // nothing left
        }
        return resolve();
      }
      child.once('exit', () => resolve());
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        resolve();
      }
      setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
        resolve();
      }, 5000).unref();
    });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${log}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not start within 60 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, port, process: child, log: () => log, stop };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function chromiumPath(): string {
  const path = process.env['NIANBAO_CHROMIUM'] ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path} (apt-get install chromium, or set NIANBAO_CHROMIUM)`);
  return path;
}
