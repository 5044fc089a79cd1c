// LibreOffice's text export of a CMS page whose zeros are all left blank, some cells `&nbsp;`
// (a line of spaces) and some `<td></td>` (an empty line), its rows a varying number of lines
// apart: a label with a line per cell and nothing on them before the next label is a row of
// empty cells (cell-empty each, as on the page), not a row with every cell missing (an error).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkReport, modelCells, parseReport } from '../../../server/src/core';
import { TOOLS, wordFixtures } from '../../accuracy/matrix';
import { cellsNotReadBack } from '../../support/compare';
import { wordHtmlReport } from '../../support/wordHtml';
import { writeCanonical } from '../../../server/src/core/grid/canonical';

test('LibreOffice text: all-blank rows of a CMS page are rows of empty cells', async () => {
  const page = wordFixtures(1, 4).find((f) => f.format === '2021')!;
  const text = await TOOLS['LibreOffice text']!(page.html);
  const cells = new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));
  const blankRows = ['denied-state-secret', 'denied-internal-affairs'].filter((row) =>
    Object.entries(page.values).every(([k, v]) => !k.startsWith(`applications.${row}.`) || v === null),
  );
  assert.ok(blankRows.length > 0, 'the page has rows whose cells are all blank');
  for (const row of blankRows) {
    const statuses = [...cells.values()].filter((c) => c.key.startsWith(`applications.${row}.`)).map((c) => c.status);
    assert.deepEqual(statuses, Array(7).fill('empty'), row);
  }
  const codes = (t: string) => checkReport(parseReport(t), t).map((f) => f.code).sort().join();
  assert.equal(codes(text), codes(page.html), 'the findings of the page itself');
});

test('LibreOffice text: blank cells written as lines of spaces are cells a line apart, even where no two values are', async () => {
  // A Word page with every zero left blank (`&nbsp;`): no row of 表三 has two values on
  // consecutive lines, so the values alone made the cells look two lines apart.
  const page = wordHtmlReport('2021', 8, { flavour: 'word', blankZeros: 'all' });
  const text = await TOOLS['LibreOffice text']!(page.html);
  const off = cellsNotReadBack(page.values, parseReport(text));
  assert.deepEqual(off, []);
});

test('lynx: with every zero left blank no two values are a cell apart, and the gap between cells is inferred from the rows it makes exactly as wide as the format', async () => {
  const page = wordHtmlReport('2021', 8, { flavour: 'word', blankZeros: 'all' });
  const text = await TOOLS['lynx']!(page.html);
  const off = cellsNotReadBack(page.values, parseReport(text));
  assert.deepEqual(off, []);
});

test("the canonical text keeps a row of blank cells only as a table's one row of data under its headers (表四 with every cell blank)", () => {
  const cell = (text: string) => ({ text, pieces: [] });
  const write = (rows: string[][]) => {
    let out = '';
    writeCanonical({ rows: rows.map((r) => ({ cells: r.map(cell) })), source: 'test' }, { cell: (t) => (out += t), separator: () => (out += '\t'), rowEnd: () => (out += '\n') });
    return out;
  };
  assert.equal(write([['行政复议', '行政诉讼'], ['结果维持', '总计'], ['', '']]), '行政复议\t行政诉讼\n结果维持\t总计\n\t\n', 'under headers alone: a line of TABs');
  assert.equal(write([['规章', '5'], ['', ''], ['行政许可', '3']]), '规章\t5\n行政许可\t3\n', "a spacer between rows: left out");
  assert.equal(write([['信息内容', '件数'], ['规章', '5'], ['', '']]), '信息内容\t件数\n规章\t5\n', 'after a row of numbers: left out');
  assert.equal(write([['行政复议', '行政诉讼'], ['']]), '行政复议\t行政诉讼\n', 'a single blank cell: no row');
});
