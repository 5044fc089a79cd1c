// Recognises annual reports opened as plain text by their content and switches them to the
// report language (setting `nianbao.detectByContent`). File-name patterns are in package.json.
import * as vscode from 'vscode';
import { looksLikeReport } from '../../shared/detect';
import { LANGUAGE_ID, SECTION } from './constants';

const SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

export function registerContentDetection(context: vscode.ExtensionContext): void {
  const pending = new Map<string, NodeJS.Timeout>();
  const consider = (document: vscode.TextDocument) => {
    if (document.languageId !== 'plaintext' || !SCHEMES.has(document.uri.scheme)) return;
    if (!vscode.workspace.getConfiguration(SECTION, document.uri).get<boolean>('detectByContent', true)) return;
    if (looksLikeReport(document.getText())) void vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  };
  vscode.workspace.textDocuments.forEach(consider);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(consider),
    // A report pasted into a new, untitled plain-text editor is recognised as it arrives.
    vscode.workspace.onDidChangeTextDocument((event) => {
      const document = event.document;
      if (document.languageId !== 'plaintext' || document.uri.scheme !== 'untitled') return;
      const key = document.uri.toString();
      clearTimeout(pending.get(key));
      pending.set(
        key,
        setTimeout(() => {
          pending.delete(key);
          consider(document);
        }, 300),
      );
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SECTION}.detectByContent`)) vscode.workspace.textDocuments.forEach(consider);
    }),
  );
}
