// in-force-chain: 现行有效件数 = last year's 现行有效件数 + 本年制发 − 本年废止 (the 2021 format's
// cross-year link `in-force-chain`).
import { linkedColumns, linkOf } from './links';
import { cellName, columnLabel, num, say } from './messages';
import { previousYear } from './peers';
import type { PeerCell, RuleDef } from './types';
import { tableOf } from './util';
import type { CrossYearData } from './data';

export const inForceChain: RuleDef<CrossYearData> = {
  id: 'in-force-chain',
  defaultSeverity: 'information',
  description: {
    zh: '现行有效件数应等于上年现行有效件数 + 本年制发 − 本年废止',
    en: 'In force = last year’s in force + issued − repealed',
  },
  documentation: {
    zh: '2021 年格式表二第二十条第（一）项：本年“现行有效件数”通常等于上一年度报告的“现行有效件数”加本年制发、减本年废止。修改、到期失效和机构改革会合理地打破这一关系，因此只作提示。仅当同一机关上一年度（2021 年格式）的报告一起检查时核对。',
    en: '2021 format, Table 2 item (一): documents in force usually equal last year’s in force + issued − repealed. Amendments, expiry and reorganisation break this legitimately, hence information only. Checked when last year’s report (2021 format) of the same body is checked too.',
  },
  check({ model, format, locale, peers }, report) {
    if (model.problem || !format) return;
    const previous = previousYear(model, peers);
    if (!previous) return;
    const link = linkOf(format, previous.model, 'in-force-chain');
    if (!link) return;
    const table = tableOf(model, link.table);
    const prevTable = tableOf(previous.model, link.table);
    if (!table || !prevTable) return;
    const get = <C extends PeerCell>(cells: C[], column: string) => {
      const c = cells.find((x) => x.column === column);
      return c?.status === 'ok' && c.value !== null ? c : undefined;
    };
    for (const { row: rowId, previousRow } of link.rows) {
      const row = table.rows.find((r) => r.id === rowId);
      const prevRow = prevTable.rows.find((r) => r.id === previousRow);
      if (!row || !prevRow || row.incomplete || prevRow.incomplete) continue;
      for (const column of linkedColumns(format, link, rowId)) {
        const target = get(row.cells, column.column);
        const before = get(prevRow.cells, column.previousColumn);
        const plus = column.plus.map((c) => get(row.cells, c));
        const minus = column.minus.map((c) => get(row.cells, c));
        if (!target || !before || plus.some((c) => !c) || minus.some((c) => !c)) continue;
        const expected = before.value! + plus.reduce((s, c) => s + c!.value!, 0) - minus.reduce((s, c) => s + c!.value!, 0);
        if (expected === target.value) continue;
        const label = (c: string) => columnLabel(format, link.table, c).replace(/件数$/, '');
        const terms = (locale: 'zh' | 'en') => [
          ...column.plus.map((c, i) => ` + ${locale === 'zh' ? `${label(c)} ` : ''}${num(plus[i]!.value!)}`),
          ...column.minus.map((c, i) => ` − ${locale === 'zh' ? `${label(c)} ` : ''}${num(minus[i]!.value!)}`),
        ].join('');
        const name = cellName(format, link.table, rowId, column.column, locale);
        report({
          message: say(
            locale,
            `${name}按上年数推算应为 ${num(expected)}（= ${previous.model.year} 年${label(column.previousColumn)} ${num(before.value!)}${terms('zh')}），实际为 ${num(target.value!)}；如有修改、失效或机构调整，可在正文说明`,
            `${name} would be ${num(expected)} from last year (= ${num(before.value!)}${terms('en')}: in force in ${previous.model.year} + issued − repealed), but is ${num(target.value!)}; explain amendments, expiry or reorganisation in the text`,
          ),
          range: target.span.range,
          related: [
            { range: before.span.range, file: previous.file, message: say(locale, `${previous.model.year} 年${label(column.previousColumn)}件数：${num(before.value!)}`, `in force in ${previous.model.year}: ${num(before.value!)}`) },
            ...column.plus.map((c, i) => ({ range: plus[i]!.span.range, message: say(locale, `${label(c)}：${num(plus[i]!.value!)}`, `issued: ${num(plus[i]!.value!)}`) })),
            ...column.minus.map((c, i) => ({ range: minus[i]!.span.range, message: say(locale, `${label(c)}：${num(minus[i]!.value!)}`, `repealed: ${num(minus[i]!.value!)}`) })),
          ],
          data: { key: target.key, expected },
        });
      }
    }
  },
};
