// Hovers: what the piece of the report under the cursor means and where it comes from
// (docs/report-format.md §6). Pure: a model, its text and an offset in, Markdown and a range out.
import { FORMATS } from '../formats';
import type { Range, ReportModel, SourceSpan } from '../model';
import type { Locale } from '../rules/types';
import { captionHover, reportFormat } from './caption';
import { cellHover } from './cell';
import { groupHover, headerHover, rowHover } from './row';
import { sectionHover } from './section';

export interface HoverResult {
  /** Markdown, Chinese first; hover-section headings in English when the locale is `en`. */
  markdown: string;
  /** The span hovered (the cell, label, caption or heading). */
  range: Range;
}

interface Target {
  span: SourceSpan;
  build: () => string | null;
}

/** Everything a hover can explain, innermost first (a cell before the table around it). */
function targets(model: ReportModel, locale: Locale): Target[] {
  const list: Target[] = [];
  if (model.problem) return list;
  const format = model.format ? FORMATS[model.format] : reportFormat(model);
  for (const table of model.tables) {
    for (const row of table.rows) {
      for (const cell of row.cells) {
        // A missing cell points at its row's label; the label explains the row instead.
        if (cell.status === 'missing') continue;
        list.push({ span: cell.span, build: () => cellHover(model, format, table, cell, locale) });
      }
      if (row.label) list.push({ span: row.label, build: () => rowHover(format, table.id, row.id, locale) });
    }
    for (const caption of table.captions) {
      list.push({ span: caption.span, build: () => captionHover(model, caption.group, locale) });
    }
    for (const group of table.groupLabels ?? []) {
      list.push({ span: group.span, build: () => groupHover(format, table.id, group.row, locale) });
    }
    for (const header of table.headers) {
      list.push({ span: header.span, build: () => headerHover(format, table.id, header.column, locale) });
    }
  }
  for (const section of model.sections) {
    list.push({ span: section.heading, build: () => sectionHover(section, locale) });
  }
  return list;
}

/** The hover at a UTF-16 offset of the text the model was parsed from, or null. */
export function hoverAt(model: ReportModel, text: string, offset: number, locale: Locale = 'zh'): HoverResult | null {
  if (offset < 0 || offset > text.length) return null;
  const all = targets(model, locale);
  // Inside a span first; at its end (the cursor just after a number) second.
  const hit =
    all.find((t) => offset >= t.span.offset && offset < t.span.endOffset) ??
    all.find((t) => offset === t.span.endOffset);
  if (!hit) return null;
  const markdown = hit.build();
  return markdown ? { markdown, range: hit.span.range } : null;
}
