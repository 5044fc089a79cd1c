// A row a PDF's text shows by its label but whose numbers lie past reading (a sign and its digits
// on three lines) is unread — part of the table's one table-unreadable — not a row-missing: the
// row is in the report. Over the real pdftotext -layout text of Word/WPS pages of the matrix.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { checkReport, parseReport } from '../../../server/src/core';
import { TOOLS, wordFixtures } from '../../accuracy/matrix';
import { closeBrowser } from '../../support/browser';

after(() => closeBrowser());

for (const seed of ['2019 seed 1', '2019 seed 2']) {
  test(`pdftotext -layout of Word page ${seed}: no row-missing for rows whose labels stand in the section`, async () => {
    const page = wordFixtures(3).find((f) => f.name.includes(seed));
    assert.ok(page);
    const text = await TOOLS['LibreOffice PDF pdftotext -layout']!(page.html);
    const findings = checkReport(parseReport(text), text);
    assert.deepEqual(findings.filter((f) => f.code === 'row-missing').map((f) => f.message), []);
    // The page itself lacks no row either: nothing was hidden that the report should be told.
    assert.deepEqual(checkReport(parseReport(page.html), page.html).filter((f) => f.code === 'row-missing'), []);
  });
}

test('a row the report lacks is still row-missing in PDF text', () => {
  // The same kind of text with 行政强制's label and numbers gone: nothing of the row stands in the section.
  const text = [
    '2021年度政府信息公开工作年度报告',
    '一、总体情况',
    '二、主动公开政府信息情况',
    '\f第二十条第（五）项',
    '  信息内容        本年处理决定数量',
    '  行政许可              12',
    '  第二十条第（六）项',
    '  行政处罚              5',
    '  第二十条第（八）项',
    '  行政事业性收费        7',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '六、其他需要报告的事项',
  ].join('\n');
  const findings = checkReport(parseReport(text), text);
  const missing = findings.filter((f) => f.code === 'row-missing').map((f) => (f.data as { row: string }).row);
  assert.ok(missing.includes('coercion'), missing.join());
});
