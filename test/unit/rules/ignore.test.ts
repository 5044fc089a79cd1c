// The ignore list: which findings an entry hides, stale entries, and the editor's quick fix that writes one.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver/node';
import { applyIgnores, findingKey } from '../../../server/src/core/rules/ignore';
import type { Finding } from '../../../server/src/core/rules/types';
import { ignoreActions } from '../../../server/src/lsp/ignoreAction';
import { tempFolder } from '../../support/cli';

const range = { start: { line: 3, character: 1 }, end: { line: 3, character: 2 } };
const finding = (code: string, data?: unknown): Finding => ({ code, severity: 'error', message: code, range, ...(data ? { data } : {}) });

test('findingKey: the cell, else the row, section or quantity a finding names', () => {
  assert.equal(findingKey(finding('cell-empty', { key: 'a.b.c' })), 'a.b.c');
  assert.equal(findingKey(finding('applications-row-total', { repair: { key: 'a.b.total' } })), 'a.b.total');
  assert.equal(findingKey(finding('row-missing', { table: 'applications', row: 'new' })), 'applications.new');
  assert.equal(findingKey(finding('section-missing', { section: 'appeals' })), 'appeals');
  assert.equal(findingKey(finding('title-missing')), undefined);
});

test('applyIgnores hides by rule, file and key; an entry matching nothing in its file is stale', () => {
  const findings = [finding('cell-empty', { key: 'a.b.c' }), finding('cell-empty', { key: 'a.b.d' }), finding('title-missing')];
  const entries = [
    { rule: 'cell-empty', file: 'dir/r.txt', key: 'a.b.c' },
    { rule: 'title-missing', file: './dir/r.txt' },
    { rule: 'cell-negative', file: 'dir/r.txt', key: 'x' },
    { rule: 'cell-empty', file: 'other.txt' },
  ];
  const kept = applyIgnores(findings, { file: 'dir\\r.txt', entries }, 'zh');
  assert.deepEqual(kept.map((f) => `${f.code}:${findingKey(f) ?? ''}`), ['cell-empty:a.b.d', 'ignore-stale:']);
  assert.match(kept[1]!.message, /cell-negative x/);
  assert.equal(kept[1]!.severity, 'information');
});

test('the quick fix writes the entry into the project file that applies, or creates one', () => {
  const dir = tempFolder('nianbao-ignore-', { '.nianbaorc.json': '{"rules":{"cell-empty":"off"}}', 'sub/r.txt': 'x' });
  const diagnostic: Diagnostic = { range, message: 'm', code: 'cell-not-number', data: { key: 'proactive.licensing.decisions' } };
  const stale: Diagnostic = { range, message: 'm', code: 'ignore-stale' };
  const [action, ...rest] = ignoreActions({ documentPath: join(dir, 'sub/r.txt'), projectPath: join(dir, '.nianbaorc.json') }, [diagnostic, stale], 'zh');
  assert.equal(rest.length, 0);
  assert.match(action!.title, /在 \.nianbaorc\.json 中忽略（cell-not-number proactive\.licensing\.decisions）/);
  const change = action!.edit!.documentChanges![0] as TextDocumentEdit;
  assert.ok(change.textDocument.uri.endsWith('/.nianbaorc.json'));
  assert.deepEqual(JSON.parse((change.edits[0] as TextEdit).newText), {
    rules: { 'cell-empty': 'off' },
    ignore: [{ rule: 'cell-not-number', file: 'sub/r.txt', key: 'proactive.licensing.decisions' }],
  });
  assert.equal(readFileSync(join(dir, '.nianbaorc.json'), 'utf8'), '{"rules":{"cell-empty":"off"}}', 'the file is changed by the editor, not here');
  const created = ignoreActions({ documentPath: join(dir, 'sub/r.txt'), projectPath: null }, [diagnostic], 'en')[0]!;
  assert.match(created.title, /^Ignore in \.nianbaorc\.json/);
  assert.equal(created.edit!.documentChanges!.length, 2);
  const insert = created.edit!.documentChanges![1] as TextDocumentEdit;
  assert.ok(insert.textDocument.uri.endsWith('/sub/.nianbaorc.json'));
  assert.deepEqual(JSON.parse((insert.edits[0] as TextEdit).newText), { ignore: [{ rule: 'cell-not-number', file: 'r.txt', key: 'proactive.licensing.decisions' }] });
});
