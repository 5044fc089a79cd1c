// Comparisons of a document reached by incremental edits with the same text opened afresh in a
// second server: what the server keeps between edits must never show.
import assert from 'node:assert/strict';
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { applyChanges, type Session } from './session';

/** Diagnostics without the document-specific link target. */
export function strip(diagnostics: Diagnostic[]): unknown[] {
  return diagnostics.map(({ range, severity, code, message, data }) => ({ range, severity, code, message, data }));
}

/**
 * Sends `changes` as `version` of `uri` to `edited`, opens the resulting text afresh under a
 * per-step URI in `fresh`, and asserts both have the same diagnostics. Returns the new text and
 * the edited document's diagnostics.
 */
export async function editAndCompare(
  edited: Session,
  fresh: Session,
  uri: string,
  version: number,
  text: string,
  changes: TextDocumentContentChangeEvent[],
): Promise<{ text: string; diagnostics: Diagnostic[] }> {
  await edited.change(uri, version, changes);
  const next = applyChanges(text, changes);
  const diagnostics = await edited.pullFull(uri);
  await fresh.open(`${uri}?step=${version}`, next, 1);
  const afresh = await fresh.pullFull(`${uri}?step=${version}`);
  assert.deepEqual(strip(diagnostics), strip(afresh), `diagnostics after edit ${version - 1}`);
  return { text: next, diagnostics };
}

/** Asserts the `nianbao/tables` answers of `uri` agree (open `uri` in `fresh` first). */
export async function assertSameTables(edited: Session, fresh: Session, uri: string, version: number): Promise<void> {
  const tablesEdited = await edited.request<{ tables: unknown; version: number }>('nianbao/tables', { uri });
  const tablesFresh = await fresh.request<{ tables: unknown }>('nianbao/tables', { uri });
  assert.equal(tablesEdited.version, version);
  assert.deepEqual(tablesEdited.tables, tablesFresh.tables);
}
