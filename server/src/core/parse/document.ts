// The text being parsed in its three forms: the source as the user wrote it, its normalised
// form with a map back to the source, and line positions for LSP ranges.
import type { SourceSpan } from '../model';
import { LineIndex } from '../text/lineIndex';
import { sourceRange, type MappedText } from '../text/mapped';
import { normalizeText } from '../text/normalize';
import { buildSkeleton, type Skeleton } from '../text/skeleton';
import type { FusedMemo } from './readings';
import type { Token } from './tokens';

/**
 * What a caller already has of a text: `norm` is `normalizeText(source)` (an incremental
 * re-normalisation, or a block's cut from its document's), `lines` and `normLines` the line
 * indexes of the source and of `norm`; `followed`: see `ParsedText.followed`.
 */
export interface ParsedTextOptions {
  norm?: MappedText | undefined;
  lines?: LineIndex | undefined;
  normLines?: LineIndex | undefined;
  followed?: boolean | undefined;
}

export class ParsedText {
  readonly norm: MappedText;
  readonly lines: LineIndex;
  /** Line positions in the normalised text (for telling rows written on one line). */
  readonly normLines: LineIndex;

  private skeletonCache: Skeleton | undefined;
  /** Fused-row readings of this text, shared by both formats' table search. */
  readonly fusedMemo: FusedMemo = new Map();
  /** The tokens of a stretch of the normalised text, by its bounds: both formats cut mostly the same stretches. */
  readonly tokenMemo = new Map<number, readonly Token[]>();
  /**
   * More of the report follows this text (a block cut before a heading): what ends the text is
   * then no cut, and a last row's blank lines are its blank cells.
   */
  readonly followed: boolean;

  constructor(
    readonly source: string,
    { norm, lines, normLines, followed = false }: ParsedTextOptions = {},
  ) {
    this.norm = norm ?? normalizeText(source);
    this.lines = lines ?? new LineIndex(source);
    this.normLines = normLines ?? new LineIndex(this.norm.text);
    this.followed = followed;
  }

  /** The skeleton of the normalised text, built once and shared by both formats' table search. */
  get skeleton(): Skeleton {
    return (this.skeletonCache ??= buildSkeleton(this.norm.text));
  }

  /** Zero-based line of a normalised-text offset. */
  normLine(offset: number): number {
    return this.normLines.positionAt(offset).line;
  }

  /** The source span that normalised characters [from, to) stand for. */
  span(from: number, to: number): SourceSpan {
    const [s, e] = sourceRange(this.norm, from, to);
    return spanAt(this.source, this.lines, s, e);
  }
}

function spanAt(source: string, lines: LineIndex, start: number, end: number): SourceSpan {
  return { text: source.slice(start, end), offset: start, endOffset: end, range: lines.rangeOf(start, end) };
}
