// "整理报告文字 / Tidy report text": a report pasted from a web page as one long line gets each
// heading and table row on a line of its own. The language server tidies (the pure core does it,
// changing whitespace only); the extension replaces the document's text in one undoable edit. A
// report whose first line is longer than LONG_LINE is offered the command as a quick fix.
import * as vscode from 'vscode';
import { LONG_LINE } from '../../server/src/core/text/tidy';
import { TidyTextRequest, type TidyTextParams, type TidyTextResult } from '../../shared/protocol';
import type { ClientHost } from './clientHost';
import { COMMAND_TIDY_TEXT, LANGUAGE_ID } from './constants';
import { t } from './l10n';

export function registerTidyText(host: ClientHost): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMAND_TIDY_TEXT, (uri?: vscode.Uri) => tidy(host, uri)),
    vscode.languages.registerCodeActionsProvider({ language: LANGUAGE_ID }, new TidyQuickFix(), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
    }),
  );
}

/** Whether the document is a report pasted as one long line. */
export function isOneLongLine(document: vscode.TextDocument): boolean {
  return document.lineCount > 0 && document.lineAt(0).text.length > LONG_LINE;
}

class TidyQuickFix implements vscode.CodeActionProvider {
  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (range.start.line !== 0 || !isOneLongLine(document)) return [];
    const action = new vscode.CodeAction(t('tidyAction'), vscode.CodeActionKind.QuickFix);
    action.command = { command: COMMAND_TIDY_TEXT, title: t('tidyAction'), arguments: [document.uri] };
    action.isPreferred = true;
    return [action];
  }
}

/** Tidies the given (else the active) report; true when the text changed. */
export async function tidy(host: ClientHost, uri?: vscode.Uri): Promise<boolean> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage(t('previewNoReport'));
    return false;
  }
  const client = await host.ensure();
  const params: TidyTextParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
  const result = await client.sendRequest<TidyTextResult>(TidyTextRequest, params);
  if (result.text === null) {
    void vscode.window.showInformationMessage(t('tidyNothing'));
    return false;
  }
  if (result.version !== document.version) {
    void vscode.window.showInformationMessage(t('tidyChanged'));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), result.text);
  return vscode.workspace.applyEdit(edit);
}
