// The renderings pass of the normalisation: every region a rendering reads is replaced by its
// grid's canonical text, each cell character mapped to the source characters it came from.
import { writeCanonical } from '../../grid/canonical';
import type { GridCell } from '../../grid/types';
import { MappedBuilder, type MappedText } from '../../text/mapped';
import { splitLines } from './lines';
import { RENDERINGS } from './registry';
import type { Rendering, RenderingRegion } from './types';

/** `m` with every rendering region read as canonical grid text; `m` itself when there is none. */
export function readRenderings(m: MappedText, renderings: readonly Rendering[] = RENDERINGS): MappedText {
  const text = m.text;
  const active = renderings.filter((r) => r.mayOccur(text));
  if (active.length === 0) return m;
  const lines = splitLines(text);
  const regions: RenderingRegion[] = [];
  for (const rendering of active) {
    for (const region of rendering.read(text, lines)) {
      if (regions.some((r) => region.firstLine < r.endLine && r.firstLine < region.endLine)) continue;
      regions.push(region);
    }
  }
  if (regions.length === 0) return m;
  regions.sort((a, b) => a.firstLine - b.firstLine);
  const b = new MappedBuilder(m);
  let at = 0;
  for (const region of regions) {
    const from = lines[region.firstLine]!.from;
    const to = lines[region.endLine - 1]!.to;
    b.copy(at, from);
    writeRegion(b, text, region, from);
    at = to;
  }
  b.copy(at, text.length);
  return b.build();
}

/** The region's canonical text; its line breaks and TABs stand (empty) where the row or cell ends. */
function writeRegion(b: MappedBuilder, text: string, region: RenderingRegion, from: number): void {
  let last = from;
  let rowOpen = false;
  let breakPending = false;
  writeCanonical(region.grid, {
    cell(cellText, cell) {
      if (breakPending) b.push('\n', last, last);
      breakPending = false;
      rowOpen = true;
      last = writeCell(b, text, cellText, cell, last);
    },
    separator() {
      b.push('\t', last, last);
    },
    rowEnd() {
      if (rowOpen) breakPending = true;
      rowOpen = false;
    },
  });
}

/** Writes a cell's text piece by piece: a piece read as written is copied (each character keeps its own source). */
function writeCell(b: MappedBuilder, text: string, cellText: string, cell: GridCell, last: number): number {
  let pos = 0;
  for (const piece of cell.pieces) {
    const idx = cellText.indexOf(piece.text, pos);
    if (idx < 0) break;
    if (idx > pos) b.push(cellText.slice(pos, idx), piece.from, piece.from);
    if (piece.to - piece.from === piece.text.length && text.startsWith(piece.text, piece.from)) b.copy(piece.from, piece.to);
    else b.push(piece.text, piece.from, piece.to);
    pos = idx + piece.text.length;
    last = piece.to;
  }
  if (pos < cellText.length) b.push(cellText.slice(pos), last, last);
  return last;
}
