// The CSV sheet of `nianbao tables --format csv` (docs/interfaces.md): header lines naming every
// cell of the formats present — short Chinese labels (`表三·本年新收·自然人`), the keys, or both —
// then one line per report. Its own module so the preview's CSV export
// writes the same sheet without pulling the command line into the extension's bundle.
import { cellKeys, FORMATS, type FormatVersion } from '../server/src/core/formats';
import { cellLabels } from '../server/src/core/formats/cellLabels';

/** What one line of the sheet needs. */
export interface CsvEntry {
  file: string;
  year: number | null;
  format: FormatVersion | null;
  body?: string | undefined;
  publicationDate?: string | undefined;
  values: Record<string, number | null>;
}

/** Which header lines the sheet starts with: Chinese labels, keys, or both (labels first). */
export type CsvHeader = 'zh' | 'id' | 'both';

const META_IDS = ['file', 'year', 'format', 'body', 'publicationDate'];
const META_LABELS = ['文件', '年度', '格式版本', '机关', '发布日期'];

/** The UTF-8 byte order mark: without it Excel reads a CSV's Chinese text in the local code page. */
export const CSV_BOM = '\ufeff';

export function toCsv(results: readonly CsvEntry[], header: CsvHeader = 'both'): string {
  const versions = [...new Set(results.map((r) => r.format).filter((f): f is FormatVersion => f !== null))].sort();
  const keys: string[] = [];
  for (const v of versions.length > 0 ? versions : (['2021'] as FormatVersion[])) {
    for (const k of cellKeys(FORMATS[v])) if (!keys.includes(k)) keys.push(k);
  }
  const labels = new Map<string, string>();
  for (const v of versions.length > 0 ? versions : (['2021'] as FormatVersion[])) {
    for (const [k, label] of cellLabels(FORMATS[v])) if (!labels.has(k)) labels.set(k, label);
  }
  const lines: string[] = [];
  if (header !== 'id') lines.push([...META_LABELS, ...keys.map((k) => labels.get(k) ?? k)].map(csvField).join(','));
  if (header !== 'zh') lines.push([...META_IDS, ...keys].map(csvField).join(','));
  for (const r of results) {
    const row = [r.file, r.year ?? '', r.format ?? '', r.body ?? '', r.publicationDate ?? '', ...keys.map((k) => (r.values[k] ?? ''))];
    lines.push(row.map((v) => csvField(String(v))).join(','));
  }
  return `${lines.join('\n')}\n`;
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
