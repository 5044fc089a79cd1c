// Parses and checks open documents, caching the model by document version and the findings by
// version and options, so that symbols, folding, tables and diagnostics of one version share
// one parse.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver/node';
import { checkReport, type CheckOptions, type ReportModel } from '../core';
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

  constructor(private readonly readmeUri: string) {}

  model(document: TextDocument): ReportModel {
    const cached = this.models.get(document.uri);
    if (cached && cached.version === document.version) return cached.model;
    let parser = this.parsers.get(document.uri);
    if (!parser) {
      parser = createDocumentParser();
      this.parsers.set(document.uri, parser);
    }
    const model = parser.parse(document.getText());
    this.models.set(document.uri, { version: document.version, model });
    return model;
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
    this.parsers.delete(uri);
    this.models.delete(uri);
    this.results.delete(uri);
  }
}
