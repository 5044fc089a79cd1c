// pdftotext -layout of a CMS page whose zeros are left blank: 表三's rows stay unread (which
// column each number stands in is beyond knowing: the page fits hundreds of whole tables), but a
// row whose numbers, all on its own line, end in their sum gives its total, and the cells every
// whole table agrees on are read (layoutColumnsRelations.ts); its other cells are missing, not
// blank, and the table is still one table-unreadable. On Chromium's PDF of the matrix's Word 2021
// seed 4 page.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { checkReport, modelCells, parseReport } from '../../../server/src/core';
import { TOOLS, wordFixtures } from '../../accuracy/matrix';
import { closeBrowser } from '../../support/browser';
import { UNKNOWN_CELL } from '../../../server/src/core/grid/canonical';
import { renderReport } from '../../support/render';
import { mulberry32 } from '../../support/rng';
import { randomConsistentValues } from '../../support/values';

after(() => closeBrowser());

const page = () => {
  const p = wordFixtures(9).find((f) => f.name.startsWith('word 2021 seed 4 '));
  assert.ok(p, 'the matrix page');
  return p;
};

/** 表三's rows: per row, the total's status and value, and the other cells' statuses. */
function applications(text: string) {
  const table = parseReport(text).tables.find((t) => t.id === 'applications');
  assert.ok(table, '表三 found');
  return new Map(
    table.rows.map((r) => {
      const total = r.cells[r.cells.length - 1]!;
      return [r.id, { total: total.status === 'ok' ? total.value : total.status, others: new Set(r.cells.slice(0, -1).map((c) => c.status)), incomplete: Boolean(r.incomplete) }];
    }),
  );
}

test('Chromium -layout, CMS page with every zero blank: 表三 totals read where a row ends in its sum, the other cells missing, one table-unreadable', async () => {
  const p = page();
  const text = await TOOLS['chromium PDF pdftotext -layout']!(p.html);
  assert.match(text, /（一）予以公开 +99 +2 +101\n/, 'the row as pdftotext lays it out: the blank cells leave no trace');
  const rows = applications(text);
  // The page: _ 99 _ 2 _ _ 101. Its first cell is blank in every whole table; which of the next
  // columns 99 and 2 stand in is not known.
  const granted = rows.get('granted')!;
  assert.deepEqual(granted, { total: 101, others: new Set(['empty', 'missing']), incomplete: true });
  // Every total read is the page's; the totals of rows with numbers are all read here.
  let read = 0;
  for (const [id, r] of rows) {
    const expected = p.values[`applications.${id}.total`];
    if (typeof r.total === 'number') {
      assert.equal(r.total, expected, id);
      read++;
    }
  }
  assert.ok(read >= 15, `totals read: ${read}`);
  // No cell read wrong, no blank claimed for a cell the page fills; of 表三's 175 cells, 69 are
  // certain (totals, rows of blanks, and what every whole table agrees on).
  let certain = 0;
  for (const cell of modelCells(parseReport(text))) {
    if (cell.status === 'ok') assert.equal(cell.value, p.values[cell.key] ?? 0, cell.key);
    if (cell.status === 'empty') assert.equal(p.values[cell.key] ?? null, null, cell.key);
    if (cell.key.startsWith('applications.') && (cell.status === 'ok' || cell.status === 'empty')) certain++;
  }
  assert.equal(certain, 69);
  const findings = checkReport(parseReport(text), text);
  const about = (code: string) => findings.filter((f) => f.code === code && (f.data as { table?: string } | undefined)?.table === 'applications').length;
  assert.equal(about('table-unreadable'), 1);
  // The finding says the totals read are checked, the rest not.
  const message = findings.find((f) => f.code === 'table-unreadable' && (f.data as { table?: string }).table === 'applications')!.message;
  assert.match(message, /其中 \d+ 行读出了可以确定的数字（如总计），这些数字参与核对，其余各格不参与/);
  assert.equal(about('cell-missing'), 0, 'the unread rows are the table-unreadable finding, not one finding each');
});

test('a row whose last number is not the sum of the others, or whose numbers stand on another line too, gives no total', async () => {
  const text = await TOOLS['chromium PDF pdftotext -layout']!(page().html);
  const wrongSum = text.replace(/(（一）予以公开 +99 +2 +)101\n/, '$1102\n');
  assert.notEqual(wrongSum, text);
  assert.deepEqual(applications(wrongSum).get('granted'), { total: 'missing', others: new Set(['missing']), incomplete: true });
  // A number on a line of its own right below the row: the row may have more numbers than its line shows.
  const spread = text.replace(/(（一）予以公开 +99 +2 +101\n)/, '$1                                              7\n');
  assert.notEqual(spread, text);
  assert.equal(applications(spread).get('granted')!.total, 'missing');
});

test("a cell of unknown content in a grid's canonical text is missing, and makes its row incomplete; a blank cell beside it stays blank", () => {
  const values = randomConsistentValues('2021', mulberry32(11));
  const text = renderReport({ format: '2021', values, metadata: { bodyName: '某某县人民政府办公室', year: 2021 }, rendering: 'tab-rows', seed: 2, noise: false }).text;
  const row = /^.*（一）予以公开\t.*$/m.exec(text);
  assert.ok(row, 'the row in TAB form');
  // Its first two numbers: the first of unknown content, the second blank.
  const edited = row[0].replace(/\t\d+\t\d+\t/, `\t${UNKNOWN_CELL}\t\t`);
  assert.notEqual(edited, row[0]);
  const granted = parseReport(text.replace(row[0], edited)).tables.find((t) => t.id === 'applications')!.rows.find((r) => r.id === 'granted')!;
  assert.deepEqual(
    granted.cells.slice(0, 2).map((c) => [c.status, c.text]),
    [['missing', ''], ['empty', '']],
  );
  assert.deepEqual(granted.incomplete, { expected: 7, found: 6 });
  assert.equal(granted.cells[6]!.value, values['applications.granted.total']);
});

test('rows with no number between two rows found are rows of blanks, where no line between them holds a number', async () => {
  const p = page();
  const text = await TOOLS['chromium PDF pdftotext -layout']!(p.html);
  const blank = ['denied-state-secret', 'denied-internal-affairs', 'unavailable-needs-creation', 'rejected-publication', 'rejected-confirmation'];
  for (const id of blank) assert.ok(Object.entries(p.values).every(([k, v]) => !k.startsWith(`applications.${id}.`) || v === null), `${id} is blank on the page`);
  const statuses = (t: string, id: string) => {
    const row = parseReport(t).tables.find((x) => x.id === 'applications')?.rows.find((r) => r.id === id);
    return row ? [...new Set(row.cells.map((c) => c.status))] : 'not found';
  };
  for (const id of blank) assert.deepEqual(statuses(text, id), ['empty'], id);
  // A number on a line of its own under 1.属于国家秘密: that row may hold it, so it is not read blank.
  const numbered = text.replace(/(1\.属于国家秘密\n)/, '$1                                              3\n');
  assert.notEqual(numbered, text);
  assert.notDeepEqual(statuses(numbered, 'denied-state-secret'), ['empty']);
  assert.deepEqual(statuses(numbered, 'denied-internal-affairs'), ['empty'], 'rows elsewhere still read blank');
});

test('LibreOffice -layout, a row centred over two lines: its total is the largest number where that is the sum of the others, the block cut one way only', async () => {
  const p = page();
  const text = await TOOLS['LibreOffice PDF pdftotext -layout']!(p.html);
  // 一、's numbers on the line above its label and on the label's line, out of column order.
  assert.match(text, / +162 +497 +7096\n一、本年新收政府信息公开申请数量 +252 +6185\n/);
  const rows = applications(text);
  for (const id of ['new', 'carried-over', 'granted', 'partially-granted']) {
    assert.equal(rows.get(id)!.total, p.values[`applications.${id}.total`], id);
    assert.deepEqual(rows.get(id)!.others, new Set(['missing']), id);
  }
  for (const cell of modelCells(parseReport(text))) if (cell.status === 'ok') assert.equal(cell.value, p.values[cell.key] ?? 0, cell.key);
});

test('a block whose rows of zeros could take a neighbour row\u2019s numbers is cut two ways: neither row is read', async () => {
  // LibreOffice's PDF of the matrix's Word 2021 seed 7 page: 4.保护第三方合法权益 holds zeros only
  // (its total blank), and 5.属于三类内部事务信息's numbers stand on the line above its label, so
  // they fit either row; taken for the first, 39 would be a wrong total and the second a wrong blank row.
  const p = wordFixtures(9).find((f) => f.name.startsWith('word 2021 seed 7 '))!;
  const text = await TOOLS['LibreOffice PDF pdftotext -layout']!(p.html);
  assert.match(text, /4\.保护第三方合法权益 +0 +0\n.*\n.*\n +39 +0 +0 +39\n +5\.属于三类内部事务信息\n/);
  const rows = applications(text);
  assert.equal(p.values['applications.denied-third-party.total'], null);
  assert.notEqual(rows.get('denied-third-party')?.total, 39);
  assert.notDeepEqual(rows.get('denied-internal-affairs')?.others, new Set(['empty']));
  for (const cell of modelCells(parseReport(text))) if (cell.status === 'ok') assert.equal(cell.value, p.values[cell.key] ?? 0, cell.key);
});
