// The matrix's oracle of cells a tool's text cannot determine (test/accuracy/determinable.ts):
// it must count apart exactly what no reader could know, and nothing a reader can.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { undeterminableCells } from '../accuracy/determinable';
import { mulberry32 } from '../support/rng';
import { randomConsistentValues, rowsOf, type Values } from '../support/values';

const HEAD = '一、总体情况\n（一）主动公开政府信息情况\n（二）收到和处理政府信息公开申请情况\n';

test('a table the tool wrote as [TABLE] is not in the text; a table with its numbers is', () => {
  const values = randomConsistentValues('2021', mulberry32(7));
  const text = `${HEAD}二、主动公开政府信息情况\n\n[TABLE]\n\n三、收到和处理政府信息公开申请情况\n\n自然人 1 2 3\n\n四、政府信息公开行政复议、行政诉讼情况\n[TABLE]\n五、存在的主要问题及改进情况\n`;
  const apart = undeterminableCells('2021', values, text, {});
  const tables = new Set([...apart].map((k) => k.split('.')[0]));
  assert.deepEqual([...tables].sort(), ['appeals', 'proactive']);
  assert.equal(apart.size, rowsOf('2021').filter((r) => r.table !== 'applications').reduce((n, r) => n + r.columns.length, 0));
});

test('a table whose stretch holds its labels but no digit (every cell blank) is in the text', () => {
  const values = randomConsistentValues('2021', mulberry32(7));
  const text = `${HEAD}二、主动公开政府信息情况\n规章 行政规范性文件\n三、收到和处理政府信息公开申请情况\n`;
  const apart = [...undeterminableCells('2021', values, text, {})];
  assert.equal(apart.filter((k) => k.startsWith('proactive.')).length, 0);
  // 表三's stretch (to the end: no later heading) holds neither: left out.
  assert.ok(apart.includes('applications.new.natural-person'), apart.slice(0, 3).join());
});

test('dropped empty cells: a row whose numbers fit several places is apart, a full row and a row only one place fits are not', () => {
  const blank: Values = Object.fromEntries(rowsOf('2021').flatMap((r) => r.columns.map((c) => [`${r.table}.${r.id}.${c.id}`, null])));
  // 表四: 3 and its total 3 in 行政复议 — the same two numbers would fit any of the three groups.
  const values: Values = { ...blank, 'appeals.cases.review-upheld': 3, 'appeals.cases.review-total': 3 };
  const apart = undeterminableCells('2021', values, '', { emptyCellPlaces: true });
  assert.ok(apart.has('appeals.cases.review-upheld') && apart.has('appeals.cases.review-corrected') && apart.has('appeals.cases.direct-total'));
  // Without the loss nothing is apart; a row with every cell shown never is.
  assert.equal(undeterminableCells('2021', values, '', {}).size, 0);
  const full = randomConsistentValues('2021', mulberry32(3));
  for (const [k, v] of Object.entries(full)) if (v === null) full[k] = 0;
  assert.equal(undeterminableCells('2021', full, '', { emptyCellPlaces: true }).size, 0);
});

/** A page holding only 表四's row, as a CMS table of running text (a `<p>` cell makes it so for lynx). */
function appealsPage(cells: string[]): string {
  const header = '<tr><td><p>行政复议</p></td></tr>';
  return `<table>${header}<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr></table>`;
}

test('lynx: only cells holding nothing leave no trace; &nbsp; cells keep their place where lynx writes their spaces', () => {
  const blank: Values = Object.fromEntries(rowsOf('2021').flatMap((r) => r.columns.map((c) => [`${r.table}.${r.id}.${c.id}`, null])));
  const values: Values = { ...blank, 'appeals.cases.review-upheld': 3, 'appeals.cases.review-total': 3, 'appeals.cases.after-review-total': 0 };
  // 3, three empty cells, 3, nine empty cells, 0: running text (the header row's `<p>` makes it so).
  const page = (empty: string, last = '0') => appealsPage(['3', empty, empty, empty, '3', ...Array(9).fill(empty), last]);
  const apart = (html: string) => undeterminableCells('2021', values, '', { bareEmptyCellPlaces: true }, html);
  // `<td></td>` everywhere: nothing shows where the numbers stand; the relations leave several places.
  assert.ok(apart(page('')).has('appeals.cases.review-upheld'));
  // `&nbsp;` cells between numbers on a line: lynx writes their spaces, all twelve — every place known.
  assert.equal(apart(page('&nbsp;')).size, 0);
  // The last number in a paragraph: the nine before it are spaces at a line's end, lost.
  assert.ok(apart(page('&nbsp;', '<p>0</p>')).has('appeals.cases.review-upheld'));
  // A table lynx aligns in columns (no paragraph in any cell) keeps every cell's place.
  const aligned = `<table><tr>${['3', '', '', '', '3', ...Array(9).fill(''), '0'].map((c) => `<td>${c}</td>`).join('')}</tr></table>`;
  assert.equal(apart(aligned).size, 0);
});

test('lynx: a blank paragraph keeps a row\'s places only where no cell of the row writes nothing', () => {
  const blank: Values = Object.fromEntries(rowsOf('2021').flatMap((r) => r.columns.map((c) => [`${r.table}.${r.id}.${c.id}`, null])));
  const values: Values = { ...blank, 'appeals.cases.review-upheld': 3, 'appeals.cases.review-total': 3, 'appeals.cases.after-review-total': 0 };
  const cells = (second: string) => ['<p>3</p>', second, '<p>&nbsp;</p>', '<p>&nbsp;</p>', '<p>3</p>', ...Array(9).fill('<p>&nbsp;</p>'), '<p>0</p>'];
  const apart = (html: string) => undeterminableCells('2021', values, '', { bareEmptyCellPlaces: true }, html);
  // Every blank a paragraph of a space: each a line of its own, every place known.
  assert.equal(apart(appealsPage(cells('<p>&nbsp;</p>'))).size, 0);
  // One empty paragraph among them writes nothing (lynx gives `&nbsp;`, `<p></p>`, `3` as it gives
  // `<p></p>`, `&nbsp;`, `3`): the first 3 may stand a cell further right, the relations allow it.
  assert.ok(apart(appealsPage(cells('<p><span></span></p>'))).has('appeals.cases.review-upheld'));
});

test('pandoc writing a table as paragraphs: `<td></td>` leaves no trace, `&nbsp;` cells keep their count; a text with table markup keeps every place', () => {
  const blank: Values = Object.fromEntries(rowsOf('2021').flatMap((r) => r.columns.map((c) => [`${r.table}.${r.id}.${c.id}`, null])));
  const values: Values = { ...blank, 'appeals.cases.review-upheld': 3, 'appeals.cases.review-total': 3, 'appeals.cases.after-review-total': 0 };
  const page = (empty: string) => appealsPage(['3', empty, '&nbsp;', '&nbsp;', '3', ...Array(9).fill('&nbsp;'), '0']);
  const apart = (text: string, html: string) => undeterminableCells('2021', values, text, { paragraphEmptyCellPlaces: true }, html);
  assert.equal(apart('3\n\n\u00a0\n\n', page('&nbsp;')).size, 0, 'every blank a paragraph of a space');
  assert.ok(apart('3\n\n\u00a0\n\n', page('')).has('appeals.cases.review-upheld'), 'one <td></td>: the first 3 may stand a cell further right');
  assert.equal(apart('| 3 |  | 3 |\n|---|---|---|\n', page('')).size, 0, 'a pipe table keeps its empty cells');
});
