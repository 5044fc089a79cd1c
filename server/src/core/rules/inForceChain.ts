// in-force-chain: 现行有效件数 = last year's 现行有效件数 + 本年制发 − 本年废止 (2021 format).
import { cellName, num, say } from './messages';
import { previousYear } from './peers';
import type { PeerCell, RuleDef } from './types';
import { tableOf } from './util';

const ROWS = ['regulations', 'normative-documents'];

export const inForceChain: RuleDef = {
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
    if (model.problem || model.format !== '2021') return;
    const previous = previousYear(model, peers);
    if (!previous || previous.model.format !== '2021') return;
    const table = tableOf(model, 'proactive');
    const prevTable = tableOf(previous.model, 'proactive');
    if (!table || !prevTable) return;
    for (const rowId of ROWS) {
      const row = table.rows.find((r) => r.id === rowId);
      const prevRow = prevTable.rows.find((r) => r.id === rowId);
      if (!row || !prevRow || row.incomplete || prevRow.incomplete) continue;
      const get = <C extends PeerCell>(cells: C[], column: string) => {
        const c = cells.find((x) => x.column === column);
        return c?.status === 'ok' && c.value !== null ? c : undefined;
      };
      const inForce = get(row.cells, 'in-force');
      const issued = get(row.cells, 'issued');
      const repealed = get(row.cells, 'repealed');
      const prevInForce = get(prevRow.cells, 'in-force');
      if (!inForce || !issued || !repealed || !prevInForce) continue;
      const expected = prevInForce.value! + issued.value! - repealed.value!;
      if (expected === inForce.value) continue;
      const expr = `${num(prevInForce.value!)} + ${num(issued.value!)} − ${num(repealed.value!)}`;
      report({
        message: say(
          locale,
          `${cellName(format, 'proactive', rowId, 'in-force', locale)}按上年数推算应为 ${num(expected)}（= ${previous.model.year} 年现行有效 ${expr.replace(' + ', ' + 本年制发 ').replace(' − ', ' − 本年废止 ')}），实际为 ${num(inForce.value!)}；如有修改、失效或机构调整，可在正文说明`,
          `${cellName(format, 'proactive', rowId, 'in-force', locale)} would be ${num(expected)} from last year (= ${expr}: in force in ${previous.model.year} + issued − repealed), but is ${num(inForce.value!)}; explain amendments, expiry or reorganisation in the text`,
        ),
        range: inForce.span.range,
        related: [
          { range: prevInForce.span.range, file: previous.file, message: say(locale, `${previous.model.year} 年现行有效件数：${num(prevInForce.value!)}`, `in force in ${previous.model.year}: ${num(prevInForce.value!)}`) },
          { range: issued.span.range, message: say(locale, `本年制发：${num(issued.value!)}`, `issued: ${num(issued.value!)}`) },
          { range: repealed.span.range, message: say(locale, `本年废止：${num(repealed.value!)}`, `repealed: ${num(repealed.value!)}`) },
        ],
        data: { key: inForce.key, expected },
      });
    }
  },
};
