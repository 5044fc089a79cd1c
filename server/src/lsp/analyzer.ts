// Parses and checks open documents, caching the model by document version and the findings by
// version and options, so that symbols, folding, tables, diagnostics and code actions of one
// version share one parse and one check. It keeps the core's findings; they become LSP
// diagnostics only where they leave the server (`diagnosticsOf`). A document above the size limit is not parsed: its model is empty and its one
// diagnostic says why.
import type { Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import {
  DEFAULT_MAX_FILE_SIZE_MB,
  exceedsLimit,
  textBytes,
  tooLargeFinding,
  unanalysedModel,
  type CancellationToken,
  type CheckOptions,
  type Finding,
  type ReportModel,
  type TextChange,
} from '../core';
import { engine } from './engine';
import { createDocumentParser, type DocumentParser } from './parser';
import type { Diagnostic } from 'vscode-languageserver/node';
import { toDiagnostic } from './diagnostics';

interface ModelEntry {
  version: number;
  limit: number;
  model: ReportModel;
  /** Set when the text is above the limit (then `model` is empty). */
  tooLarge?: { bytes: number };
}

interface FindingsEntry {
  version: number;
  optionsKey: string;
  findings: Finding[];
}

export class Analyzer {
  private readonly parsers = new Map<string, DocumentParser>();
  private readonly models = new Map<string, ModelEntry>();
  private readonly results = new Map<string, FindingsEntry>();
  /** Per document, the edits since the text its parser last parsed (`from`). */
  private readonly pending = new Map<string, { from: string; changes: TextChange[] }>();

  constructor(
    /** Where rule documentation is linked from diagnostics. */
    readonly docsBase: string,
    /** The size limit (MB) of a document: its `nianbao.maxFileSize`. */
    private readonly maxFileSize: (uri: string) => number = () => DEFAULT_MAX_FILE_SIZE_MB,
  ) {}

  model(document: TextDocument): ReportModel {
    return this.entry(document).model;
  }

  private entry(document: TextDocument): ModelEntry {
    const limit = this.maxFileSize(document.uri);
    const cached = this.models.get(document.uri);
    if (cached && cached.version === document.version && cached.limit === limit) return cached;
    const text = document.getText();
    const bytes = oversize(text, limit);
    if (bytes !== undefined) {
      // Nothing of the big text is kept: the incremental parser's blocks are dropped too.
      this.parsers.delete(document.uri);
      const entry = { version: document.version, limit, model: unanalysedModel(text.length, bytes, limit), tooLarge: { bytes } };
      this.models.set(document.uri, entry);
      return entry;
    }
    let parser = this.parsers.get(document.uri);
    if (!parser) {
      parser = createDocumentParser();
      this.parsers.set(document.uri, parser);
    }
    const pending = this.pending.get(document.uri);
    this.pending.delete(document.uri);
    let model: ReportModel | undefined;
    // The edits since the parser's text, replayed: the parser then re-normalises only the lines
    // they touched. Should the replay not arrive at the document's text (an edit missed), the
    // text is parsed as a whole; either way the model is that of `text`.
    if (pending && pending.from === parser.text && pending.changes.length > 0) {
      // The document's own text is handed over: the parser then holds the same string as the
      // document rather than a copy (one string for V8 to lay out, and the next edit's check
      // that the parser's text is the document's is a comparison of one string with itself).
      model = parser.applyChanges(pending.changes, text);
      if (parser.text !== text) model = undefined;
    }
    model ??= parser.parse(text);
    const entry = { version: document.version, limit, model };
    this.models.set(document.uri, entry);
    return entry;
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

  /** The findings of a document's version; a cancelled token stops the check (`CheckCancelled`). */
  findings(document: TextDocument, options: CheckOptions, token?: CancellationToken): Finding[] {
    const optionsKey = `${JSON.stringify(options)}:${this.maxFileSize(document.uri)}`;
    const cached = this.results.get(document.uri);
    if (cached && cached.version === document.version && cached.optionsKey === optionsKey) return cached.findings;
    const entry = this.entry(document);
    const findings: Finding[] = entry.tooLarge
      ? [tooLargeFinding(entry.tooLarge.bytes, entry.limit, options.locale ?? 'zh')]
      : engine.check(entry.model, document.getText(), { ...options, ...(token ? { token } : {}) });
    this.results.set(document.uri, { version: document.version, optionsKey, findings });
    return findings;
  }

  /** The findings of a document as LSP diagnostics (the edge where they leave the server). */
  diagnosticsOf(findings: Finding[], uri: string): Diagnostic[] {
    return findings.map((finding) => toDiagnostic(finding, uri, this.docsBase));
  }

  /** A one-off check of a text that is not an open document (the workspace check). */
  checkText(uri: string, text: string, options: CheckOptions): { model: ReportModel; findings: Finding[] } {
    const limit = this.maxFileSize(uri);
    const bytes = oversize(text, limit);
    if (bytes !== undefined) {
      return { model: unanalysedModel(text.length, bytes, limit), findings: [tooLargeFinding(bytes, limit, options.locale ?? 'zh')] };
    }
    const model = createDocumentParser().parse(text);
    return { model, findings: engine.check(model, text, options) };
  }

  forget(uri: string): void {
    this.pending.delete(uri);
    this.parsers.delete(uri);
    this.models.delete(uri);
    this.results.delete(uri);
  }
}

/** The text's size in bytes when it is above the limit, else undefined (short texts are not counted). */
function oversize(text: string, limitMB: number): number | undefined {
  // A UTF-16 unit is at most 3 UTF-8 bytes: most documents need no count at all.
  if (text.length * 3 <= limitMB * 1024 * 1024) return undefined;
  const bytes = textBytes(text);
  return exceedsLimit(bytes, limitMB) ? bytes : undefined;
}
