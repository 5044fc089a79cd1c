// Hover on a number cell: its row and column, its value, and every relation it takes part in
// with the sums computed (✓, or the difference).
import type { FormatDefinition } from '../formats/types';
import type { CellModel, ReportModel, TableModel } from '../model';
import { analyse, columnDef, type RelationInstance } from '../relations';
import { columnLabel, num, rowLabel, say, tableName } from '../rules/messages';
import type { Locale } from '../rules/types';
import { heading, word } from './words';

function valueLine(format: FormatDefinition, cell: CellModel, locale: Locale): string {
  const label = `${word('value', locale)}${say(locale, '', ':')}`;
  switch (cell.status) {
    case 'ok': {
      const def = columnDef(format, cell.table, cell.column);
      const unit = def?.kind === 'amount' && cell.unit ? ` ${say(locale, '万元', '万元 (ten thousand yuan)')}` : '';
      const written = cell.text.trim() !== num(cell.value ?? 0) ? say(locale, `（原文“${cell.text.trim()}”）`, ` (written “${cell.text.trim()}”)`) : '';
      const derived = cell.derivedFrom?.length
        ? say(locale, `，由 ${cell.derivedFrom.length} 个子行相加`, `, the sum of ${cell.derivedFrom.length} sub-rows`)
        : '';
      return `${label}${say(locale, '：', ' ')}${num(cell.value ?? 0)}${unit}${written}${derived}`;
    }
    case 'empty':
      return `${label}${say(locale, '：', ' ')}${say(locale, '空（没有数据时应填 0）', 'empty (write 0 when there is nothing)')}`;
    case 'dash':
      return `${label}${say(locale, '：', ' ')}${say(locale, `“${cell.text.trim()}”不是数字`, `“${cell.text.trim()}” is not a number`)}`;
    case 'not-number':
      return `${label}${say(locale, '：', ' ')}${say(locale, `“${cell.text.trim()}”无法读作数字`, `“${cell.text.trim()}” cannot be read as a number`)}`;
    case 'ambiguous':
      return `${label}${say(locale, '：', ' ')}${say(locale, `连写数字有多种读法：${(cell.candidates ?? []).map(num).join(' 或 ')}`, `fused digits read several ways: ${(cell.candidates ?? []).map(num).join(' or ')}`)}`;
    default:
      return `${label}${say(locale, '：', ' ')}${say(locale, '缺失', 'missing')}`;
  }
}

/** `表三“自然人”列` / `“（七）总计”行`: where an instance of a relation applies. */
function instanceWhere(format: FormatDefinition, instance: RelationInstance, locale: Locale): string {
  const { def, at } = instance;
  if (def.along === 'row') {
    const label = rowLabel(format, def.table, at);
    return label ? say(locale, `“${label}”行`, `row “${label}”`) : '';
  }
  return say(locale, `“${columnLabel(format, def.table, at)}”列`, `column “${columnLabel(format, def.table, at)}”`);
}

export function relationLine(format: FormatDefinition, instance: RelationInstance, locale: Locale): string {
  const where = instanceWhere(format, instance, locale);
  const head = `${instance.def.description}${where ? say(locale, `（${where}）`, ` (${where})`) : ''}${say(locale, '：', ': ')}`;
  if (!instance.known) return `${head}${word('unknown', locale)}`;
  // Sums of several terms are spelled out: `21 = 20 + 0 + 0 + 0 + 0 + 1`.
  // Long sums (表三's twenty result rows) list their non-zero terms only.
  const side = (terms: typeof instance.left, sum: number) => {
    if (terms.length < 2) return num(sum);
    const values = terms.map((t) => t.cell?.value ?? 0);
    const shown = values.length > 7 ? values.filter((v) => v !== 0) : values;
    const rest = shown.length < values.length ? say(locale, '，其余为 0', ', others 0') : '';
    return `${num(sum)}${say(locale, '（= ', ' (= ')}${shown.length > 0 ? shown.map(num).join(' + ') : '0'}${rest}${say(locale, '）', ')')}`;
  };
  const l = side(instance.left, instance.leftSum);
  const r = side(instance.right, instance.rightSum);
  if (instance.def.kind === 'at-most') {
    return instance.holds ? `${head}${l} ≤ ${r} ✓` : `${head}${l} > ${r} ✗`;
  }
  if (instance.holds) return `${head}${l} = ${r} ✓`;
  const difference = num(Math.abs(instance.leftSum - instance.rightSum));
  return `${head}${l} ≠ ${r}${say(locale, `，相差 ${difference}`, `, off by ${difference}`)} ✗`;
}

export function cellHover(
  model: ReportModel,
  format: FormatDefinition,
  table: TableModel,
  cell: CellModel,
  locale: Locale,
): string {
  const row = rowLabel(format, table.id, cell.row);
  const title = [tableName(table.id, locale), row, columnLabel(format, table.id, cell.column)].filter((s) => s).join(' · ');
  const parts = [`**${title}**`, valueLine(format, cell, locale)];
  const analysis = analyse(model, format).find((a) => a.table === table);
  const instances = (analysis?.instances ?? []).filter((i) => [...i.left, ...i.right].some((t) => t.key === cell.key));
  if (instances.length === 0) {
    parts.push(word('noRelations', locale));
  } else {
    parts.push(`${heading('relations', locale)}\n\n${instances.map((i) => `- ${relationLine(format, i, locale)}`).join('\n')}`);
  }
  return parts.join('\n\n');
}
