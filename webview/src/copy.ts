// A drawn table as the clipboard wants it: a grid of texts (merged cells expanded, the text in
// their top-left slot) for tab-separated text, and a plain HTML table with the merged cells kept
// for Word. Both read the page description, not the DOM, so they are tested under node.
import { escapeHtml, textOf, walk, type VElement } from './vnode';

/** The text a cell contributes: its `data-copy` when set (placeholders copy as nothing). */
function copyText(cell: VElement): string {
  return (cell.attrs['data-copy'] ?? textOf(cell)).trim();
}

/** The rows of a `<table>` description as a rectangular grid of texts. */
export function tableGrid(table: VElement): string[][] {
  const rows = [...walk(table)].filter((n) => n.tag === 'tr');
  const grid: Array<Array<string | undefined>> = rows.map(() => []);
  rows.forEach((tr, r) => {
    let c = 0;
    for (const cell of tr.children) {
      if (cell.tag !== 'th' && cell.tag !== 'td') continue;
      while (grid[r]![c] !== undefined) c++;
      const colspan = Math.max(1, Number(cell.attrs['colspan'] ?? 1) || 1);
      const rowspan = Math.max(1, Number(cell.attrs['rowspan'] ?? 1) || 1);
      for (let dr = 0; dr < rowspan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < colspan; dc++) grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? copyText(cell) : '';
      }
      c += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
}

/** Tab-separated lines; tabs and line breaks inside a cell become spaces so the grid holds. */
export function toTsv(grid: readonly string[][]): string {
  return grid.map((row) => row.map((text) => text.replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\r\n') + '\r\n';
}

/** A self-contained HTML table (caption, merged cells, borders) for word processors. Every text
 *  is escaped; only colspan and rowspan are carried over. */
export function clipboardHtml(table: VElement, caption: string): string {
  const rows = [...walk(table)].filter((n) => n.tag === 'tr');
  const border = 'border:1px solid #000;padding:2px 6px';
  const body = rows
    .map((tr) => {
      const cells = tr.children
        .filter((cell) => cell.tag === 'th' || cell.tag === 'td')
        .map((cell) => {
          const span = ['colspan', 'rowspan']
            .filter((name) => Number(cell.attrs[name] ?? 1) > 1)
            .map((name) => ` ${name}="${Number(cell.attrs[name])}"`)
            .join('');
          const align = cell.tag === 'td' ? 'text-align:right;' : '';
          return `<${cell.tag}${span} style="${align}${border}">${escapeHtml(copyText(cell))}</${cell.tag}>`;
        })
        .join('');
      return `<tr>${cells}</tr>`;
    })
    .join('');
  return `<table style="border-collapse:collapse"><caption>${escapeHtml(caption)}</caption>${body}</table>`;
}

/** The table and heading of one table section of the page description. */
export function tableOfPage(page: VElement, tableId: string): { table: VElement; caption: string } | undefined {
  const section = [...walk(page)].find((n) => n.tag === 'section' && n.attrs['data-table'] === tableId);
  const table = section && [...walk(section)].find((n) => n.tag === 'table');
  if (!section || !table) return undefined;
  const heading = [...walk(section)].find((n) => n.tag === 'h2');
  return { table, caption: heading ? textOf(heading) : '' };
}
