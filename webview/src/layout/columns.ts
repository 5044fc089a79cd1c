// The header rows of a column group, read from the format definition: each column's `parents`
// (`申请人情况` › `法人或其他组织` › `商业企业`) become merged header cells, as the official tables
// print them. No table is named here; a new layout is a new definition.
import type { ColumnDef } from '../../../server/src/core/formats/types';

export interface HeaderCell {
  text: string;
  colspan: number;
  rowspan: number;
  /** Set on the header of one column (its own label); absent on a merged parent header. */
  column?: string;
}

/** How many header rows the columns need: the deepest parent chain plus the label itself. */
export function headerDepth(columns: readonly ColumnDef[]): number {
  return columns.reduce((depth, column) => Math.max(depth, (column.parents?.length ?? 0) + 1), 1);
}

/**
 * One array of header cells per header row. `widen` is added to the colspan of every cell that
 * covers the last column (a block narrower than its table stretches its last column).
 */
export function headerRows(columns: readonly ColumnDef[], widen = 0): HeaderCell[][] {
  const depth = headerDepth(columns);
  const rows: HeaderCell[][] = [];
  const last = columns.length - 1;
  for (let level = 0; level < depth; level++) {
    const row: HeaderCell[] = [];
    for (let i = 0; i < columns.length; ) {
      const column = columns[i]!;
      const parents = column.parents ?? [];
      if (parents.length === level) {
        row.push({ text: column.label, colspan: 1 + (i === last ? widen : 0), rowspan: depth - level, column: column.id });
        i++;
      } else if (parents.length > level) {
        let end = i + 1;
        while (end < columns.length && samePrefix(columns[end]!.parents ?? [], parents, level + 1)) end++;
        row.push({ text: parents[level]!, colspan: end - i + (end - 1 === last ? widen : 0), rowspan: 1 });
        i = end;
      } else {
        i++;
      }
    }
    rows.push(row);
  }
  return rows;
}

function samePrefix(a: readonly string[], b: readonly string[], length: number): boolean {
  if (a.length < length || b.length < length) return false;
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}
