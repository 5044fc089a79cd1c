// The rendering accuracy matrix: our own report pages (both format versions, consistent values
// from a seed, with and without zeros left blank) turned into text or documents by the real
// programs people use, read by the engine, and compared cell by cell with the values the page was
// made from; the findings are compared with those of the page read directly. `npm run accuracy`
// prints it; test/unit/accuracy.test.ts keeps each tool at or above its floor.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkReport, modelCells, parseReport, type FormatVersion, type ReportModel } from '../../server/src/core';
import { readComposedDocument } from '../../server/src/core/documents';
import { undeterminableCells, type ToolLosses } from './determinable';
import { FORMATS } from '../../server/src/core/formats';
import { browserCopy, browserDefaultPdf, browserPdf } from '../support/browser';
import { fittedPage } from '../support/documents';
import { randomMetadata, renderReport } from '../support/render';
import { mulberry32 } from '../support/rng';
import { htmlToTextWith, libreOfficeConvert, pdfToText } from '../support/tools';
import { key, randomConsistentValues, rowsOf, type Values } from '../support/values';
import { describeFixture, wordHtmlFixtures } from '../support/wordHtml';

export interface Fixture {
  name: string;
  format: FormatVersion;
  html: string;
  values: Values;
}

/** A page per format and seed; `blanks` leaves a few zeros of 表三 blank (expected as null cells). */
export function fixture(format: FormatVersion, seed: number, blanks: boolean): Fixture {
  const rng = mulberry32(seed * 31 + (format === '2021' ? 7 : 0));
  const values = randomConsistentValues(format, rng);
  if (blanks) {
    const zeros = Object.keys(values).filter((k) => k.startsWith('applications.') && values[k] === 0);
    for (let i = 0; i < Math.min(4, zeros.length); i++) values[zeros[rng.int(0, zeros.length - 1)]!] = null;
  }
  const html = fittedPage(renderReport({ format, values, metadata: randomMetadata(format, rng), rendering: 'html', seed, noise: false }).text);
  return { name: `${format}-${seed}${blanks ? '-blanks' : ''}`, format, html, values };
}

export function fixtures(count: number, firstSeed = 1): Fixture[] {
  const out: Fixture[] = [];
  for (let seed = firstSeed; seed < firstSeed + count; seed++) {
    for (const format of ['2019', '2021'] as const) out.push(fixture(format, seed, seed % 2 === 0));
  }
  return out;
}

/**
 * The second source: pages as Word, WPS and CMS sites export them (test/support/wordHtml.ts),
 * `count` per format version, flavours in turn; taken as published, not fitted to the page.
 */
export function wordFixtures(count: number, firstSeed = 1): Fixture[] {
  return wordHtmlFixtures(count, firstSeed).map((f) => ({ name: `word ${describeFixture(f)}`, format: f.format, html: f.html, values: f.values }));
}

/** The fixture sources of the matrix, each printed as a block of its own. */
export const SOURCES: Record<string, (count: number, firstSeed?: number) => Fixture[]> = {
  'our pages': fixtures,
  'Word/WPS/CMS pages': wordFixtures,
};

/** A tool: the report text it makes of a page (directly, or through the document it makes). */
export type Tool = (html: string) => Promise<string>;

const docText = async (path: string, name: string): Promise<string> => {
  const read = await readComposedDocument(readFileSync(path), name);
  if (!read.ok) throw new Error(read.message);
  return read.composed.text;
};
const loPdf = (html: string) => libreOfficeConvert(Buffer.from(html, 'utf8'), 'html', 'pdf');

/** What a tool's text loses by its nature (determinable.ts counts the cells no reader can know apart). */
const LOSSES: Record<string, ToolLosses> = {
  'LibreOffice PDF pdftotext': { emptyCellPlaces: true },
  // A table whose cells hold paragraphs is running text to lynx: `<td></td>` writes nothing at all
  // there (a `&nbsp;` cell writes a space, which lostBlankTrace.ts reads).
  lynx: { bareEmptyCellPlaces: true },
  'pandoc gfm': { paragraphEmptyCellPlaces: true },
  'pandoc plain': { paragraphEmptyCellPlaces: true },
};

export const TOOLS: Record<string, Tool> = {
  'html (text)': async (html) => html,
  'html (reader)': async (html) => docText(writeTemp(html), 'page.html'),
  w3m: async (html) => htmlToTextWith('w3m', html),
  elinks: async (html) => htmlToTextWith('elinks', html),
  links: async (html) => htmlToTextWith('links', html),
  lynx: async (html) => htmlToTextWith('lynx', html),
  'pandoc gfm': async (html) => htmlToTextWith('pandoc-gfm', html),
  'pandoc plain': async (html) => htmlToTextWith('pandoc-plain', html),
  'chromium copy': browserCopy,
  'LibreOffice text': async (html) => htmlToTextWith('lo-text', html),
  'LibreOffice DOCX (reader)': async (html) => docText(libreOfficeConvert(Buffer.from(html, 'utf8'), 'html', 'docx'), 'r.docx'),
  'LibreOffice PDF (reader)': async (html) => docText(loPdf(html), 'r.pdf'),
  'LibreOffice PDF pdftotext -layout': async (html) => pdfToText(loPdf(html), true),
  'LibreOffice PDF pdftotext': async (html) => pdfToText(loPdf(html), false),
  'chromium PDF (reader)': async (html) => docText(await browserPdf(html), 'r.pdf'),
  // Chrome's print dialog as it opens: margins, and the date, title, address and page numbers on every page.
  'chromium PDF with headers (reader)': async (html) => docText(await browserDefaultPdf(html), 'r.pdf'),
  'chromium PDF pdftotext -layout': async (html) => pdfToText(await browserPdf(html), true),
};

/** The page as a file, for the reader that opens files by path. */
function writeTemp(html: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'nianbao-acc-')), 'page.html');
  writeFileSync(file, html);
  return file;
}

export interface ToolScore {
  tool: string;
  cells: number;
  reproduced: number;
  /** Cells read as ambiguous (fused digits with several readings): not counted wrong. */
  ambiguous: number;
  /** Cells the tool's text cannot determine (determinable.ts): counted apart, unless read wrong. */
  undeterminable: number;
  /** Cells read as a number other than the page's, or as blank where the page has one (worse than a missing cell: silently wrong). */
  wrong: number;
  /** Fixtures whose findings equal those of the page read directly (apart from those about cells not in the text). */
  sameFindings: number;
  fixtures: number;
  failures: string[];
}

/**
 * The codes of the findings on `text`, sorted, leaving out those about cells the tool's text does
 * not hold (`apart`): on the page, the blank cells whose place the text lost; on the text, the
 * table the tool left out. What remains must be the same on both sides. `model`: the parse of
 * `text`, where the caller has it already.
 */
function findingSet(text: string, format: FormatVersion, apart: ReadonlySet<string>, model: ReportModel = parseReport(text)): string {
  const keysOf = (table: string, row?: string) =>
    modelCellKeys(format).filter((k) => k.startsWith(`${table}.`) && (row === undefined || k.startsWith(`${table}.${row}.`)));
  const aboutApart = (data: unknown): boolean => {
    if (apart.size === 0 || !data || typeof data !== 'object') return false;
    const d = data as { key?: unknown; table?: unknown; row?: unknown; repair?: { key?: unknown } };
    if (typeof d.key === 'string') return apart.has(d.key);
    if (typeof d.repair?.key === 'string') return apart.has(d.repair.key);
    if (typeof d.table !== 'string') return false;
    const keys = keysOf(d.table, typeof d.row === 'string' ? d.row : undefined);
    return keys.length > 0 && keys.every((k) => apart.has(k));
  };
  // A row the text left partly unplaced is about cells apart when every cell it left unread is.
  const unplacedApart = (data: unknown): boolean => {
    const d = data as { table?: unknown; row?: unknown; column?: unknown };
    if (apart.size === 0 || typeof d?.table !== 'string' || typeof d.row !== 'string' || d.column !== undefined) return false;
    const row = model.tables.find((t) => t.id === d.table)?.rows.find((r) => r.id === d.row);
    const unread = row?.cells.filter((c) => c.status === 'missing' || c.status === 'ambiguous') ?? [];
    return unread.length > 0 && unread.every((c) => apart.has(c.key));
  };
  return checkReport(model, text)
    .filter((f) => !aboutApart(f.data) && !(f.code === 'cell-missing' && unplacedApart(f.data)))
    .map((f) => f.code)
    .sort()
    .join(',');
}

/** Every cell key of a format version (`table.row.column`). */
function modelCellKeys(format: FormatVersion): string[] {
  return rowsOf(FORMATS[format]).flatMap((r) => r.columns.map((c) => key(r.table, r.id, c.id)));
}

/** The codes one finding list has more than the other: `+code` only in the read text, `-code` only on the page. */
function difference(page: string, read: string): string {
  const count = (list: string) => list.split(',').filter(Boolean).reduce((m, c) => m.set(c, (m.get(c) ?? 0) + 1), new Map<string, number>());
  const [p, r] = [count(page), count(read)];
  const out: string[] = [];
  for (const code of new Set([...p.keys(), ...r.keys()])) {
    const d = (r.get(code) ?? 0) - (p.get(code) ?? 0);
    if (d !== 0) out.push(`${d > 0 ? '+' : '-'}${code}${Math.abs(d) > 1 ? ` ×${Math.abs(d)}` : ''}`);
  }
  return out.join(' ');
}

/**
 * Whether a cell is read as something the page does not have: another number, or blank where the
 * page has a number (a cell-empty finding about a filled cell, and relations checked without it).
 */
function readWrong(cell: { status: string; value?: number | null } | undefined, expected: number | null): boolean {
  return (cell?.status === 'ok' && cell.value !== expected) || (cell?.status === 'empty' && expected !== null);
}

export async function score(tool: string, list: Fixture[]): Promise<ToolScore> {
  const result: ToolScore = { tool, cells: 0, reproduced: 0, ambiguous: 0, undeterminable: 0, wrong: 0, sameFindings: 0, fixtures: list.length, failures: [] };
  for (const f of list) {
    let text: string;
    try {
      text = await TOOLS[tool]!(f.html);
    } catch (error) {
      result.cells += Object.keys(f.values).length;
      result.failures.push(`${f.name}: ${(error as Error).message}`);
      continue;
    }
    const model = parseReport(text);
    const cells = new Map(modelCells(model).map((c) => [c.key, c]));
    const apart = undeterminableCells(f.format, f.values, text, LOSSES[tool] ?? {}, f.html);
    for (const [key, expected] of Object.entries(f.values)) {
      result.cells++;
      const cell = cells.get(key);
      const got = cell && cell.status === 'ok' ? cell.value : null;
      if (apart.has(key)) {
        result.undeterminable++;
        // Read at all, it must be read right: a guess that happens to be wrong is still wrong.
        if (readWrong(cell, expected)) {
          result.wrong++;
          result.failures.push(`${f.name} ${key}: ${expected} read as ${cell!.status} ${JSON.stringify(cell!.text)} (undeterminable)`);
        }
        continue;
      }
      if (cell?.status === 'ambiguous') result.ambiguous++;
      // A blank cell of the page is read back as an empty cell; a cell read as missing (a row
      // short of numbers) is not the page's blank cell, even where no number is lost.
      else if (expected === null ? cell?.status === 'empty' : got === expected) result.reproduced++;
      else {
        if (readWrong(cell, expected)) result.wrong++;
        result.failures.push(`${f.name} ${key}: ${expected} read as ${cell ? `${cell.status} ${JSON.stringify(cell.text)}` : 'absent'}`);
      }
    }
    const [page, read] = [findingSet(f.html, f.format, apart), findingSet(text, f.format, apart, model)];
    if (read === page) result.sameFindings++;
    else result.failures.push(`${f.name} findings: ${difference(page, read)}`);
  }
  return result;
}

/** Cells each tool's text can be judged on: all but those read as ambiguous and those the text cannot determine. */
export function judged(s: ToolScore): number {
  return s.cells - s.ambiguous - s.undeterminable;
}

export function percent(s: ToolScore): number {
  const n = judged(s);
  return n === 0 ? 0 : (100 * s.reproduced) / n;
}
