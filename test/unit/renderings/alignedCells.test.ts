// lynx's dump of a page whose cells hold bare text: the table in columns of spaces, an empty cell
// left out altogether. The complete rows set each column's place; a short row's cells are placed
// by them, its empty cells put back — never where a cell stands at no column or at two.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkReport, modelValues, parseReport } from '../../../server/src/core';
import { withAlignedEmptyCells, type ExtentOf } from '../../../server/src/core/parse/alignedCells';
import { columnsOf } from '../../../server/src/core/parse/renderings/lines';
import { tokenize, type Token } from '../../../server/src/core/parse/tokens';
import { fixture } from '../../accuracy/matrix';
import { htmlToTextWith } from '../../support/tools';

/** Where a token stands on its line of `text`, counted by a metric. */
const extentIn =
  (text: string): ExtentOf =>
  (token, metric) => {
    const from = text.lastIndexOf('\n', token.from - 1) + 1;
    const x = columnsOf(text, { from, to: token.to }, metric);
    return { start: x[token.from - from]!, end: x[token.to - from]! };
  };

/** The tokens after each row's label, one row a line. */
function rowsOf(text: string, labels: string[], columns: number) {
  return labels.map((label) => {
    const at = text.indexOf(label);
    assert.ok(at >= 0, `the dump holds ${label}`);
    const end = text.indexOf('\n', at);
    const line = text.slice(0, at).split('\n').length - 1;
    return { tokens: tokenize(text, at + label.length, end, line), columns, block: 'table' };
  });
}

const cellTexts = (tokens: Token[]) => tokens.map((t) => t.text);

const SMALL_PAGE = `<html><head><meta charset="utf-8"></head><body><table border="1">
<tr><td>项目</td><td>自然人</td><td>商业企业</td><td>科研机构</td><td>总计</td></tr>
<tr><td>一、本年新收政府信息公开申请数量</td><td>12</td><td>3</td><td>450</td><td>465</td></tr>
<tr><td>二、上年结转</td><td></td><td>7</td><td></td><td>7</td></tr>
<tr><td>（一）予以公开</td><td>1</td><td>20</td><td>3</td><td>24</td></tr>
<tr><td>（二）部分公开</td><td>4</td><td></td><td>0</td><td>4</td></tr>
</table></body></html>`;

test('lynx of a small table with blank cells: the short rows read by the complete rows’ columns', async () => {
  const text = await htmlToTextWith('lynx', SMALL_PAGE);
  // lynx drops the blank cells: `二、上年结转` holds two numbers for four columns.
  assert.match(text, /二、上年结转 +7 +7\n/);
  const labels = ['一、本年新收政府信息公开申请数量', '二、上年结转', '（一）予以公开', '（二）部分公开'];
  const rows = rowsOf(text, labels, 4);
  const [complete, carried, granted, partial] = withAlignedEmptyCells(rows, extentIn(text));
  assert.deepEqual(cellTexts(complete!), ['12', '3', '450', '465']);
  assert.deepEqual(cellTexts(carried!), ['', '7', '', '7']);
  assert.deepEqual(cellTexts(granted!), ['1', '20', '3', '24']);
  assert.deepEqual(cellTexts(partial!), ['4', '', '0', '4']);
  assert.deepEqual(carried!.map((t) => t.kind), ['empty', 'value', 'empty', 'value']);
});

const at = (text: string, column: number, line: number): Token => ({ kind: 'value', from: column, to: column + text.length, text, line, splittable: false });
/** Extents as the tokens' offsets say, the same in both counts (no wide characters before them). */
const offsets: ExtentOf = (t) => ({ start: t.from, end: t.to });

test('a short row is left as it was where a cell stands at no column, at two, or the complete rows disagree', () => {
  const full1 = [at('10', 20, 0), at('2', 25, 0), at('300', 30, 0)];
  const full2 = [at('1', 20, 1), at('20', 25, 1), at('3', 30, 1)];
  const rows = (short: Token[], fulls = [full1, full2]) => [...fulls, short].map((tokens) => ({ tokens, columns: 3, block: 'b' }));
  // Left-aligned columns at 20, 25, 30: `5` at 25 is the second column.
  assert.deepEqual(cellTexts(withAlignedEmptyCells(rows([at('5', 25, 2)]), offsets)[2]!), ['', '5', '']);
  // Between two columns: no place.
  assert.deepEqual(cellTexts(withAlignedEmptyCells(rows([at('5', 27, 2)]), offsets)[2]!), ['5']);
  // Cells in the wrong order (two at one column).
  assert.deepEqual(cellTexts(withAlignedEmptyCells(rows([at('5', 25, 2), at('6', 25, 2)]), offsets)[2]!), ['5', '6']);
  // Only one complete row: too little to learn the columns from.
  assert.deepEqual(cellTexts(withAlignedEmptyCells(rows([at('5', 25, 2)], [full1]), offsets)[1]!), ['5']);
  // Complete rows that neither start nor end a column at one place: no columns at all.
  const ragged = [at('1', 22, 1), at('20', 25, 1), at('3', 30, 1)];
  assert.deepEqual(cellTexts(withAlignedEmptyCells(rows([at('5', 25, 2)], [full1, ragged]), offsets)[2]!), ['5']);
  // Right-aligned columns: the ends agree (22, 27, 33), the starts do not.
  const right1 = [at('10', 20, 0), at('2', 26, 0), at('300', 30, 0)];
  const right2 = [at('1', 21, 1), at('20', 25, 1), at('3', 32, 1)];
  assert.deepEqual(cellTexts(withAlignedEmptyCells(rows([at('44', 31, 2)], [right1, right2]), offsets)[2]!), ['', '', '44']);
});

test('columns counted per character or by display width: whichever the complete rows agree on, and a row only where both that agree place it alike', () => {
  // Offsets are characters; a label of wide characters before the cells moves them in display columns only.
  const wide: ExtentOf = (t, metric) => {
    const shift = metric === 'display' ? [0, 4, 2][t.line]! : 0;
    return { start: t.from + shift, end: t.to + shift };
  };
  const rows = [
    [at('1', 10, 0), at('2', 14, 0)],
    [at('3', 10, 1), at('4', 14, 1)],
    [at('5', 14, 2)],
  ].map((tokens) => ({ tokens, columns: 2, block: 'b' }));
  assert.deepEqual(cellTexts(withAlignedEmptyCells(rows, wide)[2]!), ['', '5'], 'characters agree, display columns do not');
  // Both counts agree on the complete rows but place the short row differently: left as it was.
  const both: ExtentOf = (t, metric) => {
    const shift = metric === 'display' && t.line === 2 ? -4 : 0;
    return { start: t.from + shift, end: t.to + shift };
  };
  assert.deepEqual(cellTexts(withAlignedEmptyCells(rows, both)[2]!), ['5']);
});

test('lynx of our page with zeros left blank: every cell of 表三 as on the page, the findings the page’s', async () => {
  const page = fixture('2019', 2, true);
  const text = await htmlToTextWith('lynx', page.html);
  assert.match(text, /6\.属于四类过程性信息 +0 +0 +0 +0 +0\n/, 'lynx left the blank cells out of the row');
  const only = (values: Record<string, number | null>) => Object.fromEntries(Object.entries(values).filter(([k]) => k.startsWith('applications.')));
  assert.deepEqual(only(modelValues(parseReport(text))), only(page.values));
  const codes = (t: string) => checkReport(parseReport(t), t).map((f) => f.code).sort();
  assert.deepEqual(codes(text), codes(page.html));
});
