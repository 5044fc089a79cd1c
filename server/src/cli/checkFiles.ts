// Loading and checking the files of `nianbao check`, in this thread or in worker threads, with
// the same results either way: the same per-file function loads (load.ts), the same peer
// summaries feed the cross-year rules, and the worker path prints what it has to say about each
// file in file order once every file is done.
import { availableParallelism } from 'node:os';
import { locateFindings, peersFor, peerSummary, type IgnoreScope, type LocatedRange, type ReportModel, type Finding, type Locale, type PeerReport, type SeveritySetting } from '../core';
import { engine } from './engine';
import type { CliIO } from './io';
import { loadReport, type LoadOutcome } from './load';
import { WorkerPool } from './parallel';
import type { CheckedFile } from './sarif';
import type { CheckJob, LoadedFile } from './workerProtocol';

/**
 * From this many files on, worker threads pay for themselves. Each thread is a V8 isolate that
 * compiles the parser and the rules afresh: about a second of optimising-compiler work, which a
 * single thread gets done on an idle core while it parses, but which worker threads, each busy,
 * take from each other. Measured on 2 cores (`nianbao check --format json`, generated reports,
 * medians, idle machine): 128 files 0.93 s in one thread / 1.13 s with 2 workers, 512 files
 * 2.04 / 2.41 s, 1,000 files 3.55 / 3.61 s, 2,000 files 5.93 / 5.34 s, 4,000 files
 * 12.5 / 9.8 s. More cores should lower the break-even; that is not measured.
 */
export const WORKERS_FROM = 1200;
/** Each worker loads the whole engine; beyond a few, start-up and memory outweigh the gain. */
const MAX_WORKERS = 8;

/** The worker bundle, beside dist/cli.js (scripts/build.mjs). */
export const WORKER_SCRIPT = 'cli-worker.js';

/**
 * Internal knobs for tests and measurements, not a user option: the number of worker threads
 * (0: check in this thread), which otherwise follows the number of files and cores, and the
 * worker script. The environment variable NIANBAO_WORKERS sets the first for a whole process
 * (e.g. `NIANBAO_WORKERS=0 nianbao check …` to time the single-thread path).
 */
export interface CheckInternals {
  workers?: number;
  workerScript?: string;
}

/** `work`: the files weighed by what reading them costs (a text report is 1); `files`: how many. */
export function workerThreads(work: number, internal: CheckInternals, files = work): number {
  const env = process.env.NIANBAO_WORKERS;
  const forced = internal.workers ?? (env !== undefined && /^\d+$/.test(env) ? Number(env) : undefined);
  if (forced !== undefined) return Math.min(forced, files);
  if (work < WORKERS_FROM) return 0;
  const cores = availableParallelism();
  if (cores < 2) return 0;
  return Math.min(cores, MAX_WORKERS, files);
}

export interface Target {
  absolute: string;
  display: string;
}

export interface FileSettings {
  maxMB: number;
  locale: Locale;
  severities: Record<string, SeveritySetting>;
  /** The project file's ignore list, with this file's path relative to it. */
  ignore?: IgnoreScope;
}

export interface CheckContext {
  io: CliIO;
  targets: Target[];
  /** Show progress on stderr (a terminal, enough files). */
  progress: boolean;
  /** A file's settings; `announce` false looks them up without printing the configuration's warnings. */
  settingsFor(absolute: string, announce?: boolean): FileSettings;
  /** Prints what the command says about a file it does not check, and marks failures. */
  announce(target: Target, outcome: LoadOutcome | LoadedFile): void;
}

export interface LoadedReport extends Target {
  index: number;
  text: string;
  model: ReportModel;
  /** Where the report text's pieces stand in the document it was read from, if any. */
  locations?: LocatedRange[] | undefined;
}

export interface LoadedInThread {
  reports: LoadedReport[];
  oversized: Array<{ index: number; finding: Finding }>;
}

/** Reads and parses every file first: the cross-year rules need the other reports. */
export async function loadInThread({ io, targets, progress, settingsFor, announce }: CheckContext): Promise<LoadedInThread> {
  const loaded: LoadedInThread = { reports: [], oversized: [] };
  for (const [index, target] of targets.entries()) {
    if (progress) io.err(`\r正在读取 reading ${index + 1}/${targets.length}`);
    const settings = settingsFor(target.absolute);
    const outcome = await loadReport(target.absolute, settings.maxMB, settings.locale);
    announce(target, outcome);
    if (outcome.kind === 'report') {
      loaded.reports.push({ ...target, index, text: outcome.text, model: outcome.model, locations: outcome.document?.locations });
    } else if (outcome.kind === 'oversize') loaded.oversized.push({ index, finding: outcome.finding });
  }
  return loaded;
}

/** Checks the loaded reports; the result is in the order the files were named or found. */
export function checkInThread({ io, targets, progress, settingsFor }: CheckContext, loaded: LoadedInThread): CheckedFile[] {
  // Summaries, as the worker path has to use: both paths give the cross-year rules the same input.
  const all: PeerReport[] = loaded.reports.map((r) => ({ file: r.display, model: peerSummary(r.model, r.text) }));
  const byIndex = new Map<number, CheckedFile>();
  loaded.reports.forEach((r, i) => {
    if (progress) io.err(`\r正在检查 checking ${i + 1}/${loaded.reports.length}   `);
    const settings = settingsFor(r.absolute);
    const findings = engine.check(r.model, r.text, {
      locale: settings.locale,
      severities: settings.severities,
      ...(settings.ignore ? { ignore: settings.ignore } : {}),
      peers: peersFor(all[i]!.model, all),
      file: r.display,
    });
    byIndex.set(r.index, { file: r.display, findings: r.locations ? locateFindings(findings, r.text, r.locations) : findings });
  });
  for (const { index, finding } of loaded.oversized) byIndex.set(index, { file: targets[index]!.display, findings: [finding] });
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, file]) => file);
}

/**
 * Loads and checks in `threads` worker threads. Prints nothing about the files until every one
 * is done, so that after a failure (the promise rejects; the workers are ended) the caller can
 * check them all again in this thread without saying anything twice.
 */
export async function checkInWorkers(context: CheckContext, threads: number, script: string): Promise<CheckedFile[]> {
  const { io, targets, progress, settingsFor, announce } = context;
  const settings = targets.map((t) => settingsFor(t.absolute, false));
  const pool = new WorkerPool(script, threads);
  try {
    let loadedCount = 0;
    const files = await pool.load(
      targets.map((t, index) => ({ index, absolute: t.absolute, maxMB: settings[index]!.maxMB, locale: settings[index]!.locale })),
      () => {
        if (progress) io.err(`\r正在读取 reading ${++loadedCount}/${targets.length}`);
      },
    );

    // The peers in file order, as in this thread: when two reports could be a file's previous
    // year, the first one wins in both paths.
    const peers: PeerReport[] = [];
    const jobs: CheckJob[] = [];
    targets.forEach((target, index) => {
      const file = files.get(index)!;
      if (file.kind !== 'report') return;
      const s = settings[index]!;
      jobs.push({ index, self: peers.length, file: target.display, locale: s.locale, severities: s.severities, ...(s.ignore ? { ignore: s.ignore } : {}) });
      peers.push({ file: target.display, model: file.peer });
    });
    let checkedCount = 0;
    const findings = await pool.check(peers, jobs, () => {
      if (progress) io.err(`\r正在检查 checking ${++checkedCount}/${jobs.length}   `);
    });

    if (progress) io.err('\r\x1b[K');
    const checked: CheckedFile[] = [];
    targets.forEach((target, index) => {
      // Looked up again to print the configuration's warnings where the in-thread path does.
      settingsFor(target.absolute);
      const file = files.get(index)!;
      announce(target, file);
      if (file.kind === 'report') checked.push({ file: target.display, findings: findings.get(index)! });
      else if (file.kind === 'oversize') checked.push({ file: target.display, findings: [file.finding] });
    });
    return checked;
  } finally {
    await pool.close();
  }
}
