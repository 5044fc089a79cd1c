// A Word or WPS file → the report's paragraphs and tables. The zip is read by its central
// directory (fflate), which WPS-saved files keep right even where their local headers disagree,
// with limits on what may be inflated (a zip bomb is refused before it is inflated). The XML is
// read by a streaming parser (saxes) that expands no entities and takes no DTD, so a billion-laughs
// document fails at once. Tables keep their merged cells (`w:gridSpan` across, `w:vMerge` down);
// tracked changes read as accepted; headers, footers and comments live in other parts and are not
// read (docs/report-format.md §5).
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { SaxesParser } from 'saxes';
import type { GridCell, GridRow, TableGrid } from '../grid/types';
import { deadline, ReadTimeout, timedOut, type Deadline } from './deadline';
import type { DocumentBlock, ReadOutcome } from './types';

/** The main document part of a WordprocessingML package (Word and WPS both use this name). */
const DOCUMENT_PART = 'word/document.xml';
/**
 * Limits on the document part (a long report's XML is a few megabytes) and on the time reading
 * may take: a long report reads in tens of milliseconds. Mutable for tests.
 */
export const DOCX_LIMITS = { maxPartBytes: 64 * 1024 * 1024, maxRatio: 200, timeoutMs: 60_000 };
const DOCX_NAME = { zh: ' DOCX ', en: 'DOCX' };

const unreadable = (reason: 'corrupt' | 'too-large' | 'not-a-document', zh: string, en: string): ReadOutcome => ({
  ok: false,
  reason,
  message: `${zh}（${en}）`,
});

export function readDocx(bytes: Uint8Array): ReadOutcome {
  const limit = deadline(DOCX_LIMITS.timeoutMs);
  try {
    return readDocxWithin(bytes, limit);
  } catch (error) {
    if (error instanceof ReadTimeout) return timedOut(error.limitMs, DOCX_NAME);
    throw error;
  }
}

function readDocxWithin(bytes: Uint8Array, limit: Deadline): ReadOutcome {
  limit.check();
  let part: Uint8Array | undefined;
  let refused: ReadOutcome | undefined;
  try {
    const files = unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        if (file.name !== DOCUMENT_PART) return false;
        if (file.originalSize > DOCX_LIMITS.maxPartBytes || (file.size > 0 && file.originalSize / file.size > DOCX_LIMITS.maxRatio && file.originalSize > 1 << 20)) {
          refused = unreadable(
            'too-large',
            `DOCX 文件中的正文部分解压后达 ${Math.round(file.originalSize / 1048576)} MB，超出限制，可能是恶意构造的压缩包`,
            `the document part inflates to ${Math.round(file.originalSize / 1048576)} MB, over the limit: possibly a zip bomb`,
          );
          return false;
        }
        return true;
      },
    });
    part = files[DOCUMENT_PART];
  } catch (error) {
    return unreadable('corrupt', `DOCX 文件已损坏，无法解压：${(error as Error).message}`, `corrupt DOCX, cannot unzip: ${(error as Error).message}`);
  }
  if (refused) return refused;
  if (!part) return unreadable('not-a-document', 'DOCX 文件中没有 Word 正文（word/document.xml）', 'no Word document part (word/document.xml) in the package');
  if (part.length > DOCX_LIMITS.maxPartBytes) return unreadable('too-large', 'DOCX 正文部分过大', 'the document part is too large');
  try {
    return { ok: true, document: { kind: 'docx', blocks: readDocumentXml(new TextDecoder('utf-8').decode(part), limit) } };
  } catch (error) {
    if (error instanceof ReadTimeout) throw error;
    return unreadable('corrupt', `DOCX 正文的 XML 无法解析：${(error as Error).message}`, `the document XML cannot be parsed: ${(error as Error).message}`);
  }
}

interface CellBuilder {
  text: string;
  span: number;
  /** `w:vMerge` without `restart`: continues the cell above. */
  continues: boolean;
  column: number;
}

interface TableBuilder {
  rows: GridRow[];
  row: GridCell[] | undefined;
  cell: CellBuilder | undefined;
  /** 1-based column of the next cell in the current row, counting spans. */
  nextColumn: number;
  index: number;
}

/** Elements whose text is not part of the accepted document. */
const SKIP = new Set(['w:del', 'w:moveFrom', 'w:delText', 'w:instrText', 'mc:Fallback', 'w:commentReference', 'w:footnoteReference', 'w:endnoteReference']);

/**
 * Reads the body of word/document.xml into blocks. Throws on malformed XML or a DTD, and
 * ReadTimeout once `limit` has passed.
 */
export function readDocumentXml(xml: string, limit: Deadline = deadline(DOCX_LIMITS.timeoutMs)): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  const tables: TableBuilder[] = [];
  let tableCount = 0;
  let paragraphCount = 0;
  let paragraph = '';
  let inText = false;
  let skipDepth = 0;

  const parser = new SaxesParser({ xmlns: false });
  parser.on('doctype', () => {
    throw new Error('DTD not allowed');
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    limit.check();
    const name = tag.name;
    if (skipDepth > 0 || SKIP.has(name)) {
      if (!tag.isSelfClosing) skipDepth++;
      return;
    }
    const attr = (key: string) => {
      const value = tag.attributes[key];
      return typeof value === 'string' ? value : undefined;
    };
    const table = tables[tables.length - 1];
    switch (name) {
      case 'w:p':
        paragraph = '';
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:tab':
      case 'w:br':
      case 'w:cr':
        paragraph += ' ';
        break;
      case 'w:tbl':
        tables.push({ rows: [], row: undefined, cell: undefined, nextColumn: 1, index: tables.length === 0 ? ++tableCount : tableCount });
        break;
      case 'w:tr':
        if (table) {
          table.row = [];
          table.nextColumn = 1;
        }
        break;
      case 'w:tc':
        if (table) table.cell = { text: '', span: 1, continues: false, column: table.nextColumn };
        break;
      case 'w:gridSpan':
        if (table?.cell) table.cell.span = Math.max(1, Math.min(64, Number.parseInt(attr('w:val') ?? '1', 10) || 1));
        break;
      case 'w:vMerge':
        if (table?.cell) table.cell.continues = (attr('w:val') ?? 'continue') !== 'restart';
        break;
    }
  });
  parser.on('text', (text) => {
    if (inText && skipDepth === 0) paragraph += text;
  });
  parser.on('closetag', (tag) => {
    const name = tag.name;
    if (skipDepth > 0) {
      if (!tag.isSelfClosing) skipDepth--;
      return;
    }
    const table = tables[tables.length - 1];
    switch (name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:p':
        if (table?.cell) {
          table.cell.text += paragraph;
        } else if (!table) {
          paragraphCount++;
          const text = paragraph.replace(/[\s\u3000]+/g, ' ').trim();
          if (text !== '') blocks.push({ kind: 'paragraph', text, location: { paragraph: paragraphCount } });
        }
        paragraph = '';
        break;
      case 'w:tc':
        if (table?.row && table.cell) {
          const c = table.cell;
          const location = { table: table.index, row: table.rows.length + 1, column: c.column };
          const text = c.text.replace(/[\s\u3000]+/g, ' ').trim();
          table.row.push(c.continues ? { text: '', pieces: [], merged: 'up', location } : { text, pieces: [], location });
          for (let i = 1; i < c.span; i++) table.row.push({ text: '', pieces: [], merged: 'left', location });
          table.nextColumn += c.span;
          table.cell = undefined;
        }
        break;
      case 'w:tr':
        if (table?.row) table.rows.push({ cells: table.row });
        if (table) table.row = undefined;
        break;
      case 'w:tbl': {
        const done = tables.pop();
        if (!done) break;
        const outer = tables[tables.length - 1];
        if (outer?.cell) {
          // A table nested in a cell: its words belong to that cell.
          outer.cell.text += ` ${done.rows.map((r) => r.cells.map((c) => c.text).join(' ')).join(' ')}`;
        } else {
          const grid: TableGrid = { rows: done.rows, source: 'docx' };
          blocks.push({ kind: 'table', grid });
        }
        break;
      }
    }
  });
  parser.write(xml).close();
  return blocks;
}
