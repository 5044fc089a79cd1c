// The report language's status item (the `{}` next to the language name in the status bar):
// format version, year and number of findings of the active report (检查中… until the server's
// first check of it answers), in the language of `nianbao.locale`. A language status item shows
// only for documents of its selector, so it appears exactly where the extension treats a document
// as a report.
import * as vscode from 'vscode';
import { TablesRequest, type TablesParams, type TablesResult } from '../../shared/protocol';
import type { ClientHost } from './clientHost';
import { DOCUMENT_SCHEME, LANGUAGE_ID, SECTION } from './constants';
import { t } from './l10n';

const SELECTOR: vscode.DocumentSelector = [{ language: LANGUAGE_ID }, { scheme: DOCUMENT_SCHEME }];

export class ReportLanguageStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('nianbao.status', SELECTOR);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private info: { uri: string; format: string | null; year: number | null } | undefined;

  constructor(private readonly host: ClientHost) {
    this.localize();
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh(0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.refresh(500);
      }),
      vscode.workspace.onDidOpenTextDocument(() => this.refresh(100)),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) this.render();
      }),
      host.pulled.onDidPull((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.render();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration(`${SECTION}.locale`)) return;
        this.localize();
        this.render();
      }),
      host.onDidStart(() => this.refresh(0)),
    );
    this.refresh(0);
  }

  /** The text shown, for tests. */
  get text(): string {
    return this.item.text;
  }

  private localize(): void {
    this.item.name = t('statusName');
    this.item.detail = t('statusTooltip');
    this.item.command = { title: t('showProblems'), command: 'workbench.actions.view.problems' };
  }

  private refresh(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delayMs);
  }

  private async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || vscode.languages.match(SELECTOR, document) === 0) {
      this.info = undefined;
      return;
    }
    const client = this.host.current;
    if (!client) return;
    try {
      const params: TablesParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
      const result = await client.sendRequest<TablesResult | null>(TablesRequest, params);
      if (vscode.window.activeTextEditor?.document !== document) return;
      this.info = { uri: document.uri.toString(), format: result?.format ?? null, year: result?.year ?? null };
    } catch {
      this.info = { uri: document.uri.toString(), format: null, year: null };
    }
    this.render();
  }

  private render(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!this.info || !document || document.uri.toString() !== this.info.uri) return;
    const findings = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'nianbao');
    const errors = findings.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    // Before the first check answers, no findings means not checked, not clean.
    const checked = this.host.pulled.has(document.uri);
    const parts = [
      this.info.format ? t('statusFormat', this.info.format) : t('statusNoFormat'),
      ...(this.info.year ? [t('statusYear', this.info.year)] : []),
      !checked ? t('statusChecking') : findings.length > 0 ? t('statusFindings', findings.length) : t('statusClean'),
    ];
    // Checking: the item's own busy spinner, no icon of a verdict.
    this.item.text = `${!checked ? '' : findings.length > 0 ? '$(warning) ' : '$(check) '}${parts.join(' · ')}`;
    this.item.busy = !checked;
    this.item.severity = errors > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
