// `nianbao check --fix report.docx`: the corrected total is written into the Word cell itself,
// the original kept as .bak, and LibreOffice reads the fixed file with the right number.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { modelValues, parseReport } from '../../../server/src/core';
import { readComposedDocument } from '../../../server/src/core/documents';
import { replaceCellTexts } from '../../../server/src/core/documents/docxFix';
import { runCheck } from '../../../server/src/cli/check';
import { runCaptured, tempFolder } from '../../support/cli';
import { officeDocument, wrongTotalPage } from '../../support/documents';
import { libreOfficeConvertFile } from '../../support/tools';

test('check --fix on a DOCX writes the corrected total into its cell; LibreOffice reads it back', async () => {
  const page = wrongTotalPage('2021', 1);
  const original = officeDocument(page, 'docx');
  const dir = tempFolder('nianbao-docx-fix-', { 'report.docx': original });
  const path = join(dir, 'report.docx');
  const before = await runCaptured((io) => runCheck(['--format', 'json', 'report.docx'], io), dir);
  assert.equal(before.status, 1, 'the wrong total is an error');
  const fixed = await runCaptured((io) => runCheck(['--fix', '--format', 'json', 'report.docx'], io), dir);
  assert.match(fixed.err, /已在 Word 表格中修复 \d+ 格/);
  assert.ok(!JSON.parse(fixed.out)[0].diagnostics.some((d: { code: string }) => d.code.startsWith('applications-')), fixed.out);
  assert.deepEqual(readFileSync(`${path}.bak`), original, 'the original is kept');

  // Our reader and LibreOffice both read the page's own numbers from the fixed file.
  const read = await readComposedDocument(readFileSync(path), 'report.docx');
  assert.ok(read.ok);
  assert.deepEqual(modelValues(parseReport(read.composed.text)), page.values);
  const text = readFileSync(libreOfficeConvertFile(path, 'txt'), 'utf8');
  assert.equal(modelValues(parseReport(text))['applications.new.total'], page.values['applications.new.total']);

  const again = tempFolder('nianbao-docx-fix-', { 'report.docx': original });
  await runCaptured((io) => runCheck(['--fix', '--no-backup', 'report.docx'], io), again);
  assert.ok(!existsSync(join(again, 'report.docx.bak')));
});

test('replaceCellTexts: cells found as the reader numbers them (spans counted); an empty cell gets a run', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const xml =
    `<w:document ${W}><w:body><w:tbl>` +
    '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>标签</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1</w:t></w:r><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr>' +
    '<w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:pPr/></w:p></w:tc><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr>' +
    '</w:tbl></w:body></w:document>';
  const out = replaceCellTexts(xml, [
    { table: 1, row: 1, column: 3, text: '5' },
    { table: 1, row: 2, column: 1, text: '0' },
    { table: 1, row: 2, column: 2, text: '<7>' },
  ]);
  assert.match(out, /<w:tc><w:p><w:r><w:t>5<\/w:t><\/w:r><w:r><w:t><\/w:t><\/w:r><\/w:p><\/w:tc><\/w:tr>/);
  assert.match(out, /<w:tc><w:p><w:r><w:t>0<\/w:t><\/w:r><\/w:p><\/w:tc>/);
  assert.match(out, /<w:p><w:pPr\/><w:r><w:t>&lt;7&gt;<\/w:t><\/w:r><\/w:p>/);
  assert.ok(out.includes('<w:t>标签</w:t>') && out.includes('<w:t>x</w:t>'), 'other cells unchanged');
  assert.throws(() => replaceCellTexts(xml, [{ table: 2, row: 1, column: 1, text: '1' }]), /no cell 2\/1\/1/);
});
