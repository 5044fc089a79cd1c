// "Check every report in the workspace": a reviewer's folder of a hundred reports, checked by
// the server file by file, with a cancellable progress notification; results go to the Problems
// panel. Documents open in an editor keep their live diagnostics instead.
import * as vscode from 'vscode';
import {
  CheckFileRequest,
  type CheckFileParams,
  type CheckFileResult,
} from '../../shared/protocol';
import { hasReportFileName } from '../../shared/detect';
import type { ClientHost } from './clientHost';
import { LANGUAGE_ID, SECTION } from './constants';
import { t } from './l10n';

const CONCURRENCY = 4;

export interface WorkspaceCheckSummary {
  files: number;
  reports: number;
  errors: number;
  warnings: number;
  others: number;
  cancelled: boolean;
}

export class WorkspaceChecker implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('nianbao-workspace');
  private readonly subscription: vscode.Disposable;

  constructor(private readonly host: ClientHost) {
    // An opened report has live diagnostics from the server: drop the workspace check's copy.
    this.subscription = vscode.workspace.onDidOpenTextDocument((document) => {
      if (document.languageId === LANGUAGE_ID) this.collection.delete(document.uri);
    });
  }

  async run(): Promise<WorkspaceCheckSummary | undefined> {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage(t('noWorkspace'));
      return undefined;
    }
    const configuration = vscode.workspace.getConfiguration(SECTION);
    const include = configuration.get<string>('workspaceCheck.include', '**/*.txt');
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
        : t('summary', summary.reports, summary.errors, summary.warnings, summary.others);
    void vscode.window.showInformationMessage(message, t('showProblems')).then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
    return summary;
  }

  private async checkAll(
    client: Awaited<ReturnType<ClientHost['ensure']>>,
    files: vscode.Uri[],
    progress: vscode.Progress<{ message?: string; increment?: number }>,
    token: vscode.CancellationToken,
  ): Promise<WorkspaceCheckSummary> {
    const summary: WorkspaceCheckSummary = { files: files.length, reports: 0, errors: 0, warnings: 0, others: 0, cancelled: false };
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
              if (!open.has(file.toString())) this.collection.set(file, diagnostics);
            }
          } catch (error) {
            if (!token.isCancellationRequested) client.error(`nianbao: ${file.toString()}`, error);
          }
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

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}
