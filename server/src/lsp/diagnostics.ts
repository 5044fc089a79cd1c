// Findings of the core → LSP diagnostics: source `nianbao`, code = rule id, a link to the rule's
// documentation, the other cells of a relation as related information, `data` passed through.
import { isAbsolute, join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity } from 'vscode-languageserver/node';
import type { Finding, Severity } from '../core';

export const SOURCE = 'nianbao';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Where a rule is documented: its page among those written beside the server at build time
 *  (`dist/rules/<id>.md`). A local file, so the link works on the offline machines many
 *  reviewers use, and one whose name no packager changes (the README's did). */
export function ruleDocsHref(ruleId: string, docsBase: string): string {
  return `${docsBase}/${encodeURIComponent(ruleId)}.md`;
}

/** The rule pages' folder next to the bundle (`dist/server.js` → `dist/rules`). */
export function defaultRuleDocsBase(): string {
  return pathToFileURL(join(__dirname, 'rules')).toString();
}

export function toDiagnostic(finding: Finding, documentUri: string, docsBase: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    source: SOURCE,
    code: finding.code,
    codeDescription: { href: ruleDocsHref(finding.code, docsBase) },
    message: finding.message,
  };
  if (finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((related) =>
      DiagnosticRelatedInformation.create(
        { uri: related.file ? fileUri(related.file, documentUri) : documentUri, range: related.range },
        related.message,
      ),
    );
  }
  if (finding.data !== undefined) diagnostic.data = finding.data;
  return diagnostic;
}

/** A file named by a finding, as a URI: absolute paths as they are, relative ones beside the document. */
function fileUri(file: string, documentUri: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return file;
  if (isAbsolute(file)) return pathToFileURL(file).toString();
  if (documentUri.startsWith('file:')) return pathToFileURL(join(dirname(fileURLToPath(documentUri)), file)).toString();
  return file;
}
