// The language status item of the active report (beside the language mode in the status bar):
// format version, year and number of findings; its severity follows the findings. Every string
// follows `nianbao.locale`, and is rewritten when the setting changes.
import * as vscode from 'vscode';
import { TablesRequest, type TablesParams, type TablesResult } from '../../shared/protocol';
import type { ClientHost } from './clientHost';
import { LANGUAGE_ID } from './constants';
import { t } from './l10n';

export class ReportStatusBar implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('nianbao.status', { language: LANGUAGE_ID });
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private info: { uri: string; format: string | null; year: number | null } | undefined;

  constructor(private readonly host: ClientHost) {
    this.label();
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('nianbao.locale')) {
          this.label();
          this.render();
        }
      }),
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
      host.onDidStart(() => this.refresh(0)),
    );
    this.refresh(0);
  }

  private label(): void {
    this.item.name = t('statusName');
    this.item.command = { title: t('showProblems'), command: 'workbench.actions.view.problems', tooltip: t('statusTooltip') };
  }

  /** The text shown, for tests. */
  get text(): string {
    return this.item.text;
  }

  get visible(): boolean {
    return this.info !== undefined;
  }

  private refresh(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delayMs);
  }

  private async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) {
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
    const count = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'nianbao').length;
    const parts = [
      this.info.format ? t('statusFormat', this.info.format) : t('statusNoFormat'),
      ...(this.info.year ? [t('statusYear', this.info.year)] : []),
      count > 0 ? t('statusFindings', count) : t('statusClean'),
    ];
    this.item.text = `${count > 0 ? '$(warning)' : '$(check)'} ${parts.join(' · ')}`;
    this.item.detail = t('statusTooltip');
    this.item.severity = count > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
