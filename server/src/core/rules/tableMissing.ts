// table-missing: one of the three statistics tables (表二, 表三, 表四) is not in the report.
import { say, tableName } from './messages';
import type { RuleDef } from './types';
import { truncationOf } from './truncation';
import { effectiveFormat, firstLineRange, sectionOf } from './util';
import type { TableMissingData } from './data';

export const tableMissing: RuleDef<TableMissingData> = {
  id: 'table-missing',
  defaultSeverity: 'error',
  description: { zh: '缺少统计表（表二、表三或表四）', en: 'A statistics table (2, 3 or 4) is missing' },
  documentation: {
    zh: '统一格式要求在第二、三、四部分分别用表二（主动公开政府信息情况）、表三（收到和处理政府信息公开申请情况）、表四（行政复议、行政诉讼情况）列出数据。即使全部为 0，也应保留表格并填写 0。',
    en: 'The format requires Table 2 (proactive disclosure), Table 3 (applications) and Table 4 (reconsideration and litigation) in sections 2, 3 and 4. Keep the table and fill in 0 even when every number is zero.',
  },
  check(context, report) {
    const { model, text, locale } = context;
    if (model.problem) return;
    if (model.sections.length === 0 && model.tables.length === 0) return;
    const format = effectiveFormat(context);
    const tables = format?.tables ?? [];
    const cut = truncationOf(model, text, format);
    for (const def of tables) {
      if (model.tables.some((t) => t.id === def.id) || cut?.tables.has(def.id)) continue;
      const section = sectionOf(model, def.section);
      // A whole section missing is reported once, by section-missing (its table goes with it).
      if (!section && model.sections.length > 0) continue;
      // pandoc's plain text writes `[TABLE]` for a table it cannot lay out (merged cells): the
      // table is in the document, only not in this text.
      const placeholder = section !== undefined && /^\s*\[TABLE\]\s*$/m.test(text.slice(section.body.offset, section.body.endOffset));
      report({
        message: placeholder
          ? say(
              locale,
              `${tableName(def.id, locale)}“${def.title}”在本文本中只有“[TABLE]”占位：转换工具略去了这张表，无法核对其数据；请检查原网页或原文档，或换用能保留表格的转换方式`,
              `${tableName(def.id, locale)} “${def.title}” is only a “[TABLE]” placeholder in this text: the converter left the table out, so its numbers cannot be checked; check the original page or document, or convert it in a way that keeps tables`,
            )
          : say(
              locale,
              `缺少${tableName(def.id, locale)}“${def.title}”${section ? '（本部分应以统一格式的表格列出数据）' : ''}`,
              `${tableName(def.id, locale)} “${def.title}” is missing`,
            ),
        range: section?.heading.range ?? firstLineRange(text),
        data: { table: def.id },
      });
    }
  },
};
