// The extension: report language, content detection, the language client, language status, the
// workspace check and its reports view. `activate` returns a small API used by the extension-host tests.
import * as vscode from 'vscode';
import { WorkspaceChecker, type WorkspaceCheckSummary } from './checkWorkspace';
import { ClientHost } from './clientHost';
import { COMMAND_CHECK_WORKSPACE, COMMAND_RESTART, COMMAND_SHOW_PREVIEW, COMMAND_SHOW_PREVIEW_TO_SIDE } from './constants';
import { registerContentDetection } from './detection';
import { DocumentViews } from './documents';
import { PreviewPanel, type PreviewTarget } from './preview/panel';
import { ReportLanguageStatus } from './languageStatus';
import { ReportsView } from './reportsView';
import { registerTidyText } from './tidyText';

export interface NianbaoApi {
  /** Resolves when the language server runs. */
  ready(): Promise<void>;
  statusBarText(): string;
  checkWorkspace(): Promise<WorkspaceCheckSummary | undefined>;
  workspaceDiagnostics(): ReadonlyArray<[vscode.Uri, readonly vscode.Diagnostic[]]>;
  /** Whether the preview's script runs (it reported in) and how many updates it got. */
  /** The reports view's rows (label, description), in the order shown. */
  reportsViewRows(): Array<{ label: string; description: string; skipped: boolean }>;
  previewStats(): { ready: boolean; updates: number; shown: string; locked: boolean };
  /** Sends a request to the language server (starting it if needed). */
  request<R>(method: string, params: unknown): Promise<R>;
}

let host: ClientHost | undefined;

export function activate(context: vscode.ExtensionContext): NianbaoApi {
  host = new ClientHost(context);
  const client = host;
  const statusBar = new ReportLanguageStatus(client);
  const checker = new WorkspaceChecker(client);
  const preview = new PreviewPanel(context, client);
  const documents = new DocumentViews(client);
  const reportsView = new ReportsView(checker);
  context.subscriptions.push(
    client,
    documents,
    reportsView,
    statusBar,
    checker,
    preview,
    vscode.commands.registerCommand(COMMAND_SHOW_PREVIEW, (target?: PreviewTarget) => preview.show(target)),
    vscode.commands.registerCommand(COMMAND_SHOW_PREVIEW_TO_SIDE, (target?: PreviewTarget) => preview.show(target, vscode.ViewColumn.Beside)),
    vscode.commands.registerCommand(COMMAND_CHECK_WORKSPACE, () => checker.run()),
    vscode.commands.registerCommand(COMMAND_RESTART, () => client.restart()),
    registerTidyText(client),
  );
  registerContentDetection(context);
  return {
    ready: async () => {
      await client.ensure();
    },
    statusBarText: () => statusBar.text,
    checkWorkspace: () => checker.run(),
    workspaceDiagnostics: () => {
      const entries: Array<[vscode.Uri, readonly vscode.Diagnostic[]]> = [];
      checker.collection.forEach((uri, diagnostics) => entries.push([uri, diagnostics]));
      return entries;
    },
    reportsViewRows: () => reportsView.rows(),
    previewStats: () => ({ ...preview.stats }),
    request: async <R>(method: string, params: unknown) => (await client.ensure()).sendRequest<R>(method, params),
  };
}

export async function deactivate(): Promise<void> {
  await host?.stop();
  host = undefined;
}
