// Outline, folding, the tables request and the workspace-check request; failures give empty
// answers, never a dead server.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { DocumentSymbol, FoldingRange, Range } from 'vscode-languageserver-protocol/node';
import type { TidyTextResult } from '../../shared/protocol';
import { sample, SAMPLES, Session } from './support/session';

const SAMPLE = '滨江区应急管理局2020年报.txt';

function inside(inner: Range, outer: Range): boolean {
  const le = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

function walk(symbols: DocumentSymbol[], visit: (s: DocumentSymbol) => void): void {
  for (const symbol of symbols) {
    visit(symbol);
    walk(symbol.children ?? [], visit);
  }
}

test('document symbols are a valid hierarchy (selection inside range, children inside parents)', async () => {
  const session = await Session.start();
  const { uri, text } = sample(SAMPLE);
  await session.open(uri, text, 1);
  const symbols = await session.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.ok(Array.isArray(symbols));
  walk(symbols, (symbol) => {
    assert.ok(symbol.name.length > 0);
    assert.ok(inside(symbol.selectionRange, symbol.range), `selection of ${symbol.name}`);
    for (const child of symbol.children ?? []) assert.ok(inside(child.range, symbol.range), `${child.name} in ${symbol.name}`);
    // The Outline shows names a person reads, never internal ids (table, row or rendering ids).
    for (const shown of [symbol.name, symbol.detail ?? '']) {
      assert.doesNotMatch(shown, /\b(proactive|applications|appeals|tab-rows|tab-cells|pipe-rows|pipe-cells|space-rows|paragraph-cells|mixed)\b/, `no internal id in "${shown}"`);
    }
  });
  const tables: DocumentSymbol[] = [];
  walk(symbols, (symbol) => {
    if (/^表[二三四]/.test(symbol.name)) tables.push(symbol);
  });
  assert.equal(tables.length, 3, 'the three tables, named in Chinese');
  assert.equal(await session.stop(), 0);
});

test('nianbao/tidyText gives an open one-line report its lines back, whitespace only; a document not open gets null', async () => {
  const session = await Session.start();
  const { uri, text } = sample(SAMPLE);
  const oneLine = text.split(/\r?\n/).join(' ');
  await session.open(uri, oneLine, 3);
  const result = await session.request<TidyTextResult>('nianbao/tidyText', { uri });
  assert.equal(result.version, 3);
  assert.ok(result.text !== null && result.text.split('\n').length > 15, 'tidied into lines');
  assert.equal(result.text.replace(/\s+/g, ''), oneLine.replace(/\s+/g, ''));
  const unknown = await session.request<TidyTextResult>('nianbao/tidyText', { uri: 'file:///not/open.txt' });
  assert.deepEqual(unknown, { version: null, text: null });
  assert.equal(await session.stop(), 0);
});

test('folding ranges span at least two lines and lie in the document', async () => {
  const session = await Session.start();
  const { uri, text } = sample(SAMPLE);
  await session.open(uri, text, 1);
  const ranges = await session.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
  const lines = text.split('\n').length;
  for (const range of ranges) {
    assert.ok(range.endLine > range.startLine);
    assert.ok(range.endLine < lines);
  }
  assert.equal(await session.stop(), 0);
});

test('nianbao/tables returns the table model of an open document and of a file on disk', async () => {
  const session = await Session.start();
  const { uri, text } = sample(SAMPLE);
  await session.open(uri, text, 3);
  const open = await session.request<{ uri: string; version: number | null; tables: unknown[]; format: unknown }>(
    'nianbao/tables',
    { uri },
  );
  assert.equal(open.uri, uri);
  assert.equal(open.version, 3);
  assert.ok(Array.isArray(open.tables));
  const other = sample('北京市大兴区应急管理局2020年政府信息公开工作年度报告.txt');
  const disk = await session.request<{ version: number | null; tables: unknown[] }>('nianbao/tables', { uri: other.uri });
  assert.equal(disk.version, null);
  assert.ok(Array.isArray(disk.tables));
  assert.equal(await session.stop(), 0);
});

test('nianbao/checkFile checks reports on disk and skips other files', async () => {
  const session = await Session.start();
  const report = await session.request<{ isReport: boolean; diagnostics: unknown[] }>('nianbao/checkFile', {
    uri: sample('海东市应急管理局.txt').uri,
  });
  assert.equal(report.isReport, true, 'recognised by content');
  assert.ok(Array.isArray(report.diagnostics));
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-lsp-'));
  try {
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, '待办事项：\n1. 复核各单位报送材料\n');
    const other = await session.request<{ isReport: boolean }>('nianbao/checkFile', { uri: pathToFileURL(notes).toString() });
    assert.equal(other.isReport, false);
    const binary = join(dir, '年报.txt');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    const forced = await session.request<{ isReport: boolean; diagnostics: unknown[] }>('nianbao/checkFile', {
      uri: pathToFileURL(binary).toString(),
      force: true,
    });
    assert.ok(Array.isArray(forced.diagnostics), 'a binary file named like a report is answered, not fatal');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.equal(await session.stop(), 0);
});

test('a failing request is answered empty and the server lives on', async () => {
  const session = await Session.start();
  const missing = pathToFileURL(`${SAMPLES}/does-not-exist.txt`).toString();
  assert.equal(await session.request('nianbao/tables', { uri: missing }), null);
  const check = await session.request<{ isReport: boolean }>('nianbao/checkFile', { uri: missing });
  assert.equal(check.isReport, false);
  assert.ok(session.logs.some((line) => line.includes('does-not-exist.txt')), 'the failure is logged');
  const { uri, text } = sample(SAMPLE);
  await session.open(uri, text, 1);
  assert.equal((await session.pull(uri)).kind, 'full');
  assert.equal(await session.stop(), 0);
});
