// The reports view (Explorer): every file the workspace check looked at — the reports sorted by
// trouble (most errors first) with their counts, format and year, then a "skipped" group saying
// why each other file was not checked. Clicking a report opens it (a document in its read-only
// report view).
import * as vscode from 'vscode';
import { skipReasonText, type WorkspaceChecker } from './checkWorkspace';
import { COMMAND_OPEN_DOCUMENT } from './constants';
import { t } from './l10n';
import { byTrouble, type FileResult, type SkipReason } from './workspaceResults';

export const REPORTS_VIEW = 'nianbao.reports';

/** A hundred results arrive within a second during a check: the tree is redrawn at most this often. */
const REDRAW_MS = 150;

type Node = { kind: 'skippedGroup'; results: FileResult[] } | { kind: 'file'; result: FileResult };

const SHORT_REASON: Record<SkipReason, 'reportsShortNotReport' | 'reportsShortUnreadable' | 'reportsShortNotDetected'> = {
  notReport: 'reportsShortNotReport',
  unreadable: 'reportsShortUnreadable',
  notDetected: 'reportsShortNotDetected',
};

export function describeResult(result: FileResult): string {
  if (result.kind === 'skipped') return t(SHORT_REASON[result.reason]);
  const parts = [t('reportsCounts', result.errors, result.warnings)];
  parts.push(result.format ? t('reportsFormat', result.format) : t('statusNoFormat'));
  if (result.year !== null) parts.push(t('statusYear', result.year));
  return parts.join(' · ');
}

export class ReportsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private redraw: ReturnType<typeof setTimeout> | undefined;
  readonly view: vscode.TreeView<Node>;

  constructor(private readonly checker: WorkspaceChecker) {
    this.view = vscode.window.createTreeView(REPORTS_VIEW, { treeDataProvider: this });
    this.disposables.push(
      this.changed,
      this.view,
      checker.onDidChangeResults(() => {
        this.redraw ??= setTimeout(() => {
          this.redraw = undefined;
          this.changed.fire(undefined);
          this.updateBadge();
        }, REDRAW_MS);
      }),
    );
  }

  /** The rows as a reader sees them (label and description), in the order shown, for the tests. */
  rows(): Array<{ label: string; description: string; skipped: boolean }> {
    const ordered = [...this.reports(), ...this.skipped()];
    return ordered.map((r) => ({ label: vscode.workspace.asRelativePath(r.file), description: describeResult(r), skipped: r.kind === 'skipped' }));
  }

  private reports(): FileResult[] {
    return [...this.checker.results.values()].filter((r) => r.kind === 'report').sort(byTrouble);
  }

  private skipped(): FileResult[] {
    return [...this.checker.results.values()].filter((r) => r.kind === 'skipped').sort(byTrouble);
  }

  /** The number of reports with errors on the view's badge, as the Problems panel counts. */
  private updateBadge(): void {
    const withErrors = this.reports().filter((r) => r.kind === 'report' && r.errors > 0).length;
    this.view.badge = withErrors ? { value: withErrors, tooltip: t('reportsBadge', withErrors) } : undefined;
  }

  getChildren(node?: Node): Node[] {
    if (node?.kind === 'skippedGroup') return node.results.map((result) => ({ kind: 'file', result }));
    if (node) return [];
    const nodes: Node[] = this.reports().map((result) => ({ kind: 'file', result }));
    const skipped = this.skipped();
    if (skipped.length) nodes.push({ kind: 'skippedGroup', results: skipped });
    return nodes;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'skippedGroup') {
      const item = new vscode.TreeItem(t('reportsSkipped', node.results.length), vscode.TreeItemCollapsibleState.Collapsed);
      item.iconPath = new vscode.ThemeIcon('circle-slash');
      item.contextValue = 'skippedGroup';
      return item;
    }
    return this.fileItem(node.result);
  }

  private fileItem(result: FileResult): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.workspace.asRelativePath(result.file), vscode.TreeItemCollapsibleState.None);
    item.resourceUri = result.file;
    item.description = describeResult(result);
    if (result.kind === 'report') {
      const [icon, color] = result.errors
        ? ['error', 'problemsErrorIcon.foreground']
        : result.warnings
          ? ['warning', 'problemsWarningIcon.foreground']
          : ['pass', 'testing.iconPassed'];
      item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
      item.contextValue = 'report';
      item.tooltip = `${result.file.fsPath}\n${item.description}`;
    } else {
      item.iconPath = new vscode.ThemeIcon('circle-slash');
      item.contextValue = 'skippedFile';
      item.tooltip = `${result.file.fsPath}\n${skipReasonText(result.reason, result.detail)}`;
    }
    item.command = result.isDocument
      ? { command: COMMAND_OPEN_DOCUMENT, title: '', arguments: [result.file] }
      : { command: 'vscode.open', title: '', arguments: [result.file] };
    return item;
  }

  dispose(): void {
    if (this.redraw) clearTimeout(this.redraw);
    for (const d of this.disposables) d.dispose();
  }
}
