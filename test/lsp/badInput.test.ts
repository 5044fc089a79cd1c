// Bad input over LSP, each with a clear answer (issue 9): empty, whitespace-only, binary and
// not-a-report texts give no diagnostics and no errors; CRLF, lone CR, mixed line ends and a BOM
// give the findings of the plain text; a report with every table missing gets table-missing
// three times; a document above `nianbao.maxFileSize` gets one information notice and no
// analysis (no symbols, folding, hovers or tables), and moving the limit analyses it again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { sample, sessionStarter } from './support/session';

const start = sessionStarter();
const SAMPLE = '北京市大兴区应急管理局2020年政府信息公开工作年度报告.txt';

/** Line ends to cycle through; never a lone CR right before an LF (the two would read as one CRLF). */
const MIXED_ENDS = ['\n', '\r', '\r\n'];

const summary = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${String(d.code)}:${d.message}`).sort();

test('empty, whitespace-only, binary and not-a-report texts: no diagnostics, no symbols, nothing logged as failed', async () => {
  const session = await start();
  const texts: Record<string, string> = {
    empty: '',
    blank: ' \r\n\t\n　\n',
    binary: '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0001\u0002\u0003'.repeat(50),
    news: '本报讯 今年以来，我市持续推进城乡环境整治工作，累计清理垃圾1200余吨。\n下一步将继续加大投入，巩固整治成果。\n',
    code: 'function main() {\n  console.log("hello");\n}\n',
  };
  for (const [name, text] of Object.entries(texts)) {
    const uri = `untitled:${name}`;
    await session.open(uri, text, 1);
    assert.deepEqual(await session.pullFull(uri), [], `${name}: diagnostics`);
    assert.deepEqual(await session.request('textDocument/documentSymbol', { textDocument: { uri } }), [], `${name}: symbols`);
    assert.deepEqual(await session.request('textDocument/foldingRange', { textDocument: { uri } }), [], `${name}: folding`);
    assert.equal(await session.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null, `${name}: hover`);
  }
  assert.deepEqual(session.logs.filter((l) => /failed|uncaught/i.test(l)), []);
  assert.equal(await session.stop(), 0);
});

test('CRLF, lone CR, mixed line ends and a BOM give the findings of the plain text', async () => {
  const session = await start();
  const lf = sample(SAMPLE).text.replace(/\r\n/g, '\n').replace(/(（一）予以公开\n\t)\d+/, '$19');
  let i = 0;
  const variants: Record<string, string> = {
    lf,
    crlf: lf.replace(/\n/g, '\r\n'),
    cr: lf.replace(/\n/g, '\r'),
    mixed: lf.replace(/\n/g, () => MIXED_ENDS[i++ % 3]!),
    bom: `\ufeff${lf}`,
  };
  const results: Record<string, Diagnostic[]> = {};
  for (const [name, text] of Object.entries(variants)) {
    await session.open(`untitled:${name}`, text, 1);
    results[name] = await session.pullFull(`untitled:${name}`);
  }
  assert.ok(summary(results['lf']!).some((d) => d.startsWith('applications-')), 'the broken relation is found');
  for (const name of ['crlf', 'cr', 'mixed']) {
    assert.deepEqual(results[name]!.map((d) => ({ ...d, relatedInformation: undefined })), results['lf']!.map((d) => ({ ...d, relatedInformation: undefined })), name);
  }
  assert.deepEqual(summary(results['bom']!), summary(results['lf']!), 'bom');
  assert.equal(await session.stop(), 0);
});

test('a report with every table missing: table-missing three times, no cell or arithmetic finding', async () => {
  const session = await start();
  const text = sample(SAMPLE)
    .text.split(/\r?\n/)
    .filter((line) => !/\t/.test(line) && !/^第二十条/.test(line) && !/^信息内容/.test(line))
    .join('\n');
  await session.open('untitled:no-tables', text, 1);
  const diagnostics = await session.pullFull('untitled:no-tables');
  assert.equal(diagnostics.filter((d) => d.code === 'table-missing').length, 3, JSON.stringify(summary(diagnostics)));
  assert.deepEqual(diagnostics.filter((d) => /^(applications|appeals|cell|row)-/.test(String(d.code))), []);
  assert.equal(await session.stop(), 0);
});

test('a 20 MB document: one information notice, no analysis; the limit is the setting, per document', async () => {
  let limit: number | undefined;
  const session = await start({ settings: () => (limit === undefined ? {} : { maxFileSize: limit }) });
  const report = sample(SAMPLE).text;
  const para = '2020年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息219条。\n';
  const big = report + para.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(para)));
  const uri = 'untitled:big';
  const started = performance.now();
  await session.open(uri, big, 1);
  const diagnostics = await session.pullFull(uri);
  const ms = performance.now() - started;
  assert.equal(diagnostics.length, 1, JSON.stringify(summary(diagnostics)));
  const [notice] = diagnostics;
  assert.equal(notice!.code, 'file-too-large');
  assert.equal(notice!.severity, 3, 'information');
  assert.match(String(notice!.message), /^文件大小 20\.\d MB，超过上限 5 MB，未作检查（可在 nianbao\.maxFileSize 中调整上限）$/);
  assert.deepEqual(notice!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  assert.ok(ms < 10_000, `answered in ${Math.round(ms)} ms`);
  assert.deepEqual(await session.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
  assert.deepEqual(await session.request('textDocument/foldingRange', { textDocument: { uri } }), []);
  assert.deepEqual(await session.request('textDocument/codeLens', { textDocument: { uri } }), []);
  assert.equal(await session.request('textDocument/hover', { textDocument: { uri }, position: { line: 60, character: 2 } }), null);
  const tables = await session.request<{ tables: unknown[]; problem: { code: string } | null }>('nianbao/tables', { uri });
  assert.deepEqual(tables.tables, []);
  assert.equal(tables.problem?.code, 'too-large');

  // A small report under a tiny limit gets the notice too; moving the limit analyses it again.
  limit = 0.001;
  await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await session.waitFor(() => session.refreshes >= 1, 'a diagnostic refresh');
  await session.open('untitled:small', report, 1);
  assert.deepEqual((await session.pullFull('untitled:small')).map((d) => d.code), ['file-too-large']);
  limit = 5;
  await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await session.waitFor(() => session.refreshes >= 2, 'a second diagnostic refresh');
  const analysed = await session.pullFull('untitled:small');
  assert.ok(!analysed.some((d) => d.code === 'file-too-large'));
  assert.ok((await session.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: 'untitled:small' } })).length > 0);
  assert.equal(await session.stop(), 0);
});
