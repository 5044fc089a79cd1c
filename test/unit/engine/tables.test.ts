// Table reconstruction details that no rendering fixture isolates.
import assert from 'node:assert/strict';
import test from 'node:test';
import { modelValues, parseReport } from '../../../server/src/core';

test('表二 rows reordered within their 第二十条 block are still found', () => {
  const text = [
    '某局2021年政府信息公开工作年度报告',
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    '行政规范性文件\t3\t1\t20',
    '规章\t0\t0\t0',
    '第二十条第（六）项',
    '信息内容\t本年处理决定数量',
    '行政强制\t4',
    '行政处罚\t9',
  ].join('\n');
  const v = modelValues(parseReport(text));
  assert.equal(v['proactive.normative-documents.in-force'], 20);
  assert.equal(v['proactive.regulations.issued'], 0);
  assert.equal(v['proactive.penalties.decisions'], 9);
  assert.equal(v['proactive.coercion.decisions'], 4);
});
