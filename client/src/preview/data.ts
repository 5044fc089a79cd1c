// The language server's answer to `nianbao/tables` plus the editor's diagnostics → the data the
// page is drawn from, with the table definitions of the detected format (the current format
// when none was detected, so a report without tables still shows the layout it should have).
import { FORMATS, FORMAT_VERSIONS } from '../../../server/src/core/formats';
import type { TablesResult } from '../../../shared/protocol';
import { cellFindings, type DiagnosticLike } from './findings';
import type { SectionFound } from '../../../shared/protocol';
import type { FormatDefinition } from '../../../server/src/core';
import type { PreviewData, SectionCheck } from '../../../shared/previewMessages';

export function previewData(result: TablesResult, fileName: string, diagnostics: readonly DiagnosticLike[]): PreviewData {
  const format = FORMATS[result.format ?? FORMAT_VERSIONS[FORMAT_VERSIONS.length - 1]!];
  return {
    uri: result.uri,
    version: result.version,
    fileName,
    title: result.title,
    body: result.body ?? null,
    format: result.format,
    year: result.year,
    definitions: format.tables,
    tables: result.tables,
    sections: result.sections ? sectionChecks(format, result.sections) : [],
    findings: cellFindings(result.tables, diagnostics),
    problem: result.problem?.message ?? null,
  };
}

/** The format's six sections, each with the first heading of the report that stands for it. */
export function sectionChecks(format: FormatDefinition, found: readonly SectionFound[]): SectionCheck[] {
  return format.sections.map((def) => {
    const heading = found.find((s) => s.id === def.id);
    return { id: def.id, numeral: def.numeral, heading: def.heading, found: heading ? { title: heading.title, range: heading.range } : null };
  });
}
