// One table of the report (表二, 表三 or 表四) in the official layout, driven by its definition:
// each block's caption, merged column headers, row labels with their group labels, then the
// cells read from the report. A block narrower than the table stretches its last column, as
// the official 表二 does.
import type { ColumnDef, ExtraRow, GroupDef, RowDef, RowModel, TableDef, TableModel, UnreadableReason } from '../../../server/src/core';
import type { CellFinding, PreviewStrings } from '../../../shared/previewMessages';
import { classes, h, type VElement } from '../vnode';
import { cellElement, rangeAttribute } from './cell';
import { headerDepth, headerRows } from './columns';
import { labelCells, labelLevel, labelPaths, labelWidth, type LabelNode } from './labels';

export interface TableInput {
  def: TableDef;
  /** The table as read from the report; undefined when the report has no such table. */
  model: TableModel | undefined;
  findings: Readonly<Record<string, CellFinding>>;
  strings: PreviewStrings;
}

/** A row to draw: a row of the format, or a row the format does not know (local variant). */
type LayoutRow = { def: RowDef; model: RowModel | undefined } | { extra: ExtraRow; anchor: RowDef };

interface GroupLayout {
  group: GroupDef;
  rows: LayoutRow[];
  paths: LabelNode[][];
}

export function tableElement(input: TableInput): VElement {
  const { def, model } = input;
  const groups = def.groups.map((group) => layoutGroup(group, model));
  const labels = Math.max(0, ...groups.map((g) => labelWidth(g.paths)));
  const columns = Math.max(1, ...def.groups.map((g) => g.columns.length));
  const rows: VElement[] = [];
  for (const layout of groups) rows.push(...groupRows(layout, labels, columns, input));

  const span = model?.span.range;
  const { strings } = input;
  const children: VElement[] = [
    h('div', { class: 'table-heading' }, [
      h('h2', { 'data-line': span?.start.line, 'data-range': span && rangeAttribute({ start: span.start, end: span.start }) }, `${def.name}　${def.title}`),
      h('span', { class: 'table-actions' }, [
        h('button', { class: 'action', 'data-action': 'copy-tsv', 'data-table': def.id, title: strings.copyTsvHint }, strings.copyTsv),
        h('button', { class: 'action', 'data-action': 'copy-html', 'data-table': def.id, title: strings.copyHtmlHint }, strings.copyHtml),
      ]),
    ]),
  ];
  if (!model) children.push(h('p', { class: 'note table-missing' }, input.strings.tableMissing));
  // The table scrolls sideways inside its own box when the panel is narrower (a side column):
  // the row labels stay pinned at its left edge (main.ts sets their offsets).
  children.push(h('div', { class: 'table-scroll' }, [h('table', { class: classes('grid', !model && 'skeleton') }, [h('tbody', {}, rows)])]));
  return h('section', { class: 'table', id: `table-${def.id}`, 'data-table': def.id, 'data-line': span?.start.line }, children);
}

/** The rows of one block in drawing order, with the report's extra rows after the row they follow. */
function layoutGroup(group: GroupDef, model: TableModel | undefined): GroupLayout {
  const rows: LayoutRow[] = [];
  const models = new Map(model?.rows.map((r) => [r.id, r]));
  const extrasAfter = new Map<string, ExtraRow[]>();
  for (const extra of model ? placeExtras(model, group) : []) {
    const list = extrasAfter.get(extra.anchor) ?? [];
    list.push(extra.row);
    extrasAfter.set(extra.anchor, list);
  }
  for (const def of group.rows) {
    const rowModel = models.get(def.id);
    rows.push({ def, model: rowModel });
    for (const sub of rowModel?.subRows ?? []) rows.push({ extra: sub, anchor: def });
    for (const extra of extrasAfter.get(def.id) ?? []) rows.push({ extra, anchor: def });
  }
  const defPaths = labelPaths(group.rows);
  const pathOf = new Map(group.rows.map((r, i) => [r.id, defPaths[i]!]));
  const paths = rows.map((row) => {
    if ('def' in row) return pathOf.get(row.def.id)!;
    const anchor = pathOf.get(row.anchor.id)!;
    const own = anchor[anchor.length - 1];
    return [...anchor.slice(0, -1), { text: row.extra.label.text.trim(), level: own?.level ?? labelLevel(row.extra.label.text) }];
  });
  return { group, rows, paths };
}

/** The extra rows of a table that belong to this block, each after the last row of the block
 *  found before it in the text. */
function placeExtras(model: TableModel, group: GroupDef): Array<{ anchor: string; row: ExtraRow }> {
  const own = new Set(group.rows.map((r) => r.id));
  const found = model.rows
    .filter((r) => r.label)
    .map((r) => ({ id: r.id, offset: r.label!.offset }))
    .sort((a, b) => a.offset - b.offset);
  const placed: Array<{ anchor: string; row: ExtraRow }> = [];
  for (const extra of model.extraRows) {
    if (extra.parentRow) {
      if (own.has(extra.parentRow)) placed.push({ anchor: extra.parentRow, row: extra });
      continue;
    }
    const before = found.filter((r) => r.offset < extra.label.offset).pop();
    if (before && own.has(before.id)) placed.push({ anchor: before.id, row: extra });
  }
  return placed;
}

function groupRows(layout: GroupLayout, labels: number, columns: number, input: TableInput): VElement[] {
  const { group } = layout;
  const widen = columns - group.columns.length;
  const out: VElement[] = [];
  if (group.caption) {
    const caption = input.model?.captions.find((c) => c.group === group.id)?.span.range;
    out.push(
      h('tr', { class: 'caption-row', 'data-line': caption?.start.line }, [
        h('th', { class: 'caption', colspan: labels + columns, 'data-range': caption && rangeAttribute(caption) }, [
          h('span', { class: 'caption-text' }, group.caption),
        ]),
      ]),
    );
  }
  out.push(...headerElements(group, labels, widen, input.model));
  const cells = labelCells(layout.paths, labels);
  layout.rows.forEach((row, index) => {
    const labelElements = cells[index]!.map(({ node, rowspan, colspan, depth }) => labelElement(node, rowspan, colspan, depth, row, input));
    if (labels > 0 && cells[index]!.length === 0 && layout.paths[index]!.length === 0) {
      labelElements.push(h('th', { class: 'label', colspan: labels, 'data-label-col': 0 }, ''));
    }
    out.push('def' in row ? templateRow(row.def, row.model, group, labelElements, widen, input) : extraRowElement(row.extra, group, labelElements, widen));
  });
  return out;
}

/** The header rows of a block; the corner cell holds the block's first header word that is not a
 *  column parent or a group label (`信息内容`, the 勾稽关系 note of 表三). */
function headerElements(group: GroupDef, labels: number, widen: number, model: TableModel | undefined): VElement[] {
  const rows = headerRows(group.columns, widen);
  const depth = headerDepth(group.columns);
  const parents = new Set(group.columns.flatMap((c) => c.parents ?? []));
  const groupLabels = new Set(group.rows.map((r) => r.groupLabel).filter(Boolean));
  const corner = (group.headerWords ?? []).find((w) => !parents.has(w) && !groupLabels.has(w));
  return rows.map((cells, level) => {
    const children: VElement[] = [];
    if (level === 0 && labels > 0) children.push(h('th', { class: 'corner', colspan: labels, rowspan: depth, 'data-label-col': 0 }, corner ?? ''));
    for (const cell of cells) {
      const found = cell.column ? model?.headers.find((x) => x.group === group.id && x.column === cell.column)?.span.range : undefined;
      children.push(
        h(
          'th',
          {
            class: cell.column ? 'column' : 'column-group',
            colspan: cell.colspan > 1 ? cell.colspan : undefined,
            rowspan: cell.rowspan > 1 ? cell.rowspan : undefined,
            'data-column': cell.column,
            'data-range': found && rangeAttribute(found),
          },
          cell.text,
        ),
      );
    }
    return h('tr', { class: 'header-row' }, children);
  });
}

function labelElement(node: LabelNode, rowspan: number, colspan: number, depth: number, row: LayoutRow, input: TableInput): VElement {
  const isOwn = node.row !== undefined || 'extra' in row;
  const groupSpan = node.opens ? input.model?.groupLabels?.find((g) => g.row === node.opens)?.span : undefined;
  const label = groupSpan ?? ('def' in row ? row.model?.label : row.extra.label);
  const written = label?.text.trim();
  const missing = 'def' in row && !row.model;
  const notes: string[] = [];
  if (isOwn && written && written !== node.text) notes.push(written);
  if (isOwn && missing) notes.push(input.strings.rowMissing);
  if (isOwn && 'def' in row && row.model?.incomplete) {
    const { expected, found } = row.model.incomplete;
    notes.push(input.strings.rowIncomplete.replace('{0}', String(expected)).replace('{1}', String(found)));
  }
  if (isOwn && 'def' in row && row.model?.unreadable) notes.push(input.strings.rowUnreadable.replace('{0}', unreadableReason(input.strings, row.model.unreadable.reason)));
  const title = notes.length > 0 ? notes.join('\n') : undefined;
  return h(
    'th',
    {
      class: classes(isOwn ? 'label' : 'group-label', missing && isOwn && 'row-missing', 'extra' in row && isOwn && 'extra-row'),
      rowspan: rowspan > 1 ? rowspan : undefined,
      colspan: colspan > 1 ? colspan : undefined,
      'data-line': label?.range.start.line,
      'data-range': label && rangeAttribute(label.range),
      'data-label-col': depth,
      title,
    },
    node.text,
  );
}

function templateRow(def: RowDef, model: RowModel | undefined, group: GroupDef, labels: VElement[], widen: number, input: TableInput): VElement {
  const tds = group.columns.map((column: ColumnDef, i) => {
    const cell = model?.cells.find((c) => c.column === column.id) ?? model?.cells[i];
    const finding = cell ? input.findings[cell.key] : undefined;
    return cellElement(model ? cell : undefined, column, finding, input.strings, i === group.columns.length - 1 ? 1 + widen : 1);
  });
  const line = model?.label?.range.start.line ?? model?.cells[0]?.span.range.start.line;
  return h('tr', { class: classes('row', !model && 'row-missing'), 'data-row': def.id, 'data-line': line }, [...labels, ...tds]);
}

function extraRowElement(extra: ExtraRow, group: GroupDef, labels: VElement[], widen: number): VElement {
  const tds = group.columns.map((_, i) => {
    const value = extra.values[i];
    return h(
      'td',
      {
        class: 'cell extra',
        colspan: i === group.columns.length - 1 && widen > 0 ? 1 + widen : undefined,
        'data-line': value?.range.start.line,
        'data-range': value && rangeAttribute(value.range),
      },
      value?.text.trim() ?? '',
    );
  });
  return h('tr', { class: 'row extra-row', 'data-line': extra.label.range.start.line }, [...labels, ...tds]);
}

function unreadableReason(strings: PreviewStrings, reason: UnreadableReason): string {
  switch (reason) {
    case 'inconsistent':
      return strings.unreadableInconsistent;
    case 'blanks-possible':
      return strings.unreadableBlanksPossible;
    case 'too-many-splits':
      return strings.unreadableTooManySplits;
    case 'no-well-formed-split':
      return strings.unreadableNoWellFormedSplit;
  }
}
