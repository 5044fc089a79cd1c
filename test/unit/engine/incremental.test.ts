// The incremental API: an edit re-parses only the blocks it touched, and the result is the
// same as parsing the edited text from scratch.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import { modelValues, parseReport, ReportParser } from '../../../server/src/core';
import { fixturePath } from '../../support/fixtures';
import { mulberry32 } from '../../support/rng';

const seed = readFileSync(fixturePath('seeds', '001_ab7eca12f286f93a.txt'), 'utf8');

test('an edit inside 表三 re-parses that block only and reuses the others', () => {
  const parser = new ReportParser();
  const first = parser.parse(seed);
  assert.equal(parser.lastStats.parsedBlocks, parser.lastStats.blocks);
  assert.equal(parser.lastStats.reusedBlocks, 0);
  assert.equal(modelValues(first)['applications.new.natural-person'], 21);

  // Change 21 → 22 in the natural-person cell of row 一 (a TAB-per-cell line "\t21").
  const cell = first.tables.find((t) => t.id === 'applications')!.rows[0]!.cells[0]!;
  const next = parser.applyChanges([{ start: cell.span.offset, end: cell.span.endOffset, text: '22' }]);
  assert.equal(parser.lastStats.blocks, 7);
  assert.equal(parser.lastStats.parsedBlocks, 1);
  assert.equal(parser.lastStats.reusedBlocks, 6);
  assert.equal(modelValues(next)['applications.new.natural-person'], 22);
  assert.deepEqual(next, parseReport(parser.text));
});

test('an edit that shifts lines moves the ranges of reused blocks', () => {
  const parser = new ReportParser();
  const before = parser.parse(seed);
  const after = parser.applyChanges([{ start: 0, end: 0, text: '新增的一行\n' }]);
  assert.equal(parser.lastStats.parsedBlocks, 1); // only the block before 一、 changed
  const a = before.tables[1]!.rows[0]!.cells[0]!;
  const b = after.tables[1]!.rows[0]!.cells[0]!;
  assert.equal(b.span.range.start.line, a.span.range.start.line + 1);
  assert.equal(b.span.offset, a.span.offset + '新增的一行\n'.length);
});

test('random edits: incremental parsing always equals a fresh parse', () => {
  const rng = mulberry32(20261121);
  const parser = new ReportParser();
  parser.parse(seed);
  const alphabet = ['0', '7', '\t', '\n', '一、', '规章', '|', ' ', '总计', '三、收到和处理政府信息公开申请情况\n'];
  for (let i = 0; i < 60; i++) {
    const text = parser.text;
    const start = Math.floor(rng.next() * text.length);
    const end = Math.min(text.length, start + Math.floor(rng.next() * 6));
    const insert = rng.next() < 0.3 ? '' : alphabet[Math.floor(rng.next() * alphabet.length)]!;
    const incremental = parser.applyChanges([{ start, end, text: insert }]);
    assert.deepEqual(incremental, parseReport(parser.text), `edit ${i}: [${start}, ${end}) → ${JSON.stringify(insert)}`);
  }
});
