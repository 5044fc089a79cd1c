// Writing fixes back into a Word file: a corrected total goes into the cell's own text runs in
// word/document.xml, and nothing else of the package changes (every other part keeps its bytes'
// content; the document XML keeps every character outside the edited runs). Cells are found as
// the reader numbers them (docx.ts): top-level tables, their rows, grid columns counting spans.
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { TextEdit } from '../fixes/edits';
import type { LocatedRange } from './compose';
import { DOCX_LIMITS } from './docx';

export interface CellText {
  table: number;
  row: number;
  column: number;
  text: string;
}

/**
 * The fixes of the report text that each change one DOCX cell's text, as new cell texts; edits
 * that do not fall inside one cell (a heading to insert) are returned apart: they cannot be
 * written into the Word file.
 */
export function cellEditsOf(text: string, locations: LocatedRange[], edits: TextEdit[]): { cells: CellText[]; skipped: TextEdit[] } {
  const cells: CellText[] = [];
  const skipped: TextEdit[] = [];
  for (const edit of edits) {
    // An empty cell has no located range of its own: the edit then sits between two TABs.
    const hit = locations.find((l) => l.location.table !== undefined && l.from <= edit.start && edit.end <= l.to);
    if (hit) {
      const before = text.slice(hit.from, edit.start);
      const after = text.slice(edit.end, hit.to);
      cells.push({ table: hit.location.table!, row: hit.location.row!, column: hit.location.column!, text: before + edit.newText + after });
    } else {
      skipped.push(edit);
    }
  }
  return { cells, skipped };
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The package with the given cells' texts replaced; throws when a cell is not there. */
export function writeDocxCells(bytes: Uint8Array, cells: CellText[]): Uint8Array {
  const entries = unzipSync(bytes, {
    filter: (file) => file.originalSize <= DOCX_LIMITS.maxPartBytes,
  });
  const xml = new TextDecoder('utf-8').decode(entries['word/document.xml']);
  const edited = replaceCellTexts(xml, cells);
  const files: Zippable = {};
  for (const [name, data] of Object.entries(entries)) files[name] = name === 'word/document.xml' ? strToU8(edited) : data;
  return zipSync(files, { level: 6 });
}

interface CellSpan {
  /** Where the cell's `<w:tc>` content lies, and its text runs' contents. */
  texts: Array<{ from: number; to: number }>;
  /** Where a run can be added when the cell has no text: the end of its first paragraph. */
  paragraphEnd?: { at: number; selfClosing?: { from: number; to: number } } | undefined;
}

const TAG = /<(\/?)(w:tbl|w:tr|w:tc|w:t|w:p|w:gridSpan|w:del|w:moveFrom)\b([^>]*?)(\/?)>/g;

/** Replaces the text of the given cells in word/document.xml. */
export function replaceCellTexts(xml: string, cells: CellText[]): string {
  const wanted = new Map(cells.map((c) => [`${c.table}/${c.row}/${c.column}`, c.text]));
  const found = new Map<string, CellSpan>();
  let tableDepth = 0;
  let tableIndex = 0;
  let row = 0;
  let column = 1;
  let cell: CellSpan | undefined;
  let cellKey = '';
  let textStart = -1;
  let deleted = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const [whole, closing, name, attrs, selfClosing] = m;
    const start = m.index;
    const end = start + whole.length;
    if (name === 'w:del' || name === 'w:moveFrom') {
      if (!selfClosing) deleted += closing ? -1 : 1;
      continue;
    }
    if (name === 'w:tbl') {
      if (!closing && !selfClosing) {
        tableDepth++;
        if (tableDepth === 1) {
          tableIndex++;
          row = 0;
        }
      } else if (closing) tableDepth--;
      continue;
    }
    if (tableDepth !== 1) continue;
    if (name === 'w:tr' && !closing) {
      row++;
      column = 1;
    } else if (name === 'w:tc' && !closing) {
      cellKey = `${tableIndex}/${row}/${column}`;
      cell = wanted.has(cellKey) ? { texts: [] } : undefined;
    } else if (name === 'w:tc' && closing) {
      if (cell) found.set(cellKey, cell);
      cell = undefined;
    } else if (name === 'w:gridSpan' && !closing) {
      const span = Number(/w:val="(\d+)"/.exec(attrs!)?.[1] ?? '1');
      // The span is counted when the cell ends; keep it by advancing now past the first column.
      column += Math.max(1, span) - 1;
    } else if (cell && deleted === 0 && name === 'w:t' && !selfClosing) {
      if (!closing) textStart = end;
      else if (textStart >= 0) {
        cell.texts.push({ from: textStart, to: start });
        textStart = -1;
      }
    } else if (cell && name === 'w:p' && !cell.paragraphEnd) {
      if (selfClosing) cell.paragraphEnd = { at: start, selfClosing: { from: start, to: end } };
      else if (closing) cell.paragraphEnd = { at: start };
    }
    if (name === 'w:tc' && closing) column++;
  }
  // Apply from the end of the text so earlier offsets stay valid.
  const replacements: Array<{ from: number; to: number; text: string }> = [];
  for (const [key, text] of wanted) {
    const span = found.get(key);
    if (!span) throw new Error(`no cell ${key} (table/row/column) in the document`);
    if (span.texts.length > 0) {
      span.texts.forEach((t, i) => replacements.push({ from: t.from, to: t.to, text: i === 0 ? escapeXml(text) : '' }));
    } else if (span.paragraphEnd?.selfClosing) {
      const { from, to } = span.paragraphEnd.selfClosing;
      const open = xml.slice(from, to).replace(/\s*\/>$/, '>');
      replacements.push({ from, to, text: `${open}<w:r><w:t>${escapeXml(text)}</w:t></w:r></w:p>` });
    } else if (span.paragraphEnd) {
      replacements.push({ from: span.paragraphEnd.at, to: span.paragraphEnd.at, text: `<w:r><w:t>${escapeXml(text)}</w:t></w:r>` });
    } else {
      throw new Error(`cell ${key} has no paragraph to write into`);
    }
  }
  replacements.sort((a, b) => b.from - a.from);
  let out = xml;
  for (const r of replacements) out = out.slice(0, r.from) + r.text + out.slice(r.to);
  return out;
}
