// "Check every report in the workspace": a reviewer's folder of a hundred reports — text files,
// .docx, .pdf and web pages — checked by the server file by file, with a cancellable progress
// notification; results go to the Problems panel (a document's under its read-only report view,
// where the ranges lead). Documents open in an editor keep their live diagnostics instead, and
// get the workspace check's back when they close. Files skipped are listed with the reason in
// the output channel.
import * as vscode from 'vscode';
import {
  CheckFileRequest,
  type CheckFileParams,
  type CheckFileResult,
} from '../../shared/protocol';
import { hasReportFileName } from '../../shared/detect';
import type { ClientHost } from './clientHost';
import { LANGUAGE_ID, SECTION } from './constants';
import { documentViewUri } from './documents';
import { t } from './l10n';

/** What the workspace check considers by default: text reports and the documents the server reads. */
export const DEFAULT_INCLUDE = '**/*.{txt,docx,pdf,html,htm}';

const CONCURRENCY = 4;

export interface WorkspaceCheckSummary {
  files: number;
  reports: number;
  errors: number;
  warnings: number;
  others: number;
  cancelled: boolean;
  /** Files not checked: not a report, or unreadable (listed with the reason in the output channel). */
  skipped: number;
}

export class WorkspaceChecker implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('nianbao-workspace');
  private readonly output = vscode.window.createOutputChannel('Nianbao · 工作区检查');
  private readonly subscriptions: vscode.Disposable[];
  /** The reports of the last workspace check, by the URI their diagnostics go under. */
  private readonly checked = new Map<string, vscode.Uri>();

  constructor(private readonly host: ClientHost) {
    this.subscriptions = [
      // An opened report has live diagnostics from the server: drop the workspace check's copy.
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document.languageId === LANGUAGE_ID) this.collection.delete(document.uri);
      }),
      // Its last tab closed, its live diagnostics go (VS Code closes the document itself only
      // later): the workspace check's come back, from the file on disk. Shown again, they go.
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        for (const tab of event.closed) {
          const uri = tabUri(tab);
          const file = uri && this.checked.get(uri.toString());
          if (file && !isShown(uri)) void this.recheck(file);
        }
        for (const tab of event.opened) {
          const uri = tabUri(tab);
          if (uri && this.checked.has(uri.toString())) this.collection.delete(uri);
        }
      }),
    ];
  }

  private async recheck(file: vscode.Uri): Promise<void> {
    const client = this.host.current;
    if (!client) return;
    try {
      const result = await client.sendRequest<CheckFileResult>(CheckFileRequest, { uri: client.code2ProtocolConverter.asUri(file), force: true } satisfies CheckFileParams);
      if (!result.isReport) return;
      const target = result.document ? documentViewUri(file) : file;
      if (isShown(target)) return;
      this.collection.set(target, await client.protocol2CodeConverter.asDiagnostics(result.diagnostics as never[]));
    } catch (error) {
      client.error(`nianbao: ${file.toString()}`, error);
    }
  }

  async run(): Promise<WorkspaceCheckSummary | undefined> {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage(t('noWorkspace'));
      return undefined;
    }
    const configuration = vscode.workspace.getConfiguration(SECTION);
    const include = configuration.get<string>('workspaceCheck.include', DEFAULT_INCLUDE);
    const exclude = configuration.get<string>('workspaceCheck.exclude', '**/{node_modules,.git}/**');
    const files = (await vscode.workspace.findFiles(include, exclude)).sort((a, b) => a.path.localeCompare(b.path));
    if (files.length === 0) {
      void vscode.window.showInformationMessage(t('noFiles'));
      return undefined;
    }
    const client = await this.host.ensure();
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t('checking'), cancellable: true },
      (progress, token) => this.checkAll(client, files, progress, token),
    );
    const message = summary.cancelled
      ? t('cancelled', summary.reports)
      : summary.reports === 0
        ? t('noFiles')
        : t('summary', summary.reports, summary.errors, summary.warnings, summary.others) + (summary.skipped > 0 ? t('skippedSummary', summary.skipped) : '');
    const actions = summary.skipped > 0 ? [t('showProblems'), t('showSkipped')] : [t('showProblems')];
    void vscode.window.showInformationMessage(message, ...actions).then((choice) => {
      if (choice === t('showProblems')) void vscode.commands.executeCommand('workbench.actions.view.problems');
      else if (choice === t('showSkipped')) this.output.show(true);
    });
    return summary;
  }

  private async checkAll(
    client: Awaited<ReturnType<ClientHost['ensure']>>,
    files: vscode.Uri[],
    progress: vscode.Progress<{ message?: string; increment?: number }>,
    token: vscode.CancellationToken,
  ): Promise<WorkspaceCheckSummary> {
    const summary: WorkspaceCheckSummary = { files: files.length, reports: 0, errors: 0, warnings: 0, others: 0, cancelled: false, skipped: 0 };
    this.checked.clear();
    this.output.clear();
    this.output.appendLine(t('skippedHeader', new Date().toLocaleString()));
    const open = new Set(
      vscode.workspace.textDocuments.filter((d) => d.languageId === LANGUAGE_ID).map((d) => d.uri.toString()),
    );
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < files.length && !token.isCancellationRequested) {
        const file = files[next++]!;
        const detect = vscode.workspace.getConfiguration(SECTION, file).get<boolean>('detectByContent', true);
        const force = hasReportFileName(file.path);
        if (force || detect) {
          const params: CheckFileParams = { uri: client.code2ProtocolConverter.asUri(file), force };
          try {
            const result = await client.sendRequest<CheckFileResult>(CheckFileRequest, params, token);
            if (result.isReport && !token.isCancellationRequested) {
              summary.reports++;
              const diagnostics = await client.protocol2CodeConverter.asDiagnostics(result.diagnostics as never[]);
              for (const d of diagnostics) {
                if (d.severity === vscode.DiagnosticSeverity.Error) summary.errors++;
                else if (d.severity === vscode.DiagnosticSeverity.Warning) summary.warnings++;
                else summary.others++;
              }
              // A document's findings refer to its report text: they go under its read-only view.
              const target = result.document ? documentViewUri(file) : file;
              this.checked.set(target.toString(), file);
              if (!open.has(target.toString())) this.collection.set(target, diagnostics);
            } else if (result.skipped && !token.isCancellationRequested) {
              this.skip(summary, file, result.skipped.reason === 'unreadable' ? t('skippedUnreadable', result.skipped.message) : t('skippedNotReport'));
            }
          } catch (error) {
            if (!token.isCancellationRequested) {
              client.error(`nianbao: ${file.toString()}`, error);
              this.skip(summary, file, t('skippedUnreadable', error instanceof Error ? error.message : String(error)));
            }
          }
        } else {
          this.skip(summary, file, t('skippedNotDetected'));
        }
        done++;
        progress.report({
          increment: 100 / files.length,
          message: t('progress', done, files.length, vscode.workspace.asRelativePath(file)),
        });
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
    summary.cancelled = token.isCancellationRequested;
    return summary;
  }

  private skip(summary: WorkspaceCheckSummary, file: vscode.Uri, reason: string): void {
    summary.skipped++;
    this.output.appendLine(`${vscode.workspace.asRelativePath(file)}：${reason}`);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.collection.dispose();
    this.output.dispose();
  }
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  const input = tab.input;
  if (input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom) return input.uri;
  return undefined;
}

/** Whether some tab still shows the resource. */
function isShown(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUri(tab)?.toString() === key));
}
