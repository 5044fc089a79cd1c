// Helpers of the extension-host suite: the workspace's files, the extension's API, diagnostics as
// comparable strings, waiting for settings and documents.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { NianbaoApi } from '../../../client/src/extension';
import { FIXTURE_DIR } from '../fixtures';
import { waitFor } from './harness';

export const EXTENSION_ID = 'nianbao.nianbao';
export const LANGUAGE_ID = 'nianbao-report';

export function file(...path: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...path);
}

export const fixture = (name: string) => file(FIXTURE_DIR, name);

export function extension(): vscode.Extension<NianbaoApi> {
  const found = vscode.extensions.getExtension<NianbaoApi>(EXTENSION_ID);
  assert.ok(found, `${EXTENSION_ID} is installed`);
  return found;
}

/** The clean 2022-format report our fixtures are made from (from the extension's own tree). */
export function fixtureBase(): string {
  return readFileSync(join(extension().extensionPath, 'test', 'fixtures', 'rules', 'base-2022.txt'), 'utf8');
}

export async function show(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

export function nianbaoDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'nianbao');
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

const SEVERITY = ['error', 'warning', 'information', 'hint'] as const;

export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** `code severity l:c-l:c` — one finding as a comparable line. */
export function findingKey(code: string, severity: string, range: Range): string {
  return `${code} ${severity} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

export function keysOf(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => findingKey(codeOf(d), SEVERITY[d.severity], d.range)).sort();
}

/** Waits until the report's diagnostics are exactly `expected` (keys as of findingKey), then returns them. */
export async function expectFindings(uri: vscode.Uri, expected: string[], what: string, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  const want = [...expected].sort();
  try {
    await waitFor(what, () => JSON.stringify(keysOf(nianbaoDiagnostics(uri))) === JSON.stringify(want), timeoutMs);
  } catch {
    assert.deepEqual(keysOf(nianbaoDiagnostics(uri)), want, `${what}: the diagnostics of ${uri.path}`);
  }
  return nianbaoDiagnostics(uri);
}

/** Changes a setting in the workspace and waits until the configuration reads it back. */
export async function setSetting(section: string, key: string, value: unknown, languageId?: string): Promise<void> {
  const scope = languageId ? { languageId } : undefined;
  await vscode.workspace.getConfiguration(section, scope).update(key, value, vscode.ConfigurationTarget.Workspace, languageId !== undefined);
  await waitFor(`${section}.${key} updated`, () => {
    const now = vscode.workspace.getConfiguration(section, scope).inspect(key);
    const current = languageId ? now?.workspaceLanguageValue : now?.workspaceValue;
    return JSON.stringify(current) === JSON.stringify(value);
  });
}

/** Closes the active editor without saving it. */
export async function revertAndClose(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}
