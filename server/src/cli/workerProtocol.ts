// The messages between `nianbao check` and its worker threads (parallel.ts, worker.ts). Each
// worker keeps the texts and models it parsed; only outcomes, peer summaries and findings cross
// threads, because structured-cloning whole models costs more than parsing them.
import type { Finding, Locale, PeerModel, PeerReport, SeveritySetting } from '../core';
import type { LoadOutcome } from './load';
import type { IgnoreScope } from '../core';

/** Phase 1: a file to read and parse; `index` is its place among the command's files. */
export interface LoadTask {
  index: number;
  absolute: string;
  maxMB: number;
  locale: Locale;
}

/** Phase 2: a report the worker parsed, to check. `self` is its own summary's index in `peers`. */
export interface CheckJob {
  index: number;
  self: number;
  file: string;
  locale: Locale;
  severities: Record<string, SeveritySetting>;
  ignore?: IgnoreScope;
}

export type ToWorker = { type: 'load'; tasks: LoadTask[] } | { type: 'check'; peers: PeerReport[]; jobs: CheckJob[] };

/** A file's outcome as the main thread sees it: a parsed report is its peer summary. */
export type LoadedFile = { kind: 'report'; peer: PeerModel } | Exclude<LoadOutcome, { kind: 'report' }>;

export type FromWorker = { type: 'loaded'; index: number; file: LoadedFile } | { type: 'checked'; index: number; findings: Finding[] };
