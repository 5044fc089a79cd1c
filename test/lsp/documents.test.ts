// `nianbao/readDocument` over the bundled server: a DOCX and a PDF on disk come back as the report
// text the editor shows; that text, opened as a document, gets the diagnostics of its tables;
// a broken document gets its reason, and the server lives on.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { ReadDocumentResult } from '../../shared/protocol';
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
  const broken = await session.request<ReadDocumentResult>('nianbao/readDocument', { uri: pathToFileURL(join(dir, 'c.docx')).href });
  assert.equal(broken.ok, false);
  if (!broken.ok) assert.match(broken.message, /DOCX/);
  assert.equal(await session.stop(), 0);
});
