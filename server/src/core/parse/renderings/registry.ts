// The text renderings the engine reads as tables, one module each (docs/renderings.md).
//
// Adding a rendering (another converter's kind of text, …):
//   1. Write `renderings/<name>.ts` exporting a `Rendering` (types.ts): `mayOccur` is a quick
//      test of the whole text; `read` finds the regions (runs of whole lines) it can read and
//      gives each as a `TableGrid` (grid/types.ts) whose cells carry their source pieces as
//      offsets of the text it was given. Helpers: lines.ts (lines, display columns, joining
//      wrapped Chinese), drawnGrid.ts (tables drawn with bars and rules), pdfTables.ts (a PDF
//      text's table sections, format markers, pieces kept in source order).
//   2. Add one line below. Earlier renderings win where regions overlap.
//   3. If the rendering can be recognised in text `isPlainText` (text/normalize.ts) lets through,
//      make `isPlainText` refuse it: plain text is re-normalised line by line on an edit, which a
//      region spanning lines would break. (Reading-order regions span sections, which the
//      block-by-block normalisation of text that is not plain would cut: PDF text, recognised by
//      its form feeds, stays plain and is parsed whole on an edit instead — parseReport.ts.)
// The pass (apply.ts) runs inside the normalisation, after HTML and entities, before the
// character folding (so display columns still see full-width characters). Each region is
// replaced by its grid's canonical text (grid/canonical.ts), every cell character mapped back to
// the characters it came from; the table reconstruction then reads it like a Word table.
import { asciiGrid } from './asciiGrid';
import { boxDrawing } from './boxDrawing';
import { browserCopy } from './browserCopy';
import { dashedColumns } from './dashedColumns';
import { layoutColumns } from './layoutColumns';
import { pipeMarkup } from './pipeMarkup';
import { readingOrder } from './readingOrder';
import type { Rendering } from './types';

export const RENDERINGS: readonly Rendering[] = [
  boxDrawing, // w3m, elinks: │ ─ ┼ (single, double, heavy)
  asciiGrid, // links -dump |---+---|, pandoc grid tables +---+
  dashedColumns, // pandoc plain: columns under a rule of dash runs ------ ----- ----
  pipeMarkup, // pipe tables with HTML tags or entities in the cells (pandoc gfm)
  browserCopy, // a browser's select-all copy of cells holding paragraphs: TAB lines between blank lines
  layoutColumns, // pdftotext -layout: rows on lines, cells set apart by runs of spaces; read only where the numbers leave no doubt
  readingOrder, // raw PDF text (pdftotext without -layout, a viewer's copy): rows read only where the numbers leave no doubt
];
