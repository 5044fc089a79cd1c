// text-truncated: the text ends inside a table or before the last sections (a page excerpt, a cut
// PDF) — one finding saying where, instead of one per row, table and section after the cut.
import { SECTIONS } from '../formats';
import type { Range } from '../model';
import { rowLabel, say, sectionNumeral, tableName } from './messages';
import { truncationOf } from './truncation';
import type { RuleContext, RuleDef } from './types';
import { LineIndex } from '../text/lineIndex';
import { effectiveFormat } from './util';
import type { TextTruncatedData } from './data';

export const textTruncated: RuleDef<TextTruncatedData> = {
  id: 'text-truncated',
  defaultSeverity: 'warning',
  description: { zh: '正文不完整：在表格中间或最后几个部分之前结束', en: 'The text ends inside a table or before the last sections' },
  documentation: {
    zh: '从网页复制的文字、PDF 的节选常常在表格中间或报告结束之前中断。此时只给出这一条提示，说明正文在哪里结束，其后缺少的行、表格和部分不再逐条报告。请核对原文件是否完整；如果原文件本身就缺少这些内容，补全后这条提示会变为具体的缺失项。',
    en: 'Text copied from a web page or taken from part of a PDF often stops inside a table or before the end of the report. This one finding says where the text ends; the rows, tables and sections after the cut are not reported one by one. Check that the original document is complete.',
  },
  check(context, report) {
    const { model, text, locale } = context;
    const format = effectiveFormat(context);
    const cut = truncationOf(model, text, format);
    if (!cut) return;
    const missingSections = SECTIONS.filter((s) => cut.sections.has(s.id)).map((s) => sectionNumeral(s.numeral));
    const sectionsZh = missingSections.length > 0 ? `，其后第${missingSections.join('、')}部分都不在文本中` : '';
    const sectionsEn = missingSections.length > 0 ? `; sections ${SECTIONS.filter((s) => cut.sections.has(s.id)).map((s) => s.numeral).join(', ')} are not in the text` : '';
    let zh: string;
    let en: string;
    if (cut.lastRow) {
      const label = rowLabel(format, cut.lastRow.table, cut.lastRow.row);
      const rows = cut.rows.get(cut.lastRow.table)?.size ?? 0;
      zh = `正文在${tableName(cut.lastRow.table, locale)}“${label}”一行后结束，表中其后 ${rows} 行${sectionsZh}——可能是节选或复制不全，请核对原文件`;
      en = `The text ends after the row “${label}” of ${tableName(cut.lastRow.table, locale)}; ${rows} more row${rows === 1 ? '' : 's'} of the table${sectionsEn} — an excerpt or an incomplete copy? Check the original document`;
    } else if (cut.lastTable) {
      zh = `正文在${tableName(cut.lastTable, locale)}的表头后结束${sectionsZh}——可能是节选或复制不全，请核对原文件`;
      en = `The text ends in the header of ${tableName(cut.lastTable, locale)}${sectionsEn} — an excerpt or an incomplete copy? Check the original document`;
    } else {
      const last = SECTIONS.find((s) => s.id === cut.lastSection)!;
      zh = `正文在第${sectionNumeral(last.numeral)}部分“${last.heading}”中结束${sectionsZh}——可能是节选或复制不全，请核对原文件`;
      en = `The text ends in section ${last.numeral} “${last.heading}”${sectionsEn} — an excerpt or an incomplete copy? Check the original document`;
    }
    report({
      message: say(locale, zh, en),
      range: lastLineRange(text, context.revision),
      ...(cut.lastRow ? { related: [{ range: cut.lastRow.label.range, message: say(locale, '读到的最后一行', 'the last row read') }] } : {}),
      data: { lastRow: cut.lastRow ? { table: cut.lastRow.table, row: cut.lastRow.row } : undefined, lastSection: cut.lastSection, sections: [...cut.sections] },
    });
  },
};

/** The last line of the text that holds anything: where it ends (lines as LSP counts them). */
function lastLineRange(text: string, revision: RuleContext['revision']): Range {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const lines = revision?.lines ?? new LineIndex(text);
  const at = lines.positionAt(end);
  return { start: { line: at.line, character: 0 }, end: at };
}
