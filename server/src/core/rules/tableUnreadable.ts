// table-unreadable: rows of a table that a PDF's text left unread (in reading order, or with its
// layout but the row's numbers not placeable) — one finding per table saying which rows and why,
// instead of a row-missing or cell-missing for each.
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
    zh: '不保留版面的 PDF 文字（pdftotext 不加 -layout、PDF 阅读器复制的文字）按 PDF 内部的顺序给出表格：单元格可能逐列排出，行名被拆开、排到数字之后，空白单元格不留痕迹。保留版面的文字（pdftotext -layout）保留了列，但 Word 表格中同一行的数字可能错落在几行上，空白单元格同样不留痕迹。检查器只在数字归属毫无疑问、勾稽关系成立时读出一行；其余的行不猜测，只给出这一条提示，列出这些行，它们不参与核对，也不逐行报告缺行、缺数；其中可以确定的格（一行的数字都在本行、最后一个等于其余之和时的总计；勾稽关系容许的每一种整表放法都相同的格；表四按三组总计切分后的各组）照常读出并参与核对。请对照原 PDF 核实，或直接用本工具打开 PDF、Word 文件或网页（文档读取器按位置读出每一格）。',
    en: 'A PDF’s text without its layout (pdftotext without -layout, a viewer’s copy) gives a table in the PDF’s internal order: cells may come column by column, row labels broken and placed after their numbers, empty cells leave no trace. Layout-preserving text (pdftotext -layout) keeps the columns, but a Word table’s numbers of one row may lie scattered over several lines, and empty cells leave no trace there either. The checker reads a row only where which number is whose is beyond doubt and the relations hold; the other rows are not guessed at. This one finding lists them; they are not checked, and not reported one by one as missing rows or numbers. Their cells that are certain all the same (a total, where a row’s numbers all stand on its line and the last is the sum of the others; a cell that every whole table the relations allow has the same; 表四’s groups, cut by their totals) are read and checked. Check them against the PDF, or open the PDF, the Word file or the web page itself with this tool (the document readers read every cell by its position).',
  },
  check({ model, text, format, locale }, report) {
    const unread = unreadOf(model, text, format);
    if (!unread) return;
    for (const table of model.tables) {
      const rows = unread.rows.get(table.id);
      if (!rows) continue;
      const def = format?.tables.find((t) => t.id === table.id);
      const all = def ? def.groups.reduce((n, g) => n + g.rows.length, 0) : rows.length;
      const name = tableName(table.id, locale);
      const labels = rows.slice(0, NAMED).map((r) => `“${rowLabel(format, table.id, r)}”`);
      const more = rows.length > NAMED;
      const which = all === rows.length ? say(locale, `全部 ${all} 行`, `all ${all} rows`) : say(locale, ` ${rows.length} 行（${labels.join('、')}${more ? '等' : ''}）`, `${rows.length} row${rows.length === 1 ? '' : 's'} (${labels.join(', ')}${more ? ', …' : ''})`);
      const first = table.rows.find((r) => rows.includes(r.id) && r.label);
      // Rows of which the cells beyond doubt were read all the same (a total, the sum of the
      // others; 表四's groups by their sums): those cells are checked, the rest are not.
      const partly = table.rows.filter((r) => rows.includes(r.id) && r.cells.some((c) => c.status === 'ok')).length;
      const why =
        unread.kind === 'reading-order'
          ? say(locale, '文字的顺序打乱了表格，不能确定数字各属哪一格', 'its order scrambles the table, and which cell each number belongs to cannot be told')
          : say(locale, '这些行的数字错落在几行上或有空白单元格，不能确定各属哪一列', 'those rows’ numbers lie scattered over lines or leave blank cells, and which column each belongs to cannot be told');
      report({
        message: say(
          locale,
          `${name}中${which}无法从 PDF 文字中可靠读出：${why}。${partly > 0 ? `其中 ${partly} 行读出了可以确定的数字（如总计），这些数字参与核对，其余各格不参与` : '这些行不参与核对'}；请对照原 PDF 核实，或直接用本工具打开 PDF 文件`,
          `${which} of ${name} cannot be read reliably from the PDF’s text: ${why}. ${partly > 0 ? `${partly} of them give the numbers that are certain (such as the total), which are checked; their other cells are not` : 'Those rows are not checked'}; check them against the PDF, or open the PDF file itself with this tool`,
        ),
        data: { table: table.id, rows, text: unread.kind },
        range: first?.label?.range ?? table.span.range,
      });
    }
  },
};
