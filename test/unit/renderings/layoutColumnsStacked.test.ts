// Numbers wrapped a piece a line in narrow cells, interleaved with their row's label wrapped the
// same way (pdftotext -layout of LibreOffice's PDF of WPS pages, layoutColumnsStacked.ts): the
// fragments stacked in one column between two blank lines are one cell's, read top to bottom. Only
// where the band's words are all one row's label, its columns exactly the joined numbers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FORMATS } from '../../../server/src/core/formats';
import { findRows, layoutLines, readCells } from '../../../server/src/core/parse/renderings/layoutColumnsRows';
import { keepBands, stackedBands } from '../../../server/src/core/parse/renderings/layoutColumnsStacked';
import { splitLines } from '../../../server/src/core/parse/renderings/lines';

/** 表二's 第二十条第（六）项 rows as pdftotext -layout gave them (the matrix's word 2019 seed 2). */
const SEED_2 = `行政
     46   7    54
处罚

           -
行政             50
     0    82
强制              5
          3

第二十条第（八）项
`;

/** The same rows of word 2019 seed 5: a sign on the label's line, a number of one line between. */
const SEED_5 = `行政
     0    0    0
处罚

行政         -   781
     92
强制        53    7

第二十条第（八）项
`;

const FORMAT = FORMATS['2019'];
const PROACTIVE = FORMAT.tables.filter((t) => t.section === 'proactive');

/** The cells of the rows read, by row id (as layoutColumns.ts reads them, bands joined where kept). */
function read(text: string): Map<string, Array<number | null> | null> {
  const lines = splitLines(text);
  const tablesOf = () => PROACTIVE;
  let zone = layoutLines(text, lines, 0, lines.length);
  let rows = findRows(text, zone, FORMAT, tablesOf);
  const banded = stackedBands(text, zone, rows, tablesOf);
  if (banded) {
    const again = findRows(text, banded.zone, FORMAT, tablesOf);
    if (keepBands(text, banded.zone, again, banded.bands).length === banded.bands.length) [zone, rows] = [banded.zone, again];
  }
  readCells(text, zone, rows, FORMAT.relations);
  return new Map(rows.map((r) => [r.row.id, r.cells ? r.cells.map((n) => (n ? n.value : null)) : null]));
}

test('fragments stacked in a column of an interleaved band are one number, a sign alone above its digits', () => {
  const two = read(SEED_2);
  assert.deepEqual(two.get('penalties'), [46, 7, 54]);
  assert.deepEqual(two.get('coercion'), [0, -823, 505]);
  const five = read(SEED_5);
  assert.deepEqual(five.get('penalties'), [0, 0, 0]);
  assert.deepEqual(five.get('coercion'), [92, -53, 7817]);
});

test('not joined where a word of the band is no part of the row\u2019s label (another row\u2019s numbers may be among them)', () => {
  const cells = read(SEED_2.replace('          3\n', '          3\n其他\n'));
  assert.equal(cells.get('coercion') ?? null, null);
});

test('not joined where a piece with more below it is a single digit (two rows\u2019 numbers, one over the other)', () => {
  const cells = read(SEED_2.replace('     0    82', '     0    8 ').replace('          3\n', '          2\n'));
  assert.equal(cells.get('coercion') ?? null, null);
});

test('not joined where a piece is shorter than the piece below it, or a sign stands below digits', () => {
  assert.equal(read(SEED_2.replace('强制              5', '强制             512')).get('coercion') ?? null, null);
  assert.equal(read(SEED_2.replace('           -\n', '\n').replace('          3\n', '          3\n          -\n')).get('coercion') ?? null, null);
});

test('a sign standing alone by a centred stack (`stackWrapped`): its pieces are not joined without it', () => {
  // `-` over `82` with no piece below: -82 or a piece lost, never 82.
  const cells = read(SEED_2.replace('          3\n', ''));
  assert.ok(!(cells.get('coercion') ?? []).includes(82), JSON.stringify(cells.get('coercion')));
});
