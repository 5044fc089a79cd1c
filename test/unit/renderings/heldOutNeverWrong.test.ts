// Fresh pages (seeds 55–63 up to 100–108 of the matrix, each group of nine first run on 6 December 2026) on
// which a tool's text was read wrong or as other cells than the page's, each now read with no cell
// wrong: a format named by the report's year where the markers cannot tell, a total whose numbers
// stand between two labels, a run of rows whose zeros may be other rows', pandoc's escaped
// enumerator (`7\.`) of the next row's label, and rows whose zeros or headers placed them wrong.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { fixtures, judged, score, wordFixtures } from '../../accuracy/matrix';
import { modelCells, parseReport } from '../../../server/src/core';
import { anchorColumns } from '../../../server/src/core/parse/renderings/layoutColumnsHeaders';
import { pdfToText, libreOfficeConvert } from '../../support/tools';
import { closeBrowser } from '../../support/browser';

// The Chromium routes (copy, print to PDF) start a browser: closed, or the file's process never ends.
after(() => closeBrowser());

const fresh = wordFixtures(9, 55);
const later = [...wordFixtures(9, 64), ...wordFixtures(9, 73), ...wordFixtures(9, 82), ...wordFixtures(9, 91), ...wordFixtures(9, 100)];
const page = (seed: number, format: '2019' | '2021') => [...fresh, ...later].find((f) => f.format === format && f.name.includes(`seed ${seed} `))!;
const layoutText = (html: string) => pdfToText(libreOfficeConvert(Buffer.from(html, 'utf8'), 'html', 'pdf'), true);

test('pdftotext -layout, WPS 2021 seed 60: headers wrapped a character a line leave no format marker; the report year (2025) names 2021, and 表三 is read as aligned columns', async () => {
  const p = page(60, '2021');
  const model = parseReport(layoutText(p.html));
  assert.equal(model.format, '2021');
  const cells = modelCells(model).filter((c) => c.key.startsWith('applications.'));
  // Not the other renderings' reading of a table they do not know (the next label's `4.` read as cells).
  assert.equal(cells.filter((c) => c.status === 'not-number' || c.status === 'ambiguous').length, 0);
  const s = await score('LibreOffice PDF pdftotext -layout', [p]);
  assert.equal(s.wrong, 0, s.failures.join('\n'));
  assert.ok(s.reproduced >= 150, `${s.reproduced} cells read`);
});

test('pdftotext -layout, CMS 2021 seed 58: a line of numbers alone between two rows\' labels gives neither row its total', async () => {
  const p = page(58, '2021');
  const text = layoutText(p.html);
  assert.match(text, /6\.属于四类过程性信息\n +2 +2\n +7\.属于行政执法案卷/, 'LibreOffice still sets the row\'s numbers between its label and the next');
  const cells = new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));
  assert.notEqual(cells.get('applications.denied-enforcement-files.total')?.status, 'ok');
  const s = await score('LibreOffice PDF pdftotext -layout', [p]);
  assert.equal(s.wrong, 0, s.failures.join('\n'));
});

test('plain pdftotext, WPS 2021 seed 63: two rows read between unread ones, one of them all zeros, are not read (the zeros may be other rows\')', async () => {
  const p = page(63, '2021');
  const s = await score('LibreOffice PDF pdftotext', [p]);
  assert.equal(s.wrong, 0, s.failures.join('\n'));
});

test('pandoc gfm, our 2021 page seed 68 with blanks: the next row\'s `7\\.` is its label\'s number, so a row with an empty cell keeps it and its own numbers', async () => {
  const p = fixtures(9, 64).find((f) => f.name === '2021-68-blanks');
  assert.ok(p, 'the matrix page');
  const s = await score('pandoc gfm', [p]);
  assert.equal(s.wrong, 0, s.failures.join('\n'));
  assert.equal(s.reproduced, judged(s), s.failures.slice(0, 10).join('\n'));
  assert.equal(s.sameFindings, 1, s.failures.join('\n'));
});

test('Chromium pdftotext -layout, CMS 2019 seed 66: a row of zeros placed by one full row that its edges disagree on is not read (its last 0 is 其他\'s, not the total\'s)', async () => {
  const p = page(66, '2019');
  const s = await score('chromium PDF pdftotext -layout', [p]);
  assert.equal(s.wrong, 0, s.failures.join('\n'));
  assert.ok(s.reproduced >= 90, `${s.reproduced} cells read`);
});

test('Chromium pdftotext -layout, Word 2019 seed 67: 表二\'s narrow headers place no row where a read row of the table stands otherwise (numbers centred in their cells)', async () => {
  const p = page(67, '2019');
  const s = await score('chromium PDF pdftotext -layout', [p]);
  assert.equal(s.wrong, 0, s.failures.join('\n'));
  assert.ok(s.reproduced >= 90, `${s.reproduced} cells read`);
});

test('plain pdftotext, CMS 2019 seed 69 (no cell blank): 表三\'s 总计 read alone as seven zeros, in text cut into column bands, is not read', async () => {
  const p = page(69, '2019');
  const text = pdfToText(libreOfficeConvert(Buffer.from(p.html, 'utf8'), 'html', 'pdf'), false);
  assert.match(text, /（七）总计\n\n0\n\n0\n/, 'pdftotext still sets zeros of other rows after the total\'s label');
  const cells = new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));
  assert.notEqual(cells.get('applications.total.total')?.status, 'ok');
  const s = await score('LibreOffice PDF pdftotext', [p]);
  assert.equal(s.wrong, 0, s.failures.join('\n'));
});

test('LibreOffice pdftotext -layout, WPS 2019 seed 77: a line whose number stands among its words (`行政   58    -`, a wrapped -81\'s sign alone at its end) keeps the row below from being read by its headers', async () => {
  const p = page(77, '2019');
  const text = layoutText(p.html);
  assert.match(text, /行政 +58 +-\n强制 +5 +81/, 'LibreOffice still wraps 585 and -81 over two lines');
  const cells = new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));
  assert.notEqual(cells.get('proactive.coercion.change')?.status, 'ok');
  const s = await score('LibreOffice PDF pdftotext -layout', [p]);
  assert.equal(s.wrong, 0, s.failures.join('\n'));
});

for (const tool of ['LibreOffice PDF pdftotext -layout', 'chromium PDF pdftotext -layout']) {
  test(`${tool}, Word 2021 seed 89: 表四's numbers cut two ways by the groups' sums (four zeros and a blank, or five zeros) read nothing by them`, async () => {
    const s = await score(tool, [page(89, '2021')]);
    assert.equal(s.wrong, 0, s.failures.join('\n'));
  });
}

test('plain pdftotext, CMS 2019 seeds 75 and 87: a 表二 block holding a number no row took (another row\'s, moved past the caption) reads none of its rows', async () => {
  const s = await score('LibreOffice PDF pdftotext', [page(75, '2019'), page(87, '2019')]);
  assert.equal(s.wrong, 0, s.failures.join('\n'));
  assert.ok(s.reproduced >= 20, `${s.reproduced} cells read`);
});

test('LibreOffice pdftotext -layout, WPS 2019 seeds 92 and 95: a negative number wrapped with its sign alone on a line (`-` / `1527` / `7`, `行政   -` / `强制   75`) is no positive number of its row', async () => {
  for (const seed of [92, 95]) {
    const p = page(seed, '2019');
    const text = layoutText(p.html);
    const cells = new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));
    assert.notEqual(cells.get('proactive.coercion.change')?.status, 'ok', `seed ${seed}: 本年增/减 of 行政强制 not read`);
    const s = await score('LibreOffice PDF pdftotext -layout', [p]);
    assert.equal(s.wrong, 0, s.failures.join('\n'));
  }
});

test('lynx, CMS 2021 seed 94: an empty line between two numbers of an indented dump is a paragraph break, not an empty cell', async () => {
  const s = await score('lynx', [page(94, '2021')]);
  assert.equal(s.wrong, 0, s.failures.join('\n'));
});

test('plain pdftotext, CMS 2021 seed 103 and 2019 seed 93 (no cell blank), Word 2019 seed 94 (zeros blank): a 表二 block where a row took no number while others\' numbers, or its own, went elsewhere reads none of its rows', async () => {
  const p = page(103, '2021');
  const text = pdfToText(libreOfficeConvert(Buffer.from(p.html, 'utf8'), 'html', 'pdf'), false);
  assert.match(text, /行政处罚\n\n52\n本年处理决定数量\n0\n951\n/, "pdftotext still moves 行政许可's 52 past the next caption");
  const cells = new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));
  assert.notEqual(cells.get('proactive.penalties.decisions')?.status, 'ok');
  // Seed 94: 行政处罚 `8` 行政强制 `4` `101` `7` — 101 and 7 are 行政处罚's; 行政强制's last two cells are blank.
  const s = await score('LibreOffice PDF pdftotext', [p, page(93, '2019'), page(94, '2019')]);
  assert.equal(s.wrong, 0, s.failures.join('\n'));
});

test('Chromium pdftotext -layout, Word 2021 seed 95: a 0 of 表四 under two headers two columns apart (`其他结果` at 36, `尚未审结` at 38, the 0 at 38) is placed by neither', async () => {
  // The direct group's header starts as the text gives them, and its 0s at 34, 38 and 46: the
  // second is 其他结果's, centred two columns right, onto 尚未审结's start. A number with another
  // header two columns from it is placed by none (the first too); the total, alone, is.
  const headers = [[27, 27], [34, 34], [36, 36], [38, 38], [46]];
  assert.deepEqual(anchorColumns([[34, 35], [38, 39], [46, 47]], headers), [-1, -1, 4]);
  // A header three columns further still leaves the nearer one its number.
  assert.deepEqual(anchorColumns([[38, 39]], [[27], [34], [35], [38], [46]]), [3]);
  const s = await score('chromium PDF pdftotext -layout', [page(95, '2021')]);
  assert.equal(s.wrong, 0, s.failures.join('\n'));
});
