// The CSV sheet of `nianbao tables --format csv` (interfaces.md): one header line of every key of
// the formats present, then one line per report. Its own module so the preview's CSV export
// writes the same sheet without pulling the command line into the extension's bundle.
import { cellKeys, FORMATS, type FormatVersion } from '../core/formats';

/** What one line of the sheet needs. */
export interface CsvEntry {
  file: string;
  year: number | null;
  format: FormatVersion | null;
  body?: string | undefined;
  values: Record<string, number | null>;
}

export function toCsv(results: readonly CsvEntry[]): string {
  const versions = [...new Set(results.map((r) => r.format).filter((f): f is FormatVersion => f !== null))].sort();
  const keys: string[] = [];
  for (const v of versions.length > 0 ? versions : (['2021'] as FormatVersion[])) {
    for (const k of cellKeys(FORMATS[v])) if (!keys.includes(k)) keys.push(k);
  }
  const lines = [['file', 'year', 'format', 'body', ...keys].map(csvField).join(',')];
  for (const r of results) {
    const row = [r.file, r.year ?? '', r.format ?? '', r.body ?? '', ...keys.map((k) => (r.values[k] ?? ''))];
    lines.push(row.map((v) => csvField(String(v))).join(','));
  }
  return `${lines.join('\n')}\n`;
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
