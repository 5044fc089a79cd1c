// `nianbao tables --format xlsx`: the workbook opens in LibreOffice Calc, and the numbers it shows
// are those of `tables --format json` — the summary line of each report and its 表三 in the
// official layout.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { runTables } from '../../../server/src/cli/tables';
import { runCaptured } from '../../support/cli';
import { fixturePath } from '../../support/fixtures';
import { libreOfficeSheets } from '../../support/tools';

const parseCsv = (csv: string): string[][] => csv.trim().split('\n').map((line) => line.split(','));

test('xlsx: LibreOffice reads the summary, the official-layout tables and the findings; the numbers equal the JSON', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-xlsx-'));
  const seeds = fixturePath('seeds');
  const written = await runCaptured((io) => runTables(['--format', 'xlsx', '--output', 'sheet.xlsx', seeds], io), dir);
  assert.equal(written.status, 0, written.err);
  assert.ok(existsSync(join(dir, 'sheet.xlsx')));
  const json = JSON.parse((await runCaptured((io) => runTables(['--format', 'json', seeds], io), dir)).out) as Array<{
    file: string;
    body?: string;
    year: number;
    values: Record<string, number | null>;
  }>;
  const sheets = libreOfficeSheets(join(dir, 'sheet.xlsx'));
  assert.deepEqual([...sheets.keys()].sort(), ['汇总', '表三', '表二', '表四', '问题'].sort());

  const summary = parseCsv(sheets.get('汇总')!);
  assert.deepEqual(summary[0]!.slice(0, 4), ['文件', '机关', '年度', '格式版本']);
  assert.equal(summary.length, json.length + 1);
  for (const report of json) {
    const line = summary.find((l) => l[0] === report.file)!;
    assert.ok(line, report.file);
    assert.equal(line[1], report.body ?? '');
    assert.equal(line[2], String(report.year));
  }

  const three = parseCsv(sheets.get('表三')!);
  for (const report of json) {
    const title = three.findIndex((l) => l[0]!.startsWith(report.file));
    assert.ok(title >= 0, `a block for ${report.file}`);
    const newRow = three.slice(title).find((l) => l[0]!.startsWith('一、本年新收'))!;
    const columns = ['natural-person', 'commercial', 'research', 'social-welfare', 'legal-services', 'other-entity', 'total'];
    assert.deepEqual(
      newRow.slice(1, 8),
      columns.map((c) => String(report.values[`applications.new.${c}`] ?? '')),
      `${report.file}: 本年新收`,
    );
  }
  assert.ok(parseCsv(sheets.get('问题')!).length > 1, 'the findings of the seeds are listed');

  assert.equal((await runCaptured((io) => runTables(['--format', 'xlsx', seeds], io), dir)).status, 2, 'xlsx needs --output');
});
