// A table as rows of cells: the one shape that every document reader (HTML, DOCX, PDF) and every
// text rendering (box-drawing grids, aligned columns, …) produces. The engine reads a grid through
// its canonical text (grid/canonical.ts), so a new reader or rendering needs no change to the
// table reconstruction, the rules, the hovers or the preview. See docs/renderings.md.

/** Where a person finds something in a document: page and line of a PDF, table/row/column or
 * paragraph of a DOCX (all 1-based), line and column of an HTML source (1-based). */
export interface DocumentLocation {
  page?: number;
  line?: number;
  column?: number;
  table?: number;
  row?: number;
  paragraph?: number;
}

/** A stretch of a cell's text and the input offsets [from, to) it came from. */
export interface GridPiece {
  text: string;
  from: number;
  to: number;
}

export interface GridCell {
  /** What the cell says; the lines of a wrapped cell joined without a break. '' when empty. */
  text: string;
  /**
   * Where the text came from, piece by piece (a cell wrapped over three lines has three pieces),
   * as offsets of the text the rendering read. Readers of documents, which have no such text,
   * leave it empty and give `location` instead.
   */
  pieces: GridPiece[];
  /**
   * The cell is the continuation of a merged cell: of the cell above (`up`, a row span or a
   * `vMerge`) or of the cell to its left (`left`, a column span or `gridSpan`). Not a cell of its
   * own: the canonical text leaves it out, as Word's own table has no cell there.
   */
  merged?: 'up' | 'left' | undefined;
  /** Where a person finds the cell in the document (readers only). */
  location?: DocumentLocation | undefined;
  /**
   * The cell is there but its content is not known: a PDF's text gave the row's numbers without
   * saying which column each stands in, and only some could be placed (the row total, by the
   * row's sum). Read as a missing cell of a row left unread, never as a blank one.
   */
  unknown?: boolean | undefined;
}

export interface GridRow {
  cells: GridCell[];
}

export interface TableGrid {
  rows: GridRow[];
  /** The rendering or reader that made it (`box-drawing`, `docx` …), for the model and tests. */
  source: string;
}
