// What a rendering module provides (see registry.ts for how to add one).
import type { TableGrid } from '../../grid/types';

/** A line of the text a rendering reads: [from, to) without its line break (a trailing CR excluded too). */
export interface TextLine {
  from: number;
  to: number;
}

/** A stretch of whole lines that a rendering read as one table. */
export interface RenderingRegion {
  /** First line of the region (index into the lines given to `read`). */
  firstLine: number;
  /** One past the last line of the region. */
  endLine: number;
  grid: TableGrid;
}

export interface Rendering {
  /** Stable name, also the grid's `source` (`box-drawing`, `ascii-grid` …). */
  readonly name: string;
  /**
   * A quick test of the whole text: false when no region of this rendering can be in it. Most
   * reports have none, and the pass then costs one scan per rendering.
   */
  mayOccur(text: string): boolean;
  /**
   * The regions of `text` this rendering reads, in order and not overlapping. A region must be
   * recognised from its own lines only (never from text around it): a report is also normalised
   * block by block, and a block holding a whole region must read it the same way.
   */
  read(text: string, lines: readonly TextLine[]): RenderingRegion[];
}
