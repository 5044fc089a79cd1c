// Table reconstruction details that no rendering fixture isolates.
import assert from 'node:assert/strict';
import test from 'node:test';
import { modelCells, modelValues, parseReport } from '../../../server/src/core';

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

test('a TAB-row table as wide on every line: a row opening with blank cells keeps them where its complete rows say the cells are', () => {
  // Complete rows: label cells, then seven values, ten cells a line. The rows below open with a
  // blank (自然人) and hold fewer values than columns: their last seven cells are the columns.
  const row = (labels: string[], cells: string[]) => [...labels, ...cells].join('\t');
  const text = [
    '某局2019年政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    row(['本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和', '', '', '申请人情况'], ['', '', '', '', '', '']),
    row(['', '', '', '自然人', '法人或其他组织'], ['', '', '', '', '其他', '总计']),
    row(['', '', '', '', '商业企业'], ['科研机构', '社会公益组织', '法律服务机构', '', '']),
    row(['一、本年新收政府信息公开申请数量', '', ''], ['1', '2', '3', '4', '5', '6', '21']),
    row(['二、上年结转政府信息公开申请数量', '', ''], ['', '0', '', '1', '', '', '1']),
    row(['三、本年度办理结果', '（一）予以公开', ''], ['1', '2', '3', '5', '5', '6', '22']),
    row(['四、结转下年度继续办理', '', ''], ['', '', '', '', '', '', '']),
    '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
  ].join('\n');
  const cells = new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));
  const read = (key: string) => {
    const c = cells.get(key);
    return c?.status === 'ok' ? c.value : c?.status;
  };
  assert.deepEqual(
    ['natural-person', 'commercial', 'research', 'social-welfare', 'legal-services', 'other-entity', 'total'].map((c) => read(`applications.carried-over.${c}`)),
    ['empty', 0, 'empty', 1, 'empty', 'empty', 1],
  );
  assert.equal(read('applications.new.total'), 21);
});
