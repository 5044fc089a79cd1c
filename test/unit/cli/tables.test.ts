// `nianbao tables`: the JSON and CSV contracts of docs/interfaces.md, encodings, bad input.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { runTables } from '../../../server/src/cli/tables';
import { runCaptured, type CliRun } from '../../support/cli';
import { fixturePath, repoRoot } from '../../support/fixtures';

const seeds = fixturePath('seeds');

const run = (args: string[], cwd = repoRoot()): Promise<CliRun> => runCaptured((io) => runTables(args, io), cwd);

test('JSON: one object per file with year, format, values and cells with LSP ranges', async () => {
  const r = await run([seeds]);
  assert.equal(r.status, 0);
  const files = JSON.parse(r.out) as Array<Record<string, any>>;
  assert.equal(files.length, 5);
  for (const f of files) {
    const name = (f.file as string).split('/').pop()!.replace('.txt', '');
    const expected = JSON.parse(readFileSync(fixturePath('seeds', `${name}.expected.json`), 'utf8'));
    assert.equal(f.year, expected.year);
    assert.equal(f.format, expected.format);
    assert.deepEqual(f.values, expected.values);
    assert.equal(f.cells.length, Object.keys(f.values).length);
    const cell = f.cells.find((c: any) => c.key === 'applications.new.total');
    assert.ok(cell.range.start.line >= 0 && cell.range.end.character > cell.range.start.character);
  }
  const s001 = files.find((f) => (f.file as string).includes('001_'))!;
  assert.equal(s001.values['proactive.procurement.amount'], 929.9082);
  assert.deepEqual(s001.unrecognizedRows.map((u: any) => [u.label, u.parentRow]), [['行政检查', 'other-services'], ['行政确认', 'other-services']]);
  const s000 = files.find((f) => (f.file as string).includes('000_'))!;
  assert.equal(s000.values['proactive.procurement.amount'], 433.9, '4339000.00元 is 433.9 万元');
  assert.equal(s000.values['proactive.other-services.decisions'], null, 'an empty cell is null, not 0');
});

test('CSV: a byte order mark, a header of Chinese labels and one of keys, one line per report', async () => {
  const r = await run(['--format', 'csv', seeds]);
  assert.equal(r.status, 0);
  assert.ok(r.out.startsWith('\ufeff'), 'Excel on a Chinese PC reads UTF-8 only with the BOM');
  const lines = r.out.slice(1).trim().split('\n');
  assert.equal(lines.length, 7);
  const labels = lines[0]!.split(',');
  const header = lines[1]!.split(',');
  assert.deepEqual(header.slice(0, 5), ['file', 'year', 'format', 'body', 'publicationDate']);
  assert.equal(labels[header.indexOf('applications.new.natural-person')], '表三·本年新收·自然人');
  assert.equal(labels[header.indexOf('applications.denied-state-secret.total')], '表三·不予公开·属于国家秘密·总计');
  assert.equal(labels[header.indexOf('appeals.cases.direct-upheld')], '表四·未经复议直接起诉·结果维持');
  assert.equal(new Set(labels).size, labels.length, 'every head is its own');
  for (const [option, first] of [['zh', '文件'], ['id', 'file']] as const) {
    const one = await run(['--format', 'csv', '--header', option, seeds]);
    assert.equal(one.out.slice(1).trim().split('\n').length, 6);
    assert.ok(one.out.slice(1).startsWith(`${first},`));
  }
  assert.equal((await run(['--format', 'csv', '--header', 'fr', seeds])).status, 2);
  assert.ok(header.includes('applications.new.total'));
  assert.ok(header.includes('proactive.procurement.amount'), '2019 keys');
  assert.ok(header.includes('applications.other-no-fee.total'), '2021 keys (seed 002)');
  const row002 = lines.find((l) => l.includes('002_'))!.split(',');
  assert.equal(row002[header.indexOf('year')], '2021');
  assert.equal(row002[header.indexOf('proactive.licensing.decisions')], '34');
  assert.equal(row002[header.indexOf('applications.granted.total')], '', 'an incomplete row is empty in the sheet');
});

test('GB18030 files are read; unreadable paths give status 2 and the others are still listed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-tables-'));
  const text = readFileSync(join(seeds, '001_ab7eca12f286f93a.txt'), 'utf8');
  // 年报 in GBK bytes (Node has no GB18030 encoder to write a whole report with).
  const gbTitle = Uint8Array.from([0xc4, 0xea, 0xb1, 0xa8]);
  writeFileSync(join(dir, 'gb.txt'), Buffer.concat([Buffer.from(gbTitle), Buffer.from('\n')]));
  writeFileSync(join(dir, 'report.txt'), text);
  writeFileSync(join(dir, 'binary.txt'), Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0]));
  const r = await run([dir, join(dir, 'no-such-file.txt')], dir);
  assert.equal(r.status, 2);
  assert.match(r.err, /no-such-file\.txt/);
  assert.match(r.err, /binary/);
  const files = JSON.parse(r.out) as Array<Record<string, any>>;
  assert.deepEqual(files.map((f) => f.file).sort(), ['binary.txt', 'gb.txt', 'report.txt']);
  assert.equal(files.find((f) => f.file === 'report.txt')!.values['applications.new.total'], 21);
  assert.ok(files.find((f) => f.file === 'binary.txt')!.error);
  assert.ok(files.find((f) => f.file === 'gb.txt')!.problem, 'a two-character text is no report, and says so');
});

test('bad arguments give status 2 and the usage', async () => {
  assert.equal((await run([])).status, 2);
  const r = await run(['--format', 'xml', seeds]);
  assert.equal(r.status, 2);
  assert.match(r.err, /json、csv 或 xlsx/);
});
