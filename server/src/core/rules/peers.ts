// Finding the previous year's report of the same body among the reports checked together.
import type { ReportModel } from '../model';
import type { PeerReport } from './types';

/** Body names compared without spaces and full-width/half-width differences in brackets. */
export function normaliseBody(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const s = name.replace(/[\s\u3000]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
  return s || undefined;
}

/** The report of the same body for the year before, if one is among the peers. */
export function previousYear(model: ReportModel, peers: PeerReport[]): PeerReport | undefined {
  const body = normaliseBody(model.metadata.bodyName);
  if (!body || model.year === null) return undefined;
  return peers.find(
    (p) => !p.model.problem && p.model.year === model.year! - 1 && normaliseBody(p.model.metadata.bodyName) === body,
  );
}

/** Of a list of reports, the previous-year peers of each (what `checkReport` takes as `peers`). */
export function peersFor(model: ReportModel, all: PeerReport[]): PeerReport[] {
  const found = previousYear(model, all.filter((p) => p.model !== model));
  return found ? [found] : [];
}
