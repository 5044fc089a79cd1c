// The CSV export of the preview is the sheet the command line prints for the same report.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import test from 'node:test';
import { parseReport } from '../../server/src/core';
import { runTables } from '../../server/src/cli/tables';
import { tablesResult } from '../../shared/protocol';
import { csvFileBytes, csvPathFor, tablesCsv } from '../../client/src/preview/export';
import { runCaptured } from '../support/cli';
import { repoRoot } from '../support/fixtures';
import { sample } from './support';

const NAME = '北京市大兴区应急管理局2020年政府信息公开工作年度报告.txt';

test('the export equals `nianbao tables --format csv` for the same report', async () => {
  const { status, out } = await runCaptured((io) => runTables(['--format', 'csv', join(repoRoot(), 'samples', NAME)], io), join(repoRoot(), 'samples'));
  assert.equal(status, 0);
  const model = parseReport(sample(NAME));
  const csv = tablesCsv(tablesResult('file:///x.txt', 1, model), NAME);
  assert.equal(`\ufeff${csv}`, out, 'the command line writes the byte order mark to its output, the export to its file');
  const [labels, header, line] = csv.trim().split('\n');
  assert.ok(labels!.startsWith('文件,年度,格式版本,机关,发布日期,表二·规章·本年新制作数量,'));
  assert.ok(header!.startsWith('file,year,format,body,publicationDate,proactive.'));
  assert.equal(labels!.split(',').length, header!.split(',').length);
  assert.ok(line!.startsWith(`${NAME},2020,2019,`));
  assert.equal(header!.split(',').length, line!.split(',').length);
});

test('the file starts with a UTF-8 byte order mark (Excel reads the Chinese right) and is UTF-8', () => {
  const bytes = csvFileBytes('file,year\n满洲里,2020\n');
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.equal(new TextDecoder().decode(bytes.slice(3)), 'file,year\n满洲里,2020\n');
});

test('the save dialog proposes the report name with .csv', () => {
  assert.equal(csvPathFor('/w/海东市应急管理局.txt'), '/w/海东市应急管理局.csv');
  assert.equal(csvPathFor('/w/a.b/report'), '/w/a.b/report.csv');
  assert.equal(csvPathFor('/w/报告.nianbao'), '/w/报告.csv');
});
