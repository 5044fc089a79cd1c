// "Check every report in the workspace": a reviewer's folder of a hundred reports — text files,
// .docx, .pdf and web pages — checked by the server file by file, with a cancellable progress
// notification; results go to the Problems panel (a document's under its read-only report view,
// where the ranges lead). Documents open in an editor keep their live diagnostics instead, and
// get the workspace check's back when they close. Files skipped are listed with the reason in
// the output channel. Each file's result (counts, format, year, or why skipped) is kept for the
// reports view, and a checked file is checked again when it changes on disk.
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
import type { FileResult, SkipReason } from './workspaceResults';

/** What the workspace check considers by default: text reports and the documents the server reads. */
export const DEFAULT_INCLUDE = '**/*.{txt,docx,pdf,html,htm}';

const DEFAULT_EXCLUDE = '**/{node_modules,.git}/**';

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
  /** Every file the last workspace check looked at, by its URI: for the reports view. */
  readonly results = new Map<string, FileResult>();
  private running = false;
  private readonly resultsChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeResults = this.resultsChanged.event;
  /** Watches the files the last check included; made by each run, with that run's patterns. */
  private watcher: vscode.Disposable | undefined;
  /** The exclude pattern of the last run: a file added later is checked only if it passes. */
  private exclude = DEFAULT_EXCLUDE;

  constructor(private readonly host: ClientHost) {
    this.subscriptions = [
      this.resultsChanged,
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
          if (file && !isShown(uri)) void this.refresh(file);
        }
        for (const tab of event.opened) {
          const uri = tabUri(tab);
          if (uri && this.checked.has(uri.toString())) this.collection.delete(uri);
        }
      }),
    ];
  }

  /** Watches what the check included: a file changed or added on disk is checked again, one removed
   *  is forgotten. */
  private watch(include: string): void {
    this.watcher?.dispose();
    const watcher = vscode.workspace.createFileSystemWatcher(include);
    this.watcher = vscode.Disposable.from(
      watcher,
      watcher.onDidChange((file) => void this.refresh(file)),
      watcher.onDidCreate((file) => void this.refresh(file)),
      watcher.onDidDelete((file) => this.forget(file)),
    );
  }

  /** A file checked before (its tab closed, or changed on disk) or new on disk: checked again. */
  private async refresh(file: vscode.Uri): Promise<void> {
    const client = this.host.current;
    if (!client || this.running) return;
    if (!this.results.has(file.toString()) && !(await this.isIncluded(file))) return;
    await this.checkOne(client, file, undefined, new Set());
  }

  /** Whether a new file is one the check would look at (the exclude pattern still applies). */
  private async isIncluded(file: vscode.Uri): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(file);
    if (!folder) return false;
    const literal = vscode.workspace.asRelativePath(file, false).replace(/[[\]{}*?!]/g, (c) => `[${c}]`);
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, literal), this.exclude, 1);
    return found.length > 0;
  }

  private forget(file: vscode.Uri): void {
    const previous = this.results.get(file.toString());
    if (!previous) return;
    this.results.delete(file.toString());
    if (previous.kind === 'report') {
      this.collection.delete(previous.target);
      this.checked.delete(previous.target.toString());
    }
    this.resultsChanged.fire();
  }

  private record(result: FileResult): void {
    this.results.set(result.file.toString(), result);
    this.resultsChanged.fire();
  }

  async run(): Promise<WorkspaceCheckSummary | undefined> {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage(t('noWorkspace'));
      return undefined;
    }
    const configuration = vscode.workspace.getConfiguration(SECTION);
    const include = configuration.get<string>('workspaceCheck.include', DEFAULT_INCLUDE);
    const exclude = configuration.get<string>('workspaceCheck.exclude', DEFAULT_EXCLUDE);
    this.exclude = exclude;
    this.watch(include);
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
    this.results.clear();
    this.output.clear();
    this.output.appendLine(t('skippedHeader', new Date().toLocaleString()));
    const open = new Set(
      vscode.workspace.textDocuments.filter((d) => d.languageId === LANGUAGE_ID).map((d) => d.uri.toString()),
    );
    this.running = true;
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < files.length && !token.isCancellationRequested) {
        const file = files[next++]!;
        const result = await this.checkOne(client, file, token, open);
        if (result?.kind === 'report') {
          summary.reports++;
          summary.errors += result.errors;
          summary.warnings += result.warnings;
          summary.others += result.others;
        } else if (result?.kind === 'skipped') {
          summary.skipped++;
        }
        done++;
        progress.report({
          increment: 100 / files.length,
          message: t('progress', done, files.length, vscode.workspace.asRelativePath(file)),
        });
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
    } finally {
      this.running = false;
    }
    summary.cancelled = token.isCancellationRequested;
    this.resultsChanged.fire();
    return summary;
  }

  /** Checks one file into the Problems panel (unless open: it has live diagnostics) and the results. */
  private async checkOne(
    client: Awaited<ReturnType<ClientHost['ensure']>>,
    file: vscode.Uri,
    token: vscode.CancellationToken | undefined,
    open: ReadonlySet<string>,
  ): Promise<FileResult | undefined> {
    const isDocument = !/\.txt$/i.test(file.path);
    const detect = vscode.workspace.getConfiguration(SECTION, file).get<boolean>('detectByContent', true);
    const force = hasReportFileName(file.path);
    if (!force && !detect) return this.skip(file, isDocument, 'notDetected');
    const params: CheckFileParams = { uri: client.code2ProtocolConverter.asUri(file), force };
    try {
      const result = await client.sendRequest<CheckFileResult>(CheckFileRequest, params, token);
      if (token?.isCancellationRequested) return undefined;
      if (result.isReport) {
        const diagnostics = await client.protocol2CodeConverter.asDiagnostics(result.diagnostics as never[]);
        // A document's findings refer to its report text: they go under its read-only view.
        const target = result.document ? documentViewUri(file) : file;
        this.checked.set(target.toString(), file);
        if (!open.has(target.toString()) && !isShown(target)) this.collection.set(target, diagnostics);
        const report = reportResult(file, target, result, diagnostics);
        this.record(report);
        return report;
      }
      if (result.skipped) {
        return result.skipped.reason === 'unreadable'
          ? this.skip(file, isDocument, 'unreadable', result.skipped.message)
          : this.skip(file, isDocument, 'notReport');
      }
      return undefined;
    } catch (error) {
      if (token?.isCancellationRequested) return undefined;
      client.error(`nianbao: ${file.toString()}`, error);
      return this.skip(file, isDocument, 'unreadable', error instanceof Error ? error.message : String(error));
    }
  }

  private skip(file: vscode.Uri, isDocument: boolean, reason: SkipReason, detail?: string): FileResult {
    const previous = this.results.get(file.toString());
    if (previous?.kind === 'report') {
      this.collection.delete(previous.target);
      this.checked.delete(previous.target.toString());
    }
    this.output.appendLine(`${vscode.workspace.asRelativePath(file)}：${skipReasonText(reason, detail)}`);
    const result: FileResult = { kind: 'skipped', file, isDocument, reason, detail };
    this.record(result);
    return result;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.watcher?.dispose();
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

/** Why a file was skipped, as the output channel and the reports view say it. */
export function skipReasonText(reason: SkipReason, detail?: string): string {
  if (reason === 'unreadable') return t('skippedUnreadable', detail ?? '');
  return t(reason === 'notReport' ? 'skippedNotReport' : 'skippedNotDetected');
}

function reportResult(file: vscode.Uri, target: vscode.Uri, result: CheckFileResult, diagnostics: readonly vscode.Diagnostic[]): FileResult {
  const count = (severity: vscode.DiagnosticSeverity) => diagnostics.filter((d) => d.severity === severity).length;
  const errors = count(vscode.DiagnosticSeverity.Error);
  const warnings = count(vscode.DiagnosticSeverity.Warning);
  return {
    kind: 'report',
    file,
    target,
    isDocument: Boolean(result.document),
    format: result.format,
    year: result.year,
    errors,
    warnings,
    others: diagnostics.length - errors - warnings,
  };
}
