// The worker thread of `nianbao check` (bundled as dist/cli-worker.js; started by parallel.ts).
// Phase 1 reads and parses the files it is given and keeps their texts and models; phase 2
// checks them against the peer summaries of every file. It throws rather than reporting its own
// errors: the pool sees an uncaught exception as a failed worker and checks in one thread again.
import { parentPort } from 'node:worker_threads';
import { locateFindings, peersFor, peerSummary, type LocatedRange, type ReportModel } from '../core';
import { engine } from './engine';
import { loadReport } from './load';
import type { FromWorker, ToWorker } from './workerProtocol';

const port = parentPort;
if (!port) throw new Error('cli-worker.js runs as a worker thread of nianbao check');

const kept = new Map<number, { text: string; model: ReportModel; locations?: LocatedRange[] | undefined }>();
const post = (message: FromWorker) => port.postMessage(message);

// Messages are handled one after another: reading a PDF is asynchronous, and the check of a
// file must not start before its load has finished.
let queue: Promise<void> = Promise.resolve();
port.on('message', (message: ToWorker) => {
  queue = queue.then(() => handle(message)).catch((error: unknown) => {
    // An uncaught failure tells the pool this worker failed (it checks in one thread again).
    setImmediate(() => {
      throw error;
    });
  });
});

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'load') {
    for (const task of message.tasks) {
      const outcome = await loadReport(task.absolute, task.maxMB, task.locale);
      if (outcome.kind === 'report') {
        kept.set(task.index, { text: outcome.text, model: outcome.model, locations: outcome.document?.locations });
        post({ type: 'loaded', index: task.index, file: { kind: 'report', peer: peerSummary(outcome.model, outcome.text) } });
      } else {
        post({ type: 'loaded', index: task.index, file: outcome });
      }
    }
    return;
  }
  for (const job of message.jobs) {
    const report = kept.get(job.index);
    if (!report) throw new Error(`cli-worker: no report kept for file #${job.index}`);
    const findings = engine.check(report.model, report.text, {
      locale: job.locale,
      severities: job.severities,
      ...(job.ignore ? { ignore: job.ignore } : {}),
      // The report's own summary from the same message, so that peersFor leaves it out as the
      // main thread's in-thread path does.
      peers: peersFor(message.peers[job.self]!.model, message.peers),
      file: job.file,
    });
    kept.delete(job.index);
    post({ type: 'checked', index: job.index, findings: report.locations ? locateFindings(findings, report.text, report.locations) : findings });
  }
}
