// Diagnostics matched to cells by range, and the cell under the editor's cursor.
import assert from 'node:assert/strict';
import test from 'node:test';
import { checkReport, parseReport } from '../../server/src/core';
import { cellAt, cellFindings, rangesMeet } from '../../client/src/preview/findings';
import { textOf } from '../../webview/src/vnode';
import { byKey, page, sample } from './support';

const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

test('ranges meet when they share a character or an empty one touches the other', () => {
  assert.ok(rangesMeet(range(1, 0, 1, 3), range(1, 2, 1, 5)));
  assert.ok(!rangesMeet(range(1, 0, 1, 3), range(1, 3, 1, 5)), 'touching ends');
  assert.ok(rangesMeet(range(1, 3, 1, 3), range(1, 0, 1, 3)), 'empty at the end');
  assert.ok(!rangesMeet(range(1, 0, 1, 3), range(2, 0, 2, 1)));
});

test('a diagnostic on a cell marks that cell with its worst severity and every message', () => {
  const text = sample('满洲里市应急管理局2020年政府信息公开工作年度报告.txt');
  const { model } = page(text);
  const cell = model.tables.find((t) => t.id === 'applications')!.rows[0]!.cells[6]!;
  const other = model.tables.find((t) => t.id === 'appeals')!.rows[0]!.cells[0]!;
  const diagnostics = [
    { range: cell.span.range, severity: 1, message: 'warning here', source: 'nianbao' },
    { range: cell.span.range, severity: 0, message: '总计列应为 21', source: 'nianbao' },
    { range: other.span.range, severity: 0, message: 'not ours', source: 'cspell' },
  ];
  const findings = cellFindings(model.tables, diagnostics);
  assert.deepEqual(findings[cell.key], { severity: 'error', messages: ['warning here', '总计列应为 21'] });
  assert.equal(findings[other.key], undefined);
  const { root } = page(text, diagnostics);
  const td = byKey(root, cell.key)!;
  assert.match(td.attrs['class']!, /finding finding-error/);
  assert.match(td.attrs['title']!, /总计列应为 21/);
});

test('the cursor inside a cell names that cell; outside every cell, none', () => {
  const { model } = page(sample('满洲里市应急管理局2020年政府信息公开工作年度报告.txt'));
  const cell = model.tables[1]!.rows[3]!.cells[2]!;
  assert.equal(cellAt(model.tables, cell.span.range.start), cell.key);
  assert.equal(cellAt(model.tables, { line: 0, character: 0 }), null);
});

test('a real arithmetic finding: the cell at fault is marked and its tooltip gives the expected value', () => {
  const original = sample('满洲里市应急管理局2020年政府信息公开工作年度报告.txt');
  const { model: clean } = page(original);
  // Break the 总计 of 本年新收: one more than the sum of its row.
  const total = clean.tables.find((t) => t.id === 'applications')!.rows.find((r) => r.id === 'new')!.cells[6]!;
  const wrong = (total.value ?? 0) + 5;
  const lines = original.split('\n');
  const { start, end } = total.span.range;
  lines[start.line] = lines[start.line]!.slice(0, start.character) + String(wrong) + lines[start.line]!.slice(end.character);
  const text = lines.join('\n');
  const model = parseReport(text);
  const severities = { error: 0, warning: 1, information: 2, hint: 3 } as const;
  const diagnostics = checkReport(model, text).map((f) => ({ range: f.range, severity: severities[f.severity], message: f.message, source: 'nianbao' }));
  const { root } = page(text, diagnostics);
  const td = byKey(root, total.key)!;
  assert.match(td.attrs['class']!, /finding finding-error/);
  assert.equal(textOf(td), String(wrong));
  assert.match(td.attrs['title']!, new RegExp(`应为 ${total.value}[\\s\\S]*实际为 ${wrong}`), td.attrs['title']);
});
