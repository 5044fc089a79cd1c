// `nianbao/readDocument` over the bundled server: a DOCX and a PDF on disk come back as the report
// text the editor shows; that text, opened as a document, gets the diagnostics of its tables;
// a quick fix in a DOCX's view writes the Word cell; a broken document gets its reason, and the
// server lives on.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction } from 'vscode-languageserver-protocol';
import type { CheckFileResult, ReadDocumentResult } from '../../shared/protocol';
import { officeDocument, wrongTotalPage } from '../support/documents';
import { Session } from './support/session';

test('readDocument: DOCX and PDF read as report text; a broken file gets its reason', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-lsp-docs-'));
  const page = wrongTotalPage('2021', 1);
  writeFileSync(join(dir, 'a.docx'), officeDocument(page, 'docx'));
  writeFileSync(join(dir, 'b.pdf'), officeDocument(page, 'pdf'));
  writeFileSync(join(dir, 'c.docx'), 'not a zip');
  const session = await Session.start();
  for (const name of ['a.docx', 'b.pdf']) {
    const result = await session.request<ReadDocumentResult>('nianbao/readDocument', { uri: pathToFileURL(join(dir, name)).href });
    assert.ok(result.ok, name);
    if (!result.ok) continue;
    assert.match(result.text, /本年新收政府信息公开申请数量/);
    const uri = `nianbao-document:${join(dir, name)}.nianbao`;
    await session.open(uri, result.text);
    const diagnostics = await session.pullFull(uri);
    assert.ok(diagnostics.some((d) => String(d.code).startsWith('applications-')), `${name}: the wrong total is found: ${JSON.stringify(diagnostics.map((d) => d.code))}`);
  }
  // A quick fix in a view: the DOCX's is a command writing the Word cell (original kept as .bak);
  // the PDF's view offers no edit it could not apply.
  const fixesOf = async (name: string) => {
    const uri = `nianbao-document:${join(dir, name)}.nianbao`;
    const diagnostics = await session.pullFull(uri);
    const wrong = diagnostics.find((d) => String(d.code).startsWith('applications-') && d.severity === 1)!;
    const actions = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: wrong.range, context: { diagnostics: [wrong] } });
    return { uri, actions };
  };
  const pdf = await fixesOf('b.pdf');
  assert.ok(pdf.actions.every((a) => !a.edit && !a.data && a.command?.command !== 'nianbao.fixDocument'), `PDF: ${JSON.stringify(pdf.actions.map((a) => a.title))}`);
  const docx = await fixesOf('a.docx');
  const fix = docx.actions.find((a) => a.command?.command === 'nianbao.fixDocument');
  assert.ok(fix, `DOCX: a fix into the Word file: ${JSON.stringify(docx.actions.map((a) => a.title))}`);
  assert.match(fix.title, /写入 Word 文件/);
  const applied = await session.request<{ ok: boolean }>('workspace/executeCommand', { command: fix.command!.command, arguments: fix.command!.arguments });
  assert.equal(applied.ok, true, JSON.stringify(applied));
  assert.ok(existsSync(join(dir, 'a.docx.bak')), 'the original is kept');
  const reread = await session.request<ReadDocumentResult>('nianbao/readDocument', { uri: pathToFileURL(join(dir, 'a.docx')).href });
  assert.ok(reread.ok);
  if (reread.ok) {
    await session.change(docx.uri, 2, [{ text: reread.text }]);
    const after = await session.pullFull(docx.uri);
    assert.ok(!after.some((d) => String(d.code).startsWith('applications-') && d.severity === 1), `fixed in the file: ${JSON.stringify(after.map((d) => d.code))}`);
  }
  // A second run of the same (now stale) fix is refused, with a reason.
  const stale = await session.request<{ ok: boolean; message?: string }>('workspace/executeCommand', { command: fix.command!.command, arguments: fix.command!.arguments });
  assert.equal(stale.ok, false);

  const broken = await session.request<ReadDocumentResult>('nianbao/readDocument', { uri: pathToFileURL(join(dir, 'c.docx')).href });
  assert.equal(broken.ok, false);
  if (!broken.ok) assert.match(broken.message, /DOCX/);
  // A 40 MB web page: one clear word, and the server answers the next request.
  const pad = `<p>${'填充文字'.repeat(50)}</p>\n`;
  writeFileSync(join(dir, 'huge.html'), `<html><head><meta charset="utf-8"></head><body><h1>某局2023年政府信息公开工作年度报告</h1>${pad.repeat(Math.ceil(40e6 / Buffer.byteLength(pad)))}</body></html>`);
  const huge = await session.request<CheckFileResult>('nianbao/checkFile', { uri: pathToFileURL(join(dir, 'huge.html')).href, force: true });
  // Named as a report (force), so it is answered with one finding that says why it was not read.
  const said = huge.skipped ? [huge.skipped.message] : huge.diagnostics.map((d) => (d as { message: string }).message);
  assert.equal(said.length, 1, JSON.stringify(said));
  assert.match(said[0]!, /过大|超过上限|too large/);
  const after = await session.request<ReadDocumentResult>('nianbao/readDocument', { uri: pathToFileURL(join(dir, 'a.docx')).href });
  assert.ok(after.ok, 'the server lives on');
  assert.equal(await session.stop(), 0);
});
