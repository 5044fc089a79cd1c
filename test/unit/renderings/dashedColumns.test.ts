// pandoc's plain text of a table without merged cells: columns under a rule of dash runs, blank
// cells where the rule says, Chinese two display columns wide; a region that does not fit its
// rule is left as it was; an edit that makes such a rule equals a fresh parse.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkReport, modelCells, parseReport, ReportParser } from '../../../server/src/core';
import { dashedColumns } from '../../../server/src/core/parse/renderings/dashedColumns';
import { splitLines } from '../../../server/src/core/parse/renderings/lines';
import { isPlainText } from '../../../server/src/core/text/normalize';
import { fixture } from '../../accuracy/matrix';
import { available, htmlToTextWith } from '../../support/tools';

const TABLE = [
  '  ---------- ------ ------ ------',
  '  规章       2      3      5',
  '  行政许可          0      7',
  '  行政处罚   1             1',
  '  ---------- ------ ------ ------',
].join('\n');

test('columns under a rule of dash runs: each cell where its run is, blanks kept', () => {
  const lines = splitLines(TABLE);
  const [region] = dashedColumns.read(TABLE, lines);
  assert.ok(region);
  assert.deepEqual([region.firstLine, region.endLine], [0, 5]);
  assert.deepEqual(
    region.grid.rows.map((r) => r.cells.map((c) => c.text)),
    [
      ['规章', '2', '3', '5'],
      ['行政许可', '', '0', '7'],
      ['行政处罚', '1', '', '1'],
    ],
  );
  const seven = region.grid.rows[1]!.cells[3]!.pieces[0]!;
  assert.equal(TABLE.slice(seven.from, seven.to), '7');
});

test('a row with a character between two runs, or rules that differ, is no such table', () => {
  const shifted = TABLE.replace('  行政处罚   1', '  行政处罚  1 ');
  assert.deepEqual(dashedColumns.read(shifted, splitLines(shifted)), []);
  const unlike = TABLE.replace(/------$/, '-------');
  assert.deepEqual(dashedColumns.read(unlike, splitLines(unlike)), []);
  const single = '----------\n规章 2\n----------';
  assert.deepEqual(dashedColumns.read(single, splitLines(single)), [], 'one run is a horizontal rule, not columns');
});

test('pandoc plain of a page with zeros left blank: every cell where it is, the blanks empty, the page’s findings', { skip: !available('pandoc-plain') && 'pandoc not installed' }, () => {
  for (const format of ['2019', '2021'] as const) {
    const page = fixture(format, 2, true);
    const text = htmlToTextWith('pandoc-plain', page.html);
    assert.ok(/^ *-{3,}(?: +-{3,})+ *$/m.test(text), 'pandoc still writes its simple tables');
    const cells = new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));
    const wrong = Object.entries(page.values).flatMap(([key, expected]) => {
      const cell = cells.get(key);
      const got = cell?.status === 'ok' ? cell.value : cell?.status === 'empty' ? null : undefined;
      return got === expected ? [] : [`${key}: ${expected} read as ${cell ? `${cell.status} ${cell.text}` : 'absent'}`];
    });
    assert.deepEqual(wrong, [], format);
    const codes = (t: string) => checkReport(parseReport(t), t).map((f) => f.code).sort();
    assert.deepEqual(codes(text), codes(page.html), format);
  }
});

test('an edit that completes the closing rule equals a fresh parse; the text is not plain once it has a rule', () => {
  const before = `二、主动公开政府信息情况\n${TABLE.replace(/\n[^\n]*$/, '\n  ---------- ------ ------ -----')}\n`;
  assert.equal(isPlainText(before), false, 'a rule of dash runs makes the text not plain');
  const parser = new ReportParser();
  parser.parse(before);
  const at = before.lastIndexOf('-----\n') + 5;
  const model = parser.applyChanges([{ start: at, end: at, text: '-' }]);
  const after = before.slice(0, at) + '-' + before.slice(at);
  assert.deepEqual(model, parseReport(after));
  assert.equal(isPlainText('一、总体情况\n--- 不是表格\n'), true);
});
