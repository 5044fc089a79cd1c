// The row-label columns of a group: group labels (`三、本年度办理结果`, `（三）不予公开`) span the
// rows they open, as merged cells do in the official tables. The nesting is read from the
// enumerators the format prints (`一、` › `（一）` › `1.`), not from any table's name.
import type { RowDef } from '../../../server/src/core/formats/types';

/** A label cell to draw: a group label (spanning its rows) or a row's own label. */
export interface LabelNode {
  text: string;
  level: number;
  /** The row this node is the own label of; absent for group labels. */
  row?: string;
  /** For a group label: the row whose definition opens the group. */
  opens?: string;
}

/** The level of a label by its enumerator: `一、` 0, `（一）` 1, `1.` 2; no enumerator: -1. */
export function labelLevel(label: string): number {
  const text = label.trim();
  if (/^[一二三四五六七八九十]+[、.．，]/.test(text)) return 0;
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(text)) return 1;
  if (/^[0-9０-９]+[.、．]/.test(text)) return 2;
  return -1;
}

/**
 * The label path of each row (outermost group first, the row's own label last), in row order.
 * Group nodes are shared objects, so consecutive rows with the same node form one merged cell.
 */
export function labelPaths(rows: readonly RowDef[]): LabelNode[][] {
  const stack: LabelNode[] = [];
  const paths: LabelNode[][] = [];
  for (const row of rows) {
    if (row.unlabelled) {
      paths.push([]);
      continue;
    }
    if (row.groupLabel) {
      const level = labelLevel(row.groupLabel);
      popTo(stack, level);
      stack.push({ text: row.groupLabel, level, opens: row.id });
    }
    const own = labelLevel(row.label);
    popTo(stack, own);
    paths.push([...stack, { text: row.label, level: own, row: row.id }]);
  }
  return paths;
}

/** Leaves on the stack only the groups above `level` (a label with no enumerator closes none). */
function popTo(stack: LabelNode[], level: number): void {
  if (level < 0) return;
  while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
}

/** How many label columns the paths need. */
export function labelWidth(paths: readonly LabelNode[][]): number {
  return paths.reduce((width, path) => Math.max(width, path.length), 0);
}

export interface LabelCell {
  node: LabelNode;
  rowspan: number;
  colspan: number;
  /** The label column it starts in (0 = leftmost): the preview pins label columns by it. */
  depth: number;
}

/**
 * The label cells each row draws: a group node on the first row that has it (spanning every row
 * that has it), and the row's own label stretched over the remaining label columns.
 */
export function labelCells(paths: readonly LabelNode[][], width: number): LabelCell[][] {
  const drawn = new Set<LabelNode>();
  return paths.map((path, index) => {
    const cells: LabelCell[] = [];
    path.forEach((node, depth) => {
      if (drawn.has(node)) return;
      drawn.add(node);
      const isLast = depth === path.length - 1;
      let rowspan = 1;
      if (!isLast) while (index + rowspan < paths.length && paths[index + rowspan]!.includes(node)) rowspan++;
      cells.push({ node, rowspan, colspan: isLast ? width - depth : 1, depth });
    });
    return cells;
  });
}
