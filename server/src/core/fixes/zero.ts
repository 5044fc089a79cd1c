// Empty count cells whose relations require zero: in an equal relation whose other side is fully
// read, when the cells read on this side already make up that sum, every empty count cell on
// this side must be 0 (counts are never negative).
import type { FormatDefinition } from '../formats/types';
import type { TableModel } from '../model';
import { columnKind, instancesOf, same, type Term } from '../relations';

const read = (t: Term) => t.cell?.status === 'ok' && t.cell.value !== null;
const total = (terms: Term[]) => terms.reduce((s, t) => s + (t.cell?.value ?? 0), 0);

export function zeroRequired(format: FormatDefinition, table: TableModel, key: string): boolean {
  for (const instance of instancesOf(format, table)) {
    if (instance.def.kind !== 'equal') continue;
    const onLeft = instance.left.some((t) => t.key === key);
    const onRight = instance.right.some((t) => t.key === key);
    if (onLeft === onRight) continue;
    const side = onLeft ? instance.left : instance.right;
    const other = onLeft ? instance.right : instance.left;
    if (!other.every(read)) continue;
    const unread = side.filter((t) => !read(t));
    const emptyCounts = unread.every(
      (t) => t.cell?.status === 'empty' && columnKind(format, table.id, t.column) === 'count',
    );
    if (!emptyCounts) continue;
    if (same(total(other), total(side.filter(read)))) return true;
  }
  return false;
}
