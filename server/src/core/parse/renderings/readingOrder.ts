// Raw PDF text in reading order: what plain `pdftotext` (no -layout), pypdf or a PDF viewer's copy
// make of a report's tables. Each cell's text comes on lines of its own, a row's cells one per
// line or a few on one line, labels broken over several lines (a vertical label one character per
// line), page numbers and form feeds in between; and where the PDF holds a table as blocks of
// text, a column's cells come after its header far from their row labels, a label after its own
// numbers, numbers with no label near. Nothing in the text says which number belongs where then.
//
// So a row is read only where the text leaves no doubt (docs/renderings.md): a row label of the
// format (matched on skeletons, as the reconstruction does) ending its run of text lines, then at
// once — blank lines, form feeds and page numbers aside — exactly the row's cells, each of its
// column's kind, the row's own relations (表三's 总计 = the applicants' columns) holding. Any other
// row keeps its label and no cell: a cell left unread is a missing cell; a cell read from the
// wrong column would be a wrong finding. The region spans 表二 and 表三's sections (from the line
// after 二、主动公开… to the line before 四、…复议…), so stray numbers are never read as a row by
// the reconstruction; it is written as the format's table (headings, captions, headers, rows).
// 表四's section is a region of its own (`appealsRows`).
import type { GridRow } from '../../grid/types';
import { FORMATS } from '../../formats';
import type { FormatDefinition, SectionId, TableDef } from '../../formats/types';
import { buildSkeleton } from '../../text/skeleton';
import { readRowMajor } from './readingOrderRowMajor';
import { readSplitBands } from './readingOrderSplitBands';
import { appealsRows, dropMixedBlocks, dropBrokenColumns, dropIsolated, labelsOf, readBands, readColumnBlocks, type Found } from './readingOrderRows';
import { dropLostSigns } from './readingOrderSigns';
import { cellOf, classify, headingLine, numberCell, syntheticCell, textSegments, type Line, type NumberToken } from './readingOrderText';
import { chooseFormat, headerTexts, keepPiecesInOrder, markerScore, tablesZone } from './pdfTables';
import type { Rendering, RenderingRegion } from './types';

/** Aligned columns (`pdftotext -layout`): runs of spaces between the words of a line. */
const ALIGNED = /\S {3,}\S/;

/** Fewer lines holding numbers only than this in the tables' sections: not a reading-order table. */
const MIN_NUMBER_LINES = 12;

export const readingOrder: Rendering = {
  name: 'reading-order',
  // pdftotext ends every page with a form feed; so do the other tools that give a PDF's text.
  mayOccur: (text) => text.includes('\f'),
  read(text, lines) {
    const zone = tablesZone(text, lines);
    if (!zone) return [];
    const classified: Line[] = [];
    let numberLines = 0;
    let aligned = 0;
    for (let i = zone.first; i < zone.end; i++) {
      const line = zone.headings.has(i) ? headingLine(text, lines[i]!) : classify(text, lines[i]!);
      if (line.kind === 'numbers') numberLines++;
      if (ALIGNED.test(text.slice(lines[i]!.from, lines[i]!.to))) aligned++;
      classified.push(line);
    }
    if (numberLines < MIN_NUMBER_LINES || aligned > 2) return [];
    const segments = textSegments(classified);
    // The format is the one whose own headers and rows (its markers) the text has: a row of the
    // other version reads its first numbers as other columns.
    const zoneSkeleton = buildSkeleton(text, lines[zone.first]!.from, lines[zone.end - 1]!.to).text;
    // Each table's text stays within its section: 表二 before the 三、 heading, 表三 after it.
    const zoneFrom = lines[zone.first]!.from;
    const zoneTo = zone.end < lines.length ? lines[zone.end]!.from : text.length;
    const split = [...zone.headings.keys()][0];
    const splitAt = split === undefined ? undefined : lines[split]!.from;
    const bounds = (table: TableDef): [number, number] =>
      splitAt === undefined ? [zoneFrom, zoneTo] : table.section === 'proactive' ? [zoneFrom, splitAt] : [splitAt, zoneTo];
    // A table's text with fewer numbers than its cells has empty cells, whose places it lost.
    const lossyTables = new Map<TableDef, boolean>();
    const lossy = (table: TableDef) => {
      if (lossyTables.has(table)) return lossyTables.get(table)!;
      const [lo, hi] = bounds(table);
      const numbers = classified.reduce((n, line) => n + line.numbers.filter((t) => t.from >= lo && t.to <= hi).length, 0);
      lossyTables.set(table, numbers < table.groups.reduce((n, g) => n + g.rows.length * g.columns.length, 0));
      return lossyTables.get(table)!;
    };
    const candidates = Object.values(FORMATS).map((format) => {
      const found = labelsOf(text, classified, segments, format);
      dropIsolated(found, format.relations, lossy);
      for (const table of format.tables) readColumnBlocks(text, classified, segments, table, found, format.relations);
      dropMixedBlocks(found, classified, format.relations, (table) => bounds(table)[1]);
      return { format, found, score: markerScore(format, (table, row) => found.some((f) => f.table.id === table && f.row?.id === row), zoneSkeleton) };
    });
    const best = chooseFormat(candidates, text, lines[zone.first]!.from);
    if (!best || !best.found.some((f) => f.row)) return [];
    // 表三's further columns in bands after the 四、 heading (see `readBands`): that run of lines
    // becomes a region of its own, written as nothing.
    // Or the 2019 table's last columns in bands after their headers (see `readSplitBands`).
    const bands = zone.stopsAtAppeals
      ? (readBands(text, lines, zone.end, best.found, best.format, classified) ?? readSplitBands(text, lines, zone.end, classified, best.found, best.format))
      : undefined;
    // Else 表三's numbers all in row order, some labels moved about (see `readRowMajor`).
    if (!bands) readRowMajor(classified, best.found, best.format);
    const rows = gridRows(text, classified, best.found, best.format, zone.headings, zone.first, bounds);
    const regions: RenderingRegion[] = [{ firstLine: zone.first, endLine: zone.end, grid: { rows, source: 'reading-order' } }];
    if (bands) regions.push({ firstLine: bands.first, endLine: bands.end, grid: { rows: [], source: 'reading-order' } });
    if (zone.stopsAtAppeals) {
      const first = bands ? bands.end : zone.end + 1;
      const table = best.format.tables.find((t) => t.groups.length === 1 && t.groups[0]!.rows.length === 1 && t.groups[0]!.rows[0]!.unlabelled);
      if (table && zone.appealsEnd > first) {
        regions.push({ firstLine: first, endLine: zone.appealsEnd, grid: { rows: appealsRows(text, lines, first, zone.appealsEnd, zone.spillEnd, table, best.format.relations, best.format.tables), source: 'reading-order' } });
      }
    }
    return regions;
  },
};

/**
 * The grid, laid out as the format's table (a Word table copied row by row): per table its section
 * heading, per group its caption and column headers (the format's wording where the text's own is
 * scattered), then each row whose label was found — with its cells where they were read.
 */
function gridRows(
  text: string,
  lines: Line[],
  found: Found[],
  format: FormatDefinition,
  headings: Map<number, SectionId>,
  firstLine: number,
  bounds: (table: TableDef) => [number, number],
): GridRow[] {
  const cells = found.map((x) => x.numbers);
  const verified = cells.map((c) => c !== null);
  const values = (numbers: NumberToken[]) => numbers.map((n) => n.value).join();
  // Per row: its first label, and its reading; a row read twice with different numbers is not read.
  const labels = new Map<string, Found>();
  const readings = new Map<string, Found | null>();
  const captions = new Map<string, Found>();
  found.forEach((x, i) => {
    if (!x.row) {
      if (!captions.has(`${x.table.id}.${x.group.id}`)) captions.set(`${x.table.id}.${x.group.id}`, x);
      return;
    }
    const key = `${x.table.id}.${x.row.id}`;
    if (!labels.has(key)) labels.set(key, x);
    if (!verified[i]) return;
    // Found in another block than its own (`strayedRows`): whatever was read is not its.
    if (x.strayed) {
      readings.set(key, null);
      return;
    }
    const before = readings.get(key);
    const reading = { ...x, numbers: cells[i]! };
    const same = before && values(before.numbers!) === values(reading.numbers);
    // Its headers' cells (`stepCells`) read it otherwise than the numbers after its label: read twice.
    const twice = x.stepped !== undefined && values(x.stepped) !== values(reading.numbers);
    readings.set(key, !twice && (before === undefined || same) ? (before ?? reading) : null);
  });
  dropBrokenColumns(readings, format);
  dropLostSigns(text, lines, readings, labels, captions);
  const rows: GridRow[] = [];
  const headingRows = new Map<SectionId, GridRow>();
  for (const [k, id] of headings) headingRows.set(id, { cells: [cellOf(text, lines[k - firstLine]!.from, lines[k - firstLine]!.textTo)] });
  let cursor = 0;
  for (const table of format.tables) {
    const tableRows: GridRow[] = [];
    const heading = headingRows.get(table.section);
    if (heading) tableRows.push(heading);
    for (const group of table.groups) {
      const groupRows: GridRow[] = [];
      let at = -1;
      // Where the block's text ends: its last label or number (its headers may stand among them).
      let end = -1;
      for (const row of group.rows) {
        const key = `${table.id}.${row.id}`;
        const label = labels.get(key);
        if (!label) continue;
        if (at < 0) at = label.hit.from;
        const reading = readings.get(key);
        end = Math.max(end, label.hit.to, ...(reading?.numbers ?? []).map((n) => n.to));
        groupRows.push(labelRow(text, reading ?? label, reading ? reading.numbers! : []));
      }
      const caption = captions.get(`${table.id}.${group.id}`);
      // A captioned block whose caption was found keeps its headers even with no row found: they
      // tell the format version (本年制发件数 is 2021's) to the reconstruction.
      if (groupRows.length === 0 && !caption) continue;
      if (at < 0) at = caption!.hit.from;
      if (caption) tableRows.push({ cells: [cellOf(text, caption.hit.from, caption.hit.to)] });
      else if (group.caption) tableRows.push({ cells: [syntheticCell(group.caption, at)] });
      // 表三 starts at its anchor header (申请人情况) when its first row's label is not found.
      else if (table.anchors.length > 0) tableRows.push({ cells: [syntheticCell(table.anchors[table.anchors.length - 1]!, at)] });
      // An amount column's unit, as the block's headers after its caption give it (before its first
      // row, or after its label: `政府集中采购` `采购总金` `额（万` `元）` `1831.1855`).
      const header = headerTexts(group, caption && end > caption.hit.to ? text.slice(caption.hit.to, end) : '');
      tableRows.push({ cells: header.map((h) => syntheticCell(h, at)) });
      tableRows.push(...groupRows);
    }
    const [lo, hi] = bounds(table);
    cursor = keepPiecesInOrder(tableRows, Math.max(cursor, lo), hi);
    rows.push(...tableRows);
  }
  return rows;
}

function labelRow(text: string, found: Found, numbers: NumberToken[]): GridRow {
  const cells = [found.label ?? cellOf(text, found.hit.from, found.hit.to)];
  for (const n of numbers) cells.push(numberCell(n));
  return { cells };
}
