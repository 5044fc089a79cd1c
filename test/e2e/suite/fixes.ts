// Changing a report through the extension: a quick fix from the light bulb, fix-all on save
// through `editor.codeActionsOnSave`, and rule severities from the `nianbao.rules` setting.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { FIXTURES, fixableReport, fixedReport } from '../fixtures';
import { wrongTotalFindings } from './findings';
import { test, waitFor } from './harness';
import { screenshot } from './screenshots';
import { LANGUAGE_ID, expectFindings, fixture, fixtureBase, keysOf, nianbaoDiagnostics, revertAndClose, setSetting, show } from './workbench';

test('a quick fix from the light bulb sets the wrong total, and its diagnostics go', async () => {
  const editor = await show(fixture(FIXTURES.quickFix));
  const uri = editor.document.uri;
  const [first] = await expectFindings(uri, wrongTotalFindings(editor.document.getText()), 'wrong-total findings');
  // 1 = resolve the first action's edit, as the light bulb does when it is chosen.
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider', uri, first!.range, vscode.CodeActionKind.QuickFix.value, 10,
  );
  console.log(`    actions: ${actions.map((a) => a.title).join(' | ')}`);
  const fix = actions.find((a) => a.isPreferred && /改为 18/.test(a.title));
  assert.ok(fix?.edit, `a preferred quick fix with an edit among ${actions.length}`);
  editor.selection = new vscode.Selection(first!.range.start, first!.range.end);
  editor.revealRange(first!.range, vscode.TextEditorRevealType.InCenter);
  await screenshot('quick-fix-before');
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  assert.equal(editor.document.getText(first!.range), '18');
  await expectFindings(uri, [], 'no findings after the fix');
  await screenshot('quick-fix-after');
  await revertAndClose();
});

test('fix-all on save (editor.codeActionsOnSave: source.fixAll.nianbao) repairs the report', async () => {
  await setSetting('editor', 'codeActionsOnSave', { 'source.fixAll.nianbao': 'explicit' }, LANGUAGE_ID);
  try {
    const base = fixtureBase();
    const editor = await show(fixture(FIXTURES.fixOnSave));
    const uri = editor.document.uri;
    assert.equal(editor.document.getText(), fixableReport(base));
    // The wrong total (one finding for its three relations), two empty cells, an amount in 元.
    await waitFor('the broken fixture has its findings', () => nianbaoDiagnostics(uri).length >= 4);
    console.log(`    before saving: ${keysOf(nianbaoDiagnostics(uri)).join(', ')}`);
    // An edit makes the save a real one (an unchanged document may be saved without participants).
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n'));
    assert.ok(await editor.document.save(), 'saved');
    const want = fixedReport(base) + '\n';
    await waitFor('the saved text is repaired', () => editor.document.getText() === want || undefined);
    assert.equal(readFileSync(uri.fsPath, 'utf8'), want, 'the repaired text is what was written to disk');
    await expectFindings(uri, [], 'no findings after fix-all on save');
    await screenshot('fix-on-save');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  } finally {
    await setSetting('editor', 'codeActionsOnSave', undefined, LANGUAGE_ID);
  }
});

test('nianbao.rules changes a rule\'s severity, or turns it off, and the diagnostics follow', async () => {
  const editor = await show(fixture(FIXTURES.severity));
  const uri = editor.document.uri;
  const text = editor.document.getText();
  await expectFindings(uri, wrongTotalFindings(text), 'default severities');
  const rules = { 'applications-row-total': 'information', 'applications-outcome-total': 'hint', 'applications-balance': 'off' };
  try {
    await setSetting('nianbao', 'rules', rules);
    const changed = await expectFindings(uri, wrongTotalFindings(text, rules), 'severities from the setting');
    assert.deepEqual(changed.map((d) => d.severity), [vscode.DiagnosticSeverity.Hint]);
    // Its rule off, the finding goes to the next rule whose relation the cell breaks.
    const moved = { ...rules, 'applications-outcome-total': 'off' };
    await setSetting('nianbao', 'rules', moved);
    const next = await expectFindings(uri, wrongTotalFindings(text, moved), 'the finding moved to a rule still on');
    assert.deepEqual(next.map((d) => d.severity), [vscode.DiagnosticSeverity.Information]);
  } finally {
    await setSetting('nianbao', 'rules', undefined);
  }
  await expectFindings(uri, wrongTotalFindings(text), 'default severities again');
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
});
