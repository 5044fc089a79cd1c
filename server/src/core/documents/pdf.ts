// A PDF → the report's paragraphs and tables, by geometry. pdf.js gives every piece of text with
// its position and every path the page draws. Tables printed from Word, WPS or LibreOffice are
// drawn with ruling lines: the horizontal and vertical segments give the rows and columns, a
// missing segment between two places means a merged cell, and each piece of text belongs to the
// cell its centre falls in (the lattice idea). Text outside tables becomes lines and paragraphs;
// a page with no ruling lines keeps its lines with TABs at wide gaps, which the engine reads as
// rows. Nothing is fetched: no fonts, no workers from elsewhere, no evaluated code; pages and time
// are limited (docs/report-format.md §5).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentLocation, GridCell, GridRow, TableGrid } from '../grid/types';
import { timedOut } from './deadline';
import { inMarginBand, isFurniture, repeatedLines, type Furniture, type MarginLine } from './pdfFurniture';
import type { DocumentBlock, ReadOutcome } from './types';

export const PDF_LIMITS = { maxPages: 300, timeoutMs: 60_000 };

/** Page furniture that a PDF puts among the lines: page numbers. */
const FOOTER = /^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})\s*$/;

interface PdfjsModule {
  getDocument(options: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
  OPS: Record<string, number>;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface PdfPage {
  getTextContent(): Promise<{ items: Array<{ str?: string; transform?: number[]; width?: number; height?: number }> }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  getViewport(options: { scale: number }): { width: number; height: number };
  cleanup(): void;
}

let pdfjsLoaded: Promise<PdfjsModule> | undefined;

/**
 * pdf.js, loaded once: from `pdfjs/` beside the bundle (the packaged extension and command line
 * ship it there, scripts/build.mjs) or from node_modules (tests, a source checkout). Its main
 * module makes a DOMMatrix at load time for drawing, which we never do; a stand-in lets it load
 * without the native canvas package.
 */
function loadPdfjs(): Promise<PdfjsModule> {
  return (pdfjsLoaded ??= (async () => {
    const g = globalThis as Record<string, unknown>;
    g['DOMMatrix'] ??= class {
      a = 1; b = 0; c = 0; d = 1; e = 0; f = 0;
      multiplySelf() { return this; }
      preMultiplySelf() { return this; }
      translateSelf() { return this; }
      scaleSelf() { return this; }
      invertSelf() { return this; }
    };
    g['Path2D'] ??= class {};
    g['ImageData'] ??= class {};
    // See FONTS_NOT_DRAWN below: the "font face" pdf.js would install is dropped on the floor.
    g['FontFace'] ??= class {
      readonly loaded = Promise.resolve();
    };
    const dir = pdfjsDirectory();
    // The legacy build's polyfills replace Array.prototype.push and JSON.parse for the whole
    // process with slower versions (edge cases of huge lengths and JSON source access, which
    // neither pdf.js nor we use): a third of pdf.js's own time went into the push stand-in, and
    // the engine's arrays paid for it too. The native functions are put back once pdf.js is in.
    const natives = { push: Array.prototype.push, parse: JSON.parse };
    try {
      // The worker module registers itself on globalThis: pdf.js then runs it in this thread.
      await importWorker(join(dir, 'pdf.worker.min.mjs'));
      return (await import(pathToFileURL(join(dir, 'pdf.min.mjs')).href)) as PdfjsModule;
    } finally {
      restoreNative(Array.prototype, 'push', natives.push);
      restoreNative(JSON, 'parse', natives.parse);
    }
  })());
}

/**
 * pdf.js inflates every stream through DecompressionStream when the platform has one, else with
 * its own synchronous inflate. In Node the former is zlib on the thread pool behind web streams:
 * reading a small page spent more time waiting for it than working (a third of the text
 * extraction's wall time), while the synchronous inflate of the same streams is about as fast as
 * zlib itself. A module-level binding shadows the global for the worker module alone (the rest of
 * the process keeps DecompressionStream), and pdf.js takes its synchronous path. Should the
 * shadowed module fail to load, the file is imported as it is.
 */
async function importWorker(file: string): Promise<void> {
  try {
    const source = `const DecompressionStream = undefined;\n${readFileSync(file, 'utf8')}`;
    await import(`data:text/javascript;base64,${Buffer.from(source, 'utf8').toString('base64')}`);
  } catch {
    await import(pathToFileURL(file).href);
  }
}

function restoreNative<T extends object>(owner: T, key: keyof T & string, native: unknown): void {
  if (owner[key] === native) return;
  Object.defineProperty(owner, key, { value: native, writable: true, configurable: true, enumerable: false });
}

function pdfjsDirectory(): string {
  const beside = join(__dirname, 'pdfjs');
  if (existsSync(join(beside, 'pdf.min.mjs'))) return beside;
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = start; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', 'pdfjs-dist', 'legacy', 'build');
      if (existsSync(join(candidate, 'pdf.min.mjs'))) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error('pdf.js not found (dist/pdfjs or node_modules/pdfjs-dist)');
}

/**
 * With `disableFontFace` pdf.js turns every glyph shown into a drawing path, in its worker, and
 * posts each to this thread: two fifths of a page's operator list time, for drawing we never do.
 * Without it pdf.js hands each embedded font to the document's font loader instead, once per
 * font; a document whose font set takes anything (and a no-op FontFace) makes that free.
 */
const FONTS_NOT_DRAWN = {
  disableFontFace: false,
  ownerDocument: { fonts: { add() {}, delete() {} } },
};

const unreadable = (reason: 'corrupt' | 'encrypted' | 'no-text' | 'too-large', zh: string, en: string): ReadOutcome => ({
  ok: false,
  reason,
  message: `${zh}（${en}）`,
});

export async function readPdf(bytes: Uint8Array): Promise<ReadOutcome> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    ...FONTS_NOT_DRAWN,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') return unreadable('encrypted', 'PDF 文件已加密，无法读取；请提供未加密的版本', 'encrypted PDF: provide an unencrypted copy');
    return unreadable('corrupt', `PDF 文件已损坏或不完整：${(error as Error).message}`, `corrupt or truncated PDF: ${(error as Error).message}`);
  }
  try {
    if (doc.numPages > PDF_LIMITS.maxPages) {
      return unreadable('too-large', `PDF 共 ${doc.numPages} 页，超过 ${PDF_LIMITS.maxPages} 页的上限`, `${doc.numPages} pages, over the ${PDF_LIMITS.maxPages}-page limit`);
    }
    const started = Date.now();
    const pages: Array<{ words: Word[]; segments: Segment[]; margins: MarginLine[] }> = [];
    let characters = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() - started > PDF_LIMITS.timeoutMs) {
        return timedOut(PDF_LIMITS.timeoutMs, { zh: ' PDF ', en: 'PDF' });
      }
      const page = await doc.getPage(n);
      const words = wordsOf((await page.getTextContent()).items);
      characters += words.reduce((sum, w) => sum + w.text.trim().length, 0);
      // A page after one with ruling lines may hold a table's rest even without a gap in a line: rows
      // of blanks under labels set one character per line in a narrow column.
      const ruledBefore = (pages.at(-1)?.segments.length ?? 0) > 0;
      const segments = ruledBefore || mayHoldTable(words) ? segmentsOf(await page.getOperatorList(), pdfjs.OPS) : [];
      const height = page.getViewport({ scale: 1 }).height;
      const margins = linesOf(words.filter((w) => w.text.trim() !== '' && inMarginBand(w.y, height))).map((line) => marginLine(line));
      pages.push({ words, segments, margins });
      page.cleanup();
    }
    const furniture: Furniture = pages.length > 1 ? repeatedLines(pages.map((p) => p.margins)) : new Map();
    const blocks = pages.flatMap((p, i) => pageBlocks(i + 1, p.words, p.segments, furniture));
    if (characters === 0) {
      return unreadable('no-text', 'PDF 没有文字层（可能是扫描件），无法读取其中的文字；本工具不做文字识别（OCR）', 'the PDF has no text layer (a scan?); no OCR is done');
    }
    return { ok: true, document: { kind: 'pdf', blocks: joinRowsAcrossPages(blocks) } };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// Geometry. Page space: origin at the bottom left, y growing upward.

interface Word {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Segment {
  /** 'h': y fixed, from a to b in x; 'v': x fixed, from a to b in y. */
  dir: 'h' | 'v';
  at: number;
  a: number;
  b: number;
}

/**
 * One space between two Chinese characters inside one piece of text: a source line break of a
 * web page that LibreOffice printed as a space (`政 府信息公开`), which a browser drops. Chinese
 * is written without spaces; left in, it hides a title or a heading from the engine. Taken out
 * when a line's text is written, after the pieces that run over a table's rules are cut there.
 */
const SPACE_IN_CHINESE_WORD = /(?<=\p{Script=Han}) (?=\p{Script=Han})/gu;

function wordsOf(items: Array<{ str?: string; transform?: number[]; width?: number; height?: number }>): Word[] {
  const words: Word[] = [];
  for (const item of items) {
    if (!item.str || !item.transform) continue;
    const [a, b, , d, e, f] = item.transform as [number, number, number, number, number, number];
    const size = Math.hypot(a, b) || Math.abs(d) || 10;
    words.push({ text: item.str, x: e, y: f, width: item.width ?? item.str.length * size, size });
  }
  return words;
}

/**
 * Whether a page's text could sit in a table: some line has a gap of at least a character's
 * width between two of its pieces (cells side by side). A page of running text has none, and
 * its drawing operations, which pdf.js builds with every glyph of the page and which only serve
 * to find ruling lines, are not asked for: about a third of a page's reading time.
 */
function mayHoldTable(words: Word[]): boolean {
  const lines = linesOf(words.filter((w) => w.text.trim() !== ''));
  // A page that opens with numbers alone: the rest of a table row that a page break cut.
  if (lines[0]?.every((w) => /^[\d\s]+$/.test(w.text))) return true;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const before = line[i - 1]!;
      if (line[i]!.x - (before.x + before.width) >= line[i]!.size) return true;
    }
  }
  return false;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Ruling lines: thin paths (a stroked segment or a filled hairline rectangle), in page space. */
function segmentsOf(ops: { fnArray: number[]; argsArray: unknown[] }, OPS: Record<string, number>): Segment[] {
  const segments: Segment[] = [];
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  ops.fnArray.forEach((fn, i) => {
    if (fn === OPS['save']) stack.push(ctm);
    else if (fn === OPS['restore']) ctm = stack.pop() ?? IDENTITY;
    // `cm` applies its matrix before the current one: new CTM = M × CTM.
    else if (fn === OPS['transform']) ctm = multiply(ops.argsArray[i] as Matrix, ctm);
    else if (fn === OPS['constructPath']) {
      const args = ops.argsArray[i] as [number, unknown, ArrayLike<number> | null];
      // Paths that only clip (ended by `n`) draw nothing; their rectangles are often the whole page.
      const paint = args[0];
      const stroked = [OPS['stroke'], OPS['closeStroke'], OPS['fillStroke'], OPS['eoFillStroke'], OPS['closeFillStroke'], OPS['closeEOFillStroke']].includes(paint);
      const filled = [OPS['fill'], OPS['eoFill']].includes(paint);
      if (!stroked && !filled) return;
      // One path may draw many rules (a browser fills every border of a table in one path): each
      // sub-path is looked at on its own.
      for (const box of subpathBoxes(args[1], args[2])) segments.push(...boxSegments(box, ctm, stroked));
    }
  });
  return segments;
}

/** The rules a drawn box stands for, in page space: a thin box is one rule, a stroked frame four. */
function boxSegments(box: ArrayLike<number>, ctm: Matrix, stroked: boolean): Segment[] {
  const [x0, y0] = apply(ctm, box[0]!, box[1]!);
  const [x1, y1] = apply(ctm, box[2]!, box[3]!);
  const left = Math.min(x0, x1);
  const right = Math.max(x0, x1);
  const bottom = Math.min(y0, y1);
  const top = Math.max(y0, y1);
  const w = right - left;
  const h = top - bottom;
  if (h <= 3 && w > 3) return [{ dir: 'h', at: (top + bottom) / 2, a: left, b: right }];
  if (w <= 3 && h > 3) return [{ dir: 'v', at: (left + right) / 2, a: bottom, b: top }];
  if (w > 3 && h > 3 && stroked) {
    return [
      { dir: 'h', at: top, a: left, b: right },
      { dir: 'h', at: bottom, a: left, b: right },
      { dir: 'v', at: left, a: bottom, b: top },
      { dir: 'v', at: right, a: bottom, b: top },
    ];
  }
  return [];
}

/**
 * The bounding boxes ([x0, y0, x1, y1]) of a path's sub-paths, from pdf.js's path data (a list of
 * drawing codes: 0 moveTo x y, 1 lineTo x y, 2 curveTo 6 numbers, 3 quadraticCurveTo 4, 4 close);
 * the path's own box when its data cannot be read.
 */
function subpathBoxes(data: unknown, whole: ArrayLike<number> | null): Array<ArrayLike<number>> {
  const path = Array.isArray(data) ? (data[0] as ArrayLike<number> | undefined) : (data as ArrayLike<number> | undefined);
  if (!path || typeof path.length !== 'number' || path.length === 0) return whole && whole.length >= 4 ? [whole] : [];
  const boxes: number[][] = [];
  let box: number[] | undefined;
  const add = (x: number, y: number) => {
    if (!box) boxes.push((box = [x, y, x, y]));
    else {
      box[0] = Math.min(box[0]!, x);
      box[1] = Math.min(box[1]!, y);
      box[2] = Math.max(box[2]!, x);
      box[3] = Math.max(box[3]!, y);
    }
  };
  for (let i = 0; i < path.length; ) {
    const code = path[i]!;
    if (code === 0) {
      box = undefined;
      add(path[i + 1]!, path[i + 2]!);
      i += 3;
    } else if (code === 1) {
      add(path[i + 1]!, path[i + 2]!);
      i += 3;
    } else if (code === 2) {
      add(path[i + 5]!, path[i + 6]!);
      i += 7;
    } else if (code === 3) {
      add(path[i + 3]!, path[i + 4]!);
      i += 5;
    } else if (code === 4) {
      i += 1;
    } else {
      return whole && whole.length >= 4 ? [whole] : [];
    }
  }
  return boxes;
}

const TOLERANCE = 2.5;

/** Values closer than the tolerance merged into one (sorted ascending). */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    if (out.length > 0 && v - out[out.length - 1]! <= TOLERANCE) continue;
    out.push(v);
  }
  return out;
}

interface Table {
  left: number;
  right: number;
  bottom: number;
  top: number;
  segments: Segment[];
}

/** Groups of ruling lines that touch one another: one group per table. */
function tablesOf(segments: Segment[]): Table[] {
  const parent = segments.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const touches = (s: Segment, t: Segment): boolean => {
    if (s.dir === t.dir) return Math.abs(s.at - t.at) <= TOLERANCE && s.a <= t.b + TOLERANCE && t.a <= s.b + TOLERANCE;
    const [h, v] = s.dir === 'h' ? [s, t] : [t, s];
    return v.at >= h.a - TOLERANCE && v.at <= h.b + TOLERANCE && h.at >= v.a - TOLERANCE && h.at <= v.b + TOLERANCE;
  };
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) if (touches(segments[i]!, segments[j]!)) parent[find(i)] = find(j);
  }
  const groups = new Map<number, Segment[]>();
  segments.forEach((s, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(s);
    else groups.set(root, [s]);
  });
  const tables: Table[] = [];
  const loose: Segment[] = [];
  for (const list of groups.values()) {
    const hs = list.filter((s) => s.dir === 'h');
    const vs = list.filter((s) => s.dir === 'v');
    // One rule across, column rules running on past it both ways: a page that one tall row
    // fills (Chrome's `1.申请人无正当理由逾期不补正…` a character a line), the rest of the row cut
    // at the page's head above the rule and the next row cut at its foot below. Both parts are
    // rows; tableRows closes them at the column rules' ends.
    const rules = cluster(hs.map((s) => s.at));
    const columnCount = cluster(vs.map((s) => s.at)).length;
    const cutBothWays = rules.length === 1 && columnCount >= 3 && vs.some((v) => v.b > rules[0]! + TOLERANCE) && vs.some((v) => v.a < rules[0]! - TOLERANCE);
    if ((rules.length < 2 && !cutBothWays) || columnCount < 2) {
      if (hs.length === 0) loose.push(...vs);
      continue;
    }
    tables.push({
      left: Math.min(...hs.map((s) => s.a)),
      right: Math.max(...hs.map((s) => s.b)),
      bottom: Math.min(...vs.map((s) => s.a)),
      top: Math.max(...vs.map((s) => s.b)),
      segments: list,
    });
  }
  if (tables.length > 0 && loose.length > 0) {
    const rules = joinCollinear(loose);
    for (const table of tables) attachLooseColumns(table, rules);
  }
  return tables;
}

/** Vertical rules drawn in pieces (a border per cell) as whole rules. */
function joinCollinear(vs: Segment[]): Segment[] {
  const sorted = [...vs].sort((p, q) => p.at - q.at || p.a - q.a);
  const out: Segment[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(s.at - last.at) <= TOLERANCE && s.a <= last.b + TOLERANCE) last.b = Math.max(last.b, s.b);
    else out.push({ ...s });
  }
  return out;
}

/**
 * The outer columns of a table that a page break cut inside merged cells: a label spanning many
 * rows (`三、本年度办理结果`) has no rule across it on this page, as the rows' rules start to its
 * right, so its column rules touch nothing. A lone vertical rule that runs along most of the
 * table's height just beside it is such a column's edge and belongs to the table: the rows keep
 * the columns the same table has on the other pages.
 */
function attachLooseColumns(table: Table, loose: Segment[]): void {
  const height = table.top - table.bottom;
  const along = (s: Segment) => Math.min(s.b, table.top) - Math.max(s.a, table.bottom) >= Math.max(height * 0.5, (s.b - s.a) * 0.9 - TOLERANCE);
  const reach = (table.right - table.left) * 0.5;
  const candidates = loose.filter(along);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of candidates) {
      if (table.segments.includes(s)) continue;
      const left = s.at < table.left - TOLERANCE && table.left - s.at <= reach;
      const right = s.at > table.right + TOLERANCE && s.at - table.right <= reach;
      if (!left && !right) continue;
      // Nearest first: a rule further out joins only once the one between has.
      const between = candidates.some((o) => o !== s && !table.segments.includes(o) && (left ? o.at > s.at + TOLERANCE && o.at < table.left - TOLERANCE : o.at < s.at - TOLERANCE && o.at > table.right + TOLERANCE));
      if (between) continue;
      table.segments.push(s);
      table.left = Math.min(table.left, s.at);
      table.right = Math.max(table.right, s.at);
      table.bottom = Math.min(table.bottom, s.a);
      table.top = Math.max(table.top, s.b);
      grew = true;
    }
  }
}

const covered = (segments: Segment[], dir: 'h' | 'v', at: number, point: number): boolean =>
  segments.some((s) => s.dir === dir && Math.abs(s.at - at) <= TOLERANCE && s.a - TOLERANCE <= point && point <= s.b + TOLERANCE);

/**
 * A line of a merged cell's text that Chrome paints below the table's last rule: a group label
 * (`（四）无法提供`) wrapping at a page's foot where the cell it spans goes on over the page
 * break, so that column has no rule at the bottom and the row's fragment ends before its text
 * does. Such a word stands right under the table (within one line), inside a column left open at
 * the bottom, and starts where a word of that column above it starts; it belongs to the cell.
 */
function overhangs(table: Table, word: Word, words: Word[]): boolean {
  const [, y] = centre(word);
  if (y >= table.bottom || word.y + word.size * 1.5 < table.bottom) return false;
  const xs = columnRules(table);
  const c = xs.findIndex((left, i) => i < xs.length - 1 && word.x >= left - TOLERANCE && word.x + word.width <= xs[i + 1]! + TOLERANCE);
  if (c < 0 || covered(table.segments, 'h', table.bottom, (xs[c]! + xs[c + 1]!) / 2)) return false;
  return words.some((w) => w !== word && Math.abs(w.x - word.x) <= TOLERANCE && w.y > table.bottom && w.y - word.y <= word.size * 2 && w.x + w.width <= xs[c + 1]! + TOLERANCE);
}

function centre(word: Word): [number, number] {
  return [word.x + word.width / 2, word.y + word.size * 0.35];
}

/** The lines of the page's words, top to bottom, each left to right; numbered for locations. */
function linesOf(words: Word[]): Word[][] {
  const sorted = [...words].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Word[][] = [];
  for (const word of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - word.y) <= Math.max(2, word.size * 0.4)) line.push(word);
    else lines.push([word]);
  }
  for (const line of lines) line.sort((p, q) => p.x - q.x);
  return lines;
}

const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/**
 * Text on both sides of a gap is Chinese (characters or full-width punctuation): a browser prints a web page's source line break inside
 * a Chinese word as a narrow space, which is no word boundary (Chinese has none).
 */
const chineseBoth = (before: string, after: string): boolean => {
  const last = before.trimEnd();
  const first = after.trimStart();
  return last !== '' && first !== '' && CHINESE.test(last[last.length - 1]!) && CHINESE.test(String.fromCodePoint(first.codePointAt(0)!));
};

/** A line's text: pieces joined as written, a TAB where the gap is wide (a column boundary). */
function lineText(line: Word[], tabs: boolean): string {
  let text = '';
  let end: number | undefined;
  for (const word of line) {
    if (end !== undefined) {
      const gap = word.x - end;
      if (tabs && gap > word.size * 1.5) text += '\t';
      else if (gap > word.size * (chineseBoth(text, word.text) ? 0.6 : 0.25) && !/\s$/.test(text)) text += ' ';
    }
    text += word.text.includes(' ') ? word.text.replace(SPACE_IN_CHINESE_WORD, '') : word.text;
    end = word.x + word.width;
  }
  return text;
}

/** A line of words as the running heads and feet are told by: its text, baseline and middle. */
function marginLine(line: Word[]): MarginLine {
  const last = line[line.length - 1]!;
  return { text: lineText(line, true), y: line[0]!.y, x: (line[0]!.x + last.x + last.width) / 2 };
}

function pageBlocks(page: number, words: Word[], segments: Segment[], furniture: Furniture): DocumentBlock[] {
  const tables = tablesOf(segments);
  const lines = linesOf(words.filter((w) => w.text.trim() !== ''));
  const lineNumber = new Map<Word, number>();
  lines.forEach((line, i) => line.forEach((w) => lineNumber.set(w, i + 1)));
  const inTable = (w: Word) => {
    const [x, y] = centre(w);
    const t = tables.findIndex((t) => x >= t.left && x <= t.right && y >= t.bottom && y <= t.top);
    return t >= 0 ? t : tables.findIndex((t) => overhangs(t, w, words));
  };
  const tableWords = tables.map(() => [] as Word[]);
  const placed: Placed[] = [];
  for (const line of lines) {
    const outside = line.filter((w) => {
      const t = inTable(w);
      if (t >= 0) tableWords[t]!.push(w);
      return t < 0;
    });
    if (outside.length === 0) continue;
    const text = lineText(outside, tables.length === 0);
    if (FOOTER.test(text)) continue;
    if (outside.length === line.length && isFurniture(furniture, marginLine(line))) continue;
    const size = outside.reduce((big, w) => (w.text.length > big.text.length ? w : big)).size;
    placed.push({ top: outside[0]!.y, size, block: { kind: 'paragraph', text, location: { page, line: lineNumber.get(outside[0]!)! } } });
  }
  tables.forEach((table, t) => {
    const { rows, lastRowFull, lastLineLength, firstRowLines } = tableRows(table, tableWords[t]!, page, lineNumber);
    const grid: TableGrid = { rows, source: 'pdf' };
    const openTop = table.top - Math.max(...table.segments.filter((s) => s.dir === 'h').map((s) => s.at)) > TOLERANCE;
    tableGeometry.set(grid, { page, columns: columnRules(table), openTop, lastRowFull, lastLineLength, firstRowLines });
    placed.push({ top: table.top, size: 0, block: { kind: 'table', grid } });
  });
  placed.sort((p, q) => q.top - p.top);
  return joinParagraphs(placed, bodySize(words));
}

/** A block on the page: where it starts (its first baseline), and for a line its type size. */
interface Placed {
  top: number;
  size: number;
  block: DocumentBlock;
}

/** The size most of the page's text is set in. */
function bodySize(words: Word[]): number {
  const weight = new Map<number, number>();
  for (const w of words) {
    const size = Math.round(w.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + w.text.length);
  }
  let best = 0;
  let most = -1;
  for (const [size, n] of weight) if (n > most) [best, most] = [size, n];
  return best;
}

/**
 * A table row that a page break cut in two: the next page's table starts with the rest of the
 * row's labels and no numbers. Its words go back into the row they belong to.
 */
function joinRowsAcrossPages(blocks: DocumentBlock[]): DocumentBlock[] {
  for (let i = 1; i < blocks.length; i++) {
    const before = blocks[i - 1]!;
    const after = blocks[i]!;
    if (before.kind !== 'table' || after.kind !== 'table') continue;
    // Only a table that runs on from the end of one page to the top of the next.
    if (tableGeometry.get(before.grid)?.page !== (tableGeometry.get(after.grid)?.page ?? 0) - 1) continue;
    const target = sameColumns(before.grid, after.grid);
    if (!target) continue;
    runOn(before.grid, after.grid, target);
  }
  return blocks;
}

/** The first row of a table's next part put back into its last row where it is that row's rest. */
function runOn(before: TableGrid, after: TableGrid, target: number[]): void {
  const last = before.rows[before.rows.length - 1];
  const first = after.rows[0];
  if (!last || !first) return;
  continueRowSpans(before, after, target);
  if (first.cells.some((c) => /\d/.test(c.text))) {
    if (cutThroughNumbers(before, first, target)) joinInto(before, first, target, after);
    return;
  }
  if (first.cells.every((c) => c.text === '')) return;
  // Words that finish a label the page before left full to its cell's edge (LibreOffice cuts the
  // row `行政` / `许可` and closes both parts with a rule): the label wrapped, and this is its rest.
  if (wrappedOnto(before, first, target, after) && continues(before, first, target)) {
    joinInto(before, first, target, after);
    return;
  }
  // A row is known to run on only where the page before left it open (a browser's table) or
  // the columns are the same on both pages: LibreOffice closes a cut row with a rule, and
  // then a new row with other columns (a header's next line, a label with a blank number)
  // looks the same as the rest of the row.
  const open = tableGeometry.get(after)?.openTop ?? false;
  if ((!open && first.cells.length !== last.cells.length) || !continues(before, first, target)) return;
  // A label that opens a row of its own (`（二）部分公开…` under `（一）予以公开`): the table broke
  // between two rows, and a browser draws the rule between them on neither page.
  if (first.cells.some((c) => c.merged === undefined && HEADING_START.test(c.text))) return;
  // Nor a label under a cell whose last line stopped short of its edge: that label ended on the
  // page before (Chrome's `行政许可` / `其他对外管理服务事项`: an all-blank row at the next page's
  // head, the rule between them drawn on both pages).
  if (labelUnderShortLine(before, first, target)) return;
  if (!open && headerThenLabel(last, first)) return;
  joinInto(before, first, target, after);
}

/**
 * Whether a word cell of the next page's first row (no digit) stands under a cell of the last row,
 * a row of numbers, that holds words whose last line did not run to the cell's edge: the rest of a
 * wrapped label follows a full line.
 */
function labelUnderShortLine(before: TableGrid, first: GridRow, target: number[]): boolean {
  const full = tableGeometry.get(before)?.lastRowFull;
  const last = before.rows[before.rows.length - 1]!;
  // Of a row of numbers only (a header row's words, `结果` / `维持`, are set as a cell's width allows).
  if (!full || !last.cells.some((c) => /\d/.test(c.text))) return false;
  return first.cells.some((cell, c) => {
    if (cell.merged !== undefined || cell.text === '' || /\d/.test(cell.text)) return false;
    const above = last.cells[target[c]!]!;
    return above.merged === undefined && above.text !== '' && !/\d/.test(above.text) && !full[target[c]!];
  });
}

/**
 * A header row closed at the foot of one page (every cell holding words, no digit), and at the
 * head of the next a row with words in one cell alone: a row label whose cells are blank (a browser
 * broke the table between the rows: `信息内容 | 上一年项目数量 | …` / `行政许可 |  |  | `), not the
 * rest of the header, which would go on under its other cells too.
 */
function headerThenLabel(last: GridRow, first: GridRow): boolean {
  const own = last.cells.filter((c) => c.merged === undefined);
  const header = own.length > 1 && own.every((c) => c.text !== '' && !/\d/.test(c.text));
  return header && textCells(first) === 1;
}

/** How many cells of a row hold text. */
const textCells = (row: GridRow): number => row.cells.filter((c) => c.text !== '').length;

/** The next page's first row put into the last row of the page before, cell by cell. */
function joinInto(before: TableGrid, first: GridRow, target: number[], after: TableGrid): void {
  first.cells.forEach((cell, c) => {
    const into = spanOwner(before, target[c]!);
    if (cell.text !== '' && into.merged === undefined) into.text += cell.text;
  });
  after.rows.shift();
}

/**
 * A row that a page break cut through its numbers (LibreOffice wraps a number too wide for its
 * cell: `13` at the foot of one page, `4` at the head of the next, with a rule under each part):
 * the next page's first row has text only under cells of the last row that end in a full line,
 * its numbers are digits alone, and none of its labels opens a row of its own (`二、`, `（三）`,
 * `4.`). A new row of numbers has a number under a cell that was not full, or a label of its own.
 */
function cutThroughNumbers(before: TableGrid, first: GridRow, target: number[]): boolean {
  const full = tableGeometry.get(before)?.lastRowFull;
  const last = before.rows[before.rows.length - 1]!;
  if (!full) return false;
  return first.cells.every((cell, c) => {
    if (cell.text === '') return true;
    const above = last.cells[target[c]!]!;
    if (above.merged !== undefined || above.text === '' || !full[target[c]!]) return false;
    return /\d/.test(cell.text) ? /^\d+$/.test(cell.text) && /\d$/.test(above.text) : !HEADING_START.test(cell.text);
  });
}

/**
 * Whether the next page's first row is only the rest of labels cut by the page break: text (no
 * digit, no enumerator of a row of its own) under cells of the last row whose last line ran to the
 * cell's edge, and nothing anywhere else.
 */
function wrappedOnto(before: TableGrid, first: GridRow, target: number[], after: TableGrid): boolean {
  const geometry = tableGeometry.get(before);
  const lines = tableGeometry.get(after)?.firstRowLines;
  const last = before.rows[before.rows.length - 1]!;
  if (!geometry || !lines) return false;
  // A row of numbers (a header row's labels wrap as well, and the next page may start a row whose
  // numbers are blank): only a data row's label is known to go on.
  if (!last.cells.some((c) => /\d/.test(c.text))) return false;
  const alone = textCells(first) === 1;
  return first.cells.every((cell, c) => {
    if (cell.text === '') return true;
    const t = target[c]!;
    const above = last.cells[t]!;
    if (above.merged !== undefined || above.text === '' || !geometry.lastRowFull[t]) return false;
    // The rest of a wrapped label is at most a line as long as the one before it; a label of a
    // row of its own in the same narrow cell wraps as well. A group label spanning the rows below
    // (`三、` / `本年度办理结果` down a narrow cell beside （一）予以公开 and the rows after it) goes on
    // over several lines, none longer than the one before.
    const spanning = lines[c]! > 1 && after.rows[1]?.cells[c]?.merged === 'up';
    // A label whose whole text is one line that ran full to its cell's edge (`行政` in a narrow
    // cell over a page break, `事业` / `性收` / `费` at the next one's head, every other cell of
    // that row blank): its rest goes on over as many lines as it needs.
    const oneFullLine = alone && above.text.length === geometry.lastLineLength[t];
    if ((lines[c] !== 1 && !spanning && !oneFullLine) || Math.ceil(cell.text.length / Math.max(1, lines[c]!)) > geometry.lastLineLength[t]!) return false;
    return !/\d/.test(cell.text) && !HEADING_START.test(cell.text) && !SENTENCE_END.test(above.text) && !/[）)]$/.test(above.text);
  });
}

/**
 * Whether the next page's first row can be the rest of the row before: its cells are merged as
 * that row's are. A heading row across the whole table (`第二十条第（八）项`) after a row of
 * numbers is a row of its own, and so is a row whose text would fall into a merged cell.
 */
function continues(before: TableGrid, first: GridRow, target: number[]): boolean {
  const last = before.rows[before.rows.length - 1]!;
  const owner = (c: number) => {
    while (c > 0 && last.cells[c]!.merged === 'left') c--;
    return c;
  };
  return first.cells.every((cell, c) => {
    if (cell.text !== '' && spanOwner(before, target[c]!).merged !== undefined) return false;
    // A cell spanning columns here spans the same cell there.
    return cell.merged !== 'left' || owner(target[c]!) === owner(target[c - 1]!);
  });
}

/**
 * The row labels that span rows down from the page before (`三、本年度办理结果`, `（五）不予处理`)
 * go on at the top of this page, left of the first row's own label: they are part of the label
 * above (a word that wrapped onto this page goes back to it), not cells of the row. A column
 * continues a label when the page before's last row is already inside it and, here, the rows
 * below stay inside it too, or the page before drew the rule above this row (a browser's table).
 */
function continueRowSpans(before: TableGrid, after: TableGrid, target: number[]): void {
  const last = before.rows[before.rows.length - 1]!;
  const [first, second] = [after.rows[0]!, after.rows[1]];
  const openTop = tableGeometry.get(after)?.openTop ?? false;
  for (let c = 0; c < first.cells.length; c++) {
    const cell = first.cells[c]!;
    if (cell.merged !== undefined || last.cells[target[c]!]!.merged !== 'up') break;
    if (!openTop && second?.cells[c]?.merged !== 'up') break;
    if (cell.text !== '') {
      const owner = spanOwner(before, target[c]!);
      if (owner.merged !== undefined) break;
      owner.text += cell.text;
    }
    first.cells[c] = { ...cell, text: '', merged: 'up' };
  }
}

/** The cell that a table's last row holds in a column: itself, or the cell above it spans down to. */
function spanOwner(grid: TableGrid, column: number): GridCell {
  let r = grid.rows.length - 1;
  while (r > 0 && grid.rows[r]!.cells[column]!.merged === 'up') r--;
  return grid.rows[r]!.cells[column]!;
}

/** A table's page and the x of its column rules, left to right, kept with its grid for joinRowsAcrossPages. */
const tableGeometry = new WeakMap<
  TableGrid,
  {
    page: number;
    columns: number[];
    openTop: boolean;
    lastRowFull: boolean[];
    /** Characters on the last line of each cell of the last row. */
    lastLineLength: number[];
    /** Lines of text in each cell of the first row. */
    firstRowLines: number[];
  }
>();

const columnRules = (table: Table): number[] => cluster(table.segments.filter((s) => s.dir === 'v').map((s) => s.at));

/**
 * For each column of the table on the next page, the column of the table before it that stands
 * where it stands: the same index when both have as many columns, else by position (a label
 * split into sub-columns further down the table has one column on the page before, three here).
 * Undefined when a column of the next page has no column above it.
 */
function sameColumns(before: TableGrid, after: TableGrid): number[] | undefined {
  const count = (grid: TableGrid) => grid.rows[0]?.cells.length ?? 0;
  if (count(before) === count(after)) return Array.from({ length: count(after) }, (_, c) => c);
  const [above, below] = [tableGeometry.get(before)?.columns, tableGeometry.get(after)?.columns];
  if (!above || !below || above.length !== count(before) + 1 || below.length !== count(after) + 1) return undefined;
  const last = before.rows[before.rows.length - 1];
  const out: number[] = [];
  for (let c = 0; c + 1 < below.length; c++) {
    const middle = (below[c]! + below[c + 1]!) / 2;
    let at = above.findIndex((left, k) => k + 1 < above.length && middle >= left - TOLERANCE && middle <= above[k + 1]! + TOLERANCE);
    if (at < 0) return undefined;
    // A cell spanning columns on the page before (`四、结转下年度继续办` over the group labels'
    // columns too) has the middle of its rest here under one of its spanned columns: the rest is
    // the spanning cell's.
    while (at > 0 && last?.cells[at]?.merged === 'left') at--;
    out.push(at);
  }
  return out;
}

const HEADING_START = /^\s*(?:[一二三四五六七八九十]+[、.．，]|（[一二三四五六七八九十]+）|\d)/;
const SENTENCE_END = /[。：:；;！？]$/;

/**
 * Lines of one paragraph wrapped by the page are joined: a line ending near the right edge
 * continues on the next one in the same type size. A title set larger than the body and wrapped
 * (`……2019年政府信息公开工作年度` / `报告`) is one line however short its first part.
 */
function joinParagraphs(placed: Placed[], body: number): DocumentBlock[] {
  const out: DocumentBlock[] = [];
  let last: Placed | undefined;
  for (const item of placed) {
    const block = item.block;
    const before = last?.block;
    if (
      last &&
      block.kind === 'paragraph' &&
      before?.kind === 'paragraph' &&
      !block.text.includes('\t') &&
      !before.text.includes('\t') &&
      Math.abs(item.size - last.size) <= 0.5 &&
      !SENTENCE_END.test(before.text) &&
      !HEADING_START.test(block.text) &&
      (wrappedLarge(last, item, body) || (before.text.length >= 25 && !/\d\s+\d+\s*$/.test(before.text)))
    ) {
      const joined: DocumentBlock = { ...before, text: before.text + block.text.trimStart() };
      out[out.length - 1] = joined;
      last = { top: item.top, size: item.size, block: joined };
    } else {
      out.push(block);
      last = item;
    }
  }
  return out;
}

/** The next line of a line set larger than the body text (a title or heading), right below it. */
const wrappedLarge = (line: Placed, next: Placed, body: number): boolean =>
  body > 0 && line.size >= body * 1.2 && line.top - next.top > 0 && line.top - next.top <= line.size * 1.8;

/** Rows too thin to hold a line of text (under 5 pt). */
const SLIVER = 5;

/**
 * Two row rules closer than a line of text: one of them is a single cell's border drawn a little
 * off the row's (a browser ends a row label spanning rows cut by a page break a few points above
 * its last row). The one that runs across less of the table is dropped, else it cuts a thin row
 * out of every column and a cell of the row below loses what it spans.
 */
function dropSlivers(ys: number[], segments: Segment[]): number[] {
  const length = (y: number) => segments.reduce((sum, s) => (s.dir === 'h' && Math.abs(s.at - y) <= TOLERANCE ? sum + s.b - s.a : sum), 0);
  const out: number[] = [];
  for (const y of ys) {
    const before = out[out.length - 1];
    if (before !== undefined && before - y < SLIVER) {
      if (length(y) > length(before)) out[out.length - 1] = y;
      continue;
    }
    out.push(y);
  }
  return out;
}

/**
 * Numbers of two cells side by side that the PDF's text runs into one piece (`2202845634`: a
 * browser's narrow column filled to its rule, the next number right after it), cut where a column
 * rule falls between two digits. Digits are set one width each, so where each digit stands is
 * known; a piece whose digits do not meet the rule at a boundary stays whole.
 */
function splitAtRules(words: Word[], rules: number[], lineNumber: Map<Word, number>): Word[] {
  const out: Word[] = [];
  const queue = [...words];
  for (let word = queue.shift(); word; word = queue.shift()) {
    const w = word;
    const rule = rules.find((r) => w.x < r - TOLERANCE && w.x + w.width > r + TOLERANCE);
    let cut: [left: Word, right: Word] | undefined;
    if (rule !== undefined && /^[\d\s]+$/.test(w.text)) {
      const each = w.width / w.text.length;
      const [end, start] = cutAt(w.text, (rule - w.x) / each);
      if (end > 0 && start < w.text.length) {
        cut = [{ ...w, text: w.text.slice(0, end), width: end * each }, { ...w, text: w.text.slice(start), x: w.x + start * each, width: w.width - start * each }];
      }
    } else if (rule !== undefined && /\S\s+\S/.test(w.text)) {
      cut = cutAtGap(w, rule);
    }
    if (!cut) {
      out.push(w);
      continue;
    }
    const [left, right] = cut;
    const line = lineNumber.get(word);
    if (line !== undefined) {
      lineNumber.set(left, line);
      lineNumber.set(right, line);
    }
    out.push(left);
    queue.unshift(right);
  }
  return out;
}

/**
 * Texts of cells side by side that the PDF runs into one piece with spaces between (`商业企业
 * 科研机构`, a browser's narrow header cells): cut at the space the rule falls in. A Chinese
 * character is as wide as the type size, any other about half; the spaces take the rest.
 */
function cutAtGap(w: Word, rule: number): [Word, Word] | undefined {
  const chars = [...w.text];
  const inked = chars.reduce((sum, ch) => sum + (/\s/.test(ch) ? 0 : CHINESE.test(ch) ? w.size : w.size / 2), 0);
  const spaces = chars.filter((ch) => /\s/.test(ch)).length;
  const space = Math.max(0, (w.width - inked) / Math.max(1, spaces));
  let x = w.x;
  let at = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (/\s/.test(ch)) {
      const gapStart = x;
      let j = i;
      while (j < chars.length && /\s/.test(chars[j]!)) j++;
      const gapEnd = gapStart + (j - i) * space;
      const endAt = at;
      const startAt = at + chars.slice(i, j).join('').length;
      if (rule >= gapStart - w.size / 2 && rule <= gapEnd + w.size / 2 && endAt > 0 && startAt < w.text.length) {
        return [
          { ...w, text: w.text.slice(0, endAt), width: gapStart - w.x },
          { ...w, text: w.text.slice(startAt), x: gapEnd, width: w.x + w.width - gapEnd },
        ];
      }
      x = gapEnd;
      at = startAt;
      i = j - 1;
      continue;
    }
    x += CHINESE.test(ch) ? w.size : w.size / 2;
    at += ch.length;
  }
  return undefined;
}

/**
 * Where a piece of digits and spaces (one width each) may be cut at a rule that falls `at`
 * characters into it, as the end of the left part and the start of the right one: a gap
 * between two numbers around it, or a boundary between two digits within a quarter of a digit.
 * -1 where the rule cuts through a digit.
 */
function cutAt(text: string, at: number): [end: number, start: number] {
  for (const gap of text.matchAll(/\s+/g)) {
    const after = gap.index + gap[0].length;
    if (at >= gap.index - 0.5 && at <= after + 0.5) return [gap.index, after];
  }
  const boundary = Math.round(at);
  return Math.abs(boundary - at) <= 0.25 && !/\s/.test(text.slice(boundary - 1, boundary + 1)) ? [boundary, boundary] : [-1, -1];
}

/**
 * A table's rows, and for each column whether the last row's cell ends in a full line (one more
 * character would not have fitted, cell padding of up to 6 pt a side allowed): where a cell
 * that a page break cut goes on.
 */
function tableRows(
  table: Table,
  words: Word[],
  page: number,
  lineNumber: Map<Word, number>,
): { rows: GridRow[]; lastRowFull: boolean[]; lastLineLength: number[]; firstRowLines: number[] } {
  const xs = columnRules(table);
  const ys = dropSlivers(cluster(table.segments.filter((s) => s.dir === 'h').map((s) => s.at)).reverse(), table.segments); // top first
  // A row that a page break cut: a browser draws its top rule on the page before (or its bottom
  // rule on the page after), so here the column rules run on past the last rule. The table's
  // edge closes the row, which joinRowsAcrossPages then puts together with its other part.
  if (table.top - ys[0]! > TOLERANCE) ys.unshift(table.top);
  if (ys[ys.length - 1]! - table.bottom > TOLERANCE) ys.push(table.bottom);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  // Which place each place's content belongs to: itself, or the cell it is merged into.
  const merged: Array<Array<'up' | 'left' | undefined>> = [];
  for (let r = 0; r < rows; r++) {
    merged.push([]);
    const midY = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < cols; c++) {
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      if (c > 0 && !covered(table.segments, 'v', xs[c]!, midY)) merged[r]!.push('left');
      else if (r > 0 && !covered(table.segments, 'h', ys[r]!, midX)) merged[r]!.push('up');
      else merged[r]!.push(undefined);
    }
  }
  const owner = (r: number, c: number): [number, number] => {
    for (let guard = 0; guard < rows + cols; guard++) {
      const m = merged[r]![c];
      if (m === 'left') c--;
      else if (m === 'up') r--;
      else break;
    }
    return [r, c];
  };
  const texts: Word[][][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => []));
  for (const word of splitAtRules(words, xs.slice(1, -1), lineNumber)) {
    const [x, y] = centre(word);
    // The place the point lies in, else the one it lies in within the tolerance: a page printed
    // small leaves under a point of padding, and a narrow digit just right of a rule has its
    // middle within the tolerance of the cell before.
    const within = (edges: number[], at: number, descending: boolean): number => {
      const inside = (i: number, slack: number) =>
        i < edges.length - 1 &&
        (descending ? at <= edges[i]! + slack && at >= edges[i + 1]! - slack : at >= edges[i]! - slack && at <= edges[i + 1]! + slack);
      const strict = edges.findIndex((_, i) => inside(i, 0));
      return strict >= 0 ? strict : edges.findIndex((_, i) => inside(i, TOLERANCE));
    };
    // Below the last rule: a line that overhangs an open-bottomed column (see `overhangs`).
    const r = y < ys[ys.length - 1]! - TOLERANCE ? rows - 1 : within(ys, y, true);
    // Text wider than its cell runs on over the rule to its right (a browser start-aligns what
    // does not fit): it belongs where it starts, not where its middle falls.
    const column = (at: number) => within(xs, at, false);
    const starts = xs.findIndex((left, i) => i < cols && word.x >= left && word.x < xs[i + 1]! - TOLERANCE);
    const c = starts >= 0 && word.x + word.width > xs[starts + 1]! + TOLERANCE ? starts : column(x);
    if (r < 0 || c < 0) continue;
    const [or, oc] = owner(r, c);
    texts[or]![oc]!.push(word);
  }
  const grid: GridRow[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: GridCell[] = [];
    for (let c = 0; c < cols; c++) {
      const cellWords = texts[r]![c]!;
      const first = [...cellWords].sort((p, q) => q.y - p.y || p.x - q.x)[0];
      const location: DocumentLocation = { page, line: first ? lineNumber.get(first)! : 0 };
      const m = merged[r]![c];
      if (m) cells.push({ text: '', pieces: [], merged: m, location });
      else cells.push({ text: linesOf(cellWords).map((l) => lineText(l, false)).join('').trim(), pieces: [], location });
    }
    grid.push({ cells });
  }
  const lastRowFull = Array.from({ length: cols }, (_, c) => {
    if (rows === 0 || merged[rows - 1]![c]) return false;
    const last = linesOf(texts[rows - 1]![c]!).pop();
    if (!last) return false;
    let right = c + 1;
    while (right < cols && merged[rows - 1]![right] === 'left') right++;
    const end = last[last.length - 1]!;
    const character = end.width / Math.max(1, end.text.length);
    return end.x + end.width - last[0]!.x + character >= xs[right]! - xs[c]! - 12;
  });
  const lastLineLength = Array.from({ length: cols }, (_, c) => {
    const last = rows === 0 ? undefined : linesOf(texts[rows - 1]![c]!).pop();
    return last ? lineText(last, false).trim().length : 0;
  });
  const firstRowLines = Array.from({ length: cols }, (_, c) => (rows === 0 ? 0 : linesOf(texts[0]![c]!).length));
  return { rows: grid, lastRowFull, lastLineLength, firstRowLines };
}
