// The reports view after the workspace check: every file of the folder is listed — reports with
// errors, clean reports, the DOCX, the file that is not a report in the skipped group with its
// reason — worst first; and a report changed on disk is checked again without a new run.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { FIXTURES } from '../fixtures';
import { DOCUMENT_DIR, DOCUMENT_NAME } from '../workspace';
import { test, waitFor } from './harness';
import { screenshot } from './screenshots';
import { extension, file } from './workbench';

const errorsOf = (description: string) => Number(/^(\d+) (?:错误|errors)/.exec(description)?.[1] ?? NaN);

export function registerReportsView(): void {
  test('the reports view lists each file of the folder with its counts, worst first, skipped files with a reason', async () => {
    const api = extension().exports;
    await vscode.commands.executeCommand('nianbao.reports.focus');
    const rows = await waitFor('rows in the reports view', () => {
      const seen = api.reportsViewRows();
      return seen.length > 100 ? seen : undefined;
    });
    const files = await vscode.workspace.findFiles('**/*.{txt,docx,pdf,html,htm}', '**/{node_modules,.git}/**');
    assert.equal(rows.length, files.length, 'every file the check looked at has a row');
    const row = (name: string) => rows.find((r) => r.label.endsWith(name));
    const wrong = row(FIXTURES.wrongTotal);
    assert.ok(wrong, `${FIXTURES.wrongTotal} is listed`);
    assert.ok(errorsOf(wrong.description) > 0, `its errors are counted: ${wrong.description}`);
    assert.match(wrong.description, /2021|2019/, 'its format version is shown');
    assert.ok(rows.some((r) => !r.skipped && errorsOf(r.description) === 0), 'a clean report is listed with 0 errors');
    const docx = rows.find((r) => r.label.endsWith(`${DOCUMENT_DIR}/${DOCUMENT_NAME}.docx`));
    assert.ok(docx && !docx.skipped && errorsOf(docx.description) > 0, `the DOCX report is listed with its wrong total: ${docx?.description}`);
    const notes = row('notes.txt');
    assert.ok(notes?.skipped, 'the file that is not a report is in the skipped group');
    assert.match(notes.description, /不像年报|not a report/);
    const reports = rows.filter((r) => !r.skipped).map((r) => errorsOf(r.description));
    assert.deepEqual(reports, [...reports].sort((a, b) => b - a), 'most errors first');
    const firstSkipped = rows.findIndex((r) => r.skipped);
    assert.ok(rows.slice(firstSkipped).every((r) => r.skipped), 'skipped files come after the reports');
    // The folder tree collapsed, so the screenshot shows the view's rows.
    await vscode.commands.executeCommand('workbench.files.action.collapseExplorerFolders');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await screenshot('reports-view');
  });

  test('a report changed on disk is checked again: its row and its findings follow', async () => {
    const api = extension().exports;
    const target = file('reviewer', 'report-007.txt');
    const label = vscode.workspace.asRelativePath(target);
    const before = api.reportsViewRows().find((r) => r.label === label);
    assert.ok(before, 'listed');
    const original = readFileSync(target.fsPath, 'utf8');
    // A text that is not a report any more: the row moves to the skipped group.
    writeFileSync(target.fsPath, '会议纪要\n一、出席人员\n');
    try {
      await waitFor('the row says it is no longer a report', () => api.reportsViewRows().find((r) => r.label === label)?.skipped, 30_000);
      assert.ok(!api.workspaceDiagnostics().some(([uri, list]) => uri.toString() === target.toString() && list.length > 0), 'its old findings are gone');
    } finally {
      writeFileSync(target.fsPath, original);
    }
    const after = await waitFor('the row is a report again', () => {
      const seen = api.reportsViewRows().find((r) => r.label === label);
      return seen && !seen.skipped ? seen : undefined;
    }, 30_000);
    assert.equal(after.description, before.description);
  });
}
