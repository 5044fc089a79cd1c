// One number cell of the preview: what it shows, how it is marked, what its tooltip says.
// Empty, dash, missing, unreadable and ambiguous cells each look different from a read value.
import type { CellModel, ColumnDef, Range } from '../../../server/src/core';
import type { CellFinding, PreviewStrings } from '../../../shared/previewMessages';
import { classes, h, type VElement } from '../vnode';

/** `startLine:startCharacter:endLine:endCharacter`, the place a click selects in the editor. */
export function rangeAttribute(range: Range): string {
  const { start, end } = range;
  return `${start.line}:${start.character}:${end.line}:${end.character}`;
}

/** Parses a `data-range` value; undefined when it is not four integers. */
export function parseRangeAttribute(value: string | undefined): Range | undefined {
  const parts = (value ?? '').split(':').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isInteger(n) || n < 0)) return undefined;
  const [sl, sc, el, ec] = parts as [number, number, number, number];
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}

/** A number as the table prints it; `change` columns carry their sign. */
export function formatValue(value: number, column: ColumnDef | undefined): string {
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
  return column?.kind === 'change' && value > 0 ? `+${text}` : text;
}

/** What the cell shows: the read value, the text as written, or a placeholder word. */
export function cellText(cell: CellModel | undefined, column: ColumnDef | undefined, strings: PreviewStrings): string {
  if (!cell) return strings.missing;
  switch (cell.status) {
    case 'ok':
      return cell.value === null ? cell.text : formatValue(cell.value, column);
    case 'empty':
      return strings.empty;
    case 'dash':
      return cell.text.trim() || strings.dash;
    case 'not-number':
      return cell.text.trim();
    case 'ambiguous':
      return (cell.candidates ?? []).map((v) => formatValue(v, column)).join(' / ') || '?';
    case 'missing':
      return strings.missing;
  }
}

function fill(template: string, value: string): string {
  return template.replace('{0}', value);
}

/** The tooltip: the text as written when it differs, the ambiguity, the findings on the cell. */
export function cellTitle(cell: CellModel | undefined, column: ColumnDef | undefined, finding: CellFinding | undefined, strings: PreviewStrings): string {
  const lines: string[] = [];
  if (column) lines.push(column.label);
  if (cell) {
    const shown = cellText(cell, column, strings);
    if (cell.status === 'ok' && cell.text.trim() && cell.text.trim() !== shown) lines.push(fill(strings.written, cell.text.trim()));
    if (cell.status === 'empty') lines.push(strings.emptyHint);
    if (cell.status === 'dash') lines.push(strings.dashHint);
    if (cell.status === 'missing') lines.push(strings.missingHint);
    if (cell.status === 'not-number') lines.push(strings.notNumber);
    if (cell.status === 'ambiguous') lines.push(fill(strings.ambiguous, (cell.candidates ?? []).map((v) => formatValue(v, column)).join('、')));
    if (cell.derivedFrom && cell.derivedFrom.length > 0) lines.push(strings.derived);
  }
  if (finding) lines.push(...finding.messages);
  return lines.join('\n');
}

/** The `<td>` of one cell. `row-missing`: the report leaves the whole row out. */
export function cellElement(
  cell: CellModel | undefined,
  column: ColumnDef | undefined,
  finding: CellFinding | undefined,
  strings: PreviewStrings,
  colspan: number,
): VElement {
  const status = cell ? cell.status : 'row-missing';
  const range = cell?.span.range;
  return h(
    'td',
    {
      class: classes('cell', `status-${status}`, cell?.derivedFrom?.length ? 'derived' : undefined, finding && `finding finding-${finding.severity}`),
      colspan: colspan > 1 ? colspan : undefined,
      'data-key': cell?.key,
      'data-line': range?.start.line,
      'data-range': range && rangeAttribute(range),
      // A placeholder word (空, 缺) is not copied: the sheet gets an empty cell.
      'data-copy': status === 'empty' || status === 'missing' || status === 'row-missing' ? '' : undefined,
      title: cellTitle(cell, column, finding, strings),
    },
    cellText(cell, column, strings),
  );
}
