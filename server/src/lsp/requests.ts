// The custom requests: the table model of a document, and a one-off check of a file on disk.
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { documentKind, tidyReportText, type ReportModel } from '../core';
import { engine } from './engine';
import type { Analyzer } from './analyzer';
import { filePath, type ConfigurationResolver } from './configuration';
import { looksLikeReport } from '../../../shared/detect';
import { readFile } from 'node:fs/promises';
import {
  tablesResult,
  type CheckFileParams,
  type CheckFileResult,
  type ReadDocumentParams,
  type ReadDocumentResult,
  type TablesParams,
  type TablesResult,
  type TidyTextParams,
  type TidyTextResult,
} from '../../../shared/protocol';
import { readReportFile } from './readText';

const NOT_A_REPORT = 'no title, sections or tables of an annual report';

export class CustomRequests {
  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyzer: Analyzer,
    private readonly config: ConfigurationResolver,
  ) {}

  async tables(params: TablesParams): Promise<TablesResult> {
    const open = this.documents.get(params.uri);
    let model: ReportModel;
    if (open) {
      await this.config.settingsFor(params.uri); // the size limit is a setting
      model = this.analyzer.model(open);
    } else {
      const text = await this.readFromDisk(params.uri);
      model = this.analyzer.checkText(params.uri, text, { severities: {} }).model;
    }
    return tablesResult(params.uri, open ? open.version : null, model);
  }

  tidyText(params: TidyTextParams): TidyTextResult {
    const open = this.documents.get(params.uri);
    if (!open) return { version: null, text: null };
    const text = open.getText();
    const tidied = tidyReportText(text);
    return { version: open.version, text: tidied === text ? null : tidied };
  }

  async checkFile(params: CheckFileParams): Promise<CheckFileResult> {
    const open = this.documents.get(params.uri);
    const path = filePath(params.uri);
    if (!open && path && documentKind(path)) return this.checkDocumentFile(params, path);
    const text = open ? open.getText() : await this.readFromDisk(params.uri);
    if (!params.force && !looksLikeReport(text)) {
      return { uri: params.uri, isReport: false, format: null, year: null, diagnostics: [], skipped: { reason: 'not-a-report', message: NOT_A_REPORT } };
    }
    const options = await this.config.checkOptions(params.uri);
    if (open) {
      return {
        uri: params.uri,
        isReport: true,
        format: this.analyzer.model(open).format,
        year: this.analyzer.model(open).year,
        diagnostics: this.analyzer.diagnosticsOf(this.analyzer.findings(open, options), params.uri),
      };
    }
    const { model, findings } = this.analyzer.checkText(params.uri, text, options);
    return { uri: params.uri, isReport: true, format: model.format, year: model.year, diagnostics: this.analyzer.diagnosticsOf(findings, params.uri) };
  }

  async readDocument(params: ReadDocumentParams): Promise<ReadDocumentResult> {
    const path = filePath(params.uri);
    if (!path) return { ok: false, reason: 'not-a-document', message: `不是本地文件（not a local file）：${params.uri}` };
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      return { ok: false, reason: 'corrupt', message: `无法读取文件（cannot read file）：${(error as Error).message}` };
    }
    const read = await engine.readDocument(bytes, path);
    return read.ok ? { ok: true, kind: read.kind, text: read.composed.text } : { ok: false, reason: read.reason, message: read.message };
  }

  /** A .docx, .pdf or web page on disk: read as a document, checked as its report text. */
  private async checkDocumentFile(params: CheckFileParams, path: string): Promise<CheckFileResult> {
    const unread = (message: string): CheckFileResult => ({ uri: params.uri, isReport: false, format: null, year: null, diagnostics: [], document: true, skipped: { reason: 'unreadable', message } });
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      return unread((error as Error).message);
    }
    const read = await engine.readDocument(bytes, path);
    if (!read.ok) return unread(read.message);
    const text = read.composed.text;
    if (!params.force && !looksLikeReport(text)) {
      return { uri: params.uri, isReport: false, format: null, year: null, diagnostics: [], document: true, skipped: { reason: 'not-a-report', message: NOT_A_REPORT } };
    }
    const options = await this.config.checkOptions(params.uri);
    const { model, findings } = this.analyzer.checkText(params.uri, text, options);
    return { uri: params.uri, isReport: true, format: model.format, year: model.year, diagnostics: this.analyzer.diagnosticsOf(findings, params.uri), document: true };
  }

  private async readFromDisk(uri: string): Promise<string> {
    const path = filePath(uri);
    if (!path) throw new Error(`not a file: ${uri}`);
    return readReportFile(path);
  }
}
