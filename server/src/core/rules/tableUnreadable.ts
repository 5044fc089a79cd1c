// table-unreadable: rows of a table that a PDF's text in reading order left unread — one finding
// per table saying which rows and why, instead of a row-missing or cell-missing for each.
import { rowLabel, say, tableName } from './messages';
import type { RuleDef } from './types';
import { unreadOf } from './unread';
import type { TableUnreadableData } from './data';

/** Row labels named in the message; the rest are counted. */
const NAMED = 3;

export const tableUnreadable: RuleDef<TableUnreadableData> = {
  id: 'table-unreadable',
  defaultSeverity: 'warning',
  description: { zh: 'PDF 文字中的表格行无法可靠读出', en: 'Table rows in a PDF’s text cannot be read reliably' },
  documentation: {
    zh: '不保留版面的 PDF 文字（pdftotext 不加 -layout、PDF 阅读器复制的文字）按 PDF 内部的顺序给出表格：单元格可能逐列排出，行名被拆开、排到数字之后，空白单元格不留痕迹。检查器只在数字归属毫无疑问、勾稽关系成立时读出一行；其余的行不猜测，只给出这一条提示，列出这些行，它们不参与核对，也不逐行报告缺行、缺数。请对照原 PDF，或检查保留版面的文字（pdftotext -layout）、原 Word 文件或网页。',
    en: 'A PDF’s text without its layout (pdftotext without -layout, a viewer’s copy) gives a table in the PDF’s internal order: cells may come column by column, row labels broken and placed after their numbers, empty cells leave no trace. The checker reads a row only where which number is whose is beyond doubt and the relations hold; the other rows are not guessed at. This one finding lists them; they are not checked, and not reported one by one as missing rows or numbers. Check them against the PDF, or check the layout-preserving text (pdftotext -layout), the Word file or the web page.',
  },
  check({ model, text, format, locale }, report) {
    const unread = unreadOf(model, text, format);
    if (!unread) return;
    for (const table of model.tables) {
      const rows = unread.get(table.id);
      if (!rows) continue;
      const def = format?.tables.find((t) => t.id === table.id);
      const all = def ? def.groups.reduce((n, g) => n + g.rows.length, 0) : rows.length;
      const name = tableName(table.id, locale);
      const labels = rows.slice(0, NAMED).map((r) => `“${rowLabel(format, table.id, r)}”`);
      const more = rows.length > NAMED;
      const which = all === rows.length ? say(locale, `全部 ${all} 行`, `all ${all} rows`) : say(locale, ` ${rows.length} 行（${labels.join('、')}${more ? '等' : ''}）`, `${rows.length} row${rows.length === 1 ? '' : 's'} (${labels.join(', ')}${more ? ', …' : ''})`);
      const first = table.rows.find((r) => rows.includes(r.id) && r.label);
      report({
        message: say(
          locale,
          `${name}中${which}无法从 PDF 文字中可靠读出：文字的顺序打乱了表格，不能确定数字各属哪一格。这些行不参与核对；请对照原 PDF 或保留版面的文字核实`,
          `${which} of ${name} cannot be read reliably from the PDF’s text: its order scrambles the table, and which cell each number belongs to cannot be told. Those rows are not checked; check them against the PDF or a layout-preserving text`,
        ),
        range: first?.label?.range ?? table.span.range,
        data: { table: table.id, rows },
      });
    }
  },
};
