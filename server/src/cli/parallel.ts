// The worker threads of `nianbao check`: parsing is most of the command's time and each file
// parses on its own, so the files are shared out among threads. Two phases, because the
// cross-year rules need every report before any is checked:
//   1. load: workers read and parse files handed out in small batches (a busy core gets fewer)
//      and keep the models; they send back each file's outcome and, for a report, its peer
//      summary;
//   2. check: every worker gets all peer summaries and checks the reports it kept.
// A worker that throws, exits or sends what cannot be read fails the phase (the promise rejects;
// the caller checks in one thread instead); `close` always ends every worker.
import { Worker } from 'node:worker_threads';
import type { Finding, PeerReport } from '../core';
import type { CheckJob, FromWorker, LoadedFile, LoadTask, ToWorker } from './workerProtocol';

/** Files per batch in phase 1: small enough to even out at the end, large enough to keep messages rare. */
const MAX_BATCH = 16;

type Handler = (worker: number, message: FromWorker) => void;

export class WorkerPool {
  private readonly workers: Worker[];
  private handler: Handler | undefined;
  private reject: ((error: Error) => void) | undefined;
  private failure: Error | undefined;
  private closing = false;
  /** For each file loaded as a report, the worker that keeps its model. */
  private readonly holders = new Map<number, number>();

  constructor(script: string, count: number) {
    this.workers = [];
    for (let i = 0; i < count; i++) {
      let worker: Worker;
      try {
        worker = new Worker(script);
      } catch (error) {
        // The workers already started would keep the process alive: end them before giving up.
        void this.close();
        throw error;
      }
      worker.on('message', (message: FromWorker) => {
        try {
          this.handler?.(i, message);
        } catch (error) {
          this.fail(error);
        }
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('messageerror', (error) => this.fail(error));
      // A worker only exits when terminated; exiting earlier, even with code 0, leaves files undone.
      worker.on('exit', (code) => this.fail(new Error(`worker thread exited (code ${code})`)));
      this.workers.push(worker);
    }
  }

  /** Phase 1. Returns each task's outcome by its index; `onEach` counts files done. */
  load(tasks: LoadTask[], onEach: () => void): Promise<Map<number, LoadedFile>> {
    const results = new Map<number, LoadedFile>();
    const batch = Math.max(1, Math.min(MAX_BATCH, Math.floor(tasks.length / (this.workers.length * 8))));
    const pending = this.workers.map(() => 0);
    let next = 0;
    const dispatch = (worker: number) => {
      if (next >= tasks.length) return;
      const share = tasks.slice(next, next + batch);
      next += share.length;
      pending[worker] = share.length;
      this.post(worker, { type: 'load', tasks: share });
    };
    return this.phase<Map<number, LoadedFile>>((resolve) => {
      if (tasks.length === 0) return resolve(results);
      this.handler = (worker, message) => {
        if (message.type !== 'loaded') throw new Error(`unexpected ${message.type} message in phase 1`);
        results.set(message.index, message.file);
        if (message.file.kind === 'report') this.holders.set(message.index, worker);
        onEach();
        if (--pending[worker]! === 0) dispatch(worker);
        if (results.size === tasks.length) resolve(results);
      };
      this.workers.forEach((_, worker) => dispatch(worker));
    });
  }

  /** Phase 2. Every job names a report loaded in phase 1; returns its findings by index. */
  check(peers: PeerReport[], jobs: CheckJob[], onEach: () => void): Promise<Map<number, Finding[]>> {
    const results = new Map<number, Finding[]>();
    return this.phase<Map<number, Finding[]>>((resolve) => {
      if (jobs.length === 0) return resolve(results);
      const byWorker = this.workers.map((): CheckJob[] => []);
      for (const job of jobs) {
        const holder = this.holders.get(job.index);
        if (holder === undefined) throw new Error(`no worker holds file #${job.index}`);
        byWorker[holder]!.push(job);
      }
      this.handler = (_, message) => {
        if (message.type !== 'checked') throw new Error(`unexpected ${message.type} message in phase 2`);
        results.set(message.index, message.findings);
        onEach();
        if (results.size === jobs.length) resolve(results);
      };
      byWorker.forEach((share, worker) => {
        if (share.length > 0) this.post(worker, { type: 'check', peers, jobs: share });
      });
    });
  }

  /** Ends every worker; never rejects. */
  async close(): Promise<void> {
    this.closing = true;
    this.handler = undefined;
    await Promise.allSettled(this.workers.map((w) => w.terminate()));
  }

  private phase<T>(start: (resolve: (value: T) => void) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.reject = reject;
      try {
        start(resolve);
      } catch (error) {
        this.fail(error);
      }
    }).finally(() => {
      this.handler = undefined;
      this.reject = undefined;
    });
  }

  private post(worker: number, message: ToWorker): void {
    this.workers[worker]!.postMessage(message);
  }

  /** The first failure is kept (a later phase fails at once) and ends the phase under way. */
  private fail(error: unknown): void {
    if (this.closing) return;
    this.failure ??= error instanceof Error ? error : new Error(String(error));
    this.reject?.(this.failure);
  }
}
