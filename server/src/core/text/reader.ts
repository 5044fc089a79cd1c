// What the incremental parser reads of a long text: a string, or a text kept in pieces
// (`PieceText`). Strings satisfy it as they are.
export interface TextReader {
  readonly length: number;
  slice(from: number, to?: number): string;
  charCodeAt(index: number): number;
  /** Searches for one character (a `PieceText` supports no longer search). */
  indexOf(search: string, from?: number): number;
  /** Searches for one character (a `PieceText` supports no longer search). */
  lastIndexOf(search: string, from?: number): number;
}
