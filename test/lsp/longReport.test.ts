// A long report edited keystroke by keystroke: the server replays single-range changes to the
// parser, which then re-normalises only the lines they touched. Its diagnostics and tables must
// equal those of the same text opened afresh, after every step.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Position, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { assertSameTables, editAndCompare } from './support/afresh';
import { sample, Session } from './support/session';

const SAMPLE = '北京市大兴区应急管理局2020年政府信息公开工作年度报告.txt';
const NO_DEBOUNCE = { locale: 'zh-cn', diagnosticsDebounceMs: 0 };

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function change(text: string, start: number, end: number, insert: string): TextDocumentContentChangeEvent {
  return { range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert };
}

test('single-range edits to a long report give the results of the final text opened afresh', async () => {
  const { uri, text: base } = sample(SAMPLE);
  // Over the 50,000 characters from which the parser re-normalises line by line: the narrative of
  // the first section repeated.
  const at = base.indexOf('二、');
  assert.ok(at > 0);
  const text = base.slice(0, at) + base.slice(0, at).repeat(Math.ceil(60_000 / at)) + base.slice(at);
  assert.ok(text.length > 60_000);
  const edited = await Session.start({ initializationOptions: NO_DEBOUNCE });
  const fresh = await Session.start({ initializationOptions: NO_DEBOUNCE });
  await edited.open(uri, text, 1);
  await edited.pullFull(uri);
  let expected = text;
  let version = 1;
  const cell = expected.indexOf('本年新收');
  assert.ok(cell > 0);
  const steps: Array<(t: string) => TextDocumentContentChangeEvent> = [
    (t) => change(t, t.indexOf('本年新收') + 4, t.indexOf('本年新收') + 4, '7'), // type into 表三's first row
    (t) => change(t, t.indexOf('本年新收') + 4, t.indexOf('本年新收') + 5, ''), // and delete it
    (t) => change(t, 100, 100, '\n'), // break a narrative line
    (t) => change(t, 100, 101, ''), // join it again
    (t) => change(t, 2000, 2000, '，０\r\n'), // full-width forms and a CRLF
    (t) => change(t, t.length - 10, t.length - 10, '2021年'), // near the end
    (t) => change(t, 50, 3000, ''), // delete across many lines
  ];
  for (const step of steps) {
    version++;
    expected = (await editAndCompare(edited, fresh, uri, version, expected, [step(expected)])).text;
  }
  await fresh.open(uri, expected, 1);
  await assertSameTables(edited, fresh, uri, version);
  assert.equal(await edited.stop(), 0);
  assert.equal(await fresh.stop(), 0);
});

