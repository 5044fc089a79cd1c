// Helpers of the preview tests: parse a report with the core and lay it out as the page does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport, type ReportModel, type TableDef } from '../../server/src/core';
import { previewData } from '../../client/src/preview/data';
import { tablesResult } from '../../shared/protocol';
import type { DiagnosticLike } from '../../client/src/preview/findings';
import type { PreviewData } from '../../shared/previewMessages';
import { PREVIEW_STRINGS_ZH } from '../../client/src/preview/strings';
import { pageElement } from '../../webview/src/layout/page';
import { walk, type VElement } from '../../webview/src/vnode';
import { fixturePath, repoRoot } from '../support/fixtures';

export const strings = PREVIEW_STRINGS_ZH;

export function sample(name: string): string {
  return readFileSync(join(repoRoot(), 'samples', name), 'utf8');
}

export function rendering(name: string): string {
  return readFileSync(fixturePath('renderings', name), 'utf8');
}

export function dataOf(text: string, diagnostics: DiagnosticLike[] = []): { model: ReportModel; data: PreviewData } {
  const model = parseReport(text);
  const data = previewData(tablesResult('file:///report.txt', 1, model), 'report.txt', diagnostics);
  return { model, data };
}

export function page(text: string, diagnostics: DiagnosticLike[] = []): { model: ReportModel; data: PreviewData; root: VElement } {
  const { model, data } = dataOf(text, diagnostics);
  return { model, data, root: pageElement(data, strings) };
}

export function find(root: VElement, test: (node: VElement) => boolean): VElement[] {
  return [...walk(root)].filter(test);
}

export function byKey(root: VElement, key: string): VElement | undefined {
  return find(root, (n) => n.attrs['data-key'] === key)[0];
}

export function sectionOf(root: VElement, table: TableDef['id']): VElement {
  const section = find(root, (n) => n.tag === 'section' && n.attrs['data-table'] === table)[0];
  if (!section) throw new Error(`no section for ${table}`);
  return section;
}

/** The rows of the grid as a matrix of cell slots, following rowspan and colspan; throws when
 *  a row is wider or narrower than the others (a broken merged layout). */
export function gridWidths(table: VElement): number[] {
  const rows = find(table, (n) => n.tag === 'tr');
  const carried: number[] = [];
  return rows.map((tr, index) => {
    let width = carried[index] ?? 0;
    for (const cell of tr.children) {
      const colspan = Number(cell.attrs['colspan'] ?? 1);
      const rowspan = Number(cell.attrs['rowspan'] ?? 1);
      width += colspan;
      for (let r = 1; r < rowspan; r++) carried[index + r] = (carried[index + r] ?? 0) + colspan;
    }
    return width;
  });
}
