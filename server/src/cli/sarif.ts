// SARIF 2.1.0 output for `nianbao check --format sarif`: one run, the rule catalogue as the
// driver's rules, one result per finding with a 1-based region (UTF-16 columns, as LSP).
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, ruleHelpUri, type Finding, type Severity, type Range } from '../core';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface CheckedFile {
  /** The path as shown to the user (relative to the working folder when it lies inside it). */
  file: string;
  findings: Finding[];
}

type Level = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): Level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** A relative path as a URI reference (segments percent-encoded), an absolute one as file: URI. */
export function artifactUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function region(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

export function toSarif(files: CheckedFile[], version: string): unknown {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const results = files.flatMap(({ file, findings }) =>
    findings.map((f) => {
      const uri = artifactUri(file);
      const related = (f.related ?? []).map((r, id) => ({
        id,
        message: { text: r.message },
        physicalLocation: { artifactLocation: { uri: r.file ? artifactUri(r.file) : uri }, region: region(r.range) },
      }));
      return {
        ruleId: f.code,
        ...(ruleIndex.has(f.code) ? { ruleIndex: ruleIndex.get(f.code)! } : {}),
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(f.range) } }],
        ...(related.length ? { relatedLocations: related } : {}),
        // A report read from a document: the region is in the text it was read as; this says
        // where to look in the file itself (docs/interfaces.md `location`).
        ...(f.location ? { properties: { documentLocation: f.location } } : {}),
      };
    }),
  );
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'nianbao',
            fullName: '政府信息公开年报助手 (Nianbao)',
            version,
            informationUri: 'https://github.com/nianbao/nianbao',
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description.zh },
              fullDescription: { text: r.documentation.zh },
              help: { text: `${r.documentation.zh}\n\n${r.documentation.en}`, markdown: `${r.documentation.zh}\n\n${r.documentation.en}` },
              helpUri: ruleHelpUri(r.id),
              defaultConfiguration: { level: sarifLevel(r.defaultSeverity) },
              properties: { descriptionEn: r.description.en },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
