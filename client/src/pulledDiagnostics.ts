// Which documents the language server has checked since it started: the diagnostics are pulled,
// and until the first pull of a document answers, an empty Problems list means "not checked yet",
// not "no findings". The language status shows 检查中… until then.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

export class PulledDiagnostics implements vscode.Disposable {
  private readonly checked = new Set<string>();
  private readonly pulled = new vscode.EventEmitter<vscode.Uri>();
  /** Fires once a pull for the document has answered and its diagnostics are in place. */
  readonly onDidPull = this.pulled.event;

  /** The client middleware that notes each answered pull. */
  readonly middleware: Middleware = {
    provideDiagnostics: async (document, previousResultId, token, next) => {
      const report = await next(document, previousResultId, token);
      const uri = document instanceof vscode.Uri ? document : document.uri;
      this.checked.add(uri.toString());
      // The client puts the report's items into its collection after this returns: tell the
      // listeners once that is done, so what they read is this pull's.
      setTimeout(() => this.pulled.fire(uri), 0);
      return report;
    },
  };

  has(uri: vscode.Uri): boolean {
    return this.checked.has(uri.toString());
  }

  /** A new server: nothing checked yet. */
  reset(): void {
    this.checked.clear();
  }

  dispose(): void {
    this.pulled.dispose();
  }
}
