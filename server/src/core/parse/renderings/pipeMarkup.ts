// Pipe tables (Markdown, or rows of bars copied from elsewhere) whose cells hold HTML (pandoc -t gfm keeps `<span style="font-size:14px">3</span>`
// when a cell is styled) or character references. Read as text, the digits of a style attribute
// would be taken for values; here tags are dropped (a line-breaking tag becomes a space),
// references decoded and Markdown escapes (`\|`, `\*`) undone. Plain pipe tables are left to the
// table reconstruction, which reads them as they are.
import type { GridCell, GridPiece, GridRow } from '../../grid/types';
import { decodeEntityName } from '../../text/entities';
import type { Rendering, RenderingRegion } from './types';

const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;
const MARKUP = /<\/?[a-zA-Z][^<>|]*>|&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/;
const BREAKING_TAGS = /^<\/?\s*(br|p|div|li)\b/i;

export const pipeMarkup: Rendering = {
  name: 'pipe-markup',
  mayOccur: (text) => text.includes('|') && /<\/?[a-zA-Z]|&[#a-zA-Z0-9]+;/.test(text),
  read(text, lines) {
    const at = (i: number) => text.slice(lines[i]!.from, lines[i]!.to);
    const regions: RenderingRegion[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (!isPipeRow(at(i))) continue;
      let end = i + 1;
      while (end < lines.length && isPipeRow(at(end))) end++;
      const region = { first: i, end };
      i = end - 1;
      let delimiter = false;
      let markup = false;
      for (let k = region.first; k < region.end; k++) {
        const line = at(k);
        if (DELIMITER_ROW.test(line)) delimiter = true;
        else if (MARKUP.test(line)) markup = true;
      }
      // Rows copied without Markdown's delimiter row are a table too when there are two of them.
      if (!markup || (!delimiter && region.end - region.first < 2)) continue;
      const rows: GridRow[] = [];
      for (let k = region.first; k < region.end; k++) {
        if (DELIMITER_ROW.test(at(k))) continue;
        rows.push({ cells: cellsOf(text, lines[k]!.from, lines[k]!.to) });
      }
      regions.push({ firstLine: region.first, endLine: region.end, grid: { rows, source: 'pipe-markup' } });
    }
    return regions;
  },
};

/** A line that starts and ends with a bar (white space aside). */
function isPipeRow(line: string): boolean {
  const t = line.trim();
  return t.length >= 2 && t[0] === '|' && t[t.length - 1] === '|';
}

/** The cells of one pipe row [from, to): between unescaped bars, the outer two bars dropped. */
function cellsOf(text: string, from: number, to: number): GridCell[] {
  while (from < to && (text[from] === ' ' || text[from] === '\t')) from++;
  while (to > from && (text[to - 1] === ' ' || text[to - 1] === '\t')) to--;
  const bars: number[] = [];
  for (let i = from; i < to; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '|') bars.push(i);
  }
  const cells: GridCell[] = [];
  for (let k = 0; k + 1 < bars.length; k++) cells.push(cellOf(text, bars[k]! + 1, bars[k + 1]!));
  return cells;
}

/** A cell's text without its markup, each kept character with its own source. */
function cellOf(text: string, from: number, to: number): GridCell {
  const pieces: GridPiece[] = [];
  const keep = (a: number, b: number) => {
    if (b > a) pieces.push({ text: text.slice(a, b), from: a, to: b });
  };
  let run = from;
  for (let i = from; i < to; ) {
    const c = text[i];
    if (c === '<') {
      const close = text.indexOf('>', i);
      const tag = close >= 0 && close < to ? text.slice(i, close + 1) : '';
      if (/^<\/?[a-zA-Z!]/.test(tag)) {
        keep(run, i);
        if (BREAKING_TAGS.test(tag)) pieces.push({ text: ' ', from: i, to: close + 1 });
        i = run = close + 1;
        continue;
      }
    } else if (c === '&') {
      const m = /^&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/.exec(text.slice(i, Math.min(to, i + 12)));
      const decoded = m ? decodeEntityName(m[1]!) : undefined;
      if (m && decoded !== undefined) {
        keep(run, i);
        pieces.push({ text: decoded, from: i, to: i + m[0].length });
        i = run = i + m[0].length;
        continue;
      }
    } else if (c === '\\' && i + 1 < to && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
      keep(run, i);
      run = i + 1;
      i += 2;
      continue;
    } else if (c === '*' && text[i + 1] === '*') {
      keep(run, i);
      i = run = i + 2;
      continue;
    }
    i++;
  }
  keep(run, to);
  return trimmed(pieces);
}

/** Pieces without the white space at either end of their joined text. */
function trimmed(pieces: GridPiece[]): GridCell {
  const blank = (s: string) => /^[\s\u00a0\u3000]*$/.test(s);
  while (pieces.length > 0 && blank(pieces[0]!.text)) pieces.shift();
  while (pieces.length > 0 && blank(pieces[pieces.length - 1]!.text)) pieces.pop();
  if (pieces.length > 0) {
    const first = pieces[0]!;
    const lead = first.text.length - first.text.replace(/^[\s\u00a0\u3000]+/, '').length;
    if (lead > 0 && first.to - first.from === first.text.length) pieces[0] = { text: first.text.slice(lead), from: first.from + lead, to: first.to };
    else if (lead > 0) pieces[0] = { ...first, text: first.text.slice(lead) };
    const last = pieces[pieces.length - 1]!;
    const trail = last.text.length - last.text.replace(/[\s\u00a0\u3000]+$/, '').length;
    if (trail > 0 && last.to - last.from === last.text.length) pieces[pieces.length - 1] = { text: last.text.slice(0, -trail), from: last.from, to: last.to - trail };
    else if (trail > 0) pieces[pieces.length - 1] = { ...last, text: last.text.slice(0, -trail) };
  }
  return { text: pieces.map((p) => p.text).join(''), pieces };
}
