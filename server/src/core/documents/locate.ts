// Findings on a document's report text, given where a person finds them in the file: the
// document location of the first character of each finding's range (interfaces: `location`).
import type { Finding } from '../rules/types';
import { LineIndex } from '../text/lineIndex';
import { locationAt, type LocatedRange } from './compose';

export function locateFindings(findings: Finding[], text: string, locations: LocatedRange[]): Finding[] {
  if (locations.length === 0) return findings;
  const lines = new LineIndex(text);
  const composed = { text, locations };
  return findings.map((finding) => {
    const offset = lines.offsetAt(finding.range.start);
    // A range that starts between located pieces (a line break, a row's first TAB): the next piece.
    const location = locationAt(composed, offset) ?? locationAt(composed, nextLocated(locations, offset));
    return location ? { ...finding, location } : finding;
  });
}

function nextLocated(locations: LocatedRange[], offset: number): number {
  const next = locations.find((l) => l.from >= offset);
  return next ? next.from : offset;
}
