// What the workspace check found per file, kept for the reports view: a report's counts, format
// and year, or why a file was skipped. The checker fills it; the view reads it.
import type * as vscode from 'vscode';

export type SkipReason = 'notReport' | 'unreadable' | 'notDetected';

export type FileResult =
  | {
      kind: 'report';
      file: vscode.Uri;
      /** Where its findings live: the file, or the read-only view of a DOCX/PDF/HTML file. */
      target: vscode.Uri;
      isDocument: boolean;
      format: string | null;
      year: number | null;
      errors: number;
      warnings: number;
      others: number;
    }
  | { kind: 'skipped'; file: vscode.Uri; isDocument: boolean; reason: SkipReason; detail?: string };

/** Most errors first, then most warnings, then by path: the reviewer starts with the worst. */
export function byTrouble(a: FileResult, b: FileResult): number {
  const errors = (r: FileResult) => (r.kind === 'report' ? r.errors : -1);
  const warnings = (r: FileResult) => (r.kind === 'report' ? r.warnings : -1);
  return errors(b) - errors(a) || warnings(b) - warnings(a) || a.file.path.localeCompare(b.file.path);
}
