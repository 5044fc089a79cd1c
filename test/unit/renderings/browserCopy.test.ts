// A browser's select-all copy (Chromium's innerText) of a page whose table cells hold paragraphs:
// every cell is read, the empty ones as empty (no row slides), and an edit inside the table gives
// the model a fresh parse gives.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { modelCells, modelValues, parseReport, ReportParser } from '../../../server/src/core';
import { sortRowTokens } from '../../../server/src/core/parse/rowText';
import { tokenize } from '../../../server/src/core/parse/tokens';
import { fixture } from '../../accuracy/matrix';
import { browserCopy, closeBrowser } from '../../support/browser';
import { cellsNotReadBack } from '../../support/compare';
import { describeFixture, wordHtmlReport } from '../../support/wordHtml';

after(() => closeBrowser());

test('Chromium copy with zeros left blank: every cell, the blank ones empty', async () => {
  for (const format of ['2019', '2021'] as const) {
    const page = fixture(format, 2, true);
    assert.ok(Object.values(page.values).includes(null), 'the page has blank cells');
    const text = await browserCopy(page.html);
    assert.ok(text.includes('\n\n\t\n\n'), 'cells separated by TAB lines between blank lines');
    const model = parseReport(text);
    assert.deepEqual(modelValues(model), page.values, format);
    const rendered = model.tables.find((t) => t.id === 'applications')!;
    const blank = rendered.rows.flatMap((r) => r.cells).find((c) => c.status === 'empty')!;
    assert.ok(blank, 'a blank cell is read as empty');
  }
});

test('an edit inside the copied table equals a fresh parse (the line-local path is not taken)', async () => {
  const text = await browserCopy(fixture('2021', 2, true).html);
  const parser = new ReportParser();
  parser.parse(text);
  const at = text.indexOf('\n\n\t\n\n', text.indexOf('本年新收')) + 5;
  const edited = parser.applyChanges([{ start: at, end: at, text: '7' }]);
  assert.deepEqual(modelValues(edited), modelValues(parseReport(parser.text)));
  // Typing a TAB line into plain text makes a separator: still equal to a fresh parse.
  const p2 = new ReportParser();
  p2.parse('一、总体情况\n\n甲\n\n\n\n乙\n');
  const next = p2.applyChanges([{ start: '一、总体情况\n\n甲\n\n'.length, end: '一、总体情况\n\n甲\n\n'.length, text: '\t' }]);
  assert.deepEqual(next, { ...parseReport(p2.text) });
});

test('Chromium copy of a Word page: an empty cell of `&nbsp;` is a cell, the paragraph after the table is no row break inside it', async () => {
  const page = wordHtmlReport('2019', 1, { flavour: 'word', blankZeros: 'some' });
  assert.ok(Object.values(page.values).includes(null), 'the page has blank cells');
  const text = await browserCopy(page.html);
  assert.ok(/\n\t\n\n\u00a0\n\n\t\n/.test(text), 'a blank cell is a no-break space between TAB lines');
  const model = parseReport(text);
  const applications = Object.fromEntries(Object.entries(page.values).filter(([k]) => k.startsWith('applications.')));
  const read = Object.fromEntries(Object.entries(modelValues(model)).filter(([k]) => k.startsWith('applications.')));
  assert.deepEqual(read, applications, describeFixture(page));
});

test('Chromium copy of a CMS page whose cells mix paragraphs and bare text: TABs inside lines part cells, one line break between bare cells ends a row', async () => {
  const page = wordHtmlReport('2019', 3, { flavour: 'cms' });
  const text = await browserCopy(page.html);
  // The copy as CMS pages give it: a bare cell's TAB on the line of its text, a row ending in
  // a bare cell followed by the next row's label after a single line break.
  assert.ok(/\t\d+\t\d+\t\n/.test(text), 'bare cells on one line, parted by TABs');
  assert.ok(/\t\d+\n[^\t\n]*[\u4e00-\u9fff][^\t\n]*\t/.test(text), 'a row of bare cells, then the next row after one line break');
  const model = parseReport(text);
  const applications = Object.fromEntries(Object.entries(page.values).filter(([k]) => k.startsWith('applications.')));
  const read = Object.fromEntries(Object.entries(modelValues(model)).filter(([k]) => k.startsWith('applications.')));
  assert.deepEqual(read, applications, describeFixture(page));
});

test('Chromium copy of a CMS page with few paragraph cells: a TAB that ends a line before a paragraph cell opens no empty cell there', async () => {
  // Too few TAB lines between blank lines for the copy to be read as such a table: the rows are
  // read as TAB text, where `252\t` + blank line + `497` once read as 252, an empty cell, 497.
  const page = wordHtmlReport('2021', 4, { flavour: 'cms', blankZeros: 'all' });
  const text = await browserCopy(page.html);
  assert.ok(/\t\d+\t\n\n\d+\n\n\t/.test(text), 'a bare cell, its TAB, then a paragraph cell after a blank line');
  const cells = new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));
  const wrong = Object.entries(page.values).flatMap(([key, expected]) => {
    const c = cells.get(key);
    return c?.status === 'ok' && c.value !== expected ? [`${key}: ${expected} read as ${c.value}`] : [];
  });
  assert.deepEqual(wrong, [], describeFixture(page));
  const applications = Object.entries(page.values).filter(([k]) => k.startsWith('applications.'));
  const read = applications.filter(([k, v]) => {
    const c = cells.get(k);
    return v === null ? c?.status === 'empty' : c?.status === 'ok' && c.value === v;
  });
  assert.equal(read.length, applications.length, 'every cell of 表三');
});

test('Chromium copy of a CMS page: a row whose label and bare cells come before its first paragraph cell, and bare &nbsp; cells after its last, is read whole', async () => {
  // `4.保护第三方合法权益` / blank / `\t\t0\t\t` / blank / `0` / `\t` / `0` / blank / `\t&nbsp;\t&nbsp;`:
  // the copy's table region began at the first paragraph cell and ended at the last, so the row
  // was read in two parts and lost its two last (blank) cells.
  const page = wordHtmlReport('2021', 7, { flavour: 'cms' });
  const text = await browserCopy(page.html);
  assert.ok(/4\.保护第三方合法权益\n\n\t\t0\t\t\n\n0\n/.test(text), 'the row as the copy writes it');
  const off = cellsNotReadBack(page.values, parseReport(text));
  assert.deepEqual(off, [], describeFixture(page));
});

test('Chromium copy of a CMS page whose 表四 mixes bare and paragraph cells: a line of bare cells between two paragraph cells parts cells as a lone TAB does', async () => {
  // `&nbsp;\t` / `396` / `\t&nbsp;\t&nbsp;\t` / `396` / …: too few lone TAB lines for the copy's
  // reading, and the token path took the first cell's no-break space for a line's indent.
  const page = wordHtmlReport('2021', 4, { flavour: 'cms' });
  const text = await browserCopy(page.html);
  assert.ok(/\n\n\t\u00a0\t\u00a0\t\n\n/.test(text), 'bare &nbsp; cells between paragraph cells');
  const off = cellsNotReadBack(page.values, parseReport(text));
  assert.deepEqual(off, [], describeFixture(page));
});

test('empty cells written out at a row\'s ends are cells; bare TABs there are padding', () => {
  // The stretch after 规章's label: `\t&nbsp;\t` / blank / `11755` / blank / `\t&nbsp;` (a no-break
  // space is a plain one after normalisation), against a TAB row's `\t\t11755\t` / `\t`.
  const kinds = (stretch: string) => sortRowTokens(tokenize(stretch, 0, stretch.length, 0), 0, 3).own.map((t) => (t.kind === 'value' ? t.text : t.kind));
  assert.deepEqual(kinds('\t \t\n\n11755\n\n\t '), ['empty', '11755', 'empty']);
  assert.deepEqual(kinds('\t\t11755\t\n\t'), ['11755']);
  // Not on one line, where a space between TABs may be a line break joined; and kept only where
  // the row is then no wider than its columns.
  assert.deepEqual(kinds('\t \t5\t '), ['5']);
  assert.deepEqual(kinds('\t \t \t\n\n5\n\n\t \t '), ['5']);
});
