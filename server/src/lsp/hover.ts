// textDocument/hover: forwards to the core's hoverAt.
import type { Hover, HoverParams } from 'vscode-languageserver/node';
import { MarkupKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale, ReportModel } from '../core';
import { engine } from './engine';

export function hover(model: ReportModel, document: TextDocument, params: HoverParams, locale: Locale): Hover | null {
  const text = document.getText();
  const result = engine.hover(model, text, document.offsetAt(params.position), locale);
  if (!result) return null;
  return { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: result.range };
}
