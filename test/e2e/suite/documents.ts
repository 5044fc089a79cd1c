// A drafter's DOCX and its PDF opened in the editor: the report text they were read as is shown
// read-only with its findings (the wrong total), opening the .docx from the Explorer lands in that
// view, and the table preview shows its tables.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import { DOCUMENT_DIR, DOCUMENT_NAME, FIXABLE_DOCUMENT_DIR } from '../workspace';
import { test, waitFor } from './harness';
import { screenshot } from './screenshots';
import { file, nianbaoDiagnostics } from './workbench';

const viewOf = (uri: vscode.Uri) => vscode.Uri.from({ scheme: 'nianbao-document', path: `${uri.path}.nianbao` });
const wrongTotal = (uri: vscode.Uri) => nianbaoDiagnostics(uri).some((d) => /^applications-/.test(String(typeof d.code === 'object' ? d.code.value : d.code)));

test('a DOCX and a PDF open as their report text, read-only, with the wrong total found', async () => {
  for (const kind of ['docx', 'pdf']) {
    const document = file(DOCUMENT_DIR, `${DOCUMENT_NAME}.${kind}`);
    await vscode.commands.executeCommand('nianbao.openDocument', document);
    const view = viewOf(document);
    await waitFor(`${kind} view`, () => vscode.window.activeTextEditor?.document.uri.toString() === view.toString());
    assert.equal(vscode.window.activeTextEditor!.document.languageId, 'nianbao-report');
    await waitFor(`${kind} findings`, () => wrongTotal(view), 60_000);
  }
  await screenshot('document-pdf');
});

test('opening the .docx with its editor lands in the report text view; the preview shows its tables', async () => {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const document = file(DOCUMENT_DIR, `${DOCUMENT_NAME}.docx`);
  await vscode.commands.executeCommand('vscode.openWith', document, 'nianbao.documentView');
  const view = viewOf(document);
  await waitFor('docx view from the custom editor', () => vscode.window.activeTextEditor?.document.uri.toString() === view.toString());
  await vscode.commands.executeCommand('nianbao.showPreviewToSide');
  // The harness (code-server) looks into the webview's frames; under Electron there is no harness.
  const facts = await waitFor('the preview shows the tables', async () => {
    const seen = await screenshot('document-preview');
    return !seen || seen.tables >= 3 ? (seen ?? { tables: 3 }) : undefined;
  }, 30_000);
  assert.ok(facts.tables >= 3, `the preview shows the document's tables (saw ${facts.tables})`);
  await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
});

test('a quick fix in a DOCX view writes the corrected total into the Word file; the view is re-read without the error', async () => {
  const document = file(FIXABLE_DOCUMENT_DIR, `${DOCUMENT_NAME}.docx`);
  await vscode.commands.executeCommand('nianbao.openDocument', document);
  const view = viewOf(document);
  await waitFor('the view', () => vscode.window.activeTextEditor?.document.uri.toString() === view.toString());
  const wrong = await waitFor('the wrong total', () => nianbaoDiagnostics(view).find((d) => /^applications-/.test(String(typeof d.code === 'object' ? d.code.value : d.code)) && d.severity === vscode.DiagnosticSeverity.Error), 60_000);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', view, wrong.range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((a) => a.command?.command === 'nianbao.fixDocument');
  assert.ok(fix, `a fix into the Word file: ${actions.map((a) => a.title).join(' | ')}`);
  console.log(`    quick fix: ${fix.title}`);
  await vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? []));
  await waitFor('the view re-read without the error', () => !nianbaoDiagnostics(view).some((d) => d.severity === vscode.DiagnosticSeverity.Error && /^applications-/.test(String(typeof d.code === 'object' ? d.code.value : d.code))), 60_000);
  assert.ok(existsSync(`${document.fsPath}.bak`), 'the original kept as .bak');
  await screenshot('document-fixed');
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
});
