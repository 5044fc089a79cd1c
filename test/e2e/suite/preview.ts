// The table preview follows whichever report is active, a report recognised by its content as
// much as one named like a report, says which file it shows, and stays put while locked.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { TablesResult } from '../../../shared/protocol';
import { test, waitFor } from './harness';
import { screenshot, type PageFacts } from './screenshots';
import { extension, file } from './workbench';

const NAMED = '满洲里市应急管理局2020年政府信息公开工作年度报告.txt';

/** A file of the reviewer's folder (neutral name, found by content) whose text differs from `other`. */
function neutralReportUnlike(other: vscode.Uri, skip: readonly string[] = []): vscode.Uri {
  const text = readFileSync(other.fsPath, 'utf8');
  for (let i = 0; i < 100; i++) {
    const name = `report-${String(i).padStart(3, '0')}.txt`;
    const candidate = file('reviewer', name);
    if (!skip.includes(name) && readFileSync(candidate.fsPath, 'utf8') !== text) return candidate;
  }
  throw new Error('no reviewer report differs from the named one');
}

function baseName(uri: vscode.Uri): string {
  return uri.path.replace(/^.*\//, '');
}

/** Every cell the server read as a number shows that number in the preview. */
function assertShowsNumbersOf(facts: PageFacts, tables: TablesResult, label: string): void {
  const cells = facts.cells ?? {};
  let compared = 0;
  for (const table of tables.tables) {
    for (const row of table.rows) {
      for (const cell of row.cells) {
        if (cell.status !== 'ok' || cell.value === null || !Number.isInteger(cell.value)) continue;
        const shown = cells[cell.key];
        assert.ok(shown !== undefined, `${label}: the preview has cell ${cell.key}`);
        assert.equal(Number(shown.replace(/[,\s]/g, '')), cell.value, `${label}: cell ${cell.key}`);
        compared++;
      }
    }
  }
  assert.ok(compared >= 20, `${label}: compared ${compared} numbers`);
}

test('the preview follows a report recognised by its content, shows its numbers and its name, and stays while locked', async () => {
  const api = extension().exports;
  const named = file(NAMED);
  const neutral = neutralReportUnlike(named);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(named));
  await vscode.commands.executeCommand('nianbao.showPreviewToSide');
  await waitFor('the preview shows the named report', () => api.previewStats().shown === NAMED);

  // Opened fresh: plain text first, switched to the report language by its content.
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(neutral), vscode.ViewColumn.One);
  await waitFor('the preview follows the content-recognised report', () => api.previewStats().shown === baseName(neutral));
  const tables = await api.request<TablesResult>('nianbao/tables', { uri: neutral.toString() });
  let attempt = 0;
  const facts = await waitFor('the page shows the new report', async () => {
    const seen = await screenshot(`preview-follows-${++attempt}`);
    if (!seen) return { tables: 0 } as PageFacts;
    return seen.showing?.includes(baseName(neutral)) && seen.cells && Object.keys(seen.cells).length > 0 ? seen : undefined;
  });
  if (facts.showing !== undefined) {
    console.log(`    preview: ${facts.showing}`);
    assertShowsNumbersOf(facts, tables, baseName(neutral));
  }

  // Scrolled in the editor so that 表三 is at the top, the page scrolls to 表三 too.
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === neutral.toString());
  const applications = tables.tables.find((table) => table.id === 'applications');
  if (editor && applications && facts.showing !== undefined) {
    const row = applications.rows[Math.min(3, applications.rows.length - 1)]!;
    const line = row.label?.range.start.line ?? applications.span.range.start.line;
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
    let scrolled = 0;
    const top = await waitFor('the preview scrolls with the editor', async () => {
      const seen = await screenshot(`preview-scroll-${++scrolled}`);
      return seen?.topTable === 'applications' ? seen.topTable : undefined;
    });
    console.log(`    preview scrolled to ${top} with the editor at line ${line + 1}`);
  }

  // Locked, it keeps the report while another becomes active; unlocked, it follows again.
  await vscode.commands.executeCommand('nianbao.togglePreviewLock');
  assert.equal(api.previewStats().locked, true);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(named), vscode.ViewColumn.One);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  assert.equal(api.previewStats().shown, baseName(neutral), 'a locked preview stays on its report');
  await vscode.commands.executeCommand('nianbao.togglePreviewLock');
  await waitFor('the unlocked preview follows again', () => api.previewStats().shown === NAMED);
  await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
});
