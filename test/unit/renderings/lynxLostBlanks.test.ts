// lynx's dump of a CMS page drops an empty `<td></td>` (and a `<p></p>` cell) without a trace, so
// rows lose several cells with no sign of where. The lost cells are blank: every placement of
// them is weighed with the relations as blank cells, a cell read only where every placement the
// relations leave agrees — never a number in another column.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { modelCells, parseReport } from '../../../server/src/core';
import { TOOLS, wordFixtures } from '../../accuracy/matrix';

test('lynx: rows of a CMS page that lost several blank cells are read where the relations place them', async () => {
  const page = wordFixtures(1, 4).find((f) => f.format === '2021')!;
  const text = await TOOLS['lynx']!(page.html);
  const cells = new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));
  const wrong = Object.entries(page.values).flatMap(([key, expected]) => {
    const c = cells.get(key);
    // Missing or ambiguous (several placements fit every relation): said so, not read as another.
    if (!c || c.status === 'missing' || c.status === 'ambiguous') return [];
    const right = expected === null ? c.status === 'empty' : c.status === 'ok' && c.value === expected;
    return right ? [] : [`${key}: ${expected} read as ${c.status} ${c.text}`];
  });
  assert.deepEqual(wrong, [], 'no cell read as another');
  // Rows whose every cell is blank (the label, then nothing but the next row's): blank cells.
  const blankRows = ['denied-state-secret', 'denied-internal-affairs', 'rejected-publication'].filter((row) =>
    Object.entries(page.values).every(([k, v]) => !k.startsWith(`applications.${row}.`) || v === null),
  );
  assert.ok(blankRows.length > 0, 'the page has rows whose cells are all blank');
  for (const row of blankRows) {
    const statuses = [...cells.values()].filter((c) => c.key.startsWith(`applications.${row}.`)).map((c) => c.status);
    assert.deepEqual(statuses, Array(7).fill('empty'), row);
  }
  // Rows with two values and five lost blanks: the total is the last column whichever cells the
  // values are, so it is read; the values' columns are not known.
  const totals = ['granted', 'other-other', 'rejected-complaint'].map((row) => [row, cells.get(`applications.${row}.total`)?.value]);
  assert.deepEqual(totals, ['granted', 'other-other', 'rejected-complaint'].map((row) => [row, page.values[`applications.${row}.total`]]));
});

test('lynx: in a table that drops blank cells, a row that lost one is weighed with it blank too', async () => {
  // 2021 seed 7, a CMS page with some zeros left blank: 表三's 予以公开 row lost its two `<td></td>`
  // cells, and only the column balances place them — which needs the rows that lost one cell
  // (weighed blank) to take part in those balances.
  const page = wordFixtures(1, 7).find((f) => f.format === '2021')!;
  const text = await TOOLS['lynx']!(page.html);
  const cells = modelCells(parseReport(text));
  const wrong = cells.filter((c) => {
    const expected = page.values[c.key];
    if (expected === undefined || c.status === 'missing') return false;
    return expected === null ? c.status !== 'empty' : c.status !== 'ok' || c.value !== expected;
  });
  assert.deepEqual(wrong.map((c) => c.key), [], 'no cell read as another');
  const granted = cells.filter((c) => c.key.startsWith('applications.granted.'));
  assert.deepEqual(
    granted.map((c) => (c.status === 'empty' ? null : c.value)),
    granted.map((c) => page.values[c.key]),
  );
  assert.ok(granted.filter((c) => c.status === 'empty').length >= 2, 'the lost cells are read as blank');
});

/** Cells of a page read as another value (missing and ambiguous cells say so and are not). */
function readAsAnother(values: Record<string, number | null>, text: string): string[] {
  const cells = new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));
  return Object.entries(values).flatMap(([key, expected]) => {
    const c = cells.get(key);
    if (!c || c.status === 'missing' || c.status === 'ambiguous') return [];
    const right = expected === null ? c.status === 'empty' : c.status === 'ok' && c.value === expected;
    return right ? [] : [`${key}: ${expected} read as ${c.status} ${c.text}`];
  });
}

test('lynx: a CMS page whose every zero is blank is placed by the spaces it leaves and by all the relations together', async () => {
  // 2021 seed 3: every zero a blank cell, `&nbsp;` or `<td></td>`; cells in `<p>` on lines of
  // their own. Blank lines that are no cells once made 其他处理 2. read 194 under 科研机构 (it is
  // 社会公益组织's); no row of 表三 is complete, so the column sums alone must place the rows.
  const page = wordFixtures(1, 3).find((f) => f.format === '2021')!;
  const text = await TOOLS['lynx']!(page.html);
  assert.deepEqual(readAsAnother(page.values, text), [], 'no cell read as another');
  const cells = new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));
  const applications = Object.keys(page.values).filter((k) => k.startsWith('applications.'));
  const read = applications.filter((k) => {
    const c = cells.get(k)!;
    return page.values[k] === null ? c.status === 'empty' : c.status === 'ok' && c.value === page.values[k];
  });
  assert.equal(read.length, applications.length, '表三 read whole');
  assert.equal(cells.get('applications.other-no-fee.social-welfare')?.value, 194);
});

test('lynx: a row with more placements than are listed is placed by the spaces it leaves, never by the listed ones alone', async () => {
  // 2021 seed 17: 表四's one row lost four `&nbsp;` cells of fifteen (1365 placements, more than
  // are listed): the relations once chose among the first listed ones and moved 85 a column left.
  // The indentation and runs of spaces lynx leaves for three of the `&nbsp;` cells narrow them;
  // the fourth left nothing (a line's end), and 复议 and 直接起诉 then fit every relation either
  // way (all zeros shift by one with it): not read. 复议后起诉 is placed the same in both.
  const page = wordFixtures(1, 17).find((f) => f.format === '2021')!;
  const text = await TOOLS['lynx']!(page.html);
  assert.deepEqual(readAsAnother(page.values, text), [], 'no cell read as another');
  const cells = new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));
  const after = ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `appeals.cases.after-review-${c}`);
  assert.deepEqual(
    after.map((k) => (cells.get(k)?.status === 'empty' ? null : cells.get(k)?.value)),
    after.map((k) => page.values[k]),
  );
  assert.notEqual(cells.get('appeals.cases.direct-corrected')?.status, 'ok', 'two placements fit: not read');
});
