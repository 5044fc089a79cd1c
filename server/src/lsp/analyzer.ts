// Parses and checks open documents, caching the model by document version and the findings by
// version and options, so that symbols, folding, tables and diagnostics of one version share
// one parse.
import type { Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver/node';
import { checkReport, type CheckOptions, type ReportModel, type TextChange } from '../core';
import { createDocumentParser, type DocumentParser } from './parser';
import { toDiagnostic } from './diagnostics';

interface ModelEntry {
  version: number;
  model: ReportModel;
}

interface DiagnosticsEntry {
  version: number;
  optionsKey: string;
  diagnostics: Diagnostic[];
}

export class Analyzer {
  private readonly parsers = new Map<string, DocumentParser>();
  private readonly models = new Map<string, ModelEntry>();
  private readonly results = new Map<string, DiagnosticsEntry>();
  /** Per document, the edits since the text its parser last parsed (`from`). */
  private readonly pending = new Map<string, { from: string; changes: TextChange[] }>();

  constructor(private readonly readmeUri: string) {}

  model(document: TextDocument): ReportModel {
    const cached = this.models.get(document.uri);
    if (cached && cached.version === document.version) return cached.model;
    let parser = this.parsers.get(document.uri);
    if (!parser) {
      parser = createDocumentParser();
      this.parsers.set(document.uri, parser);
    }
    const text = document.getText();
    const pending = this.pending.get(document.uri);
    this.pending.delete(document.uri);
    let model: ReportModel | undefined;
    // The edits since the parser's text, replayed: the parser then re-normalises only the lines
    // they touched. Should the replay not arrive at the document's text (an edit missed), the
    // text is parsed as a whole; either way the model is that of `text`.
    if (pending && pending.from === parser.text && pending.changes.length > 0) {
      model = parser.applyChanges(pending.changes);
      if (parser.text !== text) model = undefined;
    }
    model ??= parser.parse(text);
    this.models.set(document.uri, { version: document.version, model });
    return model;
  }

  /**
   * An open document is about to change (called with the document before the change). Single
   * range changes are kept, as offsets, for `model` to replay; anything else (a full-text
   * change, several at once) drops them and the next model parses the whole text.
   */
  changing(document: TextDocument, changes: TextDocumentContentChangeEvent[]): void {
    const parser = this.parsers.get(document.uri);
    if (!parser) return;
    const change = changes.length === 1 ? (changes[0] as { range?: Range; text: string }) : undefined;
    const pending = this.pending.get(document.uri) ?? { from: document.getText(), changes: [] };
    if (!change?.range || pending.from !== parser.text) {
      this.pending.delete(document.uri);
      return;
    }
    pending.changes.push({ start: document.offsetAt(change.range.start), end: document.offsetAt(change.range.end), text: change.text });
    this.pending.set(document.uri, pending);
  }

  diagnostics(document: TextDocument, options: CheckOptions): Diagnostic[] {
    const optionsKey = JSON.stringify(options);
    const cached = this.results.get(document.uri);
    if (cached && cached.version === document.version && cached.optionsKey === optionsKey) return cached.diagnostics;
    const model = this.model(document);
    const diagnostics = checkReport(model, document.getText(), options).map((finding) =>
      toDiagnostic(finding, document.uri, this.readmeUri),
    );
    this.results.set(document.uri, { version: document.version, optionsKey, diagnostics });
    return diagnostics;
  }

  /** A one-off check of a text that is not an open document (the workspace check). */
  checkText(uri: string, text: string, options: CheckOptions): { model: ReportModel; diagnostics: Diagnostic[] } {
    const model = createDocumentParser().parse(text);
    const diagnostics = checkReport(model, text, options).map((finding) => toDiagnostic(finding, uri, this.readmeUri));
    return { model, diagnostics };
  }

  forget(uri: string): void {
    this.pending.delete(uri);
    this.parsers.delete(uri);
    this.models.delete(uri);
    this.results.delete(uri);
  }
}
