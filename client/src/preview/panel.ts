// The table preview: one webview panel that shows the tables of a report in the official layout.
// It follows the active report editor and the edits of its document (throttled, 300 ms), posts
// the table model as data (the page patches itself), selects a clicked cell in the editor and
// marks in the page the cell under the editor's cursor. It puts a table copied in the page on the
// clipboard and writes the CSV export where the user chooses.
import * as vscode from 'vscode';
import { TablesRequest, type TablesParams, type TablesResult } from '../../../shared/protocol';
import type { ClientHost } from '../clientHost';
import { COMMAND_TOGGLE_PREVIEW_LOCK, DOCUMENT_SCHEME, LANGUAGE_ID, SECTION } from '../constants';
import { t } from '../l10n';
import { previewData } from './data';
import { csvFileBytes, csvPathFor, tablesCsv } from './export';
import { cellAt } from './findings';
import { previewHtml } from './html';
import { Throttle } from './throttle';
import type { FromWebview, ToWebview } from '../../../shared/previewMessages';
import { previewNotices, previewStrings } from './strings';

/** The argument of `nianbao.showPreview` (the code lenses pass both). */
export interface ShowPreviewArgs {
  uri?: string;
  table?: string;
}

/** What the commands receive: lens arguments, a resource (editor title menu), or nothing. */
export type PreviewTarget = ShowPreviewArgs | vscode.Uri | undefined;

const THROTTLE_MS = 300;
const VIEW_TYPE = 'nianbao.preview';
/** The one folder the page may load from: the webview bundle and its style sheet. */
const MEDIA = ['dist', 'media'];
const TABLE_NAMES: Record<string, string> = { proactive: '表二', applications: '表三', appeals: '表四' };
/** How long the editor must rest before its scroll is passed on (the page scrolls smoothly then). */
const SCROLL_SYNC_MS = 50;

/**
 * Whether the extension treats a document as a report: the report language (by file name, by
 * content — detection.ts switches such plain-text files —, or chosen by the user) or a read-only
 * view of a DOCX/PDF/web page (documents.ts).
 */
export function isReportDocument(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID || document.uri.scheme === DOCUMENT_SCHEME;
}

export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private result: TablesResult | undefined;
  private readonly throttle = new Throttle(() => this.fetch(), THROTTLE_MS);
  private ready = false;
  private pendingTable: string | undefined;
  /** A locked preview keeps its report when another editor becomes active. */
  private locked = false;
  private scrollTimer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** Whether the page's script reported in, and how many updates were posted (for tests). */
  readonly stats = { ready: false, updates: 0, shown: '', locked: false, copies: [] as Array<{ table: string; format: 'tsv' | 'html'; fallback: boolean }>, exports: [] as string[] };

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly host: ClientHost,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor?.document)),
      // A plain-text file recognised by its content becomes a report only after it is shown:
      // setting its language reopens the document, and no editor change is announced.
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === document.uri.toString()) this.follow(document);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        if (event.textEditor.document === this.document) this.scrollSync(event.visibleRanges[0]?.start.line);
      }),
      vscode.commands.registerCommand(COMMAND_TOGGLE_PREVIEW_LOCK, () => this.toggleLock()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document && event.contentChanges.length > 0) this.schedule();
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const uri = this.document?.uri.toString();
        if (uri && event.uris.some((u) => u.toString() === uri)) this.repost();
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document === this.document) this.highlight(event.selections[0]?.active);
      }),
      vscode.commands.registerCommand('nianbao.exportTablesCsv', (target?: vscode.Uri) => this.exportCsv(target)),
      vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state) => this.revive(panel, state),
      }),
    );
  }

  /**
   * Opens (or reveals) the preview of the given report, else of the active one. Without a
   * column it opens in the active group, except from a code lens (a table to reveal), where it
   * opens beside the report so both stay in view.
   */
  async show(target?: PreviewTarget, column?: vscode.ViewColumn): Promise<void> {
    const args: ShowPreviewArgs = target instanceof vscode.Uri ? { uri: target.toString() } : target ?? {};
    column ??= args.table ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const document = args.uri
      ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri))
      : vscode.window.activeTextEditor?.document ?? this.document;
    this.open(document, args.table, column);
  }

  /** Shows the active report in the open preview, unless the preview is locked. */
  private follow(document: vscode.TextDocument | undefined): void {
    if (!this.panel || this.locked || !document || !isReportDocument(document) || document === this.document) return;
    this.document = document;
    this.result = undefined;
    this.setTitle();
    this.schedule(0);
  }

  /** Locks the preview to its report, or lets it follow the active report again. */
  toggleLock(): boolean {
    this.locked = !this.locked;
    this.stats.locked = this.locked;
    this.setTitle();
    if (!this.locked) this.follow(vscode.window.activeTextEditor?.document);
    this.notify(t(this.locked ? 'previewLocked' : 'previewUnlocked', this.fileName() ?? ''));
    return this.locked;
  }

  private scrollSync(line: number | undefined): void {
    if (line === undefined) return;
    clearTimeout(this.scrollTimer);
    this.scrollTimer = setTimeout(() => {
      if (this.ready && this.result) void this.post({ type: 'scrollToLine', line });
    }, SCROLL_SYNC_MS);
  }

  private fileName(): string | undefined {
    return this.document ? fileNameOf(this.document.uri) : undefined;
  }

  private open(target: vscode.TextDocument | undefined, table: string | undefined, column: vscode.ViewColumn): void {
    if (!target || !isReportDocument(target)) {
      void vscode.window.showInformationMessage(t('previewNoReport'));
      return;
    }
    if (target !== this.document) this.result = undefined;
    this.document = target;
    this.pendingTable = table;
    if (this.panel) this.panel.reveal(column === vscode.ViewColumn.Active ? undefined : column, true);
    else this.create(column);
    this.setTitle();
    this.schedule(0);
  }

  private create(column: vscode.ViewColumn): void {
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      t('previewTitle', ''),
      { viewColumn: column, preserveFocus: true },
      { ...this.webviewOptions(), retainContextWhenHidden: false },
    );
    this.adopt(panel);
  }

  private webviewOptions(): vscode.WebviewOptions {
    const root = this.context.extensionUri;
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(root, ...MEDIA)] };
  }

  /** A preview left open when the window closed, restored with the report it showed. */
  async revive(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    if (this.panel) {
      panel.dispose();
      return;
    }
    panel.webview.options = this.webviewOptions();
    const uri = (state as { uri?: unknown } | undefined)?.uri;
    if (typeof uri === 'string') {
      this.document = await Promise.resolve(vscode.workspace.openTextDocument(vscode.Uri.parse(uri))).catch(() => undefined);
    }
    this.adopt(panel);
    this.setTitle();
    this.schedule(0);
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    this.stats.ready = false;
    panel.webview.onDidReceiveMessage((message: FromWebview) => this.receive(message));
    // A hidden webview is discarded (no retained context); shown again, it reloads and reports in.
    panel.onDidChangeViewState(() => {
      if (!panel.visible) this.ready = false;
    });
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
      this.ready = false;
    });
    this.render(panel);
  }

  /** Sets the page's HTML, with a fresh nonce. */
  private render(panel: vscode.WebviewPanel): void {
    const { webview } = panel;
    const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, ...path)).toString();
    const language = this.language();
    webview.html = previewHtml({
      cspSource: webview.cspSource,
      scriptUri: asset(...MEDIA, 'preview.js'),
      styleUri: asset(...MEDIA, 'preview.css'),
      lang: language.startsWith('zh') ? 'zh-CN' : 'en',
      strings: previewStrings(language),
    });
  }

  /** The page's language: the `nianbao.locale` setting (as for the findings), else VS Code's. */
  private language(): string {
    const setting = vscode.workspace.getConfiguration(SECTION, this.document?.uri).get<string>('locale', 'auto');
    return setting === 'zh' || setting === 'en' ? setting : vscode.env.language.toLowerCase();
  }

  private setTitle(): void {
    const name = this.fileName();
    if (!this.panel || name === undefined) return;
    this.panel.title = t(this.locked ? 'previewTitleLocked' : 'previewTitle', name);
    this.stats.shown = name;
  }

  private receive(message: FromWebview): void {
    if (message.type === 'ready') {
      this.ready = true;
      this.stats.ready = true;
      if (this.result) this.repost();
      else this.schedule(0);
    } else if (message.type === 'select' && this.document) {
      const { start, end } = message.range;
      const range = new vscode.Range(start.line, start.character, end.line, end.character);
      const visible = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
      void vscode.window
        .showTextDocument(this.document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.Beside, selection: range })
        .then((editor) => editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport));
    } else if (message.type === 'copy') {
      // VS Code's clipboard works where the page's may be blocked; it takes text only.
      void vscode.env.clipboard.writeText(message.text).then(() => {
        this.stats.copies.push({ table: message.table, format: 'tsv', fallback: message.fallback === true });
        const notices = previewNotices(this.language());
        this.notify((message.fallback ? notices.copiedFallback : notices.copiedTsv).replace('{0}', TABLE_NAMES[message.table] ?? message.table));
      });
    } else if (message.type === 'copied') {
      this.stats.copies.push({ table: message.table, format: 'html', fallback: false });
      this.notify(previewNotices(this.language()).copiedHtml.replace('{0}', TABLE_NAMES[message.table] ?? message.table));
    } else if (message.type === 'exportCsv') {
      void this.exportCsv();
    }
  }

  private notify(text: string): void {
    vscode.window.setStatusBarMessage(text, 4000);
  }

  /**
   * Writes the tables of the previewed report (or of `target`, the active report) as CSV where
   * the user chooses; the file is the sheet `nianbao tables --format csv` prints for the report.
   * Returns the path written, undefined when cancelled or nothing to export.
   */
  async exportCsv(target?: vscode.Uri, destination?: vscode.Uri): Promise<string | undefined> {
    const notices = previewNotices(this.language());
    const document = target
      ? await vscode.workspace.openTextDocument(target)
      : this.document ?? vscode.window.activeTextEditor?.document;
    if (!document || !isReportDocument(document)) {
      void vscode.window.showInformationMessage(t('previewNoReport'));
      return undefined;
    }
    try {
      const result = document === this.document && this.result ? this.result : await this.request(document);
      if (!result || result.tables.length === 0) {
        void vscode.window.showInformationMessage(notices.noTables);
        return undefined;
      }
      const csv = tablesCsv(result, vscode.workspace.asRelativePath(document.uri, false));
      const uri =
        destination ??
        (await vscode.window.showSaveDialog({
          defaultUri: document.uri.with({ path: csvPathFor(document.uri.path) }),
          filters: { CSV: ['csv'] },
        }));
      if (!uri) return undefined;
      await vscode.workspace.fs.writeFile(uri, csvFileBytes(csv));
      this.stats.exports.push(uri.toString());
      this.notify(notices.exported.replace('{0}', vscode.workspace.asRelativePath(uri, false)));
      return uri.toString();
    } catch (error) {
      void vscode.window.showErrorMessage(notices.exportFailed.replace('{0}', error instanceof Error ? error.message : String(error)));
      return undefined;
    }
  }

  private async request(document: vscode.TextDocument): Promise<TablesResult | null> {
    const client = await this.host.ensure();
    const params: TablesParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
    return client.sendRequest<TablesResult | null>(TablesRequest, params);
  }

  /** Asks for fresh tables after `delayMs` (throttled: see Throttle). */
  private schedule(delayMs?: number): void {
    this.throttle.schedule(delayMs);
  }

  private async fetch(): Promise<void> {
    const document = this.document;
    if (!this.panel || !document) return;
    const result = await this.request(document);
    if (!result || document !== this.document) return;
    this.result = result;
    this.setTitle();
    this.repost();
  }

  /** Posts the last tables with the current diagnostics (diagnostics arrive after the tables). */
  private repost(): void {
    const panel = this.panel;
    const document = this.document;
    if (!panel || !document || !this.result || !this.ready) return;
    const name = fileNameOf(document.uri);
    const diagnostics = vscode.languages.getDiagnostics(document.uri).map((d) => ({
      range: d.range,
      severity: d.severity,
      message: d.message,
      source: d.source,
    }));
    void this.post({ type: 'update', data: previewData(this.result, name, diagnostics) }).then(() => {
      this.stats.updates++;
      if (this.pendingTable) {
        const table = this.pendingTable;
        this.pendingTable = undefined;
        void this.post({ type: 'revealTable', table });
      }
    });
  }

  private highlight(position: vscode.Position | undefined): void {
    if (!this.result || !position || !this.ready) return;
    void this.post({ type: 'highlight', key: cellAt(this.result.tables, position) });
  }

  private post(message: ToWebview): Thenable<boolean> {
    return this.panel?.webview.postMessage(message) ?? Promise.resolve(false);
  }

  dispose(): void {
    clearTimeout(this.scrollTimer);
    this.throttle.dispose();
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** The file a document shows: a document view's name without its `.nianbao` suffix. */
function fileNameOf(uri: vscode.Uri): string {
  const name = uri.path.replace(/^.*\//, '');
  return uri.scheme === DOCUMENT_SCHEME ? name.replace(/\.nianbao$/, '') : name;
}
