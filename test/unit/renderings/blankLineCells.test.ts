// lynx's dump and LibreOffice's text export of a Word page whose cells hold paragraphs: one cell
// per line, an empty cell only one blank line more. The table's spacing and the format's column
// count put the empty cells back; every cell of 表三 reads as on the page, blanks as blanks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { modelValues, parseReport } from '../../../server/src/core';
import { withBlankLineCells } from '../../../server/src/core/parse/blankLineCells';
import type { Token } from '../../../server/src/core/parse/tokens';
import { htmlToTextWith, type TextTool } from '../../support/tools';
import { describeFixture, wordHtmlReport } from '../../support/wordHtml';

const value = (text: string, line: number): Token => ({ kind: 'value', from: line * 10, to: line * 10 + text.length, text, line, splittable: false });

test('a blank line more between two cells is an empty cell, only where it makes the row as wide as the format', () => {
  // Label on line 0, cells every second line; row 2 has an empty cell before its second value.
  const complete = { tokens: [value('1', 2), value('2', 4), value('3', 6)], labelLine: 0, endLine: 8, columns: 3 };
  const gap = { tokens: [value('4', 10), value('5', 13)], labelLine: 8, endLine: 15, columns: 3 };
  const trailing = { tokens: [value('6', 17), value('7', 19)], labelLine: 15, endLine: 22, columns: 3 };
  const unexplained = { tokens: [value('8', 24)], labelLine: 22, endLine: 26, columns: 3 };
  const [a, b, c, d] = withBlankLineCells([complete, gap, trailing, unexplained]);
  assert.deepEqual(a!.map((t) => t.kind), ['value', 'value', 'value']);
  assert.deepEqual(b!.map((t) => t.text), ['4', '', '5']);
  assert.deepEqual(c!.map((t) => t.text), ['6', '7', '']);
  assert.deepEqual(d!.map((t) => t.text), ['8'], 'no reading makes the row three cells wide: left as it was');
});

for (const tool of ['lynx', 'lo-text'] as TextTool[]) {
  test(`${tool} of a Word page with zeros left blank: every cell of 表三, the blank ones empty`, async () => {
    const page = wordHtmlReport('2019', 1, { flavour: 'word', blankZeros: 'some' });
    const text = await htmlToTextWith(tool, page.html);
    const only = (values: Record<string, number | null>) => Object.fromEntries(Object.entries(values).filter(([k]) => k.startsWith('applications.')));
    assert.ok(Object.values(only(page.values)).includes(null), 'the page has blank cells');
    assert.deepEqual(only(modelValues(parseReport(text))), only(page.values), describeFixture(page));
  });
}
