// The numbers of a report as a flat sheet (docs/interfaces.md `tables`): `<table>.<row>.<column>`
// keys, null for a cell that is there but holds no readable number, no key for a row the
// report leaves out.
import type { CellModel, ReportModel } from './model';

export function modelCells(model: ReportModel): CellModel[] {
  return model.tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
}

export function modelValues(model: ReportModel): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const cell of modelCells(model)) values[cell.key] = cell.status === 'ok' ? cell.value : null;
  return values;
}
