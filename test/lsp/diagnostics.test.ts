// Diagnostics on a seed report, by pull and by push, following a series of incremental edits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { assertSameTables, editAndCompare } from './support/afresh';
import { PUSH_CLIENT, sample, Session, sleep } from './support/session';

const SAMPLE = '北京市大兴区应急管理局2020年政府信息公开工作年度报告.txt';

function assertWellFormed(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    assert.equal(d.source, 'nianbao');
    assert.equal(typeof d.code, 'string');
    assert.match(d.codeDescription?.href ?? '', new RegExp(`/rules/${String(d.code)}\\.md$`));
    assert.ok(d.severity && d.severity >= 1 && d.severity <= 4);
    assert.ok(typeof d.message === 'string' && d.message.length > 0);
  }
}

/** Edits a person might make: type a line, fix a number, delete a paragraph, paste, undo. */
function editsFor(text: string): TextDocumentContentChangeEvent[][] {
  const lines = text.split('\n');
  const numberLine = lines.findIndex((line) => /\d/.test(line) && line.startsWith('\t'));
  const line = numberLine >= 0 ? numberLine : 5;
  const digit = Math.max(0, lines[line]!.search(/\d/));
  return [
    [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '（征求意见稿）\n' }],
    [{ range: { start: { line: line + 1, character: digit }, end: { line: line + 1, character: digit + 1 } }, text: '7' }],
    [{ range: { start: { line: 3, character: 0 }, end: { line: 6, character: 0 } }, text: '' }],
    [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '一、总体情况\n补充说明：本年度新收申请𠮷件。\n' },
      { range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' },
    ],
  ];
}

test('a pulled report on a seed: well-formed diagnostics, result ids, unchanged on re-pull', async () => {
  const session = await Session.start();
  const { uri, text } = sample(SAMPLE);
  await session.open(uri, text, 1);
  const report = await session.pull(uri);
  assert.equal(report.kind, 'full');
  assert.ok(report.resultId, 'a result id');
  if (report.kind === 'full') assertWellFormed(report.items);
  const again = await session.pull(uri, report.resultId);
  assert.equal(again.kind, 'unchanged');
  assert.equal(await session.stop(), 0);
});

test('a pull overtaken by an edit is cancelled by the server and asked again', async () => {
  const session = await Session.start();
  const { uri, text } = sample(SAMPLE);
  await session.open(uri, text, 1);
  const pending = session.pull(uri);
  await session.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
  await assert.rejects(pending, (error: { code?: number; data?: { retriggerRequest?: boolean } }) => {
    assert.equal(error.code, -32802, 'ServerCancelled');
    assert.equal(error.data?.retriggerRequest, true);
    return true;
  });
  const report = await session.pull(uri);
  assert.equal(report.kind, 'full');
  assert.match(report.kind === 'full' ? (report.resultId ?? '') : '', /^2:/);
  assert.equal(await session.stop(), 0);
});

test('after a series of incremental edits, results equal those of the final text opened afresh', async () => {
  const edited = await Session.start();
  const fresh = await Session.start();
  const { uri, text } = sample(SAMPLE);
  await edited.open(uri, text, 1);
  let expected = text;
  let version = 1;
  for (const changes of editsFor(text)) {
    version++;
    // Diagnostics follow every step, not only the last one.
    const step = await editAndCompare(edited, fresh, uri, version, expected, changes);
    expected = step.text;
    assertWellFormed(step.diagnostics);
  }
  await fresh.open(uri, expected, 1);
  for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange']) {
    const a = await edited.request(method, { textDocument: { uri } });
    const b = await fresh.request(method, { textDocument: { uri } });
    assert.deepEqual(a, b, method);
  }
  await assertSameTables(edited, fresh, uri, version);
  assert.equal(await edited.stop(), 0);
  assert.equal(await fresh.stop(), 0);
});

test('push mode: rapid edits are debounced and only the latest version is published', async () => {
  const session = await Session.start({ capabilities: PUSH_CLIENT });
  const { uri, text } = sample(SAMPLE);
  await session.open(uri, text, 1);
  for (let version = 2; version <= 6; version++) {
    await session.change(uri, version, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `${version}` },
    ]);
  }
  await session.waitFor(() => session.published.some((p) => p.version === 6), 'diagnostics of version 6');
  await sleep(400);
  const versions = session.published.filter((p) => p.uri === uri).map((p) => p.version);
  assert.deepEqual(versions, [6], 'stale versions are never published');
  assert.equal(await session.stop(), 0);
});

