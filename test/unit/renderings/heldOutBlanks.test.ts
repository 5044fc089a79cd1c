// Held-out pages (seeds 10–27 and 46–54 of the matrix, no rendering developed on them) whose blank cells
// left little or no trace: pandoc over a CMS page whose `<td>`s are never closed writes each cell as
// a paragraph (`&nbsp;` a paragraph of a space, `<td></td>` nothing), and LibreOffice's text of a
// CMS page writes a row's trailing blank cells into the gap before the next label. Each page is
// judged as the matrix judges it: every cell its text determines read right, the findings the
// page's own (those about cells the text cannot place left out on both sides).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { fixtures, judged, score, wordFixtures } from '../../accuracy/matrix';
import { withBlankLineCells } from '../../../server/src/core/parse/blankLineCells';
import { modelCells, parseReport, ReportParser } from '../../../server/src/core';
import { htmlToTextWith } from '../../support/tools';
import { closeBrowser } from '../../support/browser';

// The Chromium routes (copy, print to PDF) start a browser: closed, or the file's process never ends.
after(() => closeBrowser());

// Seeds 46–54, 55–63, 73–108, 136–144, 154–162, 163–171, 271–279, 298–306 and 334–369: fresh pages, each group first run after the last change to these renderings (6 and 7 December 2026).
const held = [10, 19, 46, 55, 73, 82, 91, 100, 136, 154, 163, 271, 298, 334, 343, 352, 361].flatMap((first) => wordFixtures(9, first));
// Our own pages with blanks, seeds 73–81, 100–108, 172–180, 181–189 and 370–378.
const ours = [...fixtures(9, 73), ...fixtures(9, 100), ...fixtures(9, 172), ...fixtures(9, 181), ...fixtures(9, 370)];
const page = (seed: number, format: '2019' | '2021', our = false) =>
  our ? ours.find((f) => f.name === `${format}-${seed}-blanks`)! : held.find((f) => f.format === format && f.name.includes(`seed ${seed} `))!;

const cases = [
  { tool: 'pandoc gfm', seed: 24, format: '2019', why: 'unclosed <td>: the rows placed by the relations, blanks every placement leaves read as blank' },
  { tool: 'pandoc gfm', seed: 10, format: '2021', why: 'one-column rows of a single line of spaces, and a row ending in one, are blank cells a paragraph apart' },
  { tool: 'lynx', seed: 10, format: '2021', why: 'labels with nothing after them in a table that drops its blank cells are rows of blanks' },
  { tool: 'pandoc plain', seed: 27, format: '2019', why: 'unclosed <tr>, every zero blank: a label followed by fewer lines of spaces than cells is a row of blanks' },
  { tool: 'LibreOffice text', seed: 21, format: '2019', why: 'a row of zeros whose last two cells are blank, written into the gap before the next label' },
  { tool: 'LibreOffice text', seed: 24, format: '2019', why: 'no row of 表三 written whole: the row gap learnt from rows whose blank lines fill them' },
  { tool: 'lynx', seed: 22, format: '2019', why: "表四's one row ending in five blank cells, the table's last row: a line each before the next heading" },
  { tool: 'lynx', seed: 17, format: '2021', why: "表三's last row ending in three blank cells, before the next section" },
  { tool: 'lynx', seed: 10, format: '2019', why: "表二's last row, its amount blank, before the next section" },
  { tool: 'pandoc gfm', seed: 27, format: '2021', why: "a heading in a <span> on a line of its own: its opening tag (font-size:16.0000pt) stays with it, not a row under 表三's last label" },
  { tool: 'lynx', seed: 13, format: '2021', why: "a CMS page's 表二 ending in a label with nothing after it, the next section's heading next: a blank row, not one cut short" },
  { tool: 'lynx', seed: 47, format: '2021', why: "no row of 表三 written whole: the row gap every short row implies (the table's last row aside, a line further from the table's end) places each row's trailing blanks" },
  { tool: 'LibreOffice text', seed: 60, format: '2019', why: "a row ending in <td></td> before a group's next label: a line short of the gap between sibling rows, its last blank cells ran into it" },
  { tool: 'chromium copy', seed: 73, format: '2021', why: "表四's row of bare cells whose last cell alone holds a paragraph (`…\t76\t` / blank / `76`): one row, not a row a cell short" },
  { tool: 'chromium copy', seed: 84, format: '2019', why: "表四's row of bare cells right after its headers' line, one cell in the middle a paragraph (`&nbsp;\t0\t` / blank / `29` / blank / `\t69…`): one row" },
  { tool: 'LibreOffice text', seed: 88, format: '2021', why: "表四's row, the table's last, ending in four no-break spaces and an empty line right before the next heading: LibreOffice writes nothing between a table and what follows, so those five lines are its last five cells" },
  { tool: 'pandoc gfm', seed: 73, format: '2021', why: "表二's last row, its one cell `<td></td>`: the label, then the next heading a row's gap away, is a blank row" },
  { tool: 'pandoc plain', seed: 73, format: '2021', why: "表二's last row, its one cell `<td></td>`: the label, then the next heading a row's gap away, is a blank row" },
  { tool: 'lynx', seed: 86, format: '2019', why: "表四, a table of one row, every zero blank: no second row to learn the cells' spacing from, the one gap that makes its row exactly fifteen cells is the table's" },
  { tool: 'chromium copy', seed: 94, format: '2019', why: "表二's （八） block, two rows of three cells (four TAB separators): a table of the copy, its `&nbsp;` cell a blank and its -1975 the change" },
  { tool: 'pandoc gfm', seed: 78, format: '2019', why: "表二's （八）（九） rows on a pipe grid as wide as the table (`44 |  | `): a spanned blank's empty cells, whichever is dropped, leave the same row" },
  { tool: 'pandoc gfm', seed: 106, format: '2021', why: "unclosed <td>, 表四's row a `<td></td>` short among `&nbsp;` paragraphs: weighed with its blanks and the lost cell as 0, the groups' sums leave the lost cell to the first group, and every other cell is read" },
  { tool: 'pandoc plain', seed: 106, format: '2021', why: "unclosed <td>, 表四's row a `<td></td>` short among `&nbsp;` paragraphs: weighed with its blanks and the lost cell as 0, the groups' sums leave the lost cell to the first group, and every other cell is read" },
  { tool: 'LibreOffice PDF pdftotext -layout', seed: 106, format: '2021', our: true, why: "rows with a blank whose 0s stand two columns off their neighbours' (`予公` of the group label on the line pushes the first): placed by the full rows just above and below, which agree" },
  { tool: 'lynx', seed: 80, format: '2019', our: true, why: 'a row a blank short whose columns hold blanks further down, weighed with those blanks as 0: the cells every place left agrees on are read' },
  { tool: 'lynx', seed: 50, format: '2019', why: "a WPS page's 表四 ending in five blank cells: the table ends where the next cell would stand (no extra line, as Word's), its last cells blank where its three totals then hold" },
  { tool: 'lynx', seed: 154, format: '2021', why: "a CMS page's 行政许可, its cell `<td></td>`, then the next caption on the line below: running text writes nothing for the cell and the cells' spacing says nothing, so the label with the next label right after it is a blank row" },
  { tool: 'lynx', seed: 139, format: '2021', why: "a CMS page's 行政许可 and 行政事业性收费, each followed by a blank line and the next caption or heading: rows of blanks" },
  { tool: 'pandoc plain', seed: 159, format: '2019', why: "unclosed <td>, 表四's row with no two values neighbours (`&nbsp;` / `2` / `&nbsp;` / `2` …, three `<td></td>` lost): the paragraphs of spaces set the cells two lines apart, and the cells every placement agrees on are read" },
  { tool: 'pandoc gfm', seed: 159, format: '2019', why: "unclosed <td>, 表四's row with no two values neighbours (`&nbsp;` / `2` / `&nbsp;` / `2` …, three `<td></td>` lost): the paragraphs of spaces set the cells two lines apart, and the cells every placement agrees on are read" },
  { tool: 'pandoc gfm', seed: 154, format: '2019', why: "the title, body and signature date kept in <span style=…> tags: the body and the date read as the page's (the publication-deadline finding the page has)" },
  ...(['html (reader)', 'w3m', 'links', 'chromium copy', 'pandoc plain', 'lynx', 'LibreOffice text'] as const).map(
    (tool) => ({ tool, seed: 168, format: '2021', why: "a WPS page's 表四 with every cell `&nbsp;`: a row of blank cells under its headers, not a table with no row" }) as const,
  ),
  { tool: 'lynx', seed: 274, format: '2019', why: "表二's （八）行政事业性收费 `8` and （九）政府集中采购 `87`, each a blank cell short, fit cells a line apart better than the two lines between 规章's `0` `0` `57`: a row written whole sets the spacing, and the table's last row ends in its blank amount" },
  { tool: 'chromium copy', seed: 304, format: '2021', why: "a CMS page's 规章, every zero blank, its middle cell a paragraph (`规章\\t&nbsp;\\t` / blank / `11755` / blank / `\\t&nbsp;`) in a table with no row written whole: the written-out blanks at its ends are cells, not a TAB row's padding" },
  { tool: 'chromium copy', seed: 165, format: '2019', why: "a CMS page with unclosed <tr>: 规章's bare cells beside a paragraph (`规章\\t&nbsp;\\t\\t` / blank / `46`) keep the run of rows going, so 表二 is read as one table" },
  ...(['pandoc gfm', 'pandoc plain'] as const).map(
    (tool) => ({ tool, seed: 165, format: '2019', why: "a CMS page with unclosed <tr>: 规章 a `&nbsp;` paragraph and `46`, its `<td></td>` lost; every place of the lost cell leaves the same cells, so the row is read whole with no cell-missing" }) as const,
  ),
  { tool: 'LibreOffice PDF pdftotext -layout', seed: 180, format: '2021', our: true, why: "（一）予以公开 a blank short, set as 新收 and 结转 above it while the rows below stand otherwise: placed by the full row above, each of its numbers starting exactly at that row's columns, the row below placing it nowhere" },
  { tool: 'chromium PDF pdftotext -layout', seed: 188, format: '2019', our: true, why: "上年结转's zeros, one blank, placed by the page's one full row: by its starts 其他's 0 and 总计's 9552 run together (73, 75), which tells nothing; its ends and centres place the row alike" },
  ...(['pandoc gfm', 'pandoc plain'] as const).flatMap((tool) =>
    ([334, 343] as const).map(
      (seed) =>
        ({ tool, seed, format: '2021', why: "a CMS page with unclosed <td>, every zero blank: a 表二 row of `&nbsp;` and one number, its `<td></td>` lost, takes part in no relation; wherever the lost cell stood, its first cell is blank, and that cell is read" }) as const,
    ),
  ),
  { tool: 'chromium copy', seed: 355, format: '2021', why: "a CMS page's 行政规范性文件, its middle cell a paragraph (`行政规范性文件\t\t` / blank / `2` / blank / `\t20038`), in a table with no row written whole: the empty cell between the two TABs after its label is a cell, not a TAB row's padding" },
  { tool: 'lynx', seed: 362, format: '2021', why: "a Word page's 表四, every zero blank, its `824`s in the second and fifth columns: no value in the last column to fit a gap by, the one gap that ends the table a line past where the cell after its last column would stand (cells two lines apart) reads the row, ten blank cells after the second `824`" },
  { tool: 'lynx', seed: 102, format: '2021', why: "a WPS page's 表四 ending in five blank cells: the table ends where the next cell would stand (no extra line, as Word's), its last cells blank where its three totals then hold" },
  { tool: 'lynx', seed: 378, format: '2019', our: true, why: "2.没有现成信息需要另行制作 a cell short, its blank 自然人 right after the label leaving no line, in a 表三 whose other rows' blanks lynx left as lines: the lost cell is a blank one, placed by the sums (cell-empty, not cell-missing)" },
] as const;

for (const c of cases) {
  const our = 'our' in c && c.our;
  test(`${c.tool}, held-out ${our ? 'our ' : ''}${c.format} seed ${c.seed}: ${c.why}`, async () => {
    const p = page(c.seed, c.format, our);
    assert.ok(p, `no held-out page ${c.format} seed ${c.seed}`);
    const s = await score(c.tool, [p]);
    assert.equal(s.wrong, 0, s.failures.join('\n'));
    assert.equal(s.reproduced, judged(s), s.failures.slice(0, 10).join('\n'));
    assert.equal(s.sameFindings, 1, s.failures.join('\n'));
  });
}

test('a label followed only by lines of spaces a cell apart, fewer than its columns, is a row of that many empty cells at their lines', () => {
  const lineStart = (line: number) => line * 10;
  const value = (text: string, line: number) => ({ kind: 'value' as const, from: line * 10, to: line * 10 + text.length, text, line, splittable: false });
  // Cells every second line (paragraphs); the row's three cells: two `&nbsp;` lines, one lost.
  const complete = { tokens: [value('1', 2), value('2', 4), value('3', 6)], labelLine: 0, endLine: 8, columns: 3 };
  const spaces = new Set([10, 12]);
  const blanks = { tokens: [], labelLine: 8, endLine: 14, columns: 3 };
  const outOfStep = { tokens: [], labelLine: 14, endLine: 20, columns: 3 };
  const last = { tokens: [value('4', 22), value('5', 24), value('6', 26)], labelLine: 20, endLine: 28, columns: 3 };
  const [, b, c] = withBlankLineCells([complete, blanks, outOfStep, last], (l) => spaces.has(l) || l === 15, lineStart);
  assert.deepEqual(b!.map((t) => [t.kind, t.from]), [['empty', 100], ['empty', 120]], 'one empty cell per line of spaces, at its line');
  assert.deepEqual(c, [], 'a line of spaces out of step with the cells says nothing');
});

test('lynx, held-out Word 2019 seed 22: a row whose last cell is a blank paragraph leaves one blank line more before the next label, and is read with it', async () => {
  const p = page(22, '2019');
  const text = await htmlToTextWith('lynx', p.html);
  assert.match(text, /500\n\n\n +行政强制/, 'lynx still writes the blank paragraph as a blank line before the next label');
  const cells = new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));
  const row = ['previous-items', 'change', 'decisions'].map((c) => cells.get(`proactive.penalties.${c}`));
  assert.deepEqual(row.map((c) => (c?.status === 'ok' ? c.value : c?.status)), [85, 500, 'empty']);
  assert.deepEqual(['previous-items', 'change', 'decisions'].map((c) => p.values[`proactive.penalties.${c}`]), [85, 500, null], 'the page itself');
});

test('LibreOffice text, held-out Word 2021 seed 19: the last row of 表二 with its one cell blank, before the next section, is a blank cell; with the rest of the report cut off, it is no longer known', async () => {
  const p = page(19, '2021');
  const text = await htmlToTextWith('lo-text', p.html);
  assert.match(text, /行政事业性收费\n\n三、/, 'LibreOffice still writes the blank cell as an empty line before the next section');
  const fees = (model: ReturnType<typeof parseReport>) => modelCells(model).find((c) => c.key === 'proactive.fees.amount')?.status;
  assert.equal(fees(parseReport(text)), 'empty', 'a block before a heading is followed by more of the report');
  // Cut right after that empty line, as a text cut short would be: the line may be no cell.
  const cut = text.slice(0, text.indexOf('三、', text.indexOf('行政事业性收费')));
  assert.notEqual(fees(parseReport(cut)), 'empty');
  // An edit that cuts the rest off reads as the cut text does (the block's result depends on what follows it).
  const parser = new ReportParser();
  parser.parse(text);
  assert.deepEqual(parser.applyChanges([{ start: cut.length, end: text.length, text: '' }]), parseReport(cut));
});

test("a table's last row written a cell per paragraph, short of cells: its last cells are blank only where the lines before the next text are exactly one each more than the table's end (or the next cell's place, the row's sums holding)", () => {
  const value = (text: string, line: number) => ({ kind: 'value' as const, from: line * 10, to: line * 10 + text.length, text, line, splittable: false });
  // 表四's one row: cells two lines apart, a blank cell within the row one line more; a table
  // ends three lines after its last cell, each blank cell at its end one line more.
  const read = (endLine: number, followed = true) =>
    withBlankLineCells([{ tokens: [value('4', 2), value('5', 5)], labelLine: 0, endLine, columns: 5, followed }]).map((row) => row.map((t) => t.kind))[0];
  assert.deepEqual(read(10), ['value', 'empty', 'value', 'empty', 'empty'], 'two lines more than the end of a table: two blank cells');
  assert.deepEqual(read(9), ['value', 'value'], 'one line short: a cell within the row may have left no trace; nothing is placed');
  // One line short is also how a WPS page's table ends: the last cells blank where the row's own sums then hold.
  const atStep = (holds: boolean) =>
    withBlankLineCells([{ tokens: [value('4', 2), value('5', 5)], labelLine: 0, endLine: 9, columns: 5, followed: true }], () => false, undefined, false, (_, cells) => holds && cells.length === 5)[0]!.map((t) => t.kind);
  assert.deepEqual(atStep(true), ['value', 'empty', 'value', 'empty', 'empty'], 'the sums hold: the last two cells blank');
  assert.deepEqual(atStep(false), ['value', 'value'], 'the sums fail: a cell within the row may have left no trace; nothing is placed');
  assert.deepEqual(read(11), ['value', 'value'], 'a line too many says nothing either');
  assert.deepEqual(read(10, false), ['value', 'value'], 'not where the text ends after the row (cut short)');
});

test('a row written whole, a cell every two lines, sets the spacing even where rows short of cells would fit one line better', () => {
  const value = (text: string, line: number) => ({ kind: 'value' as const, from: line * 10, to: line * 10 + text.length, text, line, splittable: false });
  const rows = [
    // 规章 0 0 57: three cells two lines apart, every column filled.
    { tokens: [value('0', 2), value('0', 4), value('57', 6)], labelLine: 0, endLine: 8, columns: 3, followed: true },
    // Two rows of two columns, each one value short; a gap of one line would make each `blank, value`.
    { tokens: [value('8', 10)], labelLine: 8, endLine: 13, columns: 2, followed: true },
    { tokens: [value('87', 15)], labelLine: 13, endLine: 19, columns: 2, followed: true },
  ];
  const kinds = withBlankLineCells(rows).map((row) => row.map((t) => (t.kind === 'value' ? t.text : t.kind)));
  assert.deepEqual(kinds[1], ['8', 'empty'], "a blank cell's line before the next label: the value first, the blank after it");
  assert.deepEqual(kinds[2], ['87', 'empty'], "the table's last row, a line more before the next text: the value first, the blank after it");
  // Without the whole row the two short rows agree on a line a cell, and the empty lines of a
  // dump spaced so are no cells: nothing is placed.
  assert.deepEqual(withBlankLineCells(rows.slice(1)).map((row) => row.map((t) => t.kind))[0], ['value']);
});

test("lynx, held-out Word 2021 seed 13: 表二's last label with nothing after it is a blank row while the next section follows, and unread (its cell missing, not empty) where the text ends there", async () => {
  const p = page(13, '2021');
  const text = await htmlToTextWith('lynx', p.html);
  const fees = (t: string) => {
    const table = parseReport(t).tables.find((x) => x.id === 'proactive');
    const row = table?.rows.find((r) => r.id === 'fees');
    return { incomplete: Boolean(row?.incomplete), cells: row?.cells.map((c) => c.status) };
  };
  assert.equal(p.values['proactive.fees.amount'], null, 'the page leaves the fee blank');
  assert.match(text, /行政事业性收费\n\n +三、收到和处理/, 'lynx writes the label, a blank line, the next heading');
  assert.deepEqual(fees(text), { incomplete: false, cells: ['empty'] });
  const cut = text.slice(0, text.indexOf('行政事业性收费') + '行政事业性收费'.length) + '\n';
  // Unread, its cell is not known to be blank either: no cell of a row left incomplete is read.
  assert.deepEqual(fees(cut), { incomplete: true, cells: ['missing'] }, 'cut short after the label: nothing says the cell is blank');
});
