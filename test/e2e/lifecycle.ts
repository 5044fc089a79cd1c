// Whatever happens to an e2e run — the tests pass or fail, something throws, the run hangs past its
// time limit, the person presses Ctrl-C or CI sends SIGTERM — code-server and the browser it
// started are shut down. code-server runs in its own process group (so it can be killed as a
// group), which means a Ctrl-C in the terminal does not reach it: without this it would outlive us.

import { constants } from 'node:os';

export type CleanupTask = () => unknown;

/** Cleanup tasks, run once, newest first; one failing or hanging task does not stop the others. */
export class Shutdown {
  private readonly tasks: Array<{ name: string; task: CleanupTask }> = [];
  private running: Promise<void> | undefined;

  constructor(private readonly taskLimitMs = 10_000) {}

  add(name: string, task: CleanupTask): void {
    this.tasks.push({ name, task });
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const { name, task } of this.tasks.reverse()) {
        let timer: NodeJS.Timeout | undefined;
        const limit = new Promise<void>((resolve) => {
          timer = setTimeout(() => {
            console.error(`e2e: cleanup "${name}" took over ${this.taskLimitMs} ms; going on`);
            resolve();
          }, this.taskLimitMs);
        });
        try {
          await Promise.race([Promise.resolve().then(task), limit]);
        } catch (error) {
          console.error(`e2e: cleanup "${name}" failed: ${String(error)}`);
        } finally {
          clearTimeout(timer);
        }
      }
    })();
    return this.running;
  }
}

export interface GuardOptions {
  /** The whole run's time limit. */
  limitMs: number;
  label: string;
  /** How the process ends on a signal (tests replace it). */
  exit?: (code: number) => void;
  signals?: NodeJS.Signals[];
}

/** Exit status of a run stopped by its time limit (as timeout(1) reports it). */
export const TIMED_OUT = 124;

/**
 * Runs `body` and then its cleanups, whether it resolves, throws, passes `limitMs` or the process
 * gets a signal. Resolves to the body's exit status, 1 when it threw, TIMED_OUT on the time limit.
 */
export async function guarded(options: GuardOptions, body: (shutdown: Shutdown) => Promise<number>): Promise<number> {
  const shutdown = new Shutdown();
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const signals = options.signals ?? ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`${options.label}: ${signal}; shutting code-server and the browser down`);
    void shutdown.run().finally(() => exit(128 + (constants.signals[signal] ?? 15)));
  };
  for (const signal of signals) process.on(signal, onSignal);
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<number>((resolve) => {
    timer = setTimeout(() => {
      console.error(`${options.label}: no result after ${options.limitMs} ms; stopping`);
      resolve(TIMED_OUT);
    }, options.limitMs);
  });
  try {
    return await Promise.race([body(shutdown), limit]);
  } catch (error) {
    console.error(`${options.label}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  } finally {
    clearTimeout(timer);
    for (const signal of signals) process.off(signal, onSignal);
    await shutdown.run();
  }
}
