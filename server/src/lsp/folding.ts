// Folding ranges: each section from its heading to the end of its body, and each table.
import { FoldingRange } from 'vscode-languageserver/node';
import type { Range, ReportModel } from '../core';

export function foldingRanges(model: ReportModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const section of model.sections) add(ranges, section.heading.range.start.line, lastLine(section.body.range));
  for (const table of model.tables) add(ranges, table.span.range.start.line, lastLine(table.span.range));
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** A range ending at character 0 of a line does not include that line. */
function lastLine(range: Range): number {
  return range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
}

function add(ranges: FoldingRange[], startLine: number, endLine: number): void {
  if (endLine > startLine) ranges.push({ startLine, endLine });
}
