// Quick fixes in the read-only view of a document (`nianbao-document:/…/报告.docx.nianbao`): the
// view's text cannot be edited, so a fix of a DOCX report is offered as a command that writes the
// corrected cells into the Word file itself (as `nianbao check --fix` does), keeping the original
// as `.bak`; the view is then re-read from the changed file. PDFs and web pages cannot be
// written back: their views offer no edit fixes, only the rule documentation and the ignore list.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import type { CodeAction } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { cellEditsOf, writeDocxCells, type Locale, type TextEdit } from '../core';
import { DOCUMENT_VIEW_SCHEME, DOCUMENT_VIEW_SUFFIX } from '../../../shared/protocol';
import { engine } from './engine';

export const DOCUMENT_FIX_COMMAND = 'nianbao.fixDocument';

export interface DocumentFixArguments {
  uri: string;
  version: number;
  edits: TextEdit[];
}

/** The file behind a document view URI, or undefined for any other document. */
export function documentFileOf(uri: string): { path: string; kind: 'docx' | 'other' } | undefined {
  if (!uri.startsWith(`${DOCUMENT_VIEW_SCHEME}:`)) return undefined;
  let path = decodeURIComponent(uri.slice(DOCUMENT_VIEW_SCHEME.length + 1).replace(/^\/\/[^/]*/, '').replace(/[?#].*$/, ''));
  if (path.endsWith(DOCUMENT_VIEW_SUFFIX)) path = path.slice(0, -DOCUMENT_VIEW_SUFFIX.length);
  return { path, kind: /\.docx$/i.test(path) ? 'docx' : 'other' };
}

const SUFFIX = { zh: '（写入 Word 文件）', en: ' (written into the Word file)' } satisfies Record<Locale, string>;

/**
 * The code actions of a document view: edit fixes of the report text (those `editsOf` gives edits
 * for) become the write-into-DOCX command, with the edits resolved now; for a PDF or web page
 * they go. Other actions stay as they are.
 */
export function documentViewActions(
  actions: CodeAction[],
  document: TextDocument,
  kind: 'docx' | 'other',
  locale: Locale,
  editsOf: (action: CodeAction) => TextEdit[] | undefined,
): CodeAction[] {
  const out: CodeAction[] = [];
  for (const action of actions) {
    const edits = editsOf(action);
    if (!edits) {
      out.push(action); // the rule documentation, or an edit of another file
      continue;
    }
    if (kind !== 'docx' || edits.length === 0) continue;
    const args: DocumentFixArguments = { uri: document.uri, version: document.version, edits };
    const { edit: _edit, data: _data, ...rest } = action;
    const title = `${action.title}${SUFFIX[locale]}`;
    out.push({ ...rest, title, command: { title, command: DOCUMENT_FIX_COMMAND, arguments: [args] } });
  }
  return out;
}

/** What the user is told after the command ran. */
export function documentFixMessage(result: DocumentFixResult, locale: Locale): string {
  if (!result.ok) return result.message;
  const backup = result.backup.replace(/^.*[\\/]/, '');
  if (locale === 'en') {
    const skipped = result.skipped ? `; ${result.skipped} fix(es) outside table cells not written` : '';
    return `Fixed ${result.cells} cell(s) in the Word file${skipped}; the original is kept as ${backup}.`;
  }
  const skipped = result.skipped ? `；${result.skipped} 处不在表格单元格中，未写入` : '';
  return `已在 Word 文件中修复 ${result.cells} 格${skipped}，原文件另存为 ${backup}。`;
}

export type DocumentFixResult = { ok: true; cells: number; skipped: number; backup: string } | { ok: false; message: string };

/** Writes the fix into the DOCX behind the view, after checking the file still reads as the view. */
export async function applyDocumentFix(args: DocumentFixArguments, view: TextDocument | undefined): Promise<DocumentFixResult> {
  const file = documentFileOf(args.uri);
  if (!file || file.kind !== 'docx') return { ok: false, message: '只能写回 DOCX 文件（only a DOCX can be fixed in place）' };
  if (!view || view.version !== args.version) return { ok: false, message: '报告已变化，请重新打开修复菜单（the report changed; open the fix menu again）' };
  let bytes: Buffer;
  try {
    bytes = await readFile(file.path);
  } catch (error) {
    return { ok: false, message: `无法读取文件（cannot read the file）：${(error as Error).message}` };
  }
  const read = await engine.readDocument(bytes, file.path);
  if (!read.ok) return { ok: false, message: read.message };
  // The fix was made against the view: the file must still say the same (not saved again from Word since).
  if (read.composed.text !== view.getText()) return { ok: false, message: '文件已在磁盘上改动，请等待视图刷新后重试（the file changed on disk; try again once the view is re-read）' };
  const { cells, skipped } = cellEditsOf(read.composed.text, read.composed.locations, args.edits);
  if (cells.length === 0) return { ok: false, message: '这处修复不在 Word 表格的单元格中，无法写入（this fix is not inside a Word table cell）' };
  try {
    const fixed = writeDocxCells(bytes, cells);
    const backup = `${file.path}.bak`;
    await copyFile(file.path, backup);
    await writeFile(file.path, fixed);
    return { ok: true, cells: cells.length, skipped: skipped.length, backup };
  } catch (error) {
    return { ok: false, message: `无法写回 DOCX（cannot write the DOCX）：${(error as Error).message}` };
  }
}
