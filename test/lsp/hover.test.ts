// Hovers, table code lenses and the diagnostics' documentation link through the protocol.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CodeLens, Hover, MarkupContent, Position } from 'vscode-languageserver-protocol/node';
import { ROOT, SAMPLES, sessionStarter, type Session } from './support/session';

/** Starts a server that is killed after the test if the test did not stop it. */
const start = sessionStarter();

const BASE = readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'base-2022.txt'), 'utf8');
const URI = pathToFileURL(join(SAMPLES, 'hover-fixture-2022.txt')).toString();

function positionOf(text: string, needle: string, delta = 0): Position {
  const offset = text.indexOf(needle) + delta;
  assert.ok(offset >= delta, `text lacks ${needle}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

async function hoverAt(session: Session, text: string, needle: string, delta = 0): Promise<Hover | null> {
  return session.request<Hover | null>('textDocument/hover', {
    textDocument: { uri: URI },
    position: positionOf(text, needle, delta),
  });
}

function value(hover: Hover | null): string {
  assert.ok(hover, 'a hover');
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  return contents.value;
}

test('the server advertises hovers, code actions with source.fixAll.nianbao, code lenses, the docs command and the DOCX fix command', async () => {
  const session = await start();
  const caps = session.initializeResult.capabilities;
  assert.equal(caps.hoverProvider, true);
  const actions = caps.codeActionProvider as { codeActionKinds?: string[]; resolveProvider?: boolean };
  assert.deepEqual(actions.codeActionKinds, ['quickfix', 'source.fixAll.nianbao']);
  assert.equal(actions.resolveProvider, true);
  assert.ok(caps.codeLensProvider);
  assert.deepEqual(caps.executeCommandProvider?.commands, ['nianbao.openRuleDocs', 'nianbao.fixDocument']);
  assert.equal(await session.stop(), 0);
});

test('hover kinds through the protocol: caption, row label, header, section heading, number cell', async () => {
  const session = await start();
  await session.open(URI, BASE, 1);
  const caption = await hoverAt(session, BASE, '第二十条第（八）项', 3);
  assert.match(value(caption), /（八）行政事业性收费项目及其依据、标准；/);
  assert.match(value(caption), /列：本年收费金额（单位：万元）/);
  assert.deepEqual(caption!.range, { start: positionOf(BASE, '第二十条第（八）项'), end: positionOf(BASE, '第二十条第（八）项', 9) });
  assert.match(value(await hoverAt(session, BASE, '3.补正后申请内容仍不明确', 2)), /\*\*第三十条\*\* 政府信息公开申请内容不明确的/);
  assert.match(value(await hoverAt(session, BASE, '尚未审结', 1)), /第五十一条/);
  assert.match(value(await hoverAt(session, BASE, '四、因政府信息公开工作', 1)), /（三）因政府信息公开工作被申请行政复议、提起行政诉讼的情况；/);
  const cell = value(await hoverAt(session, BASE, '四、结转下年度继续办理\t\t\t3', '四、结转下年度继续办理\t\t\t'.length));
  assert.match(cell, /表三 · 四、结转下年度继续办理 · 自然人/);
  assert.match(cell, /（“自然人”列）：21（= [^）]+） = 21（= [^）]+） ✓/);
  assert.equal(await hoverAt(session, BASE, '一是公开内容', 2), null);
  assert.equal(await session.stop(), 0);
});

test('hovers follow edits and the locale', async () => {
  const session = await start({ initializationOptions: { locale: 'en' } });
  await session.open(URI, BASE, 1);
  const at = positionOf(BASE, '\t（七）总计\t\t18', '\t（七）总计\t\t'.length);
  await session.change(URI, 2, [{ range: { start: at, end: { line: at.line, character: at.character + 2 } }, text: '17' }]);
  const text = BASE.replace('\t（七）总计\t\t18', '\t（七）总计\t\t17');
  const md = value(await hoverAt(session, text, '\t（七）总计\t\t17', '\t（七）总计\t\t'.length));
  assert.match(md, /Value: 17/);
  assert.match(md, /\*\*Relations\*\*/);
  assert.match(md, /17 ≠ 18 \(= 15 \+ 3, others 0\), off by 1 ✗/);
  assert.match(md, /21 \(= 20 \+ 1\) ≠ 20 \(= 17 \+ 3\), off by 1 ✗/);
  assert.equal(await session.stop(), 0);
});

test('a code lens above each table: consistency, and the preview command at that table', async () => {
  const session = await start();
  await session.open(URI, BASE, 1);
  const lenses = await session.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: URI } });
  assert.deepEqual(
    lenses.map((l) => l.command?.title),
    ['表二：无勾稽关系', '表三：勾稽关系 ✓', '表四：勾稽关系 ✓'],
  );
  for (const lens of lenses) {
    assert.equal(lens.command?.command, 'nianbao.showPreview');
    const args = lens.command?.arguments?.[0] as { uri: string; table: string };
    assert.equal(args.uri, URI);
  }
  assert.deepEqual(lenses.map((l) => (l.command?.arguments?.[0] as { table: string }).table), ['proactive', 'applications', 'appeals']);
  assert.equal(lenses[1]!.range.start.line, positionOf(BASE, '（本列数据的勾稽关系为').line);

  const broken = BASE.replace('\t（七）总计\t\t18', '\t（七）总计\t\t17');
  await session.change(URI, 2, [{ text: broken }]);
  const after = await session.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: URI } });
  assert.equal(after[1]!.command?.title, '表三：3 处不一致');
  assert.equal(await session.stop(), 0);
});

test('diagnostics link to their rule’s documentation', async () => {
  const session = await start();
  const broken = BASE.replace('\t（七）总计\t\t18', '\t（七）总计\t\t17');
  await session.open(URI, broken, 1);
  const diagnostics = await session.pullFull(URI);
  assert.ok(diagnostics.length > 0);
  for (const d of diagnostics) {
    const href = d.codeDescription?.href ?? '';
    assert.match(href, new RegExp(`/rules/${String(d.code)}\\.md$`));
    assert.ok(existsSync(fileURLToPath(href)), `${href}: the linked page exists`);
  }
  assert.equal(await session.stop(), 0);
});
