// A read document → the report text the engine parses: each paragraph on its own line, each
// table as its grid's canonical text between blank lines. Every paragraph and cell keeps where
// it stands in the document, so a finding on the text can say where to look in the file.
import { writeCanonical } from '../grid/canonical';
import type { DocumentLocation } from '../grid/types';
import type { ReportDocument } from './types';

export interface LocatedRange {
  /** UTF-16 offsets of the composed text. */
  from: number;
  to: number;
  location: DocumentLocation;
}

export interface ComposedDocument {
  text: string;
  /** Sorted by `from`, not overlapping. */
  locations: LocatedRange[];
}

export function composeDocument(doc: ReportDocument): ComposedDocument {
  const parts: string[] = [];
  const locations: LocatedRange[] = [];
  let length = 0;
  const put = (text: string, location?: DocumentLocation) => {
    if (location && text.length > 0) locations.push({ from: length, to: length + text.length, location });
    parts.push(text);
    length += text.length;
  };
  let previous: 'paragraph' | 'table' | undefined;
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') {
      const text = block.text.replace(/[\r\n]+/g, ' ').trimEnd();
      if (text.trim() === '') continue;
      if (previous === 'table') put('\n');
      put(text, block.location);
      put('\n');
    } else {
      if (previous !== undefined) put('\n');
      writeCanonical(block.grid, {
        cell: (text, cell) => put(text, cell.location),
        separator: () => put('\t'),
        rowEnd: () => put('\n'),
      });
    }
    previous = block.kind;
  }
  return { text: parts.join(''), locations };
}

/** The document location of a composed-text offset, or undefined between located pieces. */
export function locationAt(composed: ComposedDocument, offset: number): DocumentLocation | undefined {
  const list = composed.locations;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.to <= offset) lo = mid + 1;
    else hi = mid;
  }
  const hit = list[lo];
  return hit && hit.from <= offset ? hit.location : undefined;
}
