// textDocument/codeLens: one lens above each table stating its consistency; it opens the preview
// at that table (`nianbao.showPreview`, a client command).
import type { CodeLens } from 'vscode-languageserver/node';
import type { Locale, ReportModel } from '../core';
import { engine } from './engine';

export const SHOW_PREVIEW_COMMAND = 'nianbao.showPreview';

/** The argument of `nianbao.showPreview`. */
export interface ShowPreviewArgs {
  uri: string;
  table: string;
}

export function codeLenses(model: ReportModel, uri: string, locale: Locale): CodeLens[] {
  return engine.lenses(model, locale).map((lens) => {
    const args: ShowPreviewArgs = { uri, table: lens.table };
    return { range: lens.range, command: { title: lens.title, command: SHOW_PREVIEW_COMMAND, arguments: [args] } };
  });
}
