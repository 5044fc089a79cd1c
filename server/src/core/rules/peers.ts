// Finding the previous year's report of the same body among the reports checked together.
import type { TableId } from '../formats/types';
import type { ReportModel } from '../model';
import { FORMATS } from '../formats';
import type { PeerModel, PeerReport, PeerTable } from './types';
import { narrativeShingles } from './shingles';

/** Body names compared without spaces and full-width/half-width differences in brackets. */
export function normaliseBody(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const s = name.replace(/[\s\u3000]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
  return s || undefined;
}

/** The report of the same body for the year before, if one is among the peers. */
export function previousYear(model: PeerModel, peers: PeerReport[]): PeerReport | undefined {
  const body = normaliseBody(model.metadata.bodyName);
  if (!body || model.year === null) return undefined;
  return peers.find(
    (p) => !p.model.problem && p.model.year === model.year! - 1 && normaliseBody(p.model.metadata.bodyName) === body,
  );
}

/** Of a list of reports, the previous-year peers of each (what `checkReport` takes as `peers`). */
export function peersFor(model: PeerModel, all: PeerReport[]): PeerReport[] {
  const found = previousYear(model, all.filter((p) => p.model !== model));
  return found ? [found] : [];
}

/**
 * The rows of a previous year's report that the cross-year rules read: the previous rows of
 * every format's cross-year links (`FormatDefinition.links`: 表三's 结转下年度继续办理, 表二's
 * 规章 and 规范性文件). test/unit/rules checks that summaries give the rules' findings.
 */
function peerRows(): Array<{ table: TableId; rows: string[] }> {
  const byTable = new Map<TableId, Set<string>>();
  for (const format of Object.values(FORMATS)) {
    for (const link of format.links) {
      const rows = byTable.get(link.table) ?? new Set<string>();
      for (const r of link.rows) rows.add(r.previousRow);
      byTable.set(link.table, rows);
    }
  }
  return [...byTable].map(([table, rows]) => ({ table, rows: [...rows] }));
}

/**
 * A report reduced to what it is as a peer: a few dozen small objects instead of the whole
 * model, so that the command line's worker threads can send every report's summary to the others
 * cheaply. `checkReport` gives the same findings with the summary as with the model.
 */
export function peerSummary(model: ReportModel, text?: string): PeerModel {
  const tables: PeerTable[] = [];
  for (const { table: id, rows } of peerRows()) {
    const table = model.tables.find((t) => t.id === id);
    if (!table) continue;
    tables.push({
      id,
      rows: table.rows
        .filter((r) => rows.includes(r.id))
        .map((r) => ({
          id: r.id,
          cells: r.cells.map((c) => ({ key: c.key, column: c.column, status: c.status, value: c.value, span: { range: c.span.range } })),
          ...(r.incomplete ? { incomplete: r.incomplete } : {}),
          ...(r.unreadable ? { unreadable: r.unreadable } : {}),
        })),
    });
  }
  return {
    format: model.format,
    year: model.year,
    ...(model.problem ? { problem: model.problem } : {}),
    metadata: model.metadata.bodyName !== undefined ? { bodyName: model.metadata.bodyName } : {},
    tables,
    // The narrative's fingerprint, for content-duplicate: a few thousand numbers per report.
    ...(text !== undefined && !model.problem ? { shingles: narrativeShingles(text, model) } : {}),
  };
}
