// A web page → the report's paragraphs and tables. parse5 parses as a browser does, so Word's
// unclosed `<td>`/`<tr>` and stray tags nest the way the page displays. Tables become grids with
// their row and column spans as merged cells; a table that holds other tables is page layout
// (content systems wrap whole articles in one) and is read as blocks, not as a grid. Scripts and
// styles are skipped, except a script string holding the report's markup, which some content
// systems use to fill the page (docs/report-format.md §5).
import { parse, parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { DocumentLocation, GridCell, GridRow, TableGrid } from '../grid/types';
import { deadline, ReadTimeout, timedOut, type Deadline } from './deadline';
import type { DocumentBlock, ReadOutcome } from './types';
import { collapseHtmlSpace } from '../text/htmlSpace';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const SKIPPED = new Set(['head', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'button', 'input', 'textarea']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'center', 'form', 'fieldset', 'address', 'figure', 'figcaption', 'hr', 'body', 'html',
]);
/** Markup of a report inside a script string: escaped `<table`, `<p`, `<tr`, `<td` in a literal. */
const SCRIPT_MARKUP = /(?:\\u003c|\\x3c|<)\\?\/?\s*(?:table|tr|td|p)\b/i;

/** Decodes an HTML page's bytes: BOM, then the `<meta>` charset, then UTF-8 if valid, else GB18030. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && /^(gb2312|gbk|gb18030|x-gbk|cp936)$/.test(declared)) return new TextDecoder('gb18030').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function readHtml(bytes: Uint8Array): ReadOutcome {
  return readHtmlText(decodeHtml(bytes));
}

/** The time a page may take to read (a long report's page takes tens of milliseconds). Mutable for tests. */
export const HTML_LIMITS = { timeoutMs: 60_000 };

export function readHtmlText(html: string): ReadOutcome {
  const reader = new BlockReader(deadline(HTML_LIMITS.timeoutMs));
  try {
    // parse5 runs to the end in one call; the page's size is limited before (MAX_DOCUMENT_BYTES).
    const tree = parse(html, { sourceCodeLocationInfo: true });
    reader.readChildren(tree);
    reader.flush();
  } catch (error) {
    if (error instanceof ReadTimeout) return timedOut(error.limitMs, { zh: '网页', en: 'web page' });
    throw error;
  }
  return { ok: true, document: { kind: 'html', blocks: reader.blocks } };
}

class BlockReader {
  readonly blocks: DocumentBlock[] = [];
  private text = '';
  private location: DocumentLocation | undefined;

  constructor(private readonly limit: Deadline) {}

  flush(): void {
    const text = collapseHtmlSpace(this.text);
    if (text !== '') this.blocks.push({ kind: 'paragraph', text, location: this.location });
    this.text = '';
    this.location = undefined;
  }

  readChildren(node: ParentNode): void {
    for (const child of node.childNodes) this.read(child);
  }

  private read(node: Node): void {
    this.limit.check();
    if (node.nodeName === '#text') {
      const text = (node as DefaultTreeAdapterMap['textNode']).value;
      if (this.location === undefined && text.trim() !== '') this.location = locationOf(node);
      this.text += text;
      return;
    }
    if (!('tagName' in node)) return;
    const tag = node.tagName;
    if (tag === 'script') return this.readScript(node);
    if (SKIPPED.has(tag)) return;
    if (tag === 'br') {
      this.flush();
      return;
    }
    if (tag === 'table') {
      this.flush();
      if (containsTable(node)) this.readLayoutTable(node);
      else this.blocks.push({ kind: 'table', grid: tableGrid(node, this.limit) });
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) this.flush();
    this.readChildren(node);
    if (block) this.flush();
  }

  /** A table used for page layout: its cells are read as blocks in document order. */
  private readLayoutTable(table: Element): void {
    for (const row of rowsOf(table)) {
      for (const cell of cellsOf(row)) {
        this.readChildren(cell);
        this.flush();
      }
    }
  }

  /** The report's markup kept in a string literal of a script (CMS pages), read in the script's place. */
  private readScript(script: Element): void {
    const source = script.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
    if (!SCRIPT_MARKUP.test(source)) return;
    for (const literal of stringLiterals(source)) {
      if (!/<\s*(table|p|tr|td)\b/i.test(literal)) continue;
      this.flush();
      const fragment = parseFragment(literal, { sourceCodeLocationInfo: false });
      this.readChildren(fragment);
      this.flush();
    }
  }
}

function locationOf(node: Node): DocumentLocation | undefined {
  const loc = (node as { sourceCodeLocation?: { startLine: number; startCol: number } | null }).sourceCodeLocation;
  return loc ? { line: loc.startLine, column: loc.startCol } : undefined;
}

function elementChildren(node: ParentNode): Element[] {
  return node.childNodes.filter((c): c is Element => 'tagName' in c);
}

function containsTable(node: ParentNode): boolean {
  return elementChildren(node).some((c) => c.tagName === 'table' || containsTable(c));
}

/** The rows of a table, through thead/tbody/tfoot, not those of tables nested in its cells. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of elementChildren(table)) {
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') rows.push(...elementChildren(child).filter((r) => r.tagName === 'tr'));
  }
  return rows;
}

function cellsOf(row: Element): Element[] {
  return elementChildren(row).filter((c) => c.tagName === 'td' || c.tagName === 'th');
}

function span(cell: Element, name: string): number {
  const value = cell.attrs.find((a) => a.name === name)?.value;
  const n = value === undefined ? 1 : Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 100) : 1;
}

/**
 * A cell's text: its words with white space collapsed; block children joined without a break. A
 * `<br>` is a line break of a narrow cell's label ("法人或其<br>他组织"): like a source line break
 * it joins two Chinese characters and is a space elsewhere.
 */
function cellText(node: ParentNode): string {
  let text = '';
  const walk = (n: ParentNode) => {
    for (const child of n.childNodes) {
      if (child.nodeName === '#text') text += (child as DefaultTreeAdapterMap['textNode']).value;
      else if ('tagName' in child && child.tagName !== 'script' && child.tagName !== 'style') {
        if (child.tagName === 'br') text += '\n';
        walk(child);
      }
    }
  };
  walk(node);
  return collapseHtmlSpace(text);
}

/** Lays the table's cells out on a grid: spans occupy the places they cover as merged cells. */
function tableGrid(table: Element, limit: Deadline): TableGrid {
  const grid: GridCell[][] = [];
  const place = (r: number, c: number, cell: GridCell) => {
    limit.check();
    const row = (grid[r] ??= []);
    row[c] = cell;
  };
  rowsOf(table).forEach((tr, r) => {
    let c = 0;
    for (const td of cellsOf(tr)) {
      while (grid[r]?.[c] !== undefined) c++;
      const location = locationOf(td);
      const rows = span(td, 'rowspan');
      const cols = span(td, 'colspan');
      place(r, c, { text: cellText(td), pieces: [], location });
      for (let dc = 1; dc < cols; dc++) place(r, c + dc, { text: '', pieces: [], merged: 'left', location });
      for (let dr = 1; dr < rows; dr++) {
        for (let dc = 0; dc < cols; dc++) place(r + dr, c + dc, { text: '', pieces: [], merged: dc === 0 ? 'up' : 'left', location });
      }
      c += cols;
    }
  });
  const rows: GridRow[] = grid.map((row) => ({
    // Holes (a row shorter than a span above it implies) are empty cells of their own.
    cells: Array.from({ length: row.length }, (_, i) => row[i] ?? { text: '', pieces: [] }),
  }));
  return { rows, source: 'html' };
}

/** The string literals of a script, unescaped (JavaScript escapes; quotes of either kind). */
function stringLiterals(source: string): string[] {
  const out: string[] = [];
  const literal = /(["'`])((?:\\[\s\S]|(?!\1)[^\\])*)\1/g;
  for (let m = literal.exec(source); m; m = literal.exec(source)) {
    if (m[2]!.length > 40) out.push(unescapeJs(m[2]!));
  }
  return out;
}

function unescapeJs(s: string): string {
  return s.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/g, (_, e: string) => {
    if (e.startsWith('u{')) return String.fromCodePoint(Number.parseInt(e.slice(2, -1), 16));
    if (e[0] === 'u' && e.length === 5) return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    if (e[0] === 'x' && e.length === 3) return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    return ({ n: '\n', r: '\r', t: '\t', b: '', f: '', v: '', '0': '' } as Record<string, string>)[e] ?? e;
  });
}
