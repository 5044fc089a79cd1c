// Hover on a `第二十条第（N）项` caption of 表二: the statutory item, what this report's format
// records under it, and what changed between format versions.
import { FORMATS, FORMAT_VERSIONS } from '../formats';
import type { FormatDefinition } from '../formats/types';
import type { ReportModel } from '../model';
import { say, tableName } from '../rules/messages';
import type { Locale } from '../rules/types';
import { formatChanges, groupIn } from './formatChanges';
import { chineseNumeral, quoteArticle } from './quote';
import { heading } from './words';

/** The format a report's tables are read against; for a report without one, the latest. */
export function reportFormat(model: ReportModel): FormatDefinition {
  if (model.format) return FORMATS[model.format];
  const latest = [...FORMAT_VERSIONS].sort().pop()!;
  return FORMATS[latest];
}

export function captionHover(model: ReportModel, group: string, locale: Locale): string {
  const format = reportFormat(model);
  const def = groupIn(format, 'proactive', group);
  const other = def ?? FORMAT_VERSIONS.map((v) => groupIn(FORMATS[v], 'proactive', group)).find((g) => g !== undefined);
  const item = other?.article20Item;
  const caption = other?.caption ?? (item ? `第二十条第（${chineseNumeral(item)}）项` : group);
  const parts: string[] = [`**${caption}** · ${tableName('proactive', locale)}`];
  if (item) parts.push(`${heading('statute', locale)}\n\n${quoteArticle('第二十条', [item])}`);
  const where = say(locale, `${format.version} 年格式，${format.notice}`, `${format.version} format, ${format.notice}`);
  if (def) {
    const rows = def.rows.map((r) => r.label).join('、');
    const columns = def.columns.map((c) => c.label).join('、');
    parts.push(
      `${heading('recorded', locale)}${say(locale, `（${where}）`, ` (${where})`)}\n\n` +
        `- ${say(locale, '行：', 'Rows: ')}${rows}\n- ${say(locale, '列：', 'Columns: ')}${columns}`,
    );
  } else {
    parts.push(
      `${heading('recorded', locale)}${say(locale, `（${where}）`, ` (${where})`)}\n\n` +
        say(locale, '本版格式不再统计此项。', 'This version of the format no longer records this item.'),
    );
  }
  const changes = formatChanges('proactive', group, locale);
  if (changes.length > 0) parts.push(`${heading('changes', locale)}\n\n${changes.map((c) => `- ${c}`).join('\n')}`);
  return parts.join('\n\n');
}
