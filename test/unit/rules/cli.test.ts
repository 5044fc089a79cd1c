// `nianbao check`: exit codes, the text/JSON/SARIF contracts of docs/interfaces.md, the project file,
// encodings, unreadable files, cross-year peers. Runs the command in-process (runCheck) and,
// when the bundle exists, as a process (dist/cli.js).
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../server/src/core';
import { parseConfig, withIgnoreEntry } from '../../../server/src/core/config';
import { runCheck } from '../../../server/src/cli/check';
import { runCaptured, tempFolder, type CliRun } from '../../support/cli';
import { fixturePath, repoRoot } from '../../support/fixtures';
import { readFixture, replaceOnce } from './support';

const CLEAN = readFixture('base-2020.txt');
const BROKEN = replaceOnce(CLEAN, '（一）予以公开\t\t15\t', '（一）予以公开\t\t51\t');

const run = (args: string[], cwd: string, stderrIsTTY = false): Promise<CliRun> => runCaptured((io) => runCheck(args, io), cwd, stderrIsTTY);
const workspace = (files: Record<string, string | Uint8Array>): string => tempFolder('nianbao-check-', files);

test('exit 0 without error findings, 1 with one; compact lines like a compiler', async () => {
  const dir = workspace({ 'clean.txt': CLEAN, 'broken.txt': BROKEN });
  const clean = await run(['clean.txt'], dir);
  assert.equal(clean.status, 0, clean.err);
  assert.equal(clean.out, '');
  const broken = await run(['--format', 'compact', 'broken.txt'], dir);
  assert.equal(broken.status, 1);
  const lines = broken.out.trim().split('\n');
  assert.equal(lines.length, 1, 'one wrong cell, one finding');
  for (const line of lines) assert.match(line, /^broken\.txt:\d+:\d+ (error|warning|information|hint) [a-z-]+ \S/);
  assert.ok(lines.some((l) => / error applications-(row|outcome)-total .*应为 15，实际为 51/.test(l)), broken.out);
  // 1-based: the changed cell is on line 42 of the fixture (0-based 41).
  const row = lines[0]!;
  assert.equal(row.split(':')[1], '42');
});

test('exit 2 on bad arguments and missing paths', async () => {
  const dir = workspace({ 'a.txt': CLEAN });
  for (const args of [[], ['--format'], ['--format', 'xml', 'a.txt'], ['--bogus', 'a.txt'], ['--locale', 'fr', 'a.txt']]) {
    const r = await run(args, dir);
    assert.equal(r.status, 2, args.join(' '));
    assert.notEqual(r.err, '', args.join(' '));
  }
  const missing = await run(['nope.txt', 'a.txt'], dir);
  assert.equal(missing.status, 2);
  assert.match(missing.err, /nope\.txt/);
});

test('an unreadable (binary) file: one message, status 2, the other files still checked', async () => {
  const dir = workspace({ 'reports/bad.txt': new Uint8Array([0, 1, 2, 3, 0, 255]), 'reports/broken.txt': BROKEN });
  const r = await run(['--format', 'json', 'reports'], dir);
  assert.equal(r.status, 2);
  assert.equal(r.err.split('\n').filter((l) => l.includes('bad.txt')).length, 1, r.err);
  const json = JSON.parse(r.out) as Array<{ file: string }>;
  assert.deepEqual(json.map((f) => f.file), ['reports/broken.txt']);
});

test('JSON output is exactly the contract of docs/interfaces.md', async () => {
  const dir = workspace({ 'r/a.txt': BROKEN, 'r/b.md': CLEAN, 'r/node_modules/x.txt': BROKEN, 'r/notes.png': 'x' });
  const r = await run(['--format', 'json', 'r'], dir);
  assert.equal(r.status, 1);
  const json = JSON.parse(r.out) as Array<{ file: string; diagnostics: Array<Record<string, unknown>> }>;
  assert.deepEqual(json.map((f) => f.file), ['r/a.txt', 'r/b.md']);
  assert.deepEqual(json[1]!.diagnostics, []);
  for (const d of json[0]!.diagnostics) {
    assert.deepEqual(Object.keys(d).filter((k) => k !== 'relatedInformation').sort(), ['code', 'column', 'line', 'message', 'range', 'severity']);
    const range = d.range as { start: { line: number; character: number }; end: { line: number; character: number } };
    assert.ok(Number.isInteger(range.start.line) && Number.isInteger(range.end.character));
  }
  assert.ok(json[0]!.diagnostics.some((d) => d.code === 'applications-row-total' && d.severity === 'error'));
});

test('SARIF 2.1.0: schema, version, rules with ids, descriptions, help and levels, results with 1-based regions', async () => {
  const dir = workspace({ '报告 一.txt': BROKEN });
  const r = await run(['--format', 'sarif', '报告 一.txt'], dir);
  assert.equal(r.status, 1);
  const sarif = JSON.parse(r.out);
  assert.equal(sarif.version, '2.1.0');
  assert.match(sarif.$schema, /sarif-2\.1\.0/);
  assert.equal(sarif.runs.length, 1);
  const driver = sarif.runs[0].tool.driver;
  assert.equal(driver.name, 'nianbao');
  assert.deepEqual(driver.rules.map((x: { id: string }) => x.id), RULES.map((x) => x.id));
  for (const rule of driver.rules) {
    assert.ok(rule.shortDescription.text);
    assert.match(rule.helpUri, /^https:\/\//);
    assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
  }
  const results = sarif.runs[0].results;
  assert.ok(results.length > 0);
  for (const result of results) {
    assert.ok(RULES.some((x) => x.id === result.ruleId));
    assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(result.level));
    assert.ok(result.message.text);
    const location = result.locations[0].physicalLocation;
    assert.equal(location.artifactLocation.uri, '%E6%8A%A5%E5%91%8A%20%E4%B8%80.txt');
    assert.ok(location.region.startLine >= 1 && location.region.startColumn >= 1);
    assert.ok(location.region.endLine >= location.region.startLine);
  }
});

test('the project file sets severities (found by walking up) and --config names one', async () => {
  const dir = workspace({
    '.nianbaorc.json': JSON.stringify({ rules: { 'applications-row-total': 'warning', 'applications-outcome-total': 'off' } }),
    'sub/broken.txt': BROKEN,
    'strict.json': JSON.stringify({ rules: { 'applications-row-total': 'error' }, locale: 'en' }),
  });
  const walked = await run(['--format', 'json', 'sub'], dir);
  const diagnostics = (JSON.parse(walked.out) as Array<{ diagnostics: Array<{ code: string; severity: string }> }>)[0]!.diagnostics;
  assert.ok(diagnostics.some((d) => d.code === 'applications-row-total' && d.severity === 'warning'));
  assert.ok(!diagnostics.some((d) => d.code === 'applications-outcome-total'));
  assert.equal(walked.status, 0, 'no error left after the project file downgraded it');
  const named = await run(['--format', 'compact', '--config', 'strict.json', 'sub/broken.txt'], dir);
  assert.equal(named.status, 1);
  assert.match(named.out, /error applications-row-total .*should be 15, but is 51/);
  const bad = await run(['--config', 'missing.json', 'sub/broken.txt'], dir);
  assert.equal(bad.status, 2);
});

test('parseConfig: severities, locale, unknown rules and bad values are warnings, bad JSON an error', () => {
  const ok = parseConfig('{"rules":{"cell-empty":"off","title-missing":"Info","nope":"error","report-year":"loud"},"locale":"en"}');
  assert.deepEqual(ok.config, { rules: { 'cell-empty': 'off', 'title-missing': 'information' }, locale: 'en' });
  assert.equal(ok.warnings.length, 2);
  assert.ok(parseConfig('{rules').error);
  assert.ok(parseConfig('[]').error);
});

test('GB18030 with CRLF and UTF-16 with a BOM are decoded', async () => {
  const gb = readFixture('gb18030-2020.txt'); // read as UTF-8 it is garbage; the CLI must decode it
  assert.ok(!gb.includes('予以公开'));
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BROKEN, 'utf16le')]);
  const dir = workspace({ 'u16.txt': utf16 });
  for (const [file, cwd] of [['gb18030-2020.txt', fixturePath('rules')], ['u16.txt', dir]] as const) {
    const r = await run(['--format', 'json', file], cwd);
    assert.equal(r.status, 1, `${file}: ${r.err}`);
    const diagnostics = (JSON.parse(r.out) as Array<{ diagnostics: Array<{ code: string; message: string }> }>)[0]!.diagnostics;
    assert.ok(diagnostics.some((d) => d.code === 'applications-row-total' && /应为 15，实际为 51/.test(d.message)), file);
  }
});

test('cross-year: the previous report of the same body among the checked files feeds the chains', async () => {
  const base2022 = readFixture('base-2022.txt');
  const y2021 = base2022.replace(/2022年/g, '2021年').replace('2023年1月20日', '2022年1月20日');
  const dir = workspace({ 'a/2020.txt': CLEAN, 'b/2021.txt': y2021 });
  const r = await run(['--format', 'json', '.'], dir);
  const byFile = JSON.parse(r.out) as Array<{ file: string; diagnostics: Array<{ code: string }> }>;
  const chain = byFile.find((f) => f.file === 'b/2021.txt')!.diagnostics.filter((d) => d.code === 'carried-over-chain');
  assert.equal(chain.length, 2);
  const alone = await run(['--format', 'json', 'b/2021.txt'], dir);
  assert.ok(!alone.out.includes('carried-over-chain'));
});

test('progress on stderr only on a terminal with many files', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 12; i++) files[`r/${i}.txt`] = CLEAN;
  const dir = workspace(files);
  const tty = await run(['r'], dir, true);
  assert.match(tty.err, /\r正在检查 checking 12\/12/);
  const pipe = await run(['r'], dir, false);
  assert.doesNotMatch(pipe.err, /\r/);
});

test('dist/cli.js check: exit codes as a process', { skip: !existsSync(join(repoRoot(), 'dist', 'cli.js')) }, () => {
  const dir = workspace({ 'clean.txt': CLEAN, 'broken.txt': BROKEN });
  const cli = join(repoRoot(), 'dist', 'cli.js');
  const node = (args: string[]) => spawnSync(process.execPath, [cli, 'check', ...args], { cwd: dir, encoding: 'utf8' });
  assert.equal(node(['clean.txt']).status, 0);
  assert.equal(node(['broken.txt']).status, 1);
  assert.equal(node(['--format', 'nope', 'clean.txt']).status, 2);
  const json = node(['--format', 'json', 'broken.txt']);
  assert.equal(JSON.parse(json.stdout)[0].file, 'broken.txt');
});

test('text output: findings grouped under their file, aligned, with a summary; colour only when asked', async () => {
  const dir = workspace({ 'clean.txt': CLEAN, 'broken.txt': BROKEN });
  const r = await run(['.'], dir);
  assert.equal(r.status, 1);
  const lines = r.out.trimEnd().split('\n');
  assert.equal(lines[0], 'broken.txt');
  assert.ok(!r.out.includes('clean.txt'), 'a file without findings is not listed');
  const rows = lines.slice(1, lines.indexOf(''));
  assert.equal(rows.length, 1);
  for (const row of rows) assert.match(row, /^ {2}\d+:\d+ +(错误|警告|提示) {2}\S.* {2}[a-z-]+$/);
  assert.match(lines[lines.length - 1]!, /^✖ \d+ 个问题（\d+ 个错误，\d+ 个警告，\d+ 个提示），涉及 1\/2 个文件$/);
  assert.ok(!r.out.includes('\x1b['), 'no colour when not on a terminal');
  const english = await run(['--locale', 'en', 'broken.txt'], dir);
  assert.match(english.out, /\n {2}\d+:\d+ +error {2}/);
  assert.match(english.out, /✖ \d+ problems? \(\d+ errors?, \d+ warnings?, \d+ other\) in 1 of 1 files/);
  const coloured = await runCaptured((io) => runCheck(['broken.txt'], { ...io, stdoutIsTTY: true }), dir);
  assert.equal(coloured.out.includes('\x1b[31m'), !process.env['NO_COLOR'], 'errors in red on a terminal');
});

test('--quiet reports errors only; --max-warnings N turns more than N warnings into status 1', async () => {
  // A zero left blank: cell-empty warnings, no error.
  const warned = replaceOnce(CLEAN, '2.重复申请\t0\t0\t0\t0\t0\t0\t0', '2.重复申请\t0\t\t0\t\t0\t0\t0');
  const dir = workspace({ 'broken.txt': BROKEN, 'warned.txt': warned });
  type Files = Array<{ diagnostics: Array<{ severity: string }> }>;
  const all = JSON.parse((await run(['--format', 'json', '.'], dir)).out) as Files;
  const warnings = all[1]!.diagnostics.filter((d) => d.severity === 'warning').length;
  assert.ok(warnings > 0 && all[1]!.diagnostics.every((d) => d.severity !== 'error'), 'warned.txt has warnings and no error');
  const quiet = JSON.parse((await run(['--quiet', '--format', 'json', '.'], dir)).out) as Files;
  assert.ok(quiet[0]!.diagnostics.length > 0 && quiet.every((f) => f.diagnostics.every((d) => d.severity === 'error')));
  assert.equal((await run(['--max-warnings', String(warnings), 'warned.txt'], dir)).status, 0);
  assert.equal((await run(['--max-warnings', String(warnings - 1), 'warned.txt'], dir)).status, 1);
  assert.equal((await run(['--max-warnings', 'many', 'warned.txt'], dir)).status, 2);
});

test('JSON diagnostics carry 1-based line and column and the related cells', async () => {
  const dir = workspace({ 'broken.txt': BROKEN });
  const json = JSON.parse((await run(['--format', 'json', 'broken.txt'], dir)).out) as Array<{ diagnostics: Array<Record<string, any>> }>;
  for (const d of json[0]!.diagnostics) {
    assert.equal(d['line'], d['range'].start.line + 1);
    assert.equal(d['column'], d['range'].start.character + 1);
  }
  const total = json[0]!.diagnostics.find((d) => d['code'] === 'applications-row-total')!;
  assert.ok(total['relatedInformation'].length >= 1);
  for (const r of total['relatedInformation']) assert.ok(typeof r.message === 'string' && Number.isInteger(r.range.start.line));
});

test('--format html --output: one self-contained page; hostile report text stays text', async () => {
  const hostile = BROKEN.replaceAll('示例市示例局', '<script>alert(1)</script><img src=x onerror="alert(2)">"局\'');
  // A file name is shown as it is: make it hostile too.
  const dir = workspace({ 'broken.txt': hostile, 'clean.txt': CLEAN, '<img src=x onerror=alert(3)>.txt': BROKEN });
  const r = await run(['--format', 'html', '--output', 'report.html', '.'], dir);
  assert.equal(r.status, 1);
  assert.equal(r.out, '', 'the page goes to the file');
  const page = readFileSync(join(dir, 'report.html'), 'utf8');
  assert.match(page, /^<!DOCTYPE html>/);
  assert.match(page, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
  assert.doesNotMatch(page, /<script|<img|<iframe|<link|<a href="(?!#)/i, 'nothing executable or fetched');
  assert.match(page, /broken\.txt/);
  assert.match(page, /&#60;img src=x onerror=alert\(3\)&#62;\.txt/, 'the hostile name is shown escaped');
  assert.match(page, /applications-row-total/);
  assert.match(page, /<p class="clean">未发现问题。<\/p>/);
});

test('the project file’s ignore list hides the findings it names and reports the stale entries', async () => {
  const first = await run(['--format', 'json', 'sub/broken.txt'], workspace({ 'sub/broken.txt': BROKEN }));
  const found = (JSON.parse(first.out) as Array<{ diagnostics: Array<{ code: string; severity: string; data?: unknown }> }>)[0]!.diagnostics;
  const errors = found.filter((d) => d.severity === 'error');
  assert.ok(errors.length > 0);
  // Every error of the file ignored by rule (without key), plus one entry that matches nothing.
  const ignore = [...new Set(errors.map((d) => d.code))].map((rule) => ({ rule, file: 'sub/broken.txt' }));
  ignore.push({ rule: 'cell-empty', file: 'sub/broken.txt', key: 'proactive.licensing.decisions' } as (typeof ignore)[number]);
  const dir = workspace({ '.nianbaorc.json': JSON.stringify({ ignore }), 'sub/broken.txt': BROKEN });
  const quiet = await run(['--format', 'json', 'sub'], dir);
  assert.equal(quiet.status, 0, quiet.out);
  const left = (JSON.parse(quiet.out) as Array<{ diagnostics: Array<{ code: string; severity: string; message: string }> }>)[0]!.diagnostics;
  assert.ok(!left.some((d) => d.severity === 'error'));
  const stale = left.filter((d) => d.code === 'ignore-stale');
  assert.equal(stale.length, 1);
  assert.equal(stale[0]!.severity, 'information');
  assert.match(stale[0]!.message, /cell-empty proactive\.licensing\.decisions/);
});

test('parseConfig reads the ignore list; withIgnoreEntry adds one entry, keeping the rest', () => {
  const parsed = parseConfig('{"ignore":[{"rule":"cell-empty","file":"a.txt","key":"x.y.z"},{"rule":3}]}');
  assert.deepEqual(parsed.config.ignore, [{ rule: 'cell-empty', file: 'a.txt', key: 'x.y.z' }]);
  assert.equal(parsed.warnings.length, 1);
  const added = withIgnoreEntry('{"rules":{"cell-empty":"off"}}', { rule: 'cell-not-number', file: 'b/c.pdf', key: 'k' });
  assert.deepEqual(JSON.parse(added), { rules: { 'cell-empty': 'off' }, ignore: [{ rule: 'cell-not-number', file: 'b/c.pdf', key: 'k' }] });
  assert.equal(withIgnoreEntry(added, { rule: 'cell-not-number', file: 'b/c.pdf', key: 'k' }), added);
  assert.deepEqual(JSON.parse(withIgnoreEntry(null, { rule: 'r', file: 'f' })), { ignore: [{ rule: 'r', file: 'f' }] });
  assert.throws(() => withIgnoreEntry('{bad', { rule: 'r', file: 'f' }));
});
