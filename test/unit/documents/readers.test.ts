// The document readers on documents made by real programs (LibreOffice) and by hand: every cell
// of the tables comes back, the findings equal those of the web page the document was made from,
// merged cells and tracked changes are read as Word shows them, and hostile files get one clear
// answer each.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { checkReport, modelValues, parseReport } from '../../../server/src/core';
import { readComposedDocument, readDocument, sniff } from '../../../server/src/core/documents';
import { readDocumentXml } from '../../../server/src/core/documents/docx';
import { libreOfficeConvert } from '../../support/tools';
import { officeDocument, reportPage, type ReportPage } from '../../support/documents';
import { templateDocx } from '../../support/templateDocx';

const codes = (text: string) =>
  checkReport(parseReport(text), text)
    .map((f) => f.code)
    .sort();

async function readBack(bytes: Uint8Array, name: string, page: ReportPage): Promise<void> {
  const read = await readComposedDocument(bytes, name);
  assert.ok(read.ok, read.ok ? '' : read.message);
  const values = modelValues(parseReport(read.composed.text));
  const wrong = Object.entries(page.values).filter(([key, value]) => values[key] !== value);
  assert.deepEqual(wrong.map(([k, v]) => `${k}: ${v} read as ${values[k]}`), [], `${name} ${page.format} seed ${page.seed}`);
  assert.deepEqual(codes(read.composed.text), codes(page.html), `findings of ${name} ${page.format} seed ${page.seed}`);
  assert.ok(read.composed.locations.length > 0, 'the text keeps where it came from');
}

for (const format of ['2019', '2021'] as const) {
  for (const seed of [1, 2]) {
    test(`HTML page (parse5): every cell and the same findings (${format}, seed ${seed})`, async () => {
      for (const rendering of ['html', 'html-js'] as const) {
        const page = reportPage(format, seed, rendering);
        await readBack(Buffer.from(page.html, 'utf8'), 'report.html', page);
      }
    });
    test(`a blank template DOCX filled in as a drafter types: every cell and the same findings (${format}, seed ${seed})`, async () => {
      const page = reportPage(format, seed);
      const bytes = templateDocx(page);
      // The fixture has what typing into a template leaves: split runs, content controls, merges.
      const xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
      for (const mark of ['<w:sdt>', '<w:proofErr', '<w:bookmarkStart', '<w:vMerge/>', '<w:gridSpan']) assert.ok(xml.includes(mark), `the template has ${mark}`);
      await readBack(bytes, 'report.docx', page);
    });
    test(`LibreOffice DOCX and PDF: every cell and the same findings (${format}, seed ${seed})`, async () => {
      const page = reportPage(format, seed);
      await readBack(officeDocument(page, 'docx'), 'report.docx', page);
      await readBack(officeDocument(page, 'pdf'), 'report.pdf', page);
    });
  }
}

test('HTML: GBK pages by their meta charset; a PDF page location is page and line, a DOCX one table, row and column', async () => {
  const page = reportPage('2021', 3);
  const gbkHtml = page.html.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gbk">');
  assert.notEqual(gbkHtml, page.html);
  // Node's TextEncoder writes UTF-8 only: encode the page's CJK as GB18030 through a round trip of our own decoder.
  const gbk = encodeGb18030(gbkHtml);
  await readBack(gbk, 'report.htm', { ...page, html: gbkHtml });

  const pdf = await readComposedDocument(officeDocument(page, 'pdf'), 'r.pdf');
  assert.ok(pdf.ok);
  assert.ok(pdf.composed.locations.every((l) => (l.location.page ?? 0) >= 1 && (l.location.line ?? 0) >= 0));
  const docx = await readComposedDocument(officeDocument(page, 'docx'), 'r.docx');
  assert.ok(docx.ok);
  assert.ok(docx.composed.locations.some((l) => l.location.table === 2 && (l.location.row ?? 0) > 1 && (l.location.column ?? 0) > 1));
  assert.ok(docx.composed.locations.some((l) => (l.location.paragraph ?? 0) >= 1));
});

/** GB18030 bytes of a string, found by searching the decoder's table (enough for a test page). */
function encodeGb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no GB18030 two-byte code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Uint8Array.from(bytes);
}

// ---------------------------------------------------------------------------------------------
// DOCX written by hand: the structures Word and WPS write.

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`;

function docx(body: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    ...extra,
  });
}

test('DOCX: gridSpan and vMerge give merged cells; tracked changes read as accepted', () => {
  const blocks = readDocumentXml(
    `<w:document ${W}><w:body>${p('一、总体情况')}<w:tbl>` +
      `<w:tr>${tc('三、本年度办理结果', '<w:vMerge w:val="restart"/>')}${tc('（一）予以公开', '<w:gridSpan w:val="2"/>')}${tc('5')}</w:tr>` +
      `<w:tr>${tc('', '<w:vMerge/>')}${tc('（二）部分公开')}${tc('')}<w:tc>${'<w:p><w:ins><w:r><w:t>7</w:t></w:r></w:ins><w:del><w:r><w:delText>9</w:delText></w:r></w:del></w:p>'}</w:tc></w:tr>` +
      `</w:tbl></w:body></w:document>`,
  );
  assert.equal(blocks.length, 2);
  assert.deepEqual(blocks[0], { kind: 'paragraph', text: '一、总体情况', location: { paragraph: 1 } });
  const table = blocks[1]!;
  assert.equal(table.kind, 'table');
  if (table.kind !== 'table') return;
  const rows = table.grid.rows.map((r) => r.cells.map((c) => (c.merged ? `<${c.merged}>` : c.text)));
  assert.deepEqual(rows, [
    ['三、本年度办理结果', '（一）予以公开', '<left>', '5'],
    ['<up>', '（二）部分公开', '', '7'],
  ]);
  assert.deepEqual(table.grid.rows[1]!.cells[3]!.location, { table: 1, row: 2, column: 4 });
});

test('DOCX saved by WPS: local headers that disagree with the central directory are read by the directory', async () => {
  const bytes = docx(p('本报告根据条例编制。'));
  // Damage every local header's sizes and CRC (what WPS is known to write); the central directory stays right.
  const damaged = Uint8Array.from(bytes);
  for (let i = 0; i + 30 < damaged.length; i++) {
    if (damaged[i] === 0x50 && damaged[i + 1] === 0x4b && damaged[i + 2] === 0x03 && damaged[i + 3] === 0x04) {
      for (let k = 14; k < 26; k++) damaged[i + k] = 0;
    }
  }
  const read = await readDocument(damaged, 'wps.docx');
  assert.ok(read.ok, read.ok ? '' : read.message);
  assert.deepEqual(read.document.blocks, [{ kind: 'paragraph', text: '本报告根据条例编制。', location: { paragraph: 1 } }]);
});

// ---------------------------------------------------------------------------------------------
// Hostile and broken documents: one clear answer each, quickly.

async function refused(bytes: Uint8Array, name: string, reason: string, words: RegExp): Promise<void> {
  const started = Date.now();
  const read = await readDocument(bytes, name);
  assert.equal(read.ok, false, `${name} should be refused`);
  if (read.ok) return;
  assert.equal(read.reason, reason, `${name}: ${read.message}`);
  assert.match(read.message, words);
  assert.match(read.message, /[\u4e00-\u9fff]/, 'the message is in Chinese first');
  assert.ok(Date.now() - started < 10_000, `${name} answered in ${Date.now() - started} ms`);
}

test('hostile documents: random bytes, a zip bomb, billion laughs, old formats, truncated, encrypted and text-less PDFs', async () => {
  const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
  await refused(random, 'random.docx', 'corrupt', /DOCX/);
  await refused(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...random]), 'broken-zip.docx', 'corrupt', /损坏|cannot/);

  // 2 MB of one byte deflates to a few KB: refused by its ratio before it is inflated.
  const bomb = zipSync({ 'word/document.xml': new Uint8Array(2 * 1024 * 1024).fill(0x20) }, { level: 9 });
  assert.ok(bomb.length < 20_000);
  await refused(bomb, 'bomb.docx', 'too-large', /MB/);

  const laughs =
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>' +
    `<w:document ${W}><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>`;
  await refused(zipSync({ 'word/document.xml': strToU8(laughs) }), 'laughs.docx', 'corrupt', /XML/);

  await refused(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), 'sheet.docx', 'not-a-document', /document\.xml/);
  const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...random]);
  await refused(ole, '年报.doc', 'old-format', /\.docx/);
  await refused(ole, '年报.wps', 'old-format', /\.docx/);
  await refused(ole, 'locked.docx', 'encrypted', /加密/);

  const pdf = officeDocument(reportPage('2021', 1), 'pdf');
  await refused(pdf.subarray(0, Math.floor(pdf.length / 2)), 'cut.pdf', 'corrupt', /PDF/);
  await refused(strToU8('%PDF-1.7\nnot really'), 'fake.pdf', 'corrupt', /PDF/);
  const page = reportPage('2021', 1);
  const locked = libreOfficeConvert(Buffer.from(page.html, 'utf8'), 'html', 'locked.pdf');
  await refused(readFileSync(locked), 'locked.pdf', 'encrypted', /加密/);
  // A page with a drawn empty table and no text at all: what a scan without OCR gives the reader.
  const blank = libreOfficeConvert(Buffer.from('<html><body><table border="1" width="100%"><tr><td>&nbsp;</td><td>&nbsp;</td></tr></table></body></html>'), 'html', 'pdf');
  await refused(readFileSync(blank), 'scan.pdf', 'no-text', /文字层|OCR/);
});


test('sniffing: the content decides, whatever the name', () => {
  assert.equal(sniff(strToU8('%PDF-1.4')), 'pdf');
  assert.equal(sniff(docx('')), 'docx');
  assert.equal(sniff(strToU8('<!DOCTYPE html><html>')), 'html');
  assert.equal(sniff(strToU8('一、总体情况')), 'text');
});
