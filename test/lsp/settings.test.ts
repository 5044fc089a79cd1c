// Settings per resource and the project file: read for the document, and a change of either
// makes the server check open documents again.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { PUSH_CLIENT, sample, Session } from './support/session';

const SAMPLE = '满洲里市应急管理局2020年政府信息公开工作年度报告.txt';

test('settings are asked for per document, and a change triggers a diagnostic refresh', async () => {
  const session = await Session.start();
  const { uri, text } = sample(SAMPLE);
  await session.open(uri, text, 1);
  const before = await session.pullFull(uri);
  const asked = session.configurationRequests.flatMap((r) => r.items);
  assert.ok(asked.some((item) => item.scopeUri === uri && item.section === 'nianbao'), 'asked for the document');

  // Turn off every rule that fired; everything else becomes a hint.
  const off = Object.fromEntries(before.map((d) => [String(d.code), 'off']));
  session.settings = () => ({ rules: off, locale: 'zh', detectByContent: true });
  const requestsBefore = session.configurationRequests.length;
  await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await session.waitFor(() => session.refreshes === 1, 'workspace/diagnostic/refresh');
  const after = await session.pullFull(uri);
  assert.ok(session.configurationRequests.length > requestsBefore, 'settings read again');
  assert.deepEqual(after, [], 'rules turned off in settings report nothing');
  assert.equal(await session.stop(), 0);
});

test('a client that cannot be asked sends settings with the notification (push mode)', async () => {
  const session = await Session.start({ capabilities: PUSH_CLIENT });
  const { uri, text } = sample(SAMPLE);
  await session.open(uri, text, 1);
  await session.waitFor(() => session.published.length === 1, 'first diagnostics');
  const off = Object.fromEntries(session.published[0]!.diagnostics.map((d) => [String(d.code), 'off']));
  await session.connection.sendNotification('workspace/didChangeConfiguration', {
    settings: { nianbao: { rules: off } },
  });
  await session.waitFor(() => session.published.length === 2, 'diagnostics published again');
  assert.deepEqual(session.published[1]!.diagnostics, []);
  assert.equal(session.configurationRequests.length, 0, 'never asks a client without the capability');
  assert.equal(await session.stop(), 0);
});

test('the project file .nianbaorc.json is found above the document and re-read when it changes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-lsp-'));
  try {
    const nested = join(dir, 'reports', '2020');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(nested, { recursive: true });
    const file = join(nested, SAMPLE);
    copyFileSync(sample(SAMPLE).path, file);
    const projectFile = join(dir, '.nianbaorc.json');
    writeFileSync(projectFile, JSON.stringify({ rules: {} }));
    const uri = pathToFileURL(file).toString();

    const session = await Session.start();
    await session.open(uri, sample(SAMPLE).text, 1);
    const before = await session.pullFull(uri);

    const hints = Object.fromEntries(before.map((d) => [String(d.code), 'hint']));
    writeFileSync(projectFile, JSON.stringify({ rules: hints }));
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(projectFile).toString(), type: 2 }],
    });
    await session.waitFor(() => session.refreshes === 1, 'refresh after the project file changed');
    const after = await session.pullFull(uri);
    assert.equal(after.length, before.length);
    assert.ok(after.every((d) => d.severity === 4), 'severities from the project file');

    // A user's setting wins over the project file.
    session.settings = () => ({ rules: Object.fromEntries(before.map((d) => [String(d.code), 'off'])) });
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await session.waitFor(() => session.refreshes === 2, 'refresh after settings changed');
    assert.deepEqual(await session.pullFull(uri), []);

    // A broken project file is ignored, not fatal.
    writeFileSync(projectFile, '{ "rules": ');
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(projectFile).toString(), type: 2 }],
    });
    await session.waitFor(() => session.refreshes === 3, 'refresh after the file broke');
    session.settings = () => ({});
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.equal((await session.pullFull(uri)).length, before.length);
    assert.equal(await session.stop(), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
