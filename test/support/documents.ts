// Report documents for the reader tests, made by real programs from our own HTML reports and
// never committed: LibreOffice turns a page into a DOCX or a PDF (with the ruling lines a Word
// table prints with). Outputs are cached by test/support/tools.ts.
import { readFileSync } from 'node:fs';
import type { FormatVersion } from '../../server/src/core';
import { randomMetadata, renderReport } from './render';
import { mulberry32 } from './rng';
import { libreOfficeConvert } from './tools';
import { randomConsistentValues, type Values } from './values';

export interface ReportPage {
  format: FormatVersion;
  seed: number;
  html: string;
  values: Values;
}

/** A consistent report as a web page (the `html` rendering of render.ts), from a seed. */
export function reportPage(format: FormatVersion, seed: number, rendering: 'html' | 'html-js' = 'html'): ReportPage {
  const rng = mulberry32(seed * 7 + (format === '2021' ? 1 : 0));
  const values = randomConsistentValues(format, rng);
  const html = renderReport({ format, values, metadata: randomMetadata(format, rng), rendering, seed, noise: false }).text;
  return { format, seed, html, values };
}

/**
 * The page with its tables set to the page width, as a drafter's Word tables are: LibreOffice
 * otherwise lays 表四's fifteen columns past the right margin and the PDF loses them.
 */
export function fittedPage(html: string): string {
  return html.replace(/<table\b/g, '<table width="100%" style="font-size:7pt"');
}

/** The page converted by LibreOffice; returns the document's bytes. */
export function officeDocument(page: ReportPage, to: 'docx' | 'pdf'): Buffer {
  return readFileSync(libreOfficeConvert(Buffer.from(fittedPage(page.html), 'utf8'), 'html', to));
}

/** The page with its 表三 本年新收 total one too high: an error every document made of it must show. */
export function wrongTotalPage(format: FormatVersion, seed: number): ReportPage {
  const page = reportPage(format, seed);
  const total = page.values['applications.new.total']!;
  const html = page.html.replace(`>${total}</td>`, `>${total + 1}</td>`);
  if (html === page.html) throw new Error(`seed ${seed}: the 本年新收 total ${total} is not written as a cell of its own`);
  return { ...page, html };
}
