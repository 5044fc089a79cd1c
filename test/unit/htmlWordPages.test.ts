// Word/WPS/CMS report pages (test/support/wordHtml.ts) read by the HTML reader: Word wraps its
// source lines inside Chinese words and splits narrow header cells over paragraphs or `<br>`; the
// break must not read as a space that hides a title, a heading or a header. Every cell is read,
// blanks included (a table whose zeros are all blank, a 表四 row opening with a blank cell).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkReport, modelCells, parseReport } from '../../server/src/core';
import { readComposedDocument } from '../../server/src/core/documents';
import { collapseHtmlSpace } from '../../server/src/core/text/htmlSpace';
import { describeFixture, wordHtmlReport } from '../support/wordHtml';

test('a source line break between Chinese characters joins them; elsewhere it is a space', () => {
  assert.equal(collapseHtmlSpace('哈尔滨市2024年政\n府信息公开'), '哈尔滨市2024年政府信息公开');
  assert.equal(collapseHtmlSpace('《\r\n条例》'), '《条例》');
  assert.equal(collapseHtmlSpace('共 12\n件'), '共 12 件');
  assert.equal(collapseHtmlSpace('政\u00a0\n府'), '政 府');
  assert.equal(collapseHtmlSpace('  结果 维持 '), '结果 维持');
});

const cases = [
  { format: '2021' as const, seed: 2, flavour: 'word' as const, blankZeros: 'none' as const },
  { format: '2019' as const, seed: 1, flavour: 'word' as const, blankZeros: 'some' as const },
  { format: '2021' as const, seed: 3, flavour: 'wps' as const, blankZeros: 'all' as const },
  { format: '2019' as const, seed: 3, flavour: 'cms' as const, blankZeros: 'none' as const },
];

for (const c of cases) {
  const page = wordHtmlReport(c.format, c.seed, { flavour: c.flavour, blankZeros: c.blankZeros });
  test(`HTML reader: ${describeFixture(page)} — no section or title missing, every cell read`, async () => {
    const read = await readComposedDocument(Buffer.from(page.html, 'utf8'), 'report.html');
    assert.ok(read.ok);
    const text = read.composed.text;
    const codes = new Set(checkReport(parseReport(text), text).map((f) => f.code));
    for (const code of ['section-missing', 'title-missing', 'row-missing', 'cell-missing']) assert.ok(!codes.has(code), `${code} on a complete page`);
    const cells = new Map(modelCells(parseReport(text)).map((cell) => [cell.key, cell]));
    const wrong: string[] = [];
    for (const [key, expected] of Object.entries(page.values)) {
      const cell = cells.get(key);
      const got = cell?.status === 'ok' ? cell.value : cell?.status === 'empty' ? null : undefined;
      if (got !== expected) wrong.push(`${key}: ${expected} read as ${cell ? `${cell.status} ${JSON.stringify(cell.text)}` : 'absent'}`);
    }
    assert.deepEqual(wrong, []);
  });
}

// The same page opened as text (its source in the editor, or pasted): the text pass joins a
// Chinese word Word wrapped in the source, so no heading or title goes missing either.
for (const c of cases) {
  const page = wordHtmlReport(c.format, c.seed, { flavour: c.flavour, blankZeros: c.blankZeros });
  test(`HTML source as text: ${describeFixture(page)} — no section or title missing`, () => {
    const codes = new Set(checkReport(parseReport(page.html), page.html).map((f) => f.code));
    for (const code of ['section-missing', 'title-missing', 'row-missing']) assert.ok(!codes.has(code), `${code} on a complete page`);
  });
}
