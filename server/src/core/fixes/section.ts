// Where a missing section heading belongs, and the text to insert: before the next section
// present (or before the section's own table when it stands there), else after the previous
// section's table, else before the closing signature and date, else at the end.
import { SECTIONS } from '../formats';
import type { SectionId } from '../formats/types';
import type { ReportModel } from '../model';
import { chineseNumeral } from '../hovers/quote';
import type { TextEdit } from './edits';

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function nextLineStart(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end + 1;
}

/** The signature block before a closing date (`示例市示例局` / `2023年1月20日`), if the text ends with one. */
function closingStart(model: ReportModel, text: string, after: number): number | null {
  const date = model.metadata.publicationDateSpan;
  if (!date || date.offset < after) return null;
  if (text.slice(date.endOffset).trim().length > 0) return null;
  let start = lineStart(text, date.offset);
  const previousEnd = start - 1;
  if (previousEnd > after) {
    const previousStart = lineStart(text, previousEnd);
    const line = text.slice(previousStart, previousEnd).trim();
    if (line.length > 0 && line.length <= 40 && !/[。；：]$/.test(line)) start = previousStart;
  }
  return start > after ? start : null;
}

export function insertSectionEdit(model: ReportModel, text: string, id: SectionId): TextEdit | null {
  const def = SECTIONS.find((s) => s.id === id);
  if (!def) return null;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const order = (sid: SectionId | null) => SECTIONS.findIndex((s) => s.id === sid);
  const heading = `${chineseNumeral(def.numeral)}、${def.heading}`;
  const body = id === 'other' ? `${eol}无` : '';
  const later = model.sections.find((s) => s.id !== null && order(s.id) > order(id));
  const earlier = [...model.sections].reverse().find((s) => s.id !== null && order(s.id) < order(id));
  const ownTable = model.tables.find((t) => t.id === def.id);
  const after = earlier?.heading.endOffset ?? 0;

  if (ownTable && ownTable.span.offset >= after && (!later || ownTable.span.offset < later.heading.offset)) {
    const at = lineStart(text, ownTable.span.offset);
    return { start: at, end: at, newText: `${heading}${body}${eol}` };
  }
  if (later) {
    if (later.atLineStart) {
      const at = lineStart(text, later.heading.offset);
      return { start: at, end: at, newText: `${heading}${body}${eol}` };
    }
    return { start: later.heading.offset, end: later.heading.offset, newText: `${eol}${heading}${body}${eol}` };
  }
  // The last section takes the text after the tables' sections only when nothing else can.
  const previousTable = earlier && id !== 'other' ? model.tables.find((t) => t.span.offset > earlier.heading.offset) : undefined;
  if (previousTable && previousTable.span.endOffset < text.length) {
    const at = nextLineStart(text, previousTable.span.endOffset);
    const lead = at > 0 && text[at - 1] !== '\n' ? eol : '';
    return { start: at, end: at, newText: `${lead}${heading}${body}${eol}` };
  }
  const closing = closingStart(model, text, after);
  if (closing !== null) return { start: closing, end: closing, newText: `${heading}${body}${eol}${eol}` };
  const lead = text.length > 0 && !text.endsWith('\n') ? eol : '';
  return { start: text.length, end: text.length, newText: `${lead}${heading}${body}${eol}` };
}
