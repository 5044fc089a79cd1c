// What a browser makes of a report page: the text of a select-all copy (`innerText`, TABs
// between cells) and "save as PDF". Debian's Chromium, driven by playwright-core; outputs cached
// like the other tools' (tools.ts).
import { readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/editor';
import { cachedAsync } from './tools';

let browser: Promise<Browser> | undefined;

function launch(): Promise<Browser> {
  return (browser ??= chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true }));
}

export async function closeBrowser(): Promise<void> {
  const b = browser;
  browser = undefined;
  if (b) await (await b).close();
}

async function withPage<T>(html: string, use: (page: import('playwright-core').Page) => Promise<T>): Promise<T> {
  const page = await (await launch()).newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await use(page);
  } finally {
    await page.close();
  }
}

/** The text a reader gets by selecting the whole page and copying it. */
export async function browserCopy(html: string): Promise<string> {
  const file = await cachedAsync('chromium-innertext', html, 'txt', () => withPage(html, (page) => page.evaluate(() => document.body.innerText)));
  return readFileSync(file, 'utf8');
}

/**
 * The page printed to PDF, as "save as PDF" does; returns the PDF's path. A page wider than the
 * paper is shrunk to fit, as Chrome does (Blink lays a printed page out up to twice the paper's
 * width and scales it down; only a page over twice as wide is cut at the right edge). No
 * margins and no headers or footers, unlike Chrome's defaults: see browserDefaultPdf.
 */
export function browserPdf(html: string): Promise<string> {
  return cachedAsync('chromium-pdf', html, 'pdf', () => withPage(html, (page) => page.pdf({ format: 'A4', printBackground: false })));
}

/**
 * The page printed with Chrome's print dialog left as it opens: margins of about a centimetre
 * and headers and footers on (the date and the page's title above, its address and `3/9`
 * below), on every page, between the parts of a table that a page break cuts.
 */
export function browserDefaultPdf(html: string): Promise<string> {
  return cachedAsync('chromium-default-pdf', html, 'pdf', () =>
    withPage(html, (page) =>
      page.pdf({ format: 'A4', printBackground: false, displayHeaderFooter: true, margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } }),
    ),
  );
}
