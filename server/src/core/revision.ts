// Where a model came from: which document's parser made it, at which revision, and by what
// edit from the revision before. Work over the whole text that does not belong to parsing (the
// narrative rule's reading of the prose) can then redo only what an edit touched, with its
// memo kept per document rather than in module state, and without comparing long texts to find
// what changed.
import type { ReportModel } from './model';
import type { LineIndex } from './text/lineIndex';

/** An edit in source offsets: [start, oldEnd) of the previous text became [start, newEnd). */
export interface SourceEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Per-document memory for work derived from a revision, one slot per user (a rule id). */
export class DocumentMemo {
  private readonly slots = new Map<string, { revision: number; value: unknown }>();

  /** What `slot` kept, and the revision it was computed for. */
  get<T>(slot: string): { revision: number; value: T } | undefined {
    return this.slots.get(slot) as { revision: number; value: T } | undefined;
  }

  set(slot: string, revision: number, value: unknown): void {
    this.slots.set(slot, { revision, value });
  }
}

export interface Revision {
  memo: DocumentMemo;
  /** Increases with every parse of the document. */
  id: number;
  /** How this revision's text came from revision `from`'s (a single edit), when it did. */
  edit?: SourceEdit & { from: number };
  /** Line positions of the revision's text. */
  lines: LineIndex;
}

const revisions = new WeakMap<ReportModel, Revision>();

export function setRevision(model: ReportModel, revision: Revision): void {
  revisions.set(model, revision);
}

/** The revision a model was parsed at; undefined for a model not made by a `ReportParser`. */
export function revisionOf(model: ReportModel): Revision | undefined {
  return revisions.get(model);
}
