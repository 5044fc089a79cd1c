// The outline of a report: its sections, and inside them its tables with their rows.
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver/node';
import type { Range, ReportModel, SectionModel, TableModel } from '../core';
import { renderingName, tableTitle } from './names';
import type { Locale } from '../core';

export function documentSymbols(model: ReportModel, locale: Locale): DocumentSymbol[] {
  const tables = model.tables.map((table) => tableSymbol(table, locale));
  const sections = model.sections.map((section) => sectionSymbol(section));
  const topLevel: DocumentSymbol[] = [];
  for (const symbol of sections) topLevel.push(symbol);
  // A table goes under the section whose body holds it; tables outside every section stay on top.
  for (const table of tables) {
    const owner = sections.find((s) => contains(s.range, table.range));
    if (owner) (owner.children ??= []).push(table);
    else topLevel.push(table);
  }
  topLevel.sort((a, b) => compare(a.range, b.range));
  for (const symbol of topLevel) symbol.children?.sort((a, b) => compare(a.range, b.range));
  return topLevel;
}

function sectionSymbol(section: SectionModel): DocumentSymbol {
  const name = section.heading.text.trim() || section.title || '—';
  const range = cover(section.heading.range, section.body.range);
  return {
    name,
    kind: SymbolKind.Namespace,
    range,
    selectionRange: clampInside(section.heading.range, range),
    children: [],
  };
}

function tableSymbol(table: TableModel, locale: Locale): DocumentSymbol {
  const range = table.span.range;
  const rows: DocumentSymbol[] = [];
  for (const row of table.rows) {
    if (!row.label) continue;
    const rowRange = clampInside(row.label.range, range);
    rows.push({
      name: row.label.text.trim() || '—',
      detail: row.cells.map((cell) => (cell.value === null ? '·' : String(cell.value))).join(' '),
      kind: SymbolKind.Field,
      range: rowRange,
      selectionRange: rowRange,
    });
  }
  return {
    name: tableTitle(table.id, locale),
    detail: renderingName(table.rendering, locale),
    kind: SymbolKind.Struct,
    range,
    selectionRange: range,
    children: rows,
  };
}

function compare(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function contains(outer: Range, inner: Range): boolean {
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function cover(a: Range, b: Range): Range {
  return { start: before(a.start, b.start) ? a.start : b.start, end: before(a.end, b.end) ? b.end : a.end };
}

/** LSP requires the selection range inside the range; parsers may disagree by a character. */
function clampInside(inner: Range, outer: Range): Range {
  return contains(outer, inner) ? inner : { start: outer.start, end: outer.start };
}
