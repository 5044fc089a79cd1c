// Tables drawn with ASCII: links -dump (`+-----+` top, `|----+----|` rules, `|` bars, one column
// per character even for Chinese) and pandoc grid tables (`+----+----+`, `+====+` under the
// header, two columns per Chinese character). A region opens with a `+---+` border line, runs
// over lines that start with `|` or `+`, and ends at its last rule line: a pipe table (whose
// rule only follows the header) never opens so.
import { readDrawnGrid, type GridCharacters } from './drawnGrid';
import type { Rendering, RenderingRegion } from './types';

const ASCII: GridCharacters = {
  horizontal: (code) => code === 0x2d || code === 0x3d || code === 0x3a, // - = :
  vertical: (code) => code === 0x7c, // |
  junction: (code) => code === 0x2b, // +
};

const BORDER = /^[ \t]*\+[-=:+]*[-=][-=:+]*\+[ \t]*$/;

/** A line that could open an ASCII grid (a looser `BORDER`): text with none holds no grid. */
export const ASCII_GRID_START = /^[ \t]*\+[-=:+]*[-=]/m;
const RULE = /^[ \t]*[+|][-=:+|]*[-=][-=:+|]*[+|][ \t]*$/;
const DRAWN = /^[ \t]*[+|]/;

export const asciiGrid: Rendering = {
  name: 'ascii-grid',
  mayOccur: (text) => ASCII_GRID_START.test(text),
  read(text, lines) {
    const at = (i: number) => text.slice(lines[i]!.from, lines[i]!.to);
    const regions: RenderingRegion[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (!BORDER.test(at(i))) continue;
      let last = -1;
      let j = i + 1;
      for (; j < lines.length && DRAWN.test(at(j)); j++) if (RULE.test(at(j))) last = j;
      if (last < 0) continue;
      const grid = readDrawnGrid(text, lines, i, last + 1, ASCII, 'ascii-grid');
      if (grid) {
        regions.push({ firstLine: i, endLine: last + 1, grid });
        i = last;
      }
    }
    return regions;
  },
};
