// A unit in a paragraph of its own under an amount's header (Word: `采购总金额` / `（万元）` in one
// cell) is the column's unit, in the page's own text and in the text tools make of it (cell
// paragraphs on lines of their own, blank lines between): no amount-unit false alarm.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { checkReport, parseReport } from '../../../server/src/core';
import { TOOLS, wordFixtures } from '../../accuracy/matrix';
import { closeBrowser } from '../../support/browser';
import { wordHtmlReport } from '../../support/wordHtml';

after(() => closeBrowser());

const page = wordFixtures(1, 4).find((f) => f.format === '2019')!;
const unitParagraph = /<p[^>]*>\s*<span[^>]*>（万元）<\/span>\s*<\/p>/;
const amountUnit = (text: string) => checkReport(parseReport(text), text).filter((f) => f.code === 'amount-unit');

for (const tool of ['html (text)', 'html (reader)', 'lynx', 'chromium copy', 'LibreOffice text']) {
  test(`header unit in its own paragraph, ${tool}: no amount-unit`, async () => {
    assert.ok(unitParagraph.test(page.html), 'the Word page writes the unit as a paragraph of the header cell');
    const text = await TOOLS[tool]!(page.html);
    assert.deepEqual(amountUnit(text).map((f) => f.message), []);
  });
}

test('without the unit paragraph the procurement amount has no unit: amount-unit', async () => {
  const bare = page.html.replace(unitParagraph, '');
  assert.equal(amountUnit(await TOOLS['html (text)']!(bare)).length, 1);
});

// WPS breaks the bracket itself: `采购总金额（<br>万元）`.
const wps = wordHtmlReport('2019', 8, { flavour: 'wps' });
for (const tool of ['html (text)', 'pandoc gfm', 'chromium copy', 'LibreOffice text']) {
  test(`header unit broken inside its bracket (WPS), ${tool}: no amount-unit`, async () => {
    assert.ok(/采购总金额（<\/span><br>/.test(wps.html), 'the WPS page breaks the line inside the bracket');
    const text = await TOOLS[tool]!(wps.html);
    assert.deepEqual(amountUnit(text).map((f) => f.message), []);
  });
}

// A CMS page breaks the header's label itself: `采购总<br/>金额（万元）` (held-out page, seeds from 10).
const cms = wordFixtures(9, 10).filter((f) => f.format === '2019')[8]!;
for (const tool of ['pandoc gfm', 'chromium copy', 'LibreOffice text', 'LibreOffice PDF (reader)']) {
  test(`header label broken over lines before its unit (CMS), ${tool}: no amount-unit`, async () => {
    assert.ok(/采购总<br\/>金额（万元）/.test(cms.html), 'the CMS page breaks the line inside the label');
    const text = await TOOLS[tool]!(cms.html);
    assert.deepEqual(amountUnit(text).map((f) => f.message), []);
  });
}
