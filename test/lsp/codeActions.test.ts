// Code actions through the protocol: quick fixes with versioned edits, fix all of a rule, fix all
// (source.fixAll.nianbao) and its idempotence, lazy resolve that refuses a stale fix, and the
// documentation command.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type {
  ClientCapabilities,
  CodeAction,
  Diagnostic,
  TextDocumentEdit,
  TextEdit,
} from 'vscode-languageserver-protocol/node';
import { PULL_CLIENT, ROOT, SAMPLES, sessionStarter, type Session } from './support/session';

/** Starts a server that is killed after the test if the test did not stop it. */
const start = sessionStarter();

const BASE = readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'base-2022.txt'), 'utf8');
const URI = pathToFileURL(join(SAMPLES, 'fix-fixture-2022.txt')).toString();

/** A wrong total, two empty cells, an amount in 元 and a missing 六. */
const BROKEN = BASE.replace('\t（七）总计\t\t18', '\t（七）总计\t\t17')
  .replace('2.重复申请\t0\t0\t0\t0\t0\t0\t0', '2.重复申请\t0\t\t0\t\t0\t0\t0')
  .replace('行政事业性收费\t0', '行政事业性收费\t4339000.00元')
  .replace('六、其他需要报告的事项\n', '');

const LAZY_CLIENT: ClientCapabilities = {
  ...PULL_CLIENT,
  window: { showDocument: { support: true } },
  textDocument: {
    ...PULL_CLIENT.textDocument,
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } },
      resolveSupport: { properties: ['edit'] },
      isPreferredSupport: true,
      dataSupport: true,
    },
  },
};

function offsetAt(text: string, position: { line: number; character: number }): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < position.line; i++) offset += lines[i]!.length + 1;
  return offset + position.character;
}

/** Applies a TextDocumentEdit's edits (all relative to the original text). */
function apply(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  for (const edit of sorted) text = text.slice(0, offsetAt(text, edit.range.start)) + edit.newText + text.slice(offsetAt(text, edit.range.end));
  return text;
}

function documentEdit(action: CodeAction): { textDocument: TextDocumentEdit['textDocument']; edits: TextEdit[] } {
  const change = action.edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
  assert.ok(change, `${action.title} carries a document edit`);
  return { textDocument: change.textDocument, edits: change.edits as TextEdit[] };
}

function actionsAt(session: Session, diagnostic: Diagnostic, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  return session.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: URI },
    range: diagnostic.range,
    context: { diagnostics, ...(only ? { only } : {}) },
  });
}

test('a quick fix: preferred, versioned against the document, touching only the cell', async () => {
  const session = await start();
  await session.open(URI, BROKEN, 4);
  const diagnostics = await session.pullFull(URI);
  // One wrong cell of the 总计 row: one finding for its column, its row and the balance.
  const arithmetic = diagnostics.filter((d) => String(d.code).startsWith('applications-'));
  assert.equal(arithmetic.length, 1, arithmetic.map((d) => d.code).join());
  const total = arithmetic[0]!;
  const actions = await actionsAt(session, total, [total]);
  const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred)!;
  assert.match(fix.title, /改为 18/);
  assert.deepEqual((fix.diagnostics ?? []).map((d) => d.code), [total.code]);
  const change = documentEdit(fix);
  assert.deepEqual(change.textDocument, { uri: URI, version: 4 });
  assert.equal(change.edits.length, 1);
  assert.deepEqual(change.edits[0]!.range, total.range);
  assert.equal(change.edits[0]!.newText, '18');
  const fixed = apply(BROKEN, change.edits);
  assert.equal(fixed, BROKEN.replace('\t（七）总计\t\t17', '\t（七）总计\t\t18'));
  const docs = actions.filter((a) => a.command?.command === 'nianbao.openRuleDocs').map((a) => a.command?.arguments?.[0]);
  assert.ok(docs.includes(String(total.code)), docs.join());
  assert.equal(await session.stop(), 0);
});

test('fix all of one rule, and fix all as source.fixAll.nianbao; a second fix-all finds nothing', async () => {
  const session = await start();
  await session.open(URI, BROKEN, 1);
  const diagnostics = await session.pullFull(URI);
  const empty = diagnostics.find((d) => d.code === 'cell-empty')!;
  const menu = await actionsAt(session, empty, [empty]);
  const ofRule = menu.find((a) => /修复所有 cell-empty 问题（2 处）/.test(a.title));
  assert.ok(ofRule, menu.map((a) => a.title).join('\n'));
  const ruleEdits = documentEdit(ofRule).edits;
  assert.deepEqual(ruleEdits.map((e) => e.newText), ['0', '0']);
  assert.ok(menu.some((a) => a.kind === 'source.fixAll.nianbao'), 'fix all is in the menu');

  const onSave = await actionsAt(session, empty, [], ['source.fixAll']);
  assert.equal(onSave.length, 1);
  assert.equal(onSave[0]!.kind, 'source.fixAll.nianbao');
  const change = documentEdit(onSave[0]!);
  assert.equal(change.textDocument.version, 1);
  const fixed = apply(BROKEN, change.edits);
  assert.match(fixed, /（七）总计\t\t18\t/);
  assert.match(fixed, /行政事业性收费\t433\.9\n/);
  assert.match(fixed, /六、其他需要报告的事项\n无\n/);
  await session.change(URI, 2, [{ text: fixed }]);
  const remaining = await session.pullFull(URI);
  assert.deepEqual(remaining.map((d) => d.code), [], 'nothing left');
  const again = await actionsAt(session, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } as Diagnostic, [], ['source.fixAll.nianbao']);
  assert.deepEqual(again, [], 'a second fix-all offers nothing');
  assert.equal(await session.stop(), 0);
});

test('lazy clients resolve the edit; a fix made stale by an edit is refused', async () => {
  const session = await start({ capabilities: LAZY_CLIENT });
  await session.open(URI, BROKEN, 1);
  const diagnostics = await session.pullFull(URI);
  const unit = diagnostics.find((d) => d.code === 'amount-unit')!;
  const actions = await actionsAt(session, unit, [unit]);
  const fix = actions.find((a) => a.isPreferred)!;
  assert.equal(fix.edit, undefined, 'the edit waits for resolve');
  const resolved = await session.request<CodeAction>('codeAction/resolve', fix);
  const change = documentEdit(resolved);
  assert.equal(change.textDocument.version, 1);
  assert.equal(change.edits[0]!.newText, '433.9');

  const all = (await actionsAt(session, unit, [], ['source.fixAll']))[0]!;
  await session.change(URI, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '（草稿）' }]);
  for (const stale of [fix, all]) {
    await assert.rejects(session.request<CodeAction>('codeAction/resolve', stale), (error: { code?: number }) => {
      assert.equal(error.code, -32801, 'ContentModified');
      return true;
    });
  }
  assert.equal(await session.stop(), 0);
});

test('the documentation command opens the rule’s documentation', async () => {
  const session = await start({ capabilities: LAZY_CLIENT });
  const shown: Array<{ uri: string }> = [];
  session.connection.onRequest('window/showDocument', (params: { uri: string }) => {
    shown.push(params);
    return { success: true };
  });
  await session.open(URI, BROKEN, 1);
  const href = await session.request<string>('workspace/executeCommand', { command: 'nianbao.openRuleDocs', arguments: ['cell-empty'] });
  assert.match(href, /\/dist\/rules\/cell-empty\.md$/);
  // The page exists, under a name no packager changes, and documents the rule in both languages.
  const page = readFileSync(fileURLToPath(href), 'utf8');
  assert.match(page, /^# cell-empty\n/);
  assert.match(page, /单元格为空/);
  assert.match(page, /An empty cell/);
  assert.deepEqual(shown.map((s) => s.uri), [href]);
  assert.equal(await session.stop(), 0);
});
