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

/** Whether `line`, trimmed, runs from `ends` to `ends` over `inside` only, with a `-` or `=` among them. */
function drawnLine(line: string, ends: string, inside: string): boolean {
  const t = line.trim();
  if (t.length < 3 || !ends.includes(t[0]!) || !ends.includes(t[t.length - 1]!)) return false;
  let dash = false;
  for (let i = 1; i < t.length - 1; i++) {
    if (!inside.includes(t[i]!)) return false;
    if (t[i] === '-' || t[i] === '=') dash = true;
  }
  return dash;
}

/** `+----+----+`: the line that opens a grid. */
const isBorder = (line: string) => drawnLine(line, '+', '-=:+');
/** `+----+`, `|----+----|`: a rule between rows. */
const isRule = (line: string) => drawnLine(line, '+|', '-=:+|');
const isDrawn = (line: string) => /^[ \t]*[+|]/.test(line);

/** A line that could open an ASCII grid (looser than `isBorder`): text with none holds no grid. */
export const ASCII_GRID_START = /^[ \t]*\+[-=:+]*[-=]/m;

export const asciiGrid: Rendering = {
  name: 'ascii-grid',
  mayOccur: (text) => ASCII_GRID_START.test(text),
  read(text, lines) {
    const at = (i: number) => text.slice(lines[i]!.from, lines[i]!.to);
    const regions: RenderingRegion[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (!isBorder(at(i))) continue;
      let last = -1;
      let j = i + 1;
      for (; j < lines.length && isDrawn(at(j)); j++) if (isRule(at(j))) last = j;
      if (last < 0) continue;
      const grid = readDrawnGrid(text, lines, i, last + 1, ASCII, 'ascii-grid');
      if (grid) regions.push({ firstLine: i, endLine: last + 1, grid });
      // A drawing that is no grid is left whole: its later borders open none either.
      i = grid ? last : j - 1;
    }
    return regions;
  },
};
