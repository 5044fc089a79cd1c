// The quick fix "在 .nianbaorc.json 中忽略 / Ignore in .nianbaorc.json": records the finding's rule,
// the file (relative to the project file) and its key in the project file's `ignore` list
// (core/rules/ignore.ts). The project file that applies to the document is edited; when there is
// none, one is created beside the document.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionKind, CreateFile, TextDocumentEdit, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME, withIgnoreEntry } from '../core';
import { say } from '../core';
import { findingKey, IGNORE_STALE, normaliseIgnorePath, type IgnoreEntry } from '../core';
import type { Locale } from '../core';

export interface IgnoreTarget {
  /** The document's path on disk. */
  documentPath: string;
  /** The project file that applies, or null (one is then created beside the document). */
  projectPath: string | null;
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The whole of a text, as an LSP range. */
function wholeRange(text: string): Range {
  const lines = text.split(/\r\n|\r|\n/);
  return { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1]!.length } };
}

/** One "ignore" action per diagnostic of this server under the cursor (not for ignore-stale itself). */
export function ignoreActions(target: IgnoreTarget, diagnostics: Diagnostic[], locale: Locale): CodeAction[] {
  const projectPath = target.projectPath ?? join(dirname(target.documentPath), CONFIG_FILE_NAME);
  const file = normaliseIgnorePath(relative(dirname(projectPath), target.documentPath));
  const existing = target.projectPath ? readOrNull(projectPath) : null;
  const uri = pathToFileURL(projectPath).href;
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const diagnostic of diagnostics) {
    const rule = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
    if (!rule || rule === IGNORE_STALE) continue;
    const key = findingKey({ data: diagnostic.data });
    const entry: IgnoreEntry = key === undefined ? { rule, file } : { rule, file, key };
    const id = JSON.stringify(entry);
    if (seen.has(id)) continue;
    seen.add(id);
    let contents: string;
    try {
      contents = withIgnoreEntry(existing, entry);
    } catch {
      continue; // an invalid project file is not rewritten
    }
    const edit = target.projectPath && existing !== null
      ? { documentChanges: [TextDocumentEdit.create({ uri, version: null }, [{ range: wholeRange(existing), newText: contents }])] }
      : {
          documentChanges: [
            CreateFile.create(uri, { ignoreIfExists: true }),
            TextDocumentEdit.create({ uri, version: null }, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: contents }]),
          ],
        };
    actions.push({
      title: say(locale, `在 ${CONFIG_FILE_NAME} 中忽略（${rule}${key ? ` ${key}` : ''}）`, `Ignore in ${CONFIG_FILE_NAME} (${rule}${key ? ` ${key}` : ''})`),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit,
    });
  }
  return actions;
}
