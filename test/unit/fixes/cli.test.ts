// `nianbao check --fix`: files rewritten in place with the editor's fix-all, in their own
// encoding, then the remaining findings reported; a second run changes nothing.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCheck } from '../../../server/src/cli/check';
import { encodeText } from '../../../server/src/cli/encode';
import { decodeReportBytes } from '../../../server/src/core';
import { readFixture } from '../rules/support';
import { runCaptured, tempFolder, type CliRun } from '../../support/cli';

const BASE_2022 = readFixture('base-2022.txt');
const BROKEN = BASE_2022.replace('\t（七）总计\t\t18', '\t（七）总计\t\t17')
  .replace('行政事业性收费\t0', '行政事业性收费\t4339000.00元')
  .replace('六、其他需要报告的事项\n', '');

const run = (args: string[], cwd: string): Promise<CliRun> => runCaptured((io) => runCheck(args, io), cwd);
const workspace = (files: Record<string, string | Uint8Array>): string => tempFolder('nianbao-fix-', files);

test('check --fix rewrites the file, reports what is left, and a second run changes nothing', async () => {
  const dir = workspace({ 'a.txt': BROKEN, 'clean.txt': BASE_2022 });
  const before = await run(['--format', 'json', 'a.txt'], dir);
  assert.equal(before.status, 1);
  const fixed = await run(['--fix', 'a.txt', 'clean.txt'], dir);
  assert.match(fixed.err, /a\.txt: 已修复 3 处/);
  assert.doesNotMatch(fixed.err, /clean\.txt: 已修复/);
  const text = readFileSync(join(dir, 'a.txt'), 'utf8');
  assert.match(text, /（七）总计\t\t18\t/);
  assert.match(text, /行政事业性收费\t433\.9\n/);
  assert.match(text, /六、其他需要报告的事项\n无\n/);
  assert.equal(readFileSync(join(dir, 'clean.txt'), 'utf8'), BASE_2022, 'a clean file is not touched');
  assert.equal(fixed.out, '', 'nothing left to report');
  assert.equal(fixed.status, 0);
  const again = await run(['--fix', 'a.txt'], dir);
  assert.doesNotMatch(again.err, /已修复/);
  assert.equal(readFileSync(join(dir, 'a.txt'), 'utf8'), text);
});

test('check --fix keeps the encoding: GB18030, UTF-8 with BOM, UTF-16LE', async () => {
  const gb = encodeText(BROKEN, 'gb18030', false)!;
  assert.ok(gb, 'the fixture is encodable in GB18030');
  const dir = workspace({
    'gb.txt': gb,
    'bom.txt': encodeText(BROKEN, 'utf-8', true)!,
    'u16.txt': encodeText(BROKEN, 'utf-16le', false)!,
  });
  const result = await run(['--fix', '--format', 'json', '.'], dir);
  assert.equal(result.status, 0, result.err);
  assert.deepEqual(JSON.parse(result.out).map((f: { diagnostics: unknown[] }) => f.diagnostics.length), [0, 0, 0]);
  const gbBytes = readFileSync(join(dir, 'gb.txt'));
  const decoded = decodeReportBytes(gbBytes);
  assert.ok(decoded.ok && decoded.encoding === 'gb18030');
  assert.match(decoded.ok ? decoded.text : '', /六、其他需要报告的事项\n无\n/);
  const bom = readFileSync(join(dir, 'bom.txt'));
  assert.deepEqual([...bom.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const u16 = readFileSync(join(dir, 'u16.txt'));
  assert.deepEqual([...u16.subarray(0, 2)], [0xff, 0xfe]);
  const u16Text = decodeReportBytes(u16);
  assert.ok(u16Text.ok && /（七）总计\t\t18\t/.test(u16Text.text));
});

test('without --fix nothing is written; --help documents the option', async () => {
  const dir = workspace({ 'a.txt': BROKEN });
  await run(['a.txt'], dir);
  assert.equal(readFileSync(join(dir, 'a.txt'), 'utf8'), BROKEN);
  assert.match((await run(['--help'], dir)).out, /--fix/);
});
