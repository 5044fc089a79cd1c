// The engine's entry point: text in, report model out. The text is cut into blocks at section
// headings; each block's tables are reconstructed once per content and memoised, so an edit
// re-parses only the blocks it touched (the rest is reused as is).
import { FORMAT_VERSIONS, FORMATS, type FormatVersion } from '../formats';
import type { ParseIssue, ReportModel, SectionModel, TableModel } from '../model';
import { ParsedText } from './document';
import { plausibleHeadings, rescanHeadings, scanHeadings, type HeadingHit, type HeadingScan } from './headings';
import { readMetadata, type MetadataMemo } from './metadata';
import { DocumentMemo, setRevision, type SourceEdit } from '../revision';
import { shiftSpans } from './shift';
import { parseTables, readTables, type ReadTables, type TablesResult } from './tables';
import type { LineIndex } from '../text/lineIndex';
import { firstAtOrAfter, readerOf, subMapped, type MappedText } from '../text/mapped';
import { isPlainText, opensDrawnGrid, renormalizePlain, type NormEdit } from '../text/normalize';

/** Longer texts are not reports (a long report is a few hundred kilobytes). */
export const MAX_REPORT_LENGTH = 4_000_000;

/** From this length on, an edit re-normalises only the lines it touched (`applyChanges`). */
const INCREMENTAL_NORMALISATION_FROM = 50_000;

/**
 * A block's tables under one format. The block cache keeps the tables of the format the report
 * was read in and only the score of the other (`pruned`): both in full came to most of an open
 * document's memory. Should the format change, a pruned result is parsed again (the parse is
 * deterministic, so the model is the same). `read`, during the parse that scored a pruned result
 * only, is what the scoring read (and from which text): the tables are built from it should the
 * format win, without locating and cutting them again; it is dropped once the parse is done.
 */
type VersionResult = TablesResult & { pruned?: { hadTables: boolean }; read?: { doc: ParsedText; tables: ReadTables } };
type BlockResult = Record<FormatVersion, VersionResult>;

function hasTables(r: VersionResult): boolean {
  return r.pruned ? r.pruned.hadTables : r.tables.length > 0;
}

export interface ParseStats {
  blocks: number;
  parsedBlocks: number;
  reusedBlocks: number;
}

/** A change to the text: replace [start, end) (UTF-16 offsets) by `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/**
 * An incremental parser for one document. `parse` memoises block results by content;
 * `applyChanges` edits the text it holds and parses again, reusing untouched blocks.
 */
export class ReportParser {
  private blocks = new Map<string, BlockResult>();
  /** How the blocks in `blocks` were read: a block's result is reused only under the same reading. */
  private blocksReading: BlockReading | undefined;
  private currentText = '';
  /** The last parse's text forms, and whether its text is plain (see `isPlainText`). */
  private lastDoc: ParsedText | undefined;
  /** The last parse's heading candidates, kept with `lastDoc`. */
  private lastHeadings: HeadingScan | undefined;
  private plain = false;
  /** The text of the last whole parse had form feeds (PDF text; an edit that adds one is parsed whole too). */
  private formFeeds = false;
  /** The last parse's blocks in document order, for an edit to reuse those it did not touch. */
  private lastCuts: BlockCut[] = [];
  /** The document's memo (see revision.ts) and the revision of the last parse. */
  private readonly memo = new DocumentMemo();
  private revision = 0;
  /** The format the last parse read the tables in. */
  private lastFormat: FormatVersion | null = null;
  /** What the last parse's metadata read remembers for the next (see metadata.ts). */
  private metadataMemo: MetadataMemo = {};
  lastStats: ParseStats = { blocks: 0, parsedBlocks: 0, reusedBlocks: 0 };

  get text(): string {
    return this.currentText;
  }

  parse(text: string): ReportModel {
    this.formFeeds = text.includes('\f');
    return this.parseText(text, isPlainText(text));
  }

  /** `edited`, when given, is this text's normalisation and line indexes, read incrementally. */
  private parseText(text: string, plain: boolean, edited?: EditedText): ReportModel {
    const previousRevision = this.revision;
    this.revision++;
    this.currentText = text;
    this.plain = plain;
    this.lastDoc = undefined;
    this.lastHeadings = undefined;
    const previousCuts = this.lastCuts;
    this.lastCuts = [];
    const problem = screen(text);
    if (problem) {
      this.blocks = new Map();
      this.lastStats = { blocks: 0, parsedBlocks: 0, reusedBlocks: 0 };
      return emptyModel(text.length, problem);
    }
    const doc = edited ? new ParsedText(text, { norm: edited.norm, lines: edited.lines, normLines: edited.normLines }) : new ParsedText(text);
    const scan = edited ? edited.headings : scanHeadings(doc.norm.text);
    // Kept for the next edit only where re-normalising the whole text would cost: its offset
    // maps take 8 bytes a character, which a hundred open ordinary reports need not hold.
    if (text.length >= INCREMENTAL_NORMALISATION_FROM) {
      this.lastDoc = doc;
      this.lastHeadings = scan;
    }
    const headings = plausibleHeadings(scan);
    const reuse = edited ? untouchedBlocks(previousCuts, edited.source) : undefined;
    // PDF text (form feeds) is cut from the whole text's normalisation even when not plain (an `&`
    // or `<` in it): its renderings' regions span sections, which a block read alone would cut.
    const reading: BlockReading = this.formFeeds ? 'in-context' : plain ? 'line-local' : 'alone';
    const memo = reading === this.blocksReading ? this.blocks : undefined;
    const next = new Map<string, BlockResult>();
    const stats: ParseStats = { blocks: 0, parsedBlocks: 0, reusedBlocks: 0 };
    const cuts: BlockCut[] = [];
    for (const [start, end] of blockCuts(doc, headings)) {
      stats.blocks++;
      // A block the edit did not touch is the one of the last parse, content string and all: a
      // long block is then neither sliced from the new text nor compared as a map key.
      // A block before a heading is followed by more of the report: its last row's blank lines
      // are cells, not the end of a text cut short (a block's result depends on this too).
      const followed = end < doc.source.length;
      const untouched = reuse?.(start, end);
      const kept = untouched && untouched.followed === followed ? untouched : undefined;
      const content = kept ? kept.content : text.slice(start, end);
      // In context (PDF text), the block's normalisation depends on the text around it.
      const own = reading === 'in-context' ? blockText(doc, start, end, content, followed) : undefined;
      const key = (own ? contextKey(content, own.norm) : content) + (followed ? FOLLOWED_KEY : '');
      let result = kept?.result ?? next.get(key) ?? memo?.get(key);
      if (result) stats.reusedBlocks++;
      else {
        const block = own ?? (plain ? blockText(doc, start, end, content, followed) : new ParsedText(content, { followed }));
        result = parseBlock(block, this.lastFormat);
        stats.parsedBlocks++;
      }
      next.set(key, result);
      cuts.push({ start, end, content, followed, result, placed: kept && kept.placed?.start === start ? kept.placed : undefined });
    }
    this.blocks = next;
    this.blocksReading = reading;
    this.lastCuts = cuts;
    this.lastStats = stats;
    if (!edited) this.metadataMemo = {};
    const model = assemble(doc, headings, cuts, reading, this.metadataMemo, edited?.normEdit);
    for (const result of next.values()) {
      for (const v of FORMAT_VERSIONS) {
        const r = result[v];
        if (r.read) delete r.read;
        if (v !== model.format && !r.pruned) result[v] = { tables: [], score: r.score, pruned: { hadTables: r.tables.length > 0 } };
      }
    }
    this.lastFormat = model.format;
    setRevision(model, {
      memo: this.memo,
      id: this.revision,
      lines: doc.lines,
      ...(edited ? { edit: { ...edited.source, from: previousRevision } } : {}),
    });
    return model;
  }

  /**
   * Applies changes (in order, each against the text as the previous left it) and parses.
   * `result`, when given, is the caller's own copy of the text the changes give (an editor's
   * document): it is used as is rather than built again, so that the two are one string, which
   * V8 lays out once. It must be that text; only its length is checked.
   */
  applyChanges(changes: TextChange[], result?: string): ReportModel {
    // One change to plain text (typing): only the lines it touched are normalised again.
    // The line indexes and heading candidates are updated around the change likewise.
    const previous = this.lastDoc;
    const previousHeadings = this.lastHeadings;
    // PDF text (form feeds) is read whole: the reading-order rendering reads its tables across
    // sections, which an edit re-normalised line by line would leave half read.
    const lineLocal = this.plain && !this.formFeeds;
    if (changes.length === 1 && previous && previousHeadings && lineLocal && isPlainText(changes[0]!.text) && !changes[0]!.text.includes('\f')) {
      const c = changes[0]!;
      const old = this.currentText;
      const start = Math.max(0, Math.min(c.start, old.length));
      const end = Math.max(start, Math.min(c.end, old.length));
      const built = result?.length === old.length - (end - start) + c.text.length ? result : undefined;
      const text = built ?? old.slice(0, start) + c.text + old.slice(end);
      // An edit that makes a line open an ASCII grid makes the text not plain (see isPlainText).
      if (opensDrawnGrid(text, start, start + c.text.length)) return this.parse(text);
      const { norm, edit } = renormalizePlain(old, previous.norm, text, start, end, c.text);
      return this.parseText(text, true, {
        norm,
        lines: previous.lines.edited(text, start, end, start + c.text.length),
        normLines: previous.normLines.edited(readerOf(norm), edit.from, edit.oldTo, edit.newTo),
        headings: rescanHeadings(previousHeadings, readerOf(norm), edit.from, edit.oldTo, edit.newTo),
        source: { start, oldEnd: end, newEnd: start + c.text.length },
        normEdit: edit,
      });
    }
    let text = this.currentText;
    for (const c of changes) {
      const start = Math.max(0, Math.min(c.start, text.length));
      const end = Math.max(start, Math.min(c.end, text.length));
      text = text.slice(0, start) + c.text + text.slice(end);
    }
    return this.parse(result?.length === text.length ? result : text);
  }
}

/** A text's forms, read incrementally from the previous text's (`applyChanges`). */
interface EditedText {
  norm: MappedText;
  lines: LineIndex;
  normLines: LineIndex;
  headings: HeadingScan;
  /** The edit, in source and in normalised offsets. */
  source: SourceEdit;
  normEdit: NormEdit;
}

/** Appended to the memo key of a block that more of the report follows (no text ends so). */
const FOLLOWED_KEY = '\u0000followed';

/** A block of the text: its place, content and tables, and its tables placed in the document. */
interface BlockCut {
  start: number;
  end: number;
  content: string;
  /** More of the report follows the block (it ends where a heading starts). */
  followed: boolean;
  result: BlockResult;
  /** The block's tables moved to `start` (in `format`), kept while the block and its lines stay put. */
  placed?: { start: number; format: FormatVersion; tables: TableModel[] };
}

/**
 * The blocks of the last parse that an edit left as they were, by their new place: those that
 * end at or before the edit (where they were, lines and all) and those that start at or after
 * it (moved by the change of length; their placed tables are not kept).
 */
function untouchedBlocks(previous: BlockCut[], edit: SourceEdit): (start: number, end: number) => BlockCut | undefined {
  const delta = edit.newEnd - edit.oldEnd;
  const byStart = new Map(previous.map((c) => [c.start, c]));
  return (start, end) => {
    if (end <= edit.start) {
      const cut = byStart.get(start);
      return cut && cut.end === end ? cut : undefined;
    }
    if (start >= edit.newEnd) {
      const cut = byStart.get(start - delta);
      return cut && cut.end === end - delta && cut.start >= edit.oldEnd ? { ...cut, placed: undefined } : undefined;
    }
    return undefined;
  };
}

/** Parses a report in one go. */
export function parseReport(text: string): ReportModel {
  return new ReportParser().parse(text);
}

/**
 * A block's tables under each format. The formats are only scored, not built: the score is all
 * the choice of format needs, and the winner's tables are built afterwards, from what its
 * scoring read (`read`; see `pruned`). With `likely` (the format the document was last read in),
 * that format's tables are built at once: it nearly always wins again, and a block kept for the
 * next edit then holds them.
 */
function parseBlock(doc: ParsedText, likely: FormatVersion | null): BlockResult {
  const result = {} as BlockResult;
  for (const version of FORMAT_VERSIONS) {
    const tables = readTables(doc, FORMATS[version]);
    if (version === likely) result[version] = parseTables(doc, FORMATS[version], tables);
    else result[version] = { tables: [], score: tables.score, pruned: { hadTables: tables.hadTables }, read: { doc, tables } };
  }
  return result;
}

/**
 * How a parse reads its blocks, which decides what a block's result depends on: `alone` (text
 * that is not plain: each block normalised by itself) and `line-local` (plain text: the block's
 * lines normalise as they would alone) depend on the block's content only; `in-context` (text
 * with form feeds, PDF text, plain or not) on what the whole text's normalisation made of it,
 * since the PDF renderings read tables across blocks.
 */
type BlockReading = 'alone' | 'line-local' | 'in-context';

/** The memo key of a block read in context: its source, its normalised text and where each character came from. */
function contextKey(content: string, norm: MappedText): string {
  // Two 32-bit hashes of the offsets (64 bits): the source and the text themselves are compared whole.
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  for (let i = 0; i < norm.start.length; i++) {
    a = Math.imul(a ^ norm.start[i]!, 0x01000193);
    a = Math.imul(a ^ norm.end[i]!, 0x01000193);
    b = Math.imul(b ^ (norm.start[i]! + (norm.end[i]! << 16)), 0x5bd1e995);
    b ^= b >>> 15;
  }
  return `${content}\u0000${norm.text}\u0000${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

/**
 * A block of plain text (or PDF text) as a text of its own, its normalisation cut from the
 * document's (which for plain text is character by character: see `subMapped`) rather than made again. Blocks
 * start at a heading's first character or its line's start, never inside a CR LF pair, so the cut is exact: equal
 * to `new ParsedText(content)`. `followed`: more of the report follows the block.
 */
function blockText(doc: ParsedText, start: number, end: number, content: string, followed: boolean): ParsedText {
  const from = firstAtOrAfter(doc.norm, start);
  const to = firstAtOrAfter(doc.norm, end);
  return new ParsedText(content, { norm: subMapped(doc.norm, from, to, start, content.length), followed });
}

/** Only markup before a heading on its line: tags (`<span style=…>`, which pandoc's gfm keeps), `#`, `>`, `*`, white space. */
const MARKUP_ONLY = /^(?:[ \t\u3000#>*]|<[^<>\n]*>)*$/;

/**
 * Source offsets where blocks start: the document start and each heading — at its line's start
 * where only markup stands before it there, so that an opening tag is not left at the end of
 * the block before (where `font-size:16.0pt` would read as a row's number).
 */
function blockCuts(doc: ParsedText, headings: HeadingHit[]): Array<[number, number]> {
  const source = doc.source;
  const blockStart = (heading: number) => {
    const lineStart = source.lastIndexOf('\n', heading - 1) + 1;
    return lineStart < heading && MARKUP_ONLY.test(source.slice(lineStart, heading)) ? lineStart : heading;
  };
  const starts = [0, ...headings.map((h) => blockStart(doc.span(h.from, h.from).offset))].filter((s, i, a) => i === 0 || s > a[i - 1]!);
  return starts.map((s, i) => [s, i + 1 < starts.length ? starts[i + 1]! : source.length]);
}

function assemble(doc: ParsedText, headings: HeadingHit[], blocks: BlockCut[], reading: BlockReading, memo: MetadataMemo, normEdit: NormEdit | undefined): ReportModel {
  const lines = doc.lines;
  const firstHeading = headings[0]?.from ?? -1;
  const lastHeadingTo = headings.length > 0 ? headings[headings.length - 1]!.to : 0;
  const metadata = readMetadata(doc, firstHeading, lastHeadingTo, memo, normEdit);
  const year = metadata.titleYear ?? metadata.periodYear ?? null;

  const formatScores = zeroScores();
  for (const { result } of blocks) for (const v of FORMAT_VERSIONS) formatScores[v] += Math.max(0, result[v].score);
  const anyTable = blocks.some(({ result }) => FORMAT_VERSIONS.some((v) => hasTables(result[v])));
  let format: FormatVersion | null = null;
  if (anyTable) {
    const ranked = [...FORMAT_VERSIONS].sort((a, b) => formatScores[b] - formatScores[a]);
    format = ranked[0]!;
    // A tie (tables that both versions read alike): the version the year calls for, else the latest.
    if (ranked.length > 1 && formatScores[ranked[0]!] === formatScores[ranked[1]!]) format = versionForYear(year, ranked.filter((v) => formatScores[v] === formatScores[ranked[0]!]));
  }

  const tables: TableModel[] = [];
  if (format) {
    for (const block of blocks) {
      const { start, end, content, result, followed } = block;
      // Read as the block was read for its score: alone, or cut from the whole text's normalisation.
      const pruned = result[format];
      if (pruned.pruned) {
        if (pruned.read) result[format] = parseTables(pruned.read.doc, FORMATS[format], pruned.read.tables);
        else {
          const again = reading === 'alone' ? new ParsedText(content, { followed }) : blockText(doc, start, end, content, followed);
          result[format] = parseTables(again, FORMATS[format]);
        }
      }
      if (block.placed?.format !== format) {
        block.placed = { start, format, tables: result[format].tables.map((table) => shiftSpans(table, start, lines)) };
      }
      for (const shifted of block.placed.tables) {
        const existing = tables.findIndex((t) => t.id === shifted.id);
        if (existing < 0) tables.push(shifted);
        else if (strength(shifted) > strength(tables[existing]!)) tables[existing] = shifted;
      }
    }
    const order = FORMATS[format].tables.map((t) => t.id);
    tables.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  }

  const sections: SectionModel[] = headings.map((h, i) => ({
    id: h.id,
    numeral: h.numeral,
    heading: doc.span(h.from, h.to),
    title: h.title,
    match: h.match,
    atLineStart: h.atLineStart,
    body: doc.span(h.from, i + 1 < headings.length ? headings[i + 1]!.from : readerOf(doc.norm).length),
  }));

  const model: ReportModel = { format, formatScores, year, metadata, sections, tables, length: doc.source.length };
  if (tables.length === 0 && sections.length === 0 && !metadata.title) {
    model.problem = { code: 'not-a-report', message: '没有找到年度报告的标题、章节或统计表（no title, section or table of an annual report found）' };
  }
  return model;
}

function strength(t: TableModel): number {
  return t.rows.filter((r) => r.label || r.cells.some((c) => c.status === 'ok')).length;
}

/** Texts that are not worth parsing get an empty model and the reason. */
function screen(text: string): ParseIssue | undefined {
  if (text.trim().length === 0) return { code: 'empty', message: '文件为空（the file is empty）' };
  if (text.length > MAX_REPORT_LENGTH) {
    return {
      code: 'too-large',
      message: `文件过大（${(text.length / 1e6).toFixed(1)} 百万字符），不像一份年度报告（too large for an annual report）`,
    };
  }
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return { code: 'binary', message: '文件含有二进制内容，不是文本报告（binary content, not a text report）' };
    if ((c < 9 || (c > 13 && c < 32)) && c !== 27) control++;
    if (c === 0xfffd) control++;
  }
  if (control / sample.length > 0.05) return { code: 'binary', message: '文件含有二进制内容，不是文本报告（binary content, not a text report）' };
  return undefined;
}

function emptyModel(length: number, problem: ParseIssue): ReportModel {
  return { format: null, formatScores: zeroScores(), year: null, metadata: {}, sections: [], tables: [], problem, length };
}


/** Every known version scored 0. */
export function zeroScores(): Record<FormatVersion, number> {
  return Object.fromEntries(FORMAT_VERSIONS.map((v) => [v, 0])) as Record<FormatVersion, number>;
}

/** Of tied versions, the one whose years include the report's year; else the latest (or, before all, the earliest). */
function versionForYear(year: number | null, tied: FormatVersion[]): FormatVersion {
  const byYear = [...tied].sort((a, b) => FORMATS[a]!.years.from - FORMATS[b]!.years.from);
  if (year === null) return byYear[byYear.length - 1]!;
  const fits = byYear.find((v) => year >= FORMATS[v]!.years.from && (FORMATS[v]!.years.to === undefined || year <= FORMATS[v]!.years.to!));
  if (fits) return fits;
  return year < FORMATS[byYear[0]!]!.years.from ? byYear[0]! : byYear[byYear.length - 1]!;
}
