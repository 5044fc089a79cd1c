// Bad input on the command line, each with a clear answer (issue 9): empty and whitespace-only
// files, binary and undecodable bytes, UTF-16 BE/LE and GB18030 files, CRLF, lone CR and mixed
// line ends, a BOM, a text that is not a report, a report with every table missing, and files
// above the size limit (`--max-file-size`, `maxFileSize` in .nianbaorc.json).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import test from 'node:test';
import { runCheck } from '../../../server/src/cli/check';
import { runTables } from '../../../server/src/cli/tables';
import { encodeText } from '../../../server/src/cli/encode';
import { readFixture } from '../rules/support';
import { runCaptured, tempFolder, type CliRun } from '../../support/cli';

const CLEAN = readFixture('base-2020.txt');

/** Line ends to cycle through; never a lone CR right before an LF (the two would read as one CRLF). */
const MIXED_ENDS = ['\n', '\r', '\r\n'];

type Run = CliRun;
const check = (args: string[], cwd: string): Promise<Run> => runCaptured((io) => runCheck(args, io), cwd);
const folder = (files: Record<string, string | Uint8Array>): string => tempFolder('nianbao-bad-', files);

type JsonOut = Array<{ file: string; diagnostics: Array<{ code: string; severity: string; message: string; range: unknown }> }>;

const diagnosticsOf = (r: Run, file: string) => (JSON.parse(r.out) as JsonOut).find((f) => f.file === file)?.diagnostics;

test('empty, whitespace-only and non-report texts are skipped with a reason, not failed and not checked', async () => {
  const dir = folder({
    'empty.txt': '',
    'blank.txt': '\ufeff \r\n\t\n　\n',
    'news.txt': '本报讯 今年以来，我市持续推进城乡环境整治工作，累计清理垃圾1200余吨。\n下一步将继续加大投入。\n',
    'readme.md': '# csv2json\n\nConverts CSV files to JSON. See LICENSE.\n',
  });
  const r = await check(['--format', 'json', '.'], dir);
  assert.equal(r.status, 0, r.err);
  assert.deepEqual(JSON.parse(r.out), [], 'nothing is reported for them');
  for (const name of ['empty.txt', 'blank.txt', 'news.txt', 'readme.md']) {
    assert.match(r.err, new RegExp(`${name.replace('.', '\\.')}: 跳过（skipped）：.+`), `${name} gets a reason on stderr`);
  }
  assert.match(r.err, /empty\.txt: 跳过（skipped）：文件为空/);
});

test('binary and undecodable bytes: one message each, status 2, the good file still checked', async () => {
  const corruptUtf8 = Buffer.concat([Buffer.from(CLEAN.slice(0, 400)), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from(CLEAN.slice(400))]);
  const dir = folder({ 'a-png.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]), 'b-corrupt.txt': corruptUtf8, 'c-good.txt': CLEAN });
  const r = await check(['--format', 'json', '.'], dir);
  assert.equal(r.status, 2);
  assert.match(r.err, /a-png\.txt: 文件是二进制内容/);
  assert.match(r.err, /b-corrupt\.txt: 无法识别文件编码/);
  assert.deepEqual((JSON.parse(r.out) as JsonOut).map((f) => f.file), ['c-good.txt']);
});

test('the same report in every encoding and line-end style gives the same findings', async () => {
  const broken = CLEAN.replace('（一）予以公开\t\t15\t', '（一）予以公开\t\t51\t');
  assert.notEqual(broken, CLEAN);
  const lf = broken.replace(/\r\n/g, '\n');
  let mixedIndex = 0;
  const mixed = lf.replace(/\n/g, () => MIXED_ENDS[mixedIndex++ % 3]!);
  const files: Record<string, Uint8Array | string> = {
    'lf.txt': lf,
    'crlf.txt': lf.replace(/\n/g, '\r\n'),
    'cr.txt': lf.replace(/\n/g, '\r'),
    'mixed.txt': mixed,
    'bom.txt': encodeText(lf, 'utf-8', true)!,
    'utf16le.txt': encodeText(lf, 'utf-16le', true)!,
    'utf16be.txt': encodeText(lf, 'utf-16be', true)!,
    'gb18030.txt': encodeText(lf.replace(/\n/g, '\r\n'), 'gb18030', false)!,
  };
  const r = await check(['--format', 'json', '.'], folder(files));
  assert.equal(r.status, 1, r.err);
  const summary = (file: string) =>
    diagnosticsOf(r, file)!
      .map((d) => `${d.code}:${d.message}`)
      .sort();
  const expected = summary('lf.txt');
  assert.ok(expected.some((d) => d.startsWith('applications-row-total:') && /应为 15，实际为 51/.test(d)));
  for (const file of Object.keys(files)) assert.deepEqual(summary(file), expected, file);
  // Positions follow each file's own lines: line numbers agree whatever the line ends.
  const lines = (file: string) => diagnosticsOf(r, file)!.map((d) => JSON.stringify(d.range)).sort();
  for (const file of ['crlf.txt', 'cr.txt', 'mixed.txt', 'bom.txt', 'utf16le.txt', 'gb18030.txt']) assert.deepEqual(lines(file), lines('lf.txt'), file);
});

test('a report with every table missing: table-missing for each of the three, nothing invented', async () => {
  const text = CLEAN.split(/\r?\n/)
    .filter((line) => !/\t/.test(line) && !/^第二十条/.test(line) && !/^信息内容/.test(line))
    .join('\n');
  const r = await check(['--format', 'json', 'r.txt'], folder({ 'r.txt': text }));
  const diagnostics = diagnosticsOf(r, 'r.txt')!;
  assert.deepEqual(diagnostics.filter((d) => d.code === 'table-missing').length, 3, JSON.stringify(diagnostics, null, 1));
  for (const d of diagnostics) assert.ok(!/^(applications|appeals|cell|row)-/.test(d.code), `no cell or arithmetic finding without tables: ${d.code}`);
  assert.equal(r.status, 1);
});

test('a 20 MB file: one information notice file-too-large, no analysis, status 0', async () => {
  const para = '2020年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息219条。\n';
  const big = CLEAN + para.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(para)));
  const dir = folder({ 'big.txt': big, 'small.txt': CLEAN });
  const started = performance.now();
  const r = await check(['--format', 'json', 'big.txt', 'small.txt'], dir);
  const ms = performance.now() - started;
  assert.equal(r.status, 0, r.err);
  const notice = diagnosticsOf(r, 'big.txt')!;
  assert.equal(notice.length, 1);
  assert.equal(notice[0]!.code, 'file-too-large');
  assert.equal(notice[0]!.severity, 'information');
  assert.match(notice[0]!.message, /^文件大小 20\.\d MB，超过上限 5 MB，未作检查/);
  assert.deepEqual(notice[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  assert.deepEqual(diagnosticsOf(r, 'small.txt'), [], 'the small file is checked as usual');
  assert.ok(ms < 5_000, `the big file is not read: ${Math.round(ms)} ms`);
  // Compact text output, in English: one line.
  const text = await check(['--format', 'compact', '--locale', 'en', 'big.txt'], dir);
  assert.match(text.out, /^big\.txt:1:1 information file-too-large Not analysed: the file is 20\.\d MB, above the limit of 5 MB/);
  assert.equal(text.out.trim().split('\n').length, 1);
});

test('the limit comes from --max-file-size, else from .nianbaorc.json; bad values are refused', async () => {
  const dir = folder({ 'r.txt': CLEAN, '.nianbaorc.json': JSON.stringify({ maxFileSize: 0.001 }) });
  const fromProject = await check(['--format', 'json', 'r.txt'], dir);
  assert.deepEqual(diagnosticsOf(fromProject, 'r.txt')!.map((d) => d.code), ['file-too-large']);
  const fromFlag = await check(['--format', 'json', '--max-file-size', '1', 'r.txt'], dir);
  assert.deepEqual(diagnosticsOf(fromFlag, 'r.txt'), [], 'the flag wins over the project file');
  for (const bad of ['0', '-1', 'big', '']) {
    const r = await check([`--max-file-size=${bad}`, 'r.txt'], dir);
    assert.equal(r.status, 2, bad);
    assert.match(r.err, /--max-file-size/);
  }
  const badProject = folder({ 'r.txt': CLEAN, '.nianbaorc.json': JSON.stringify({ maxFileSize: 'huge' }) });
  const warned = await check(['--format', 'json', 'r.txt'], badProject);
  assert.match(warned.err, /"maxFileSize" 应为正数/);
  assert.deepEqual(diagnosticsOf(warned, 'r.txt'), [], 'the default limit applies');
});

test('tables: a file above the limit is listed with the reason and no numbers', async () => {
  const dir = folder({ 'r.txt': CLEAN });
  const tables = (args: string[]) => runCaptured((io) => runTables(args, io), dir);
  const limited = await tables(['--max-file-size', '0.001', join(dir, 'r.txt')]);
  assert.equal(limited.status, 0, limited.err);
  const [entry] = JSON.parse(limited.out) as Array<{ values: object; cells: unknown[]; problem?: string }>;
  assert.deepEqual([entry!.values, entry!.cells], [{}, []]);
  assert.match(entry!.problem ?? '', /^文件大小 0\.0 MB，超过上限 0\.001 MB，未作检查/);
  const unlimited = await tables([join(dir, 'r.txt')]);
  assert.equal(unlimited.status, 0);
  assert.ok(Object.keys((JSON.parse(unlimited.out) as Array<{ values: object }>)[0]!.values).length > 100, 'under the default limit it is read');
  assert.equal((await tables(['--max-file-size', 'x', join(dir, 'r.txt')])).status, 2);
});
