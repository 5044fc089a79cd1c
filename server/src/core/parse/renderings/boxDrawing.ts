// Tables drawn with box-drawing characters, as text browsers dump them (w3m, elinks): single
// (`│ ─ ┼`), double (`║ ═ ╬`) and heavy (`┃ ━ ╋`) lines. A region is a run of lines that each
// hold a box-drawing character.
import { readDrawnGrid, type GridCharacters } from './drawnGrid';
import type { Rendering, RenderingRegion, TextLine } from './types';

const HORIZONTAL = new Set([0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254c, 0x254d, 0x2550, 0x2574, 0x2576, 0x2578, 0x257a, 0x257c, 0x257e]);
const VERTICAL = new Set([0x2502, 0x2503, 0x2506, 0x2507, 0x250a, 0x250b, 0x254e, 0x254f, 0x2551, 0x2575, 0x2577, 0x2579, 0x257b, 0x257d, 0x257f]);

const BOX: GridCharacters = {
  horizontal: (code) => HORIZONTAL.has(code),
  vertical: (code) => VERTICAL.has(code),
  junction: (code) => code >= 0x2500 && code <= 0x257f && !HORIZONTAL.has(code) && !VERTICAL.has(code),
};

const ANY_BOX = /[\u2500-\u257f]/;

function hasBox(text: string, line: TextLine): boolean {
  for (let i = line.from; i < line.to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x2500 && code <= 0x257f) return true;
  }
  return false;
}

export const boxDrawing: Rendering = {
  name: 'box-drawing',
  mayOccur: (text) => ANY_BOX.test(text),
  read(text, lines) {
    const regions: RenderingRegion[] = [];
    for (let i = 0; i < lines.length; ) {
      if (!hasBox(text, lines[i]!)) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < lines.length && hasBox(text, lines[end]!)) end++;
      const grid = end - i >= 2 ? readDrawnGrid(text, lines, i, end, BOX, 'box-drawing') : undefined;
      if (grid) regions.push({ firstLine: i, endLine: end, grid });
      i = end;
    }
    return regions;
  },
};
