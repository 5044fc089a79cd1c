// The server starts over stdio, announces its features, keeps stdout clean and exits cleanly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PUSH_CLIENT, sample, Session } from './support/session';

const SAMPLE = '满洲里市应急管理局2020年政府信息公开工作年度报告.txt';

test('initialize announces incremental sync, pull diagnostics, symbols, folding', async () => {
  const session = await Session.start();
  const { capabilities, serverInfo } = session.initializeResult;
  assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
  assert.ok(capabilities.diagnosticProvider, 'diagnosticProvider');
  assert.ok(capabilities.documentSymbolProvider, 'documentSymbolProvider');
  assert.equal(capabilities.foldingRangeProvider, true);
  assert.equal(serverInfo?.name, 'nianbao-language-server');
  await session.waitFor(() => session.registrations.includes('workspace/didChangeWatchedFiles'), 'file watcher registration');
  assert.ok(session.registrations.includes('workspace/didChangeConfiguration'));
  assert.equal(await session.stop(), 0);
  assert.deepEqual(session.protocolErrors, [], 'stdout carries only JSON-RPC');
});

test('a client without pull diagnostics gets them pushed', async () => {
  const session = await Session.start({ capabilities: PUSH_CLIENT });
  assert.equal(session.initializeResult.capabilities.diagnosticProvider, undefined);
  const { uri, text } = sample(SAMPLE);
  await session.open(uri, text, 1);
  await session.waitFor(() => session.published.some((p) => p.uri === uri), 'pushed diagnostics');
  const published = session.published.find((p) => p.uri === uri)!;
  assert.equal(published.version, 1);
  assert.ok(Array.isArray(published.diagnostics));
  await session.close(uri);
  await session.waitFor(() => session.published.filter((p) => p.uri === uri).length >= 2, 'cleared on close');
  assert.deepEqual(session.published.at(-1)?.diagnostics, []);
  assert.equal(await session.stop(), 0);
  assert.deepEqual(session.protocolErrors, []);
});

test('the process ends when the client goes away without shutdown', async () => {
  const session = await Session.start();
  const exited = new Promise<number | null>((resolve) => session.child.on('exit', resolve));
  session.child.stdin.end();
  const code = await exited;
  assert.notEqual(code, null);
});
