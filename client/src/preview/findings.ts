// Which findings fall on which cell: the editor's diagnostics matched to the cells of the table
// model by range. Pure (LSP-shaped ranges in, plain data out) so it is tested without an editor.
import type { Range, TableModel } from '../../../server/src/core';
import type { CellFinding, FindingSeverity } from '../../../shared/previewMessages';

/** The parts of a diagnostic the preview reads (vscode.Diagnostic fits). */
export interface DiagnosticLike {
  range: Range;
  /** vscode.DiagnosticSeverity: 0 error, 1 warning, 2 information, 3 hint. */
  severity: number;
  message: string;
  source?: string | undefined;
}

const SEVERITIES: FindingSeverity[] = ['error', 'warning', 'info', 'info'];

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** True when the ranges share at least one character, or an empty one touches the other. */
export function rangesMeet(a: Range, b: Range): boolean {
  if (before(a.end, b.start) || before(b.end, a.start)) return false;
  const emptyA = a.start.line === a.end.line && a.start.character === a.end.character;
  const emptyB = b.start.line === b.end.line && b.start.character === b.end.character;
  if (emptyA || emptyB) return true;
  // Touching ends (a ends where b starts) share no character.
  const touch = (x: Range, y: Range) => x.end.line === y.start.line && x.end.character === y.start.character;
  return !touch(a, b) && !touch(b, a);
}

/** The findings of `source` (default nianbao) on each cell, by cell key; the worst severity wins. */
export function cellFindings(tables: readonly TableModel[], diagnostics: readonly DiagnosticLike[], source = 'nianbao'): Record<string, CellFinding> {
  const ours = diagnostics.filter((d) => d.source === undefined || d.source === source);
  const findings: Record<string, CellFinding> = {};
  for (const table of tables) {
    for (const row of table.rows) {
      for (const cell of row.cells) {
        const hits = ours.filter((d) => rangesMeet(d.range, cell.span.range));
        if (hits.length === 0) continue;
        const worst = Math.min(...hits.map((d) => d.severity));
        findings[cell.key] = { severity: SEVERITIES[worst] ?? 'info', messages: hits.map((d) => d.message) };
      }
    }
  }
  return findings;
}

/** The key of the cell at a position of the text (the editor's cursor), if any. */
export function cellAt(tables: readonly TableModel[], position: Range['start']): string | null {
  const point: Range = { start: position, end: position };
  for (const table of tables) {
    if (!rangesMeet(table.span.range, point)) continue;
    for (const row of table.rows) {
      for (const cell of row.cells) {
        if (cell.status !== 'missing' && rangesMeet(cell.span.range, point)) return cell.key;
      }
    }
  }
  return null;
}
