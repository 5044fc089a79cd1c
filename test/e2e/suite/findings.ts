// What the extension finds, as a user meets it: diagnostics with their codes and ranges on a seed
// and on our fixture with a wrong total, hovers, and the same findings as `nianbao check`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { FIXTURE_DIR, FIXTURES, WRONG_TOTAL, positionOf } from '../fixtures';
import { SEED_DIR } from '../workspace';
import { test, waitFor } from './harness';
import { expectFindings, extension, findingKey, fixture, file, show, type Range } from './workbench';

/** Seed 002 (samples/海东市应急管理局.txt is that seed under its body's name), as `nianbao check` and
 *  the seed unit test know it: 其他需要报告的事项 missing, two reworded headings, two 表三 rows short of a cell. */
export const SEED_002 = '海东市应急管理局.txt';
const SEED_002_FINDINGS = [
  'cell-missing error 56:10-56:18',
  'cell-missing error 57:1-57:32',
  'section-heading information 87:0-87:9',
  'section-missing error 93:0-93:9',
  'section-heading information 93:0-93:9',
  'fee-statement-missing information 93:0-93:9',
];

/**
 * The wrong 自然人 total of our fixture breaks three relations; one finding names them all, on that
 * cell. It is reported by its column's total (the relation it is the total of) unless that rule is
 * off, then by the first rule still on.
 */
export function wrongTotalFindings(text: string, severities: Record<string, string> = {}): string[] {
  const start = positionOf(text, WRONG_TOTAL.replace, WRONG_TOTAL.replace.length - 2);
  const range = { start, end: { line: start.line, character: start.character + 2 } };
  const owner = ['applications-outcome-total', 'applications-row-total', 'applications-balance'].find((code) => severities[code] !== 'off');
  return owner ? [findingKey(owner, severities[owner] ?? 'error', range)] : [];
}

test('seed 002: the diagnostics have the codes and ranges `nianbao check` and the seed tests expect', async () => {
  await show(file(SEED_002));
  const diagnostics = await expectFindings(file(SEED_002), SEED_002_FINDINGS, 'seed 002 findings');
  const missing = diagnostics.find((d) => d.message.includes('其他需要报告的事项'));
  assert.ok(missing, 'the missing section is named in Chinese (nianbao.locale: zh)');
});

test('our fixture with a wrong total: one error for its three broken relations, on exactly the wrong cell', async () => {
  const editor = await show(fixture(FIXTURES.wrongTotal));
  const diagnostics = await expectFindings(editor.document.uri, wrongTotalFindings(editor.document.getText()), 'wrong-total findings');
  assert.equal(editor.document.getText(diagnostics[0]!.range), '17', 'the range covers the wrong number');
  assert.ok(diagnostics.every((d) => /应为 18/.test(d.message) && /3 个勾稽关系都不成立/.test(d.message)), 'it says the right value and names the three relations');
  assert.ok((diagnostics[0]!.relatedInformation ?? []).length >= 3, 'the cells it sums are related locations');
  const code = diagnostics[0]!.code;
  assert.ok(typeof code === 'object' && code.target.toString().length > 0, 'the code links to its documentation');
  // Following the link opens the rule's page (as a click in the Problems panel does).
  await vscode.commands.executeCommand('vscode.open', code.target);
  const page = await waitFor('the rule page opens', () => {
    const active = vscode.window.activeTextEditor?.document;
    return active && active.uri.path.endsWith(`/rules/${code.value}.md`) ? active : undefined;
  });
  assert.match(page.getText(), new RegExp(`^# ${code.value}\\n`));
  assert.match(page.getText(), /默认级别/);
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
});

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

test('hovers: a row label quotes the regulation, a number cell names its table, row and column', async () => {
  const editor = await show(fixture(FIXTURES.wrongTotal));
  const text = editor.document.getText();
  const label = positionOf(text, '3.补正后申请内容仍不明确', 2);
  const labelHover = await hoverText(editor.document.uri, new vscode.Position(label.line, label.character));
  assert.match(labelHover, /第三十条/, 'the row label quotes article 30');
  const cellNeedle = '四、结转下年度继续办理\t\t\t3';
  const cell = positionOf(text, cellNeedle, cellNeedle.length - 1);
  const cellHover = await hoverText(editor.document.uri, new vscode.Position(cell.line, cell.character));
  assert.match(cellHover, /表三 · 四、结转下年度继续办理 · 自然人/);
  console.log(`    cell hover: ${cellHover.split('\n')[0]}`);
});

interface CliDiagnostic {
  code: string;
  severity: string;
  message: string;
  range: Range;
}

/** `nianbao check --format json` from the extension's own bundle, run by the extension host's Node. */
function cliFindings(paths: string[]): Map<string, CliDiagnostic[]> {
  const cli = join(extension().extensionPath, 'dist', 'cli.js');
  const result = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--locale', 'zh', ...paths], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    timeout: 60_000,
  });
  assert.ok(result.status === 0 || result.status === 1, `nianbao check ran (status ${result.status}): ${result.stderr}`);
  const files = JSON.parse(result.stdout) as Array<{ file: string; diagnostics: CliDiagnostic[] }>;
  return new Map(files.map((f) => [f.file, f.diagnostics]));
}

test('the same findings as `nianbao check` on the same files: seeds, samples and our fixtures', async () => {
  const root = file().fsPath;
  const reports = [
    ...readdirSync(root).filter((n) => n.endsWith('.txt') && n !== 'notes.txt'),
    ...[FIXTURES.wrongTotal].map((n) => join(FIXTURE_DIR, n)),
    // The seed corpus, when it sits next to the repository (seed 004 is not among the samples).
    ...(existsSync(join(root, SEED_DIR)) ? readdirSync(join(root, SEED_DIR)).map((n) => join(SEED_DIR, n)) : []),
  ];
  const cli = cliFindings(reports.map((r) => join(root, r)));
  let total = 0;
  for (const report of reports) {
    const uri = vscode.Uri.file(join(root, report));
    const expected = cli.get(uri.fsPath);
    assert.ok(expected, `the CLI checked ${report}`);
    await show(uri);
    const diagnostics = await expectFindings(
      uri,
      expected.map((d) => findingKey(d.code, d.severity, d.range)),
      `${report}: the CLI's findings`,
    );
    const messages = (list: string[]) => [...list].sort();
    assert.deepEqual(messages(diagnostics.map((d) => d.message)), messages(expected.map((d) => d.message)), `${report}: the same messages`);
    total += expected.length;
  }
  console.log(`    ${reports.length} reports, ${total} findings, identical in the editor and on the command line`);
  assert.ok(reports.length >= 5 && total > 0, 'the comparison covered reports with findings');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});
