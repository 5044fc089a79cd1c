// The PDF reader on Word/WPS/CMS report pages (test/support/wordHtml.ts) printed as people print
// them: by Chromium ("save as PDF") and by LibreOffice. Their titles are set large and wrap over
// two lines; Word's fixed column widths make tall rows that page breaks cut (a browser draws the
// rule above the cut row on the page before; LibreOffice cuts through a wrapped number); narrow
// columns run two numbers into one piece of text; a source line break inside a Chinese word
// prints as a space.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import { checkReport, modelCells, parseReport } from '../../../server/src/core';
import { readComposedDocument } from '../../../server/src/core/documents';
import { browserDefaultPdf, browserPdf, closeBrowser } from '../../support/browser';
import { isFurniture, repeatedLines } from '../../../server/src/core/documents/pdfFurniture';
import { fixture, fixtures, wordFixtures } from '../../accuracy/matrix';
import { libreOfficeConvert } from '../../support/tools';
import { describeFixture, wordHtmlReport, type WordHtmlFixture } from '../../support/wordHtml';

after(() => closeBrowser());

const codes = (text: string) =>
  checkReport(parseReport(text), text)
    .map((f) => f.code)
    .sort();

async function read(bytes: Uint8Array): Promise<string> {
  const outcome = await readComposedDocument(bytes, 'report.pdf');
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
  return outcome.composed.text;
}

/** Cells read as another number than the page's: never allowed. Cells not read at all: listed. */
function compare(page: Pick<WordHtmlFixture, 'values'>, text: string): { wrong: string[]; unread: string[] } {
  const cells = new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));
  const wrong: string[] = [];
  const unread: string[] = [];
  for (const [key, expected] of Object.entries(page.values)) {
    const cell = cells.get(key);
    if (cell?.status === 'ok' && cell.value !== expected) wrong.push(`${key}: ${expected} read as ${cell.value}`);
    else if (cell === undefined || (cell.status === 'ok' ? cell.value : null) !== expected) unread.push(key);
  }
  return { wrong, unread };
}

/** Every cell of the page read from the PDF's text, none wrong, and the page's own findings. */
function assertReadWhole(page: Pick<WordHtmlFixture, 'values' | 'html'>, text: string): void {
  const { wrong, unread } = compare(page, text);
  assert.deepEqual(wrong, []);
  assert.deepEqual(unread, []);
  assert.deepEqual(codes(text), codes(page.html));
}

const pages = [
  // Rows cut by page breaks in the browser's print, a header row among them; LibreOffice wraps the title.
  wordHtmlReport('2019', 1, { flavour: 'word' }),
  // The source wraps inside Chinese words (`政\n府`): LibreOffice prints a space there.
  wordHtmlReport('2021', 2, { flavour: 'word' }),
  // Numbers wider than their columns: `22028` and `45634` printed as one piece `2202845634`.
  wordHtmlReport('2021', 7, { flavour: 'cms' }),
  // LibreOffice cuts 表四's one row at a page break inside a number: `36` below, `1` over the page.
  wordHtmlReport('2021', 5, { flavour: 'word' }),
];

for (const page of pages) {
  test(`Chromium PDF of a Word/WPS/CMS page: every cell and the page's findings — ${describeFixture(page)}`, async () => {
    const text = await read(readFileSync(await browserPdf(page.html)));
    assert.equal(Boolean(parseReport(text).metadata.title), Boolean(parseReport(page.html).metadata.title), 'the title is found as on the page');
    assert.deepEqual(compare(page, text), { wrong: [], unread: [] });
    assert.deepEqual(codes(text), codes(page.html));
  });

  test(`LibreOffice PDF of a Word/WPS/CMS page: every cell and the page's findings — ${describeFixture(page)}`, async () => {
    const text = await read(readFileSync(libreOfficeConvert(Buffer.from(page.html, 'utf8'), 'html', 'pdf')));
    assert.equal(Boolean(parseReport(text).metadata.title), Boolean(parseReport(page.html).metadata.title), 'the title is found as on the page');
    assert.deepEqual(compare(page, text), { wrong: [], unread: [] });
    assert.deepEqual(codes(text), codes(page.html));
  });
}

test("Chrome's print dialog as it opens (date, address and 3/9 on every page): the running heads and feet are no report text", async () => {
  const page = pages[0]!;
  const text = await read(readFileSync(await browserDefaultPdf(page.html)));
  assert.ok(!/about:blank|\d+\/\d+\s*$/m.test(text), 'no address or page number left');
  assert.deepEqual(compare(page, text), { wrong: [], unread: [] });
  assert.deepEqual(codes(text), codes(page.html));
});

test('running heads and feet: the same line at the same height and place on most pages, numbers aside', () => {
  const page = (n: number, extra: string) => [
    { text: '12/5/26, 7:25 PM', y: 830, x: 60 },
    // Right-aligned: the middle moves with the number's digits.
    { text: `about:blank\t${n}/10`, y: 12, x: n < 10 ? 540 : 537 },
    { text: extra, y: 60, x: 300 },
  ];
  const furniture = repeatedLines([page(1, '第一段'), page(9, '第二段'), page(10, '第三段')]);
  assert.equal(furniture.size, 2);
  // One page has nothing to repeat; a line on one page of three is the report's own.
  assert.equal(repeatedLines([page(1, '')]).size, 0);
  assert.equal(repeatedLines([[{ text: '全年共收到申请 12 件', y: 60, x: 300 }], [], []]).size, 0);
});

test("a report's title centred atop its first page and its signature set right at the same height on a short last page are no running head (the matrix's our 2019-207, LibreOffice)", () => {
  const furniture = repeatedLines([
    [{ text: '武汉市江岸区人民政府', y: 778.989, x: 297 }],
    [{ text: '一、本年新收政府信息公开申请数量\t0\t0', y: 800.789, x: 250 }],
    [
      { text: '无。', y: 802.289, x: 70 },
      { text: '武汉市江岸区人民政府', y: 779.089, x: 470 },
    ],
  ]);
  assert.equal(furniture.size, 0);
  assert.equal(isFurniture(furniture, { text: '武汉市江岸区人民政府', y: 778.989, x: 297 }), false);
});

test("texts of narrow cells side by side that the PDF runs into one piece are cut at the rules between them (a browser's 7 pt 表三 header)", async () => {
  const page = fixture('2021', 6, true);
  const text = await read(readFileSync(await browserPdf(page.html)));
  assert.match(text, /^商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他$/m);
  assert.match(text, /^三、本年度办理结果\t（一）予以公开\t/m);
  // The row label spanning rows ends a few points above its last row on the next page: no thin row cut out of 表三.
  assert.match(text, /^（七）总计\t\d/m);
  assert.deepEqual(compare(page, text), { wrong: [], unread: [] });
  assert.deepEqual(codes(text), codes(page.html));
});

test("a narrow digit just right of a rule, on a page printed small (Chrome's dialog margins), is in its own cell", async () => {
  // Our 2021 page 6 with zeros left blank: printed with margins and running heads, the 其他 column
  // keeps under a point of padding, so its 0's middle lies within the rule tolerance of the
  // 法律服务机构 cell; read there, the row shifted and 3 cells were read as other numbers.
  const page = fixture('2021', 6, true);
  const { wrong, unread } = compare(page, await read(readFileSync(await browserDefaultPdf(page.html))));
  assert.deepEqual(wrong, []);
  assert.deepEqual(unread, []);
});

test("表四 under headers a group's header cell gives whole (`复议后起诉结果维持…尚未审结总计`): its end is no sub-row's label", async () => {
  // A fresh page (seeds 46-54, 2019 seed 50, a WPS page with split headers and every zero blank),
  // printed with Chrome's dialog margins: the header cell's last word 总计 fell in the row's stretch
  // and was read as a sub-row label, which left all 15 cells ambiguous.
  const page = wordFixtures(9, 46).find((f) => f.name.startsWith('word 2019 seed 50 '))!;
  const text = await read(readFileSync(await browserDefaultPdf(page.html)));
  assert.match(text, /尚未审结总计\n\n\t25\t46\t/);
  assertReadWhole(page, text);
});

test("a header row closed at a page's foot and a row of blank cells at the next page's head stay two rows (Chrome's dialog margins)", async () => {
  // A fresh page (seeds 100-108, 2019 seed 104, a WPS page with every zero blank): the page broke
  // 表二's （五） block between its header row and 行政许可, whose cells are all blank; the label
  // was joined to the header's 信息内容 as the rest of a cut row, and its three cells went unread.
  const page = wordFixtures(9, 100).find((f) => f.name.startsWith('word 2019 seed 104 '))!;
  const text = await read(readFileSync(await browserDefaultPdf(page.html)));
  assert.match(text, /信息内容\t上一年项目数量\t本年增\/减\t处理决定数量\n\n行政许可\t\t\t\n/);
  assertReadWhole(page, text);
});

test("a row whose label opens with its own enumerator (`（二）部分公开`) at the next page's head is a row of its own, though the browser drew no rule between it and the row before", async () => {
  // A fresh page (seeds 118-126, 2019 seed 125, a WPS page with every zero blank): Chrome broke
  // 表三 between （一）予以公开 (1, 2, 3) and （二）部分公开 (all blank) and drew the rule between them on
  // neither page; the second row was joined to the first as its rest, and the numbers went to （二）.
  const page = wordFixtures(9, 118).find((f) => f.name.startsWith('word 2019 seed 125 '))!;
  const text = await read(readFileSync(await browserPdf(page.html)));
  assert.match(text, /（一）予以公开\t1\t\t2\t\t\t\t3\n/);
  assert.match(text, /（二）部分公开（区分处理的，只计这一情形，不计其他情形）(\t)*\n/);
  assertReadWhole(page, text);
});

test("a label at the next page's head under a label whose last line stopped short of its cell's edge is a row of its own (Chrome's `行政许可` / `其他对外管理服务事项`)", async () => {
  // A fresh page (seeds 163-171, 2019 seed 170, a WPS page with every zero blank): Chrome broke
  // 表二（五） between 行政许可 (51, blank, 3) and an all-blank 其他对外管理服务事项, drawing the rule
  // between them on both pages; the columns being the same, the second row was joined to the first
  // as its rest, and 行政许可's numbers went to 其他对外管理服务事项.
  const page = wordFixtures(9, 163).find((f) => f.name.startsWith('word 2019 seed 170 '))!;
  const text = await read(readFileSync(await browserPdf(page.html)));
  assert.match(text, /\n行政许可\t51\t\t3\n/);
  assert.doesNotMatch(text, /行政许可其他对外管理服务事项/);
  assertReadWhole(page, text);
});

test("a page whose lines have no gap, after a page of a ruled table, is read for its rules: rows of blanks under labels one character per line", async () => {
  // A fresh page (seeds 172-180, 2019 seed 178, a Word page with every zero blank and Chrome's
  // narrow columns): the page after 重复申请 held only the rest of 要求提供公开出版物 and three rows
  // of blanks whose labels stood one character per line. No line had a gap between two pieces, so
  // the page was taken for running text and its rules were never asked for: 35 lines of single
  // characters, 表三's last rows lost and 重复申请's 56 read in other columns.
  const page = wordFixtures(9, 172).find((f) => f.name.startsWith('word 2019 seed 178 '))!;
  const text = await read(readFileSync(await browserPdf(page.html)));
  assert.match(text, /\n3\.要求提供公开出版物\t\t\t59\t/);
  assert.match(text, /\n5\.要求行政机关确认或重新出具已获取信息(\t)+\n（六）其他处理(\t)+\n/);
  assertReadWhole(page, text);
});

// LibreOffice cuts a row inside its wrapped label (`行政` and `91` at a page's foot, `许可` at the
// next page's head, a rule under each part); a header row at a page's foot and the next row of
// blank numbers at the next page's head stay two rows (held-out page and a page of seeds 1-9).
const cutLabel = [
  { name: 'a data row cut inside its label', page: wordFixtures(9, 10).filter((f) => f.format === '2021')[2]!, row: 'proactive.licensing.decisions' },
  { name: 'a header row, then a row of blanks', page: wordFixtures(9, 1).filter((f) => f.format === '2021')[2]!, row: 'proactive.licensing.decisions' },
  // A fresh page (seeds 163-171, 2019 seed 166): 表三's （一）予以公开 cut with its group label,
  // `三、` / `（一）予以` and the numbers at a page's foot, `本年度办理结果` (down four lines of its
  // narrow cell, spanning the rows below) / `公开` at the next page's head.
  { name: 'a data row cut inside its label and its group label', page: wordFixtures(9, 163).find((f) => f.name.startsWith('word 2019 seed 166 '))!, row: 'applications.granted.total' },
];
for (const { name, page, row } of cutLabel) {
  test(`LibreOffice PDF, ${name}: every cell as on the page`, async () => {
    const text = await read(readFileSync(libreOfficeConvert(Buffer.from(page.html, 'utf8'), 'html', 'pdf')));
    const { wrong, unread } = compare(page, text);
    assert.deepEqual(wrong, []);
    assert.deepEqual(unread, [], page.name);
    assert.ok(row in page.values);
  });
}

// Fresh pages of the matrix (seeds 199–207, first run on 7 December) the readers read short of whole.
const fresh199 = wordFixtures(9, 199);
const freshPage = (format: '2019' | '2021', seed: number) => fresh199.find((f) => f.format === format && f.name.includes(`seed ${seed} `))!;

test('LibreOffice PDF, held-out Word 2019 seed 202: a label spanning the group labels\' columns, cut by a page break (`四、结转下年度继续办` / `理`), gets its rest back though the next page\'s table has fewer columns', async () => {
  const page = freshPage('2019', 202);
  const text = await read(readFileSync(libreOfficeConvert(Buffer.from(page.html, 'utf8'), 'html', 'pdf')));
  assert.match(text, /\n四、结转下年度继续办理\t/);
  assertReadWhole(page, text);
});

test('Chromium PDF, held-out Word 2021 seed 200: a page that one tall row fills (one rule across it, the column rules cut at both page edges) is read as a table, and the row cut at its head gets its label\'s rest', async () => {
  const page = freshPage('2021', 200);
  const text = await read(readFileSync(await browserPdf(page.html)));
  assert.match(text, /\n5\.要求行政机关确认或重新出具已获取信息\t/);
  assertReadWhole(page, text);
});

test('LibreOffice PDF, held-out Word 2021 seed 206: a one-line label full to its narrow cell\'s edge, cut by a page break (`行政` / `事业` `性收` `费`, every other cell of the rest blank), gets its rest of three lines back: no false row-missing', async () => {
  const page = freshPage('2021', 206);
  const text = await read(readFileSync(libreOfficeConvert(Buffer.from(page.html, 'utf8'), 'html', 'pdf')));
  assert.match(text, /\n行政事业性收费\t264\n/);
  assertReadWhole(page, text);
});

test("LibreOffice PDF, held-out our 2019-207: the title atop the first page and the signature at the same height on the short last page are kept (not a running head), so the body's name is read", async () => {
  const page = fixtures(9, 199).find((f) => f.name === '2019-207')!;
  assert.ok(page, 'the matrix page');
  const text = await read(readFileSync(libreOfficeConvert(Buffer.from(page.html, 'utf8'), 'html', 'pdf')));
  assert.match(text, /^武汉市江岸区人民政府\n/);
  assert.deepEqual(codes(text), codes(page.html));
});

test("Chrome with headers, held-out CMS 2021 seed 214: a group label wrapping at a page's foot (`（四）无` / `法提供`) whose rest Chrome paints below the last rule of its open-bottomed column belongs to the cell, so the row of blanks beside it reads as blanks", async () => {
  const page = wordFixtures(9, 208).find((f) => f.format === '2021' && f.name.includes('seed 214 '))!;
  const text = await read(readFileSync(await browserDefaultPdf(page.html)));
  assert.match(text, /\n（四）无法提供\t1\.本机关不掌握相关政府信息\t/);
  assert.doesNotMatch(text, /^法提供$/m);
  assertReadWhole(page, text);
});
