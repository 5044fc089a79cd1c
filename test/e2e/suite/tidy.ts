// A report pasted as one long line is offered "整理报告文字" as a quick fix; applied, each heading
// and table row is on its own line and no character but whitespace changed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { test, waitFor } from './harness';
import { file } from './workbench';

const NAMED = '满洲里市应急管理局2020年政府信息公开工作年度报告.txt';

test('a one-line report is offered the tidy quick fix, which puts headings and rows on lines of their own', async () => {
  const oneLine = readFileSync(file(NAMED).fsPath, 'utf8').split(/\r?\n/).join(' ');
  const document = await vscode.workspace.openTextDocument({ language: 'nianbao-report', content: oneLine });
  await vscode.window.showTextDocument(document);
  assert.equal(document.lineCount, 1);
  const actions = await waitFor('the tidy quick fix', async () => {
    const found = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(0, 0, 0, 0));
    return found.some((a) => a.command?.command === 'nianbao.tidyText') ? found : undefined;
  });
  const tidyAction = actions.find((a) => a.command?.command === 'nianbao.tidyText')!;
  console.log(`    quick fix: ${tidyAction.title}`);
  assert.match(tidyAction.title, /整理报告文字/, 'titled in Chinese under nianbao.locale zh');
  await vscode.commands.executeCommand(tidyAction.command!.command, ...(tidyAction.command!.arguments ?? []));
  await waitFor('the tidied text', () => document.lineCount > 15);
  assert.equal(document.getText().replace(/\s+/g, ''), oneLine.replace(/\s+/g, ''), 'only whitespace changed');
  assert.ok(document.lineAt(0).text.length < 2000);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});
