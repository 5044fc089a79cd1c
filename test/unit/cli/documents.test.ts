// `nianbao check` and `nianbao tables` over a folder of documents, as a reviewer downloads them:
// DOCX and PDF are read, unreadable files get one line each and status 2 while the others are
// still checked, and findings say where to look in the document.
import assert from 'node:assert/strict';
import test from 'node:test';
import { runCheck } from '../../../server/src/cli/check';
import { runTables } from '../../../server/src/cli/tables';
import { runCaptured, tempFolder } from '../../support/cli';
import { officeDocument, reportPage, wrongTotalPage } from '../../support/documents';

test('check: a folder of DOCX, PDF and HTML is read; unreadable files get one line each and status 2', async () => {
  const page = wrongTotalPage('2021', 1);
  const dir = tempFolder('nianbao-docs-', {
    'r/a.docx': officeDocument(page, 'docx'),
    'r/b.pdf': officeDocument(page, 'pdf'),
    'r/c.html': page.html,
    'r/bad.docx': 'not a zip at all',
    'r/old.doc': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    'r/~$a.docx': 'lock file',
  });
  const r = await runCaptured((io) => runCheck(['--format', 'json', 'r'], io), dir);
  assert.equal(r.status, 2);
  const json = JSON.parse(r.out) as Array<{ file: string; diagnostics: Array<{ code: string; location?: Record<string, number> }> }>;
  assert.deepEqual(json.map((f) => f.file), ['r/a.docx', 'r/b.pdf', 'r/c.html']);
  for (const file of json) {
    const wrong = file.diagnostics.filter((d) => d.code.startsWith('applications-'));
    assert.ok(wrong.length > 0, `${file.file}: the wrong total is found`);
    assert.ok(wrong.every((d) => d.location), `${file.file}: findings carry a document location`);
  }
  const docxLocation = json[0]!.diagnostics.find((d) => d.code.startsWith('applications-'))!.location!;
  assert.ok(docxLocation['table']! >= 1 && docxLocation['row']! >= 1 && docxLocation['column']! >= 1);
  const pdfLocation = json[1]!.diagnostics.find((d) => d.code.startsWith('applications-'))!.location!;
  assert.ok(pdfLocation['page']! >= 1 && pdfLocation['line']! >= 1);
  const errLines = r.err.split('\n').filter((l) => l.startsWith('r/'));
  assert.equal(errLines.filter((l) => l.startsWith('r/bad.docx')).length, 1);
  assert.equal(errLines.filter((l) => l.startsWith('r/old.doc:')).length, 1);
  assert.match(r.err, /另存为 \.docx/);
  assert.doesNotMatch(r.err, /~\$a\.docx/);

  const text = await runCaptured((io) => runCheck(['r/a.docx'], io), dir);
  assert.match(text.out, /第 \d+ 个表格第 \d+ 行第 \d+ 列/);
});

test('tables: the numbers of a DOCX and a PDF equal those of the page they were made from', async () => {
  const page = reportPage('2019', 2);
  const dir = tempFolder('nianbao-docs-', { 'a.docx': officeDocument(page, 'docx'), 'b.pdf': officeDocument(page, 'pdf') });
  const r = await runCaptured((io) => runTables(['--format', 'json', '.'], io), dir);
  assert.equal(r.status, 0, r.err);
  const files = JSON.parse(r.out) as Array<{ file: string; values: Record<string, number | null> }>;
  assert.equal(files.length, 2);
  for (const f of files) assert.deepEqual(f.values, page.values, f.file);
});
