// DOCX, PDF and web-page reports in the editor. The language server reads the file
// (`nianbao/readDocument`) and the extension shows the report text it was read as in a read-only
// virtual document (`nianbao-document:` + the file's path + `.nianbao`, so the report language
// applies): diagnostics, hovers, code lenses, outline and the table preview then work as on any
// report. The view is read again when the file changes on disk (saved again from Word). A custom
// editor makes opening a .docx or .pdf from the Explorer land in that view; a command copies the
// text into a new file for editing.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ReadDocumentResult } from '../../shared/protocol';
import type { ClientHost } from './clientHost';
import { DOCUMENT_VIEW_SUFFIX } from '../../shared/protocol';
import { COMMAND_EDIT_DOCUMENT_TEXT, COMMAND_OPEN_DOCUMENT, DOCUMENT_EDITOR, DOCUMENT_SCHEME, LANGUAGE_ID } from './constants';
import { t } from './l10n';


/** The read-only view of a document file. */
export function documentViewUri(file: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: DOCUMENT_SCHEME, path: `${file.path}${DOCUMENT_VIEW_SUFFIX}` });
}

function fileOfView(view: vscode.Uri): vscode.Uri {
  return vscode.Uri.file(view.path.endsWith(DOCUMENT_VIEW_SUFFIX) ? view.path.slice(0, -DOCUMENT_VIEW_SUFFIX.length) : view.path);
}

export class DocumentViews implements vscode.TextDocumentContentProvider, vscode.CustomReadonlyEditorProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: ClientHost) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{docx,pdf,html,htm,DOCX,PDF,HTML,HTM}');
    const reread = (file: vscode.Uri) => {
      const view = documentViewUri(file).toString();
      if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === view)) this.changed.fire(documentViewUri(file));
    };
    this.disposables.push(
      watcher,
      watcher.onDidChange(reread),
      watcher.onDidCreate(reread),
      vscode.workspace.registerTextDocumentContentProvider(DOCUMENT_SCHEME, this),
      vscode.window.registerCustomEditorProvider(DOCUMENT_EDITOR, this, { supportsMultipleEditorsPerDocument: true }),
      vscode.commands.registerCommand(COMMAND_OPEN_DOCUMENT, (file?: vscode.Uri) => this.open(file)),
      vscode.commands.registerCommand(COMMAND_EDIT_DOCUMENT_TEXT, (file?: vscode.Uri) => this.editText(file)),
    );
  }

  async provideTextDocumentContent(view: vscode.Uri): Promise<string> {
    const file = fileOfView(view);
    const client = await this.client.ensure();
    const result = await client.sendRequest<ReadDocumentResult>('nianbao/readDocument', { uri: file.toString() });
    if (!result.ok) {
      void vscode.window.showErrorMessage(t('documentUnreadable', path.basename(file.fsPath), result.message));
      return `${t('documentUnreadable', path.basename(file.fsPath), result.message)}\n`;
    }
    return result.text;
  }

  /** Opens the report text of a document (asks for one when none is given). */
  async open(file?: vscode.Uri, column?: vscode.ViewColumn): Promise<vscode.TextEditor | undefined> {
    const target = file ?? (await pick());
    if (!target) return undefined;
    const view = documentViewUri(target);
    const document = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: t('documentOpening', path.basename(target.fsPath)) },
      () => vscode.workspace.openTextDocument(view),
    );
    if (document.languageId !== LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    return vscode.window.showTextDocument(document, { preview: false, ...(column ? { viewColumn: column } : {}) });
  }

  /** The document's report text in a new, editable file. */
  async editText(file?: vscode.Uri): Promise<void> {
    const active = vscode.window.activeTextEditor?.document.uri;
    const target = file ?? (active?.scheme === DOCUMENT_SCHEME ? fileOfView(active) : await pick());
    if (!target) return;
    const text = await this.provideTextDocumentContent(documentViewUri(target));
    const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: text });
    await vscode.window.showTextDocument(document, { preview: false });
  }

  // A .docx or .pdf opened from the Explorer: VS Code cannot show it, so the custom editor hands
  // over to the report text view in the same column and closes itself.
  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.options = { enableScripts: false };
    panel.webview.html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>${escapeHtml(
      t('documentOpening', path.basename(document.uri.fsPath)),
    )}</p></body></html>`;
    await this.open(document.uri, panel.viewColumn);
    panel.dispose();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}

async function pick(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    title: t('documentPick'),
    filters: { 'DOCX / PDF / HTML': ['docx', 'pdf', 'html', 'htm'] },
  });
  return picked?.[0];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
