// The extension-host suite: `run()` is loaded by VS Code (code-server through ../run.ts, Electron
// VS Code through ../electron/run.ts) with the extension under development. The workspace is
// prepared by ../workspace.ts: the sample reports (seeds 000–003), the seed corpus when present, our
// fixtures with known findings, a file that is not a report, and a reviewer's folder of a hundred
// reports. Tests run in the order they are registered: this module's first, then findings.ts,
// fixes.ts, and the workspace check last.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NianbaoApi } from '../../../client/src/extension';
import type { CheckFileResult } from '../../../shared/protocol';
import { runAll, test, waitFor } from './harness';
import { screenshot } from './screenshots';
import { documentViewUri } from '../../../client/src/documents';
import { DOCUMENT_DIR, DOCUMENT_NAME } from '../workspace';
import { extension, file, nianbaoDiagnostics } from './workbench';
import { registerReportsView } from './reportsView';

const NAMED = '满洲里市应急管理局2020年政府信息公开工作年度报告.txt';
const UNNAMED = '海东市应急管理局.txt';
const NOT_A_REPORT = 'notes.txt';

function languageOf(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
}

let api: NianbaoApi;

test('the extension activates on a report named like one, and its server starts', async () => {
  const document = await vscode.workspace.openTextDocument(file(NAMED));
  assert.equal(document.languageId, 'nianbao-report', 'file-name pattern');
  await vscode.window.showTextDocument(document);
  const nianbao = extension();
  api = await waitFor('activation', () => nianbao.isActive && nianbao.exports);
  await api.ready();
  await screenshot('activated');
});

test('a plain-text file that reads like a report is switched to the report language', async () => {
  const report = file(UNNAMED);
  await vscode.workspace.openTextDocument(report);
  await waitFor('language switch', () => languageOf(report) === 'nianbao-report');
  const other = file(NOT_A_REPORT);
  await vscode.workspace.openTextDocument(other);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  assert.equal(languageOf(other), 'plaintext', 'other text stays plain text');
});

test('the language status item shows format, year and findings of the active report, in Chinese under nianbao.locale zh', async () => {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file(NAMED)));
  // 检查中… (checking) until the server's first check of the report answers, then the count.
  const text = await waitFor('status bar text with the check done', () => {
    const shown = api.statusBarText();
    return shown && !/检查中|checking/.test(shown) ? shown : undefined;
  });
  console.log(`    status bar: ${text}`);
  // The workspace sets `nianbao.locale: "zh"` while code-server's display language is English.
  assert.match(text, /版格式|未识别表格/, 'the language status item speaks Chinese');
  assert.match(text, /个问题|未发现问题/);
  assert.doesNotMatch(text, /format|findings/);
});

test('the table preview opens beside the report, its script runs under the CSP and gets the tables', async () => {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file(NAMED)));
  await vscode.commands.executeCommand('nianbao.showPreview', { table: 'applications' });
  await waitFor('the preview script reports in', () => api.previewStats().ready);
  await waitFor('an update posted to the preview', () => api.previewStats().updates > 0);
  // The harness (code-server) looks into the webview's frames; under Electron there is no harness.
  const facts = await screenshot('preview');
  if (facts) {
    console.log(`    preview webview: ${facts.tables} tables`);
    assert.ok(facts.tables >= 3, `the webview shows the report's tables (saw ${facts.tables})`);
  }
  await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
});

test('the walkthrough for drafters opens, with its five steps', async () => {
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'nianbao.nianbao#drafter', false);
  // The walkthrough's tab is named after the extension (the API's tab label is not the one shown:
  // the harness reads the title the workbench draws).
  const walkthroughs = (extension().packageJSON as { contributes: { walkthroughs: Array<{ id: string; steps: unknown[] }> } }).contributes.walkthroughs;
  assert.equal(walkthroughs[0]?.steps.length, 5);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const facts = await screenshot('walkthrough');
  if (facts) {
    console.log(`    walkthrough tab: ${facts.activeTab}`);
    assert.match(facts.activeTab ?? '', /政府信息公开年报助手/);
  }
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
});

test('diagnostics of an open report match what the server finds, and follow edits', async () => {
  const document = await vscode.workspace.openTextDocument({
    language: 'nianbao-report',
    content: '某某局2020年政府信息公开工作年度报告\n\n一、总体情况\n本年度新收政府信息公开申请3件。\n',
  });
  await vscode.window.showTextDocument(document);
  const expectDiagnosticsOf = async (step: string) => {
    const expected = await api.request<CheckFileResult>('nianbao/checkFile', { uri: document.uri.toString(), force: true });
    const count = expected.diagnostics.length;
    if (count === 0) {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal(nianbaoDiagnostics(document.uri).length, 0, `${step}: no findings expected`);
      console.log(`    ${step}: the server has no findings for this text (no rules yet?)`);
      return;
    }
    await waitFor(`${step}: ${count} diagnostics`, () => nianbaoDiagnostics(document.uri).length === count);
    const diagnostics = nianbaoDiagnostics(document.uri);
    assert.ok(diagnostics.every((d) => typeof d.code === 'object' && d.code !== null && 'target' in d.code));
    console.log(`    ${step}: ${count} diagnostics, e.g. ${diagnostics[0]!.message}`);
  };
  await expectDiagnosticsOf('initial text');
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(document.lineCount, 0), '二、主动公开政府信息情况\n\t第二十条第（一）项\n');
  assert.ok(await vscode.workspace.applyEdit(edit));
  await expectDiagnosticsOf('after an edit');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

/** Last: it fills the Problems panel with a hundred reports. */
function registerWorkspaceCheck(): void {
  test('"check every report in the workspace" checks the reviewer folder into the Problems panel', async () => {
    const started = Date.now();
    const summary = await vscode.commands.executeCommand<Awaited<ReturnType<NianbaoApi['checkWorkspace']>>>(
      'nianbao.checkWorkspace',
    );
    assert.ok(summary, 'a summary');
    console.log(`    ${JSON.stringify(summary)} in ${Date.now() - started} ms`);
    assert.equal(summary.cancelled, false);
    assert.ok(summary.reports >= 104, `reports found: ${summary.reports}`);
    assert.ok(summary.files > summary.reports, 'files that are not reports are skipped');
    const findings = summary.errors + summary.warnings + summary.others;
    const inPanel = api.workspaceDiagnostics().reduce((n, [, list]) => n + list.length, 0);
    if (findings > 0) assert.ok(inPanel > 0, 'workspace findings are in the Problems panel');
    const closedReport = api.workspaceDiagnostics().find(([uri]) => uri.path.includes('/reviewer/'));
    if (findings > 0) assert.ok(closedReport, 'reports that are not open have entries');
    assert.ok(summary.skipped >= 1, `files skipped are counted (notes.txt): ${summary.skipped}`);
    // The .docx and the .pdf are checked too, their findings under the read-only report view.
    for (const kind of ['docx', 'pdf']) {
      const uri = file(DOCUMENT_DIR, `${DOCUMENT_NAME}.${kind}`);
      const result = await api.request<CheckFileResult>('nianbao/checkFile', { uri: uri.toString() });
      assert.ok(result.isReport && result.document, `${kind}: read as a document report`);
      assert.ok(result.diagnostics.length > 0, `${kind}: its wrong total is found`);
      const view = documentViewUri(uri).toString();
      const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === view);
      assert.ok(open || api.workspaceDiagnostics().some(([u]) => u.toString() === view), `${kind}: in the Problems panel under its report view`);
    }
    // A report opened and closed again: its workspace findings come back when it closes.
    const [reviewed, before] = closedReport!;
    await vscode.window.showTextDocument(reviewed);
    await waitFor('the open report has live diagnostics instead', () => !api.workspaceDiagnostics().some(([u]) => u.toString() === reviewed.toString()));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const after = await waitFor('its workspace findings come back on close', () =>
      api.workspaceDiagnostics().find(([u]) => u.toString() === reviewed.toString())?.[1],
    );
    assert.equal(after.length, before.length);
  });
}

export async function run(): Promise<void> {
  // Registered after this module's tests: the findings, then the tests that change files and settings.
  await import('./preview');
  await import('./tidy');
  await import('./findings');
  await import('./documents');
  await import('./fixes');
  registerWorkspaceCheck();
  registerReportsView();
  await runAll();
}
