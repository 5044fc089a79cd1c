// Table reconstruction (docs/report-format.md §3, §5): find each table of a format in the text by
// its labels, cut the text between labels into cells whatever the rendering, read the cells by
// their columns' kinds, and let the relations choose among fused or gapped readings.
import type { ColumnDef, FormatDefinition, GroupDef, RowDef, TableDef, TableId } from '../formats/types';
import type { AmountUnit, CellModel, ExtraRow, Rendering, RowModel, SourceSpan, TableModel, UnreadableReason } from '../model';
import { buildSkeleton, skeletonOf, type Skeleton } from '../text/skeleton';
import type { ParsedText } from './document';
import { findLabels, hitsWithin, stripEnumerator, tablePatterns, type LabelHit, type LabelPattern } from './labels';
import { blanksCouldExplain, readRow, type Reading, type RowCheck, type RowReadings, type Slot } from './readings';
import { withBlankLineCells } from './blankLineCells';
import { withAlignedEmptyCells, type ExtentOf } from './alignedCells';
import { learnPadding, sortRowTokens, type LabelledCells } from './rowText';
import { chooseReadings, type RowChoices } from './solve';
import { placeGap, type GapInput, type GapVerdict } from './gaps';
import { choosePlacements } from './placeByRelations';
import { leastBlanks, leavesBlanks, placementsLeaving } from './lostBlankTrace';
import { isFooterLine, tokenize, type Token } from './tokens';
import { readCell } from './values';
import { UNKNOWN_CELL } from '../grid/canonical';
import { lowerBound } from '../text/sorted';
import { sourceRange } from '../text/mapped';
import { columnsOf, type ColumnMetric } from './renderings/lines';
import { holds, instantiate } from '../relations/evaluate';

export interface TablesResult {
  tables: TableModel[];
  /** How well the format explains the tables found (labels matched minus text left over). */
  score: number;
}

interface Region {
  table: TableDef;
  from: number;
  to: number;
  /** The table's labels found in the whole text (where the region was located from). */
  textHits: LabelHit[];
}

export function parseTables(doc: ParsedText, format: FormatDefinition, read: ReadTables = readTables(doc, format)): TablesResult {
  const tables: TableModel[] = [];
  for (const reading of read.readings) tables.push(parseTable(doc, format, reading));
  return { tables, score: read.score };
}

/**
 * A text's tables under one format located and cut into cells, with the score they give: all a
 * format's score needs, and what `parseTables` builds the tables from. A fresh parse reads both
 * formats this far and builds only the winner's tables from its readings (parseReport.ts).
 */
export interface ReadTables {
  score: number;
  hadTables: boolean;
  readings: TableReading[];
}

export function readTables(doc: ParsedText, format: FormatDefinition): ReadTables {
  const sk = doc.skeleton;
  let score = 0;
  const readings: TableReading[] = [];
  for (const region of locateTables(doc.norm.text, sk, format)) {
    const reading = readTable(doc, sk, format, region);
    if (!reading) continue;
    readings.push(reading);
    score += tableScore(doc, reading);
  }
  return { score, hadTables: readings.length > 0, readings };
}

/** Where each table starts: its first caption or anchor; it ends where the next one starts. */
function locateTables(text: string, sk: Skeleton, format: FormatDefinition): Region[] {
  const starts: Array<{ table: TableDef; from: number; hits: LabelHit[] }> = [];
  for (const table of format.tables) {
    const hits = findLabels(text, sk, 0, sk.text.length, tablePatterns(format, table));
    const start = tableStart(table, hits);
    if (start !== undefined) starts.push({ table, from: start, hits });
  }
  starts.sort((a, b) => a.from - b.from);
  return starts.map((s, i) => ({ table: s.table, from: s.from, to: i + 1 < starts.length ? starts[i + 1]!.from : text.length, textHits: s.hits }));
}

/** Where a table starts, by the rule its format definition gives (`TableDef.start`). */
function tableStart(table: TableDef, hits: LabelHit[]): number | undefined {
  const first = (pred: (h: LabelHit) => boolean) => hits.find(pred)?.from;
  const start = table.start;
  switch (start.by) {
    case 'caption':
      return first((h) => h.pattern.kind === 'caption');
    case 'anchor-or-first-row': {
      const firstRow = table.groups[0]!.rows[0]!.id;
      const anchor = first((h) => h.pattern.kind === 'header' && isAnchor(table, h));
      const row = first((h) => h.pattern.kind === 'row' && h.pattern.row === firstRow);
      if (anchor !== undefined && (row === undefined || anchor < row)) return anchor;
      return row;
    }
    case 'header-before-column': {
      const column = hits.find((h) => h.pattern.column === start.column);
      if (!column) return undefined;
      const before = hits.filter((h) => h.from < column.from && column.from - h.from < start.within && h.pattern.kind === 'header');
      return before.length > 0 ? before[0]!.from : column.from;
    }
  }
}

/** A header hit that opens the table (`本列数据的勾稽关系为…`, `申请人情况`). */
function isAnchor(table: TableDef, hit: LabelHit): boolean {
  return table.anchors.some((a) => anchorSkeleton(a).startsWith(hit.pattern.skeleton));
}

/** Anchors come from the format definitions, a handful of strings: their skeletons are kept. */
const anchorSkeletons = new Map<string, string>();
function anchorSkeleton(anchor: string): string {
  let sk = anchorSkeletons.get(anchor);
  if (sk === undefined) anchorSkeletons.set(anchor, (sk = skeletonOf(anchor)));
  return sk;
}

interface RowPlan {
  def: RowDef;
  group: GroupDef;
  hit?: LabelHit;
  /** Normalised offsets of the text after the label, up to the next label. */
  valuesFrom: number;
  valuesTo: number;
  labelLine: number;
}

/** A table's rows located and their text cut into tokens: what both the score and the model read. */
export interface TableReading {
  region: Region;
  hits: LabelHit[];
  nextBoundary: (at: number) => number;
  plans: RowPlan[];
  missingRows: string[];
  sorted: ReturnType<typeof sortRowTokens>[];
  /**
   * Rows written a cell a line, or laid out in columns of spaces, had empty cells put back where
   * the text left them out (a row with a number at least: a label alone says nothing by itself).
   */
  blanksPutBack: boolean;
}

function readTable(doc: ParsedText, sk: Skeleton, format: FormatDefinition, region: Region): TableReading | undefined {
  const text = doc.norm.text;
  const { table } = region;
  const skFrom = lowerBound(sk.at, region.from);
  const skTo = lowerBound(sk.at, region.to);
  const hits = hitsWithin(region.textHits, skFrom, skTo) ?? findLabels(text, sk, skFrom, skTo, tablePatterns(format, table));
  const chain = rowChain(hits.filter((h) => h.pattern.kind === 'row'));
  // Distinct label starts, ascending: the hits come sorted by start.
  const starts = new Int32Array(hits.length);
  let distinct = 0;
  for (const h of hits) if (distinct === 0 || starts[distinct - 1]! !== h.from) starts[distinct++] = h.from;
  const boundaries = starts.slice(0, distinct);
  const nextBoundary = (at: number) => {
    const i = lowerBound(boundaries, at);
    return i < boundaries.length ? boundaries[i]! : region.to;
  };

  const plans: RowPlan[] = [];
  const missingRows: string[] = [];
  for (const group of table.groups) {
    for (const def of group.rows) {
      if (def.unlabelled) {
        const start = headerEnd(text, hits);
        if (start === undefined) {
          missingRows.push(def.id);
          continue;
        }
        plans.push({ def, group, valuesFrom: start, valuesTo: nextBoundary(start), labelLine: doc.normLine(start) });
        continue;
      }
      const hit = chain.get(def.id);
      if (!hit) {
        missingRows.push(def.id);
        continue;
      }
      plans.push({ def, group, hit, valuesFrom: hit.to, valuesTo: nextBoundary(hit.to), labelLine: doc.normLine(hit.to) });
    }
  }
  if (plans.length === 0) return undefined;

  // Cut each row's text into cells.
  const tokensOf = plans.map((plan) => {
    const tokens = withoutHeaderText(withoutLabelRest(tokensOfStretch(doc, plan.valuesFrom, plan.valuesTo), plan.def), plan.def, plan.group);
    return plan.def.unlabelled ? withLeadingEmptyCell(text, tokens, plan.group.columns.length) : tokens;
  });
  const lineCells = withBlankLineCells(
    plans.map((plan, i) => ({
      tokens: tokensOf[i]!,
      labelLine: plan.labelLine,
      endLine: doc.normLine(plan.valuesTo),
      columns: plan.group.columns.length,
      followed: textFollows(doc, plan.valuesTo),
    })),
    (line) => {
      const from = doc.normLines.lineStart(line);
      const end = text.indexOf('\n', from);
      return /^[ \t]+$/.test(text.slice(from, end < 0 ? text.length : end));
    },
    (line) => doc.normLines.lineStart(line),
    // PDF text (its pages parted by form feeds) breaks rows over empty lines; other text does not.
    !text.includes('\f'),
    (i, cells) => tokensKeepRowSums(format, table.id, plans[i]!, cells),
  );
  // Whether the table's text left out empty cells that its layout puts back (lines, columns).
  let blanksPutBack = false;
  lineCells.forEach((tokens, i) => {
    const putBack = tokens.length > tokensOf[i]!.length;
    // Blanks put back so that a number stands in a column that cannot hold it (lynx's blank line
    // before the next heading taken for 采购总金额, moving `8332.7093` under 采购项目数量): not the row's layout.
    if (putBack && !kindsFit(tokens, plans[i]!.group.columns)) return;
    if (putBack && tokensOf[i]!.length > 0) blanksPutBack = true;
    tokensOf[i] = tokens;
  });
  // Rows laid out in columns of spaces that dropped their empty cells (lynx). Not in PDF text: its
  // renderings read the rows they can and leave the rest to table-unreadable.
  if (!text.includes('\f')) {
    const aligned = withAlignedEmptyCells(
      plans.map((plan, i) => ({ tokens: tokensOf[i]!, columns: plan.group.columns.length, block: plan.group })),
      sourceExtent(doc),
    );
    aligned.forEach((tokens, i) => {
      if (tokens.length > tokensOf[i]!.length) blanksPutBack = true;
      tokensOf[i] = tokens;
    });
  }
  const widths = plans.map((plan) => cellsOnLine(text, doc.normLines.lineStart(plan.labelLine)));
  const padding = learnPadding(plans.map((plan, i) => ({ tokens: tokensOf[i]!, labelLine: plan.labelLine, columns: plan.group.columns.length, lineWidth: widths[i] })));
  const sorted = plans.map((plan, i) => sortRowTokens(tokensOf[i]!, plan.labelLine, plan.group.columns.length, padding, widths[i]));
  return { region, hits, nextBoundary, plans, missingRows, sorted, blanksPutBack };
}

/**
 * Whether more of the report follows `at` in the normalised text: something other than white space
 * after it (the next row's label, a heading), or, for a block cut before a heading, the report
 * going on after the block. Where nothing follows, the text may have been cut short there.
 */
function textFollows(doc: ParsedText, at: number): boolean {
  if (doc.followed) return true;
  NON_SPACE.lastIndex = at;
  return NON_SPACE.test(doc.norm.text);
}
const NON_SPACE = /\S/g;

/**
 * The tokens of the normalised text's [from, to], read once per text: both formats' tables cut
 * mostly the same stretches (the same labels bound them). Callers do not change the array.
 */
function tokensOfStretch(doc: ParsedText, from: number, to: number): readonly Token[] {
  // Offsets of a report's text are far below 2^26: the pair is one exact number (past that, no memo).
  if (to >= 0x4000000) return tokenize(doc.norm.text, from, to, doc.normLine(from));
  const key = from * 0x4000000 + to;
  let tokens = doc.tokenMemo.get(key);
  if (!tokens) doc.tokenMemo.set(key, (tokens = tokenize(doc.norm.text, from, to, doc.normLine(from))));
  return tokens;
}

/**
 * How well the format explains a table: labels matched (rows, distinct header columns,
 * captions) minus twice the text left over — sub-row text no row takes, values past a row's
 * last column (`readRow` keeps them as `extra`), and values after a caption, header or group
 * label, which belong to no row.
 */
function tableScore(doc: ParsedText, reading: TableReading): number {
  const { hits, plans, sorted, nextBoundary } = reading;
  let leftovers = 0;
  plans.forEach((plan, i) => {
    leftovers += sorted[i]!.extras.length;
    if (sorted[i]!.own.length > plan.group.columns.length) leftovers++;
  });
  for (const h of hits) {
    if (h.pattern.kind === 'row') continue;
    const span = tokensOfStretch(doc, h.to, nextBoundary(h.to + 1));
    if (span.some((t) => t.kind === 'value')) leftovers++;
  }
  const labelled = plans.filter((p) => p.hit).length;
  const captions = hits.filter((h) => h.pattern.kind === 'caption').length;
  return labelled + headerColumns(hits) + captions - 2 * leftovers;
}

/** How many distinct columns (group and column) the header hits name: a few hits, compared pairwise rather than keyed by a string each. */
function headerColumns(hits: LabelHit[]): number {
  let count = 0;
  for (let i = 0; i < hits.length; i++) {
    const p = hits[i]!.pattern;
    if (p.kind !== 'header' || !p.column) continue;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) {
      const q = hits[j]!.pattern;
      seen = q.kind === 'header' && q.column === p.column && q.group === p.group;
    }
    if (!seen) count++;
  }
  return count;
}

/**
 * The score `parseTables` would give and whether it would find a table, without building the
 * tables: what the block cache keeps of the format a report is not read in.
 */
export function scoreTables(doc: ParsedText, format: FormatDefinition): { score: number; hadTables: boolean } {
  const { score, hadTables } = readTables(doc, format);
  return { score, hadTables };
}

function parseTable(doc: ParsedText, format: FormatDefinition, reading: TableReading): TableModel {
  const { region } = reading;
  const text = doc.norm.text;
  const { table } = region;
  const { hits, plans, missingRows } = reading;

  // List each row's possible readings.
  const pdfText = text.includes('\f');
  const read = plans.map((plan, i) => {
    const sorted = reading.sorted[i]!;
    const readings = readRow(sorted.own, plan.group.columns, rowCheck(format, table.id, plan), doc.fusedMemo);
    return { plan, sorted, readings, blankGaps: !pdfText && gapsAreBlank(doc, readings, plan), traced: false, cutShort: false, allowed: undefined as boolean[] | undefined };
  });
  if (!pdfText) placeByTrace(text, read, reading.blanksPutBack);

  // Let the relations choose among readings. Where the table's text drops blank cells (rows that
  // lost several), a row that lost one is weighed with its gap blank as well; placeGap still
  // places it and names it.
  const dropsBlanks = read.some((r) => r.blankGaps);
  const choices: RowChoices[] = read.map(({ plan, readings, blankGaps, cutShort }) => ({
    row: plan.def.id,
    columns: plan.group.columns.map((c) => c.id),
    // A row cut short takes part in no relation (its readings' values would be a guess).
    // In a table that drops blank cells, a blank cell written as such weighs 0 as well.
    values: cutShort ? [plan.group.columns.map(() => null)] : readings.readings.map((r) => r.map((slot, i) => (slot ? (dropsBlanks && slot.text.trim() === '' ? 0 : cellValue(slot.text, plan.group.columns[i]!, undefined)) : blankGaps || (dropsBlanks && !pdfText && oneLost(readings)) ? 0 : null))),
  }));
  const relations = format.relations.filter((r) => r.table === table.id);
  // Rows that lost blank cells: their placements narrowed by what the text shows of the blanks,
  // then by every relation at once (a CMS page whose every zero is blank has too many
  // combinations for the chooser alone).
  const { chosen, inconsistent } = dropsBlanks
    ? choosePlacements(choices, relations, read.map((r) => r.allowed), read.map((r) => r.traced))
    : chooseReadings(choices, relations);
  // A row with more placements than were listed: the relations would choose among some of them only.
  for (const r of read) if (r.cutShort) chosen.set(r.plan.def.id, []);

  const units = headerUnits(text, hits, table);
  const rows: RowModel[] = [];
  const extraRows: ExtraRow[] = [];
  // Rows of the table whose numbers lost blank cells and were placed whole: the text drops blank
  // cells, so a label with nothing after it, another row's label next, is a row of blank cells.
  // (Placed by one placement, or by several that the relations left: either way the table's text
  // drops blank cells.)
  // So does a table whose rows had empty cells put back from its lines or columns.
  const placedWhole =
    reading.blanksPutBack || read.some(({ plan, readings, blankGaps }) => blankGaps && (readings.incomplete?.found ?? 0) > 0 && (chosen.get(plan.def.id)?.length ?? 0) >= 1);
  for (const { plan, sorted, readings, blankGaps } of read) {
    let keep = (chosen.get(plan.def.id) ?? []).map((i) => readings.readings[i]!);
    // A placement with its gaps blank is read only where the row's own sums hold with them (0):
    // a table that drops blank cells must never slide a row whose total then no longer adds up.
    if (blankGaps) keep = keep.filter((reading) => rowSumsHold(format, table.id, plan, reading));
    // One placement of its numbers left: the row is read whole, its gaps the page's blank cells.
    // (A label with nothing after it stays incomplete — a text may have lost a whole row's numbers —
    // unless the table shows it drops blank cells and more of the report follows the row: the next
    // row's label, or the next section's heading after the table's last row. Staying incomplete,
    // its cells are unknown, not blank: no cell of it is read.)
    // (Empty cells the text writes as such, a line of spaces each, show the row is there too.)
    const found = Math.max(readings.incomplete?.found ?? 0, sorted.own.length);
    const whole = blankGaps && keep.length === 1 && (found > 0 || (placedWhole && textFollows(doc, plan.valuesTo)));
    if (whole) keep = [withBlankGaps(keep[0]!, plan.hit?.to ?? plan.valuesFrom)];
    else if (keep.length > 1 && blankGaps) keep = withCommonBlanks(keep, plan.hit?.to ?? plan.valuesFrom);
    const unreadable = readings.unreadable ?? (inconsistent.has(plan.def.id) && readings.fused ? inconsistentReason(format, table.id, plan, sorted.own) : undefined);
    const row = buildRow(doc, table.id, plan, readings, unreadable ? [] : keep, unreadable, sorted, units);
    if (whole && !unreadable) delete row.incomplete;
    // Several placements left that put every cell in the same place (they differ only in which
    // lost blank stands where): the row is read whole as well.
    if (blankGaps && keep.length > 1 && !unreadable && found > 0) readWholeWhereCellsAgree(row);
    rows.push(row);
    for (const extra of sorted.extras) extraRows.push(extraRow(doc, extra));
  }
  placeGaps(doc, format, table.id, read, rows, units, pdfText);

  const captions = hits
    .filter((h) => h.pattern.kind === 'caption')
    .map((h) => ({ group: h.pattern.group, span: doc.span(h.from, h.to) }));
  const headers: TableModel['headers'] = [];
  for (const h of hits) {
    if (h.pattern.kind === 'header' && h.pattern.column && !headers.some((x) => x.column === h.pattern.column && x.group === h.pattern.group)) {
      headers.push({ column: h.pattern.column, group: h.pattern.group, span: doc.span(h.from, h.to) });
    }
  }
  const groupLabels = hits
    .filter((h) => h.pattern.kind === 'group' && h.pattern.row)
    .map((h) => ({ row: h.pattern.row!, span: doc.span(h.from, h.to) }));
  const lastEnd = Math.max(region.from, ...read.map(({ plan, readings }) => lastSlotEnd(readings, plan)));
  return {
    id: table.id,
    span: doc.span(region.from, lastEnd),
    rendering: classifyRendering(doc, plans, region),
    rows,
    missingRows,
    extraRows,
    captions,
    headers,
    groupLabels,
  };
}

/**
 * PDF text wraps long labels around the numbers (`（二）部分公开（区分处理的，只计 0 0 … \n 这一情形…）`):
 * text after the label that is a piece of the label's own words is no sub-row.
 */
function withoutLabelRest(tokens: readonly Token[], def: RowDef): Token[] {
  const words = labelWords(def);
  return tokens.filter((t) => {
    if (t.kind !== 'text') return true;
    const sk = skeletonOf(t.text);
    return !(sk.length >= 2 && words.some((w) => w.includes(sk) && w !== sk));
  });
}

/**
 * An unlabelled row (表四's) stands right under its group's headers, and the end of a header cell
 * a reader gave whole (Chromium's PDF of a page whose headers are split:
 * `复议后起诉结果维持…尚未审结总计`) may fall in its stretch: text made only of the group's header
 * words is no sub-row's label.
 */
function withoutHeaderText(tokens: Token[], def: RowDef, group: GroupDef): Token[] {
  if (!def.unlabelled || !tokens.some((t) => t.kind === 'text')) return tokens;
  const words = [...new Set(group.columns.flatMap((c) => [c.label, ...(c.aliases ?? []), ...(c.parents ?? [])]).map(skeletonOf))].filter((w) => w.length > 0);
  return tokens.filter((t) => t.kind !== 'text' || !madeOf(skeletonOf(t.text), words));
}

/** Whether `s` is one or more of `words` written one after another. */
function madeOf(s: string, words: string[]): boolean {
  if (s.length === 0) return false;
  const ends = new Array<boolean>(s.length + 1).fill(false);
  ends[0] = true;
  for (let i = 0; i < s.length; i++) {
    if (!ends[i]) continue;
    for (const w of words) if (s.startsWith(w, i)) ends[i + w.length] = true;
  }
  return ends[s.length]!;
}

/** A row's label and aliases as skeletons, made once per row definition. */
const rowWords = new WeakMap<RowDef, string[]>();
function labelWords(def: RowDef): string[] {
  let words = rowWords.get(def);
  if (!words) rowWords.set(def, (words = [def.label, ...(def.aliases ?? [])].map((l) => skeletonOf(stripEnumerator(l)))));
  return words;
}

/**
 * Whether a row's lost cells (not in PDF text, the caller's test) are read as blank cells (worth 0 in the relations): in text that is
 * not a PDF's (whose lines can lose a value at a page break), a row written cell by cell loses only
 * cells that hold nothing — lynx drops an empty `<td></td>` or `<p></p>` without a trace — so
 * every placement of the gaps is weighed with them blank (rows that lost two cells or more). Only where every placement is listed:
 * a cut-short list may lack the true one, and the relations would then choose a wrong one.
 */
function gapsAreBlank(doc: ParsedText, readings: RowReadings, plan: RowPlan): boolean {
  const lost = readings.incomplete;
  // A row that lost one cell is placeGap's: it names the column and value the relations give.
  if (!lost || lost.expected - lost.found < 2) return false;
  if (readings.readings.length !== binomial(lost.expected, lost.expected - lost.found)) return false;
  // A label with nothing after it is a row of blanks only where text follows: a text cut short
  // after a label says nothing of its cells.
  return lost.found > 0 || textFollows(doc, plan.valuesTo);
}

/** The most placements of a row's cells listed from what the text shows of its lost blanks. */
const MAX_TRACED_PLACEMENTS = 6500;

interface LostRow {
  plan: RowPlan;
  sorted: { own: Token[] };
  readings: RowReadings;
  blankGaps: boolean;
  /** The readings are the placements the text's trace of the blanks allows (not every placement). */
  traced: boolean;
  /** More placements than were listed, and the trace does not narrow them: no reading is chosen. */
  cutShort: boolean;
  /** Which readings leave the blank cells the text shows (rows read with blank gaps). */
  allowed?: boolean[];
}

/**
 * Rows that lost two cells or more (not in PDF text): what the text shows of the blanks
 * (lostBlankTrace.ts) narrows their placements. A row whose placements were too many to list
 * gets those the trace allows, when they are few enough; otherwise it is cut short, and none of
 * its listed readings is chosen (they could all be wrong). `blanksPutBack`: the table's other rows
 * had empty cells put back from the lines or columns they left.
 */
function placeByTrace(text: string, read: LostRow[], blanksPutBack: boolean): void {
  const losing = read.map(({ readings }) => {
    const lost = readings.incomplete;
    return lost !== undefined && lost.expected - lost.found >= 1 && !readings.fused && !readings.unreadable;
  });
  // Several rows that lost one cell each, one at least whose placements read different numbers
  // (rows of zeros read the same wherever the gap is: alone, nothing to weigh).
  const differing = (r: LostRow) => new Set(r.readings.readings.map((reading) => reading.map((slot) => slot?.text.trim() || '0').join())).size > 1;
  const lostOneRows = read.filter((r, i) => losing[i] && oneLost(r.readings));
  // (A label with the next one right after it, its cells put back blank, lost its cells too.)
  const lostAll = read.filter((r) => r.sorted.own.length > 0 && r.sorted.own.every((t) => t.traceless)).length;
  const lostOne = lostOneRows.some(differing) ? lostOneRows.length + lostAll : 0;
  // Rows that lost one cell are rows that lost a blank one where several did, or where the table's
  // other rows had blank cells put back from the lines or columns they left (lynx's blank line for
  // a blank amid a row; a blank right after the label leaves none).
  const lostOneBlank = lostOne >= 2 || (blanksPutBack && lostOneRows.length > 0);
  if (!losing.some((l, i) => l && read[i]!.readings.incomplete!.expected - read[i]!.readings.incomplete!.found >= 2) && !lostOneBlank) return;
  const labelEnd = (r: LostRow) => r.plan.hit?.to ?? r.plan.valuesFrom;
  // Complete rows with every cell written (an empty one put back from its own line shows a blank).
  const complete = read.filter(
    (r) => !r.readings.incomplete && !r.readings.fused && !r.readings.unreadable && r.sorted.own.length === r.plan.group.columns.length && r.sorted.own.every((t) => t.kind !== 'empty'),
  );
  // A row's end is the next label's start, except for the table's last row.
  const lastRow = read[read.length - 1];
  const end = (r: LostRow) => (r === lastRow ? undefined : r.plan.valuesTo);
  const least = leastBlanks(
    text,
    read.map((r, i) => (losing[i] ? { labelEnd: labelEnd(r), cells: r.sorted.own, end: end(r) } : undefined)),
    complete.map((r) => ({ labelEnd: labelEnd(r), cells: r.sorted.own, end: end(r) })),
  );
  read.forEach((r, i) => {
    const atLeast = least[i];
    if (!atLeast) return;
    const lost = r.readings.incomplete!;
    if (lost.expected - lost.found < 2) return;
    if (r.readings.readings.length === binomial(lost.expected, lost.expected - lost.found)) {
      if (r.blankGaps) r.allowed = r.readings.readings.map((reading) => leavesBlanks(reading, atLeast));
      return;
    }
    const traced = placementsLeaving(r.sorted.own, lost.expected, atLeast, MAX_TRACED_PLACEMENTS);
    // A text that ends on the row's last line may have been cut short in it: its lost cells need
    // not be blank. (The text here may be one block of the report: what follows the block is not
    // in it, but the line break that ended the row's last line is.)
    const lastCell = r.sorted.own[r.sorted.own.length - 1];
    if (!traced || !lastCell || !text.includes('\n', lastCell.to)) {
      r.cutShort = true;
      return;
    }
    r.readings = { ...r.readings, readings: traced };
    r.blankGaps = true;
    r.traced = true;
  });
  // A table that drops blank cells drops them from the rows that lost one as well: those are
  // placed with the others, their gap blank (not by placeGap, which weighs one row at a time).
  // So does one whose text lost one cell in several rows (cells a line apart lose only blank ones),
  // or whose other rows had their blanks put back (`lostOneBlank`).
  if (!read.some((r) => r.blankGaps) && !lostOneBlank) return;
  read.forEach((r, i) => {
    const atLeast = least[i];
    if (!atLeast || r.blankGaps || !oneLost(r.readings)) return;
    r.blankGaps = true;
    r.allowed = r.readings.readings.map((reading) => leavesBlanks(reading, atLeast));
  });
}

/** A row that lost exactly one cell, every placement of it listed. */
function oneLost(readings: RowReadings): boolean {
  const lost = readings.incomplete;
  return lost !== undefined && lost.expected - lost.found === 1 && readings.readings.length === lost.expected;
}

function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return Math.round(c);
}

/** The one placement the relations leave: its gaps are the page's blank cells, read as empty. */
function withBlankGaps(reading: Reading, labelEnd: number): Reading {
  let at = labelEnd;
  return reading.map((slot) => {
    if (slot) {
      at = slot.to;
      return slot;
    }
    return { from: at, to: at, text: '' };
  });
}

/**
 * Several placements left: a column that is blank in every one of them — a gap, or a cell the text
 * writes as empty (pandoc's paragraph of a space) — is the page's blank cell, read as empty at the
 * same slot in each (the empty cell the text shows, else the label's end), so the readings agree on it.
 */
function withCommonBlanks(readings: Reading[], labelEnd: number): Reading[] {
  const blank = commonBlanks(readings);
  if (!blank.some(Boolean)) return readings;
  const slotOf = blank.map((b, c) => (b ? (readings.map((r) => r[c]).find((slot) => slot) ?? { from: labelEnd, to: labelEnd, text: '' }) : null));
  return readings.map((r) => r.map((slot, c) => slotOf[c] ?? slot));
}

/** Per column, whether it is blank (no cell, or an empty one) in every placement. */
function commonBlanks(readings: readonly Reading[]): boolean[] {
  const isBlank = (slot: Slot | null) => slot === null || slot.text.trim() === '';
  return readings[0]!.map((_, c) => readings.every((r) => isBlank(r[c] ?? null)));
}

/** Per column, whether it is blank in every placement and written as an empty cell in some. */
function writtenCommonBlanks(readings: readonly Reading[]): boolean[] {
  return commonBlanks(readings).map((blank, c) => blank && readings.some((r) => r[c] !== null && r[c] !== undefined));
}

/** A row of several placements that all put every cell the same: read whole, no cell missing. */
function readWholeWhereCellsAgree(row: RowModel): void {
  if (!row.cells.every((c) => c.status !== 'missing' && c.status !== 'ambiguous')) return;
  delete row.incomplete;
  delete row.readings;
}

/**
 * Rows that lost one cell: where the relations place the gap, the row is read with the gap there
 * (and takes part in the relations); where no place fits, the row is marked wrong either way.
 */
function placeGaps(
  doc: ParsedText,
  format: FormatDefinition,
  tableId: TableId,
  read: Array<{ plan: RowPlan; sorted: { own: Token[]; subRows: LabelledCells[] }; readings: RowReadings; blankGaps: boolean }>,
  rows: RowModel[],
  units: Map<string, AmountUnit>,
  pdfText: boolean,
): void {
  const values = new Map<string, Map<string, number | null>>();
  const blanks = new Set<string>();
  for (const row of rows) {
    values.set(row.id, new Map(row.cells.map((c) => [c.column, c.status === 'ok' ? c.value : null])));
    for (const c of row.cells) if (c.status === 'empty') blanks.add(`${row.id}\u0000${c.column}`);
  }
  const valueAt = (row: string, column: string) => values.get(row)?.get(column) ?? null;
  // A blank cell weighs 0 in the page's sums, as its drafter meant (cell-empty says 0 should be written).
  const blankAsZero = (row: string, column: string) => valueAt(row, column) ?? (blanks.has(`${row}\u0000${column}`) ? 0 : null);
  read.forEach(({ plan, sorted, readings, blankGaps }, i) => {
    const lost = readings.incomplete;
    const row = rows[i];
    if (blankGaps || !lost || lost.expected - lost.found !== 1 || !row || row.unreadable || row.subRows) return;
    const columns = plan.group.columns;
    const placements = readings.readings.map((reading) => ({
      gap: reading.findIndex((slot) => slot === null),
      values: reading.map((slot, c) => (slot ? cellValue(slot.text, columns[c]!, unitOf(units, plan.group, columns[c]!)) : null)),
    }));
    const input: GapInput = { format, table: tableId, row: plan.def.id, columns: columns.map((c) => c.id), placements, valueAt };
    const first = placeGap(input);
    const { verdict, blankLost } = first.kind === 'open' ? weighedWithBlanks(input, first, readings, blanks.size > 0, blankAsZero, pdfText) : { verdict: first, blankLost: false };
    if (verdict.kind === 'placed') {
      const placed = buildRow(doc, tableId, plan, readings, [readings.readings[verdict.index]!], undefined, sorted, units);
      placed.incomplete = { ...lost, gap: { column: columns[placements[verdict.index]!.gap]!.id, value: verdict.value } };
      rows[i] = placed;
    } else if (verdict.kind === 'inconsistent') {
      row.incomplete = { ...lost, inconsistent: true };
    } else if (verdict.fits) {
      // Several places fit: the readings the table's relations preferred may have hidden the gap
      // where a relation could not be checked anyway. Every fitting place is kept, so a cell is
      // read only where all of them agree on its text.
      const fitting = verdict.fits.map((k) => readings.readings[k]!);
      const built = buildRow(doc, tableId, plan, readings, blankLost ? withCommonBlanks(fitting, plan.hit?.to ?? plan.valuesFrom) : fitting, undefined, sorted, units);
      // Every fitting place puts every cell the same (the lost cell a blank, whichever it was):
      // the row is read whole, as where the chooser left such placements.
      if (blankLost) readWholeWhereCellsAgree(built);
      rows[i] = built;
    }
  });
}

/**
 * A row a cell short that placeGap left open, weighed again with blank cells as 0: a relation
 * through a blank cell (the row's own, or another row's: `othersBlank`) is unknown to the first
 * weighing. The second answer is taken where it only narrows the first (where the blanks are no
 * zeros, no place fits, and the first stands). Outside PDF text a row loses only a cell that held
 * nothing (gapsAreBlank), so there the lost cell weighs 0 as well (`blankLost`: a column blank or
 * lost in every place left is then a blank cell).
 */
function weighedWithBlanks(
  input: GapInput,
  first: GapVerdict & { kind: 'open' },
  readings: RowReadings,
  othersBlank: boolean,
  blankAsZero: GapInput['valueAt'],
  pdfText: boolean,
): { verdict: GapVerdict; blankLost: boolean } {
  const ownBlanks = readings.readings.some((reading) => reading.some((slot) => slot !== null && slot.text.trim() === ''));
  // Nothing to narrow where no blank is about and every place gave the lost cell 0 already (a
  // row of zeros a cell short, as real reports have).
  const lostZero = !!first.values?.every((v) => v === 0);
  if (!othersBlank && !ownBlanks && (pdfText || lostZero)) return { verdict: first, blankLost: false };
  const zeroed = readings.readings.map((reading, k) => ({
    gap: input.placements[k]!.gap,
    values: reading.map((slot, c) => (slot && slot.text.trim() === '' ? 0 : input.placements[k]!.values[c]!)),
  }));
  const verdict = narrowed(first, placeGap({ ...input, placements: zeroed, valueAt: blankAsZero, ...(pdfText ? {} : { gapValue: 0 }) }));
  if (verdict !== first || pdfText) return { verdict, blankLost: verdict !== first && !pdfText };
  // Nothing to weigh the places by (a row no relation runs through, or none that could be checked):
  // every place stays, and as the lost cell held nothing, a column the text writes as an empty cell
  // where it is not the gap is a blank cell all the same (`规章 &nbsp; / 3798` with one `<td></td>`
  // lost: 本年制发件数 is blank). A column that is only ever the gap (a row of one column, nothing
  // after its label) is not: the text may have lost the number.
  if (!first.fits && writtenCommonBlanks(readings.readings).some(Boolean)) return { verdict: { kind: 'open', fits: readings.readings.map((_, k) => k) }, blankLost: true };
  return { verdict, blankLost: false };
}

/** `again` where it narrows the places `first` left open to some of them; else `first`. */
function narrowed(first: GapVerdict & { kind: 'open' }, again: GapVerdict): GapVerdict {
  const within = (k: number) => !first.fits || first.fits.includes(k);
  if (again.kind === 'placed') return within(again.index) ? again : first;
  if (again.kind === 'open' && again.fits && again.fits.every(within)) return again;
  return first;
}

/** Fused readings none of which keeps the row's own relations: wrong, unless lost blanks explain it. */
function inconsistentReason(format: FormatDefinition, tableId: TableId, plan: RowPlan, own: Token[]): UnreadableReason {
  const check = rowCheck(format, tableId, plan);
  return check && blanksCouldExplain(own, plan.group.columns, check) ? 'blanks-possible' : 'inconsistent';
}

/** Row checks depend on the format's definitions only: made once per format, group and row. */
const rowChecks = new WeakMap<FormatDefinition, WeakMap<GroupDef, Map<string, RowCheck | null>>>();

/** The row's own relations (row totals, 本年新公开 ≤ 对外公开总数), for splitting fused digits. */
function rowCheck(format: FormatDefinition, tableId: TableId, plan: RowPlan): RowCheck | undefined {
  let byGroup = rowChecks.get(format);
  if (!byGroup) rowChecks.set(format, (byGroup = new WeakMap()));
  let byRow = byGroup.get(plan.group);
  if (!byRow) byGroup.set(plan.group, (byRow = new Map()));
  const key = `${tableId}/${plan.def.id}`;
  let check = byRow.get(key);
  if (check === undefined) byRow.set(key, (check = makeRowCheck(format, tableId, plan) ?? null));
  return check ?? undefined;
}

/** Whether a row's cells, one token per column, keep relations of the row's own, blank cells worth 0 (false where it has none). */
function tokensKeepRowSums(format: FormatDefinition, tableId: TableId, plan: RowPlan, cells: Token[]): boolean {
  if (cells.length !== plan.group.columns.length) return false;
  return valuesKeepRowSums(format, tableId, plan, cells.map((t) => (t.kind === 'value' ? t.text : '')), false);
}

/** Whether a reading keeps the row's own relations, its gaps and blank cells worth 0. */
function rowSumsHold(format: FormatDefinition, tableId: TableId, plan: RowPlan, reading: Reading): boolean {
  return valuesKeepRowSums(format, tableId, plan, reading.map((slot) => slot?.text ?? ''), true);
}

/** Whether a row's cells' texts (blank worth 0) keep the row's own relations; `ifNone` where it has none. */
function valuesKeepRowSums(format: FormatDefinition, tableId: TableId, plan: RowPlan, texts: string[], ifNone: boolean): boolean {
  const check = rowCheck(format, tableId, plan);
  if (!check) return ifNone;
  const values = texts.map((text, i) => (text.trim() !== '' ? cellValue(text, plan.group.columns[i]!, undefined) ?? 0 : 0));
  return values.every((_, k) => check(k, values));
}

function makeRowCheck(format: FormatDefinition, tableId: TableId, plan: RowPlan): RowCheck | undefined {
  const columns = plan.group.columns.map((c) => c.id);
  const instances = format.relations
    .filter((r) => r.table === tableId && r.along === 'row')
    .flatMap((r) => instantiate(r).filter((placed) => placed.at === plan.def.id))
    .map((placed) => ({
      kind: placed.def.kind,
      left: placed.left.map((p) => columns.indexOf(p.column)),
      right: placed.right.map((p) => columns.indexOf(p.column)),
    }))
    .filter((r) => [...r.left, ...r.right].every((i) => i >= 0))
    .map((r) => ({ ...r, last: Math.max(...r.left, ...r.right) }));
  if (instances.length === 0) return undefined;
  const check = (k: number, values: Array<number | null>): boolean => {
    for (const inst of instances) {
      if (inst.last !== k) continue;
      let l = 0;
      let r = 0;
      for (const i of inst.left) {
        const v = values[i];
        if (v === null || v === undefined) return true;
        l += v;
      }
      for (const i of inst.right) {
        const v = values[i];
        if (v === null || v === undefined) return true;
        r += v;
      }
      if (!holds(inst.kind, l, r)) return false;
    }
    return true;
  };
  let key: string | undefined;
  return Object.assign(check, { key: () => (key ??= JSON.stringify(instances)) });
}


/**
 * The heaviest chain of row labels in the format's order: stray mentions fall outside it.
 * Linear in the hits (rows are few, hits may be many in a hostile text): for each row order the
 * best chain ending there among the hits already passed.
 */
function rowChain(rowHits: LabelHit[]): Map<string, LabelHit> {
  const hits = [...rowHits].sort((a, b) => a.from - b.from);
  const weight = (h: LabelHit) => 1 + h.pattern.skeleton.length * 0.01 + (h.withEnumerator ? 0.05 : 0);
  const orders = hits.reduce((n, h) => Math.max(n, h.pattern.order! + 1), 0);
  const best = new Float64Array(hits.length);
  const prev = new Int32Array(hits.length).fill(-1);
  // For each order, the best closed chain ending at a hit of that order, and which hit.
  const bestAt = new Float64Array(orders).fill(-Infinity);
  const bestHit = new Int32Array(orders).fill(-1);
  const open: number[] = []; // processed hits whose label has not ended before the current one
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    for (let k = open.length - 1; k >= 0; k--) {
      const j = open[k]!;
      if (hits[j]!.to > h.from) continue;
      const o = hits[j]!.pattern.order!;
      if (best[j]! > bestAt[o]!) {
        bestAt[o] = best[j]!;
        bestHit[o] = j;
      }
      open.splice(k, 1);
    }
    let before = -1;
    for (let o = 0; o < orders; o++) {
      if (bestHit[o]! < 0 || !mayPrecede(hits[bestHit[o]!]!.pattern, h.pattern)) continue;
      if (before < 0 || bestAt[o]! > bestAt[before]!) before = o;
    }
    best[i] = weight(h) + (before >= 0 ? bestAt[before]! : 0);
    prev[i] = before >= 0 ? bestHit[before]! : -1;
    open.push(i);
  }
  const chain = new Map<string, LabelHit>();
  let end = -1;
  for (let i = 0; i < hits.length; i++) if (end < 0 || best[i]! > best[end]!) end = i;
  for (let i = end; i >= 0; i = prev[i]!) chain.set(hits[i]!.pattern.row!, hits[i]!);
  return chain;
}

/** Row `a` may come before row `b`: in format order, or in any order within a free block. */
function mayPrecede(a: LabelPattern, b: LabelPattern): boolean {
  if (a.order! < b.order!) return true;
  return a.freeOrder === true && a.groupIndex === b.groupIndex && a.order !== b.order;
}

/**
 * An unlabelled row (表四) on a line of its own whose first cell is blank: the line opens with a
 * TAB, and the stretch before a line's first separator is no cell to the tokenizer. When the line
 * holds one cell fewer than the row's columns, that TAB opened the missing first cell.
 */
function withLeadingEmptyCell(text: string, tokens: Token[], columns: number): Token[] {
  const first = tokens[0];
  if (!first) return tokens;
  const lineStart = text.lastIndexOf('\n', first.from - 1) + 1;
  if (text[lineStart] !== '\t' || first.from <= lineStart) return tokens;
  const onLine = tokens.filter((t) => t.line === first.line).length;
  if (onLine !== columns - 1) return tokens;
  return [{ kind: 'empty', from: lineStart, to: lineStart, text: '', line: first.line, splittable: false }, ...tokens];
}

/** The cells of the line starting at `from`: between its bars for a pipe row, else its TABs + 1; undefined without either. */
/**
 * Where a token stands on its line of the source (not the normalised text, whose folding of
 * full-width characters changes their width), in columns counted by a metric.
 */
function sourceExtent(doc: ParsedText): ExtentOf {
  return (token, metric) => {
    const [start, end] = sourceRange(doc.norm, token.from, token.to);
    const lineStart = start - doc.lines.positionAt(start).character;
    const before = doc.source.slice(lineStart, start);
    if (before.includes('\t')) return undefined;
    const from = displayWidth(before, metric);
    return { start: from, end: from + displayWidth(doc.source.slice(start, end), metric) };
  };
}

const displayWidth = (s: string, metric: ColumnMetric) => columnsOf(s, { from: 0, to: s.length }, metric)[s.length]!;

function cellsOnLine(text: string, from: number): number | undefined {
  let end = text.indexOf('\n', from);
  if (end < 0) end = text.length;
  let tabs = 0;
  let bars = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) tabs++;
    else if (c === 124 && text.charCodeAt(i - 1) !== 92) bars++;
  }
  if (bars >= 2) {
    let a = from;
    let b = end;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (text[a] === '|' && text[b - 1] === '|') return bars - 1;
  }
  return tabs > 0 ? tabs + 1 : undefined;
}

/** Where an unlabelled row's cells start: after the run of header labels (表四). */
function headerEnd(text: string, hits: LabelHit[]): number | undefined {
  const headers = hits.filter((h) => h.pattern.kind === 'header');
  const first = headers.findIndex((h) => h.pattern.column !== undefined);
  if (first < 0) return undefined;
  let end = headers[first]!.to;
  for (let i = first + 1; i < headers.length; i++) {
    const gap = text
      .slice(end, headers[i]!.from)
      .split('\n')
      .filter((line) => !isFooterLine(line))
      .join('\n');
    if (/\d/.test(gap) || buildSkeleton(gap).text.length > 12) break;
    end = Math.max(end, headers[i]!.to);
  }
  return end;
}

/** Units written in a header cell (`采购总金额（万元，保留四位小数）`), by column id. */
function headerUnits(text: string, hits: LabelHit[], table: TableDef): Map<string, AmountUnit> {
  const units = new Map<string, AmountUnit>();
  for (const group of table.groups) {
    for (const column of group.columns) {
      if (column.kind !== 'amount') continue;
      const hit = hits.find((h) => h.pattern.kind === 'header' && h.pattern.column === column.id && h.pattern.group === group.id);
      if (hit) {
        // From the header's end: the label itself may be broken over lines (`采购总` / `金额（万元）`).
        const [line, ...below] = text.slice(hit.to, Math.min(text.length, hit.to + 200)).split(/[\t|]/)[0]!.split('\n');
        // A unit in brackets in a paragraph of its own under the header (`采购总金额` / `（万元）`),
        // after the blank lines a copy or a text dump sets between a cell's paragraphs.
        const next = below.slice(0, 3).find((l) => l.trim() !== '');
        // Or a bracket broken over the line (`采购总金额（` / `万元）`, WPS's `<br>`).
        const opened = /[（(]\s*$/.test(line!);
        const unitBelow = next !== undefined && (opened ? /^\s*[^）)\n]{0,12}元/ : /^\s*[（(][^）)\n]{0,12}元/).test(next);
        const after = (line!.slice(0, 16) + (unitBelow ? next!.trim() : '')).trim();
        if (/万元/.test(after)) units.set(`${group.id}/${column.id}`, '万元');
        else if (/元/.test(after)) units.set(`${group.id}/${column.id}`, '元');
      }
      if (!units.has(`${group.id}/${column.id}`) && column.unit) units.set(`${group.id}/${column.id}`, column.unit);
    }
  }
  return units;
}

/**
 * A column's unit in a table. Only amount columns have one, and most tables none at all: the
 * lookup key is then not built (a string per cell and reading was a hundredth of a parse).
 */
function unitOf(units: Map<string, AmountUnit>, group: GroupDef, column: ColumnDef): AmountUnit | undefined {
  return units.size === 0 ? undefined : units.get(`${group.id}/${column.id}`);
}

function cellValue(raw: string, column: ColumnDef, unit: AmountUnit | undefined): number | null {
  const r = readCell(raw, column.kind, unit);
  return r.status === 'ok' ? r.value : null;
}

function buildRow(
  doc: ParsedText,
  tableId: TableId,
  plan: RowPlan,
  readings: RowReadings,
  keep: Reading[],
  unreadable: UnreadableReason | undefined,
  sorted: { own: Token[]; subRows: LabelledCells[] },
  units: Map<string, AmountUnit>,
): RowModel {
  const { def, group } = plan;
  const labelSpan = plan.hit ? doc.span(plan.hit.from, plan.hit.to) : doc.span(plan.valuesFrom, plan.valuesFrom);
  const row: RowModel = { id: def.id, cells: [] };
  if (plan.hit) row.label = labelSpan;
  const columns = group.columns;

  if (sorted.subRows.length > 0) {
    row.subRows = sorted.subRows.map((s) => ({ ...extraRow(doc, s), parentRow: def.id }));
    row.cells = columns.map((column, i) => derivedCell(doc, tableId, def.id, columns, i, sorted.subRows, unitOf(units, group, column), labelSpan));
    return row;
  }
  if (unreadable) {
    const first = sorted.own[0];
    const last = sorted.own[sorted.own.length - 1];
    const span = first && last ? doc.span(first.from, last.to) : labelSpan;
    row.unreadable = { text: span.text, reason: unreadable };
    row.cells = columns.map((column) => ({
      key: `${tableId}.${def.id}.${column.id}`, table: tableId, row: def.id, column: column.id,
      status: 'not-number', value: null, text: span.text, span,
    }));
    return row;
  }
  if (readings.incomplete) row.incomplete = readings.incomplete;
  if (keep.length > 1) {
    row.readings = keep.map((r) => r.map((slot, i) => (slot ? cellValue(slot.text, columns[i]!, unitOf(units, group, columns[i]!)) : null)));
  }
  row.cells = columns.map((column, i) => {
    const unit = unitOf(units, group, column);
    const key = `${tableId}.${def.id}.${column.id}`;
    // Cells are built as literals, not by spreading a shared base: the spread took a fifth of
    // a full parse in the profile (a slow object-clone path on every cell).
    if (keep.length === 1) {
      // One reading (nearly every row): what the general case below gives, without its arrays.
      const slot = keep[0]![i] ?? null;
      if (slot === null) {
        return { key, table: tableId, row: def.id, column: column.id, status: 'missing', value: null, text: '', span: labelSpan } satisfies CellModel;
      }
      const r = readCell(slot.text, column.kind, unit);
      const cell: CellModel = { key, table: tableId, row: def.id, column: column.id, status: r.status, value: r.value, text: slot.text, span: doc.span(slot.from, slot.to) };
      if (r.unit) cell.unit = r.unit;
      return cell;
    }
    const slots = keep.map((r) => r[i] ?? null);
    const firstSlot = slots[0] ?? null;
    if (slots.length === 0 || slots.some((s) => s === null)) {
      return { key, table: tableId, row: def.id, column: column.id, status: 'missing', value: null, text: '', span: labelSpan } satisfies CellModel;
    }
    const sameSlot = slots.every((s) => s!.from === firstSlot!.from && s!.to === firstSlot!.to);
    const readingsOf = slots.map((s) => readCell(s!.text, column.kind, unit));
    const values = readingsOf.map((r) => (r.status === 'ok' ? r.value : null));
    const span = doc.span(firstSlot!.from, firstSlot!.to);
    if (sameSlot || values.every((v) => v !== null && v === values[0])) {
      const r = readingsOf[0]!;
      const cell: CellModel = { key, table: tableId, row: def.id, column: column.id, status: r.status, value: r.value, text: firstSlot!.text, span };
      if (r.unit) cell.unit = r.unit;
      return cell;
    }
    const candidates = [...new Set(values.filter((v): v is number => v !== null))];
    return { key, table: tableId, row: def.id, column: column.id, status: 'ambiguous', value: null, text: firstSlot!.text, span, candidates } satisfies CellModel;
  });
  markUnknownCells(row, columns.length);
  return row;
}

/**
 * Cells a rendering wrote as of unknown content (grid/canonical.ts `UNKNOWN_CELL`: a PDF's text
 * placed only the row total): missing, shown as no text, and the row is one the text left
 * partly unread (rules/unread.ts), as a row short of numbers is.
 */
function markUnknownCells(row: RowModel, expected: number): void {
  let unknown = 0;
  for (const cell of row.cells) {
    if (cell.text !== UNKNOWN_CELL) continue;
    cell.status = 'missing';
    cell.value = null;
    cell.text = '';
    unknown++;
  }
  if (unknown > 0 && !row.incomplete) row.incomplete = { expected, found: expected - unknown };
}

/**
 * A row split into sub-rows holds their sum, when every sub-row's cell is a number. Sub-rows
 * are read like rows (fused digits included); one that reads several ways leaves the sum open.
 */
function derivedCell(
  doc: ParsedText,
  tableId: TableId,
  rowId: string,
  columns: ColumnDef[],
  index: number,
  subRows: LabelledCells[],
  unit: AmountUnit | undefined,
  labelSpan: SourceSpan,
): CellModel {
  const column = columns[index]!;
  const key = `${tableId}.${rowId}.${column.id}`;
  const base = { key, table: tableId, row: rowId, column: column.id };
  const derivedFrom = subRows.map((s) => s.label.text.trim());
  const readingsOf = subRows.map((s) => readRow(s.cells, columns).readings);
  const parts = readingsOf.map((r) => (r.length === 1 ? r[0]![index] ?? null : undefined));
  const present = parts.filter((p): p is NonNullable<typeof p> => p !== null && p !== undefined);
  const span = present.length > 0 ? doc.span(present[0]!.from, present[present.length - 1]!.to) : labelSpan;
  const text = parts.map((p) => p?.text ?? '?').join('+');
  if (parts.some((p) => p === undefined)) {
    const candidates = candidateSums(readingsOf.map((r) => r.map((reading) => reading[index] ?? null)), column, unit);
    return { ...base, status: 'ambiguous', value: null, text, span, derivedFrom, ...(candidates ? { candidates } : {}) };
  }
  if (parts.some((p) => p === null)) return { ...base, status: 'missing', value: null, text, span, derivedFrom };
  const readings = present.map((p) => readCell(p.text, column.kind, unit));
  const bad = readings.find((r) => r.status !== 'ok');
  if (bad) return { ...base, status: bad.status, value: null, text, span, derivedFrom };
  const value = Math.round(readings.reduce((s, r) => s + r.value!, 0) * 1e8) / 1e8;
  return { ...base, status: 'ok', value, text, span, derivedFrom };
}

/** The sums a derived cell can take over its sub-rows' readings (few enough to list). */
function candidateSums(options: Array<Array<Slot | null>>, column: ColumnDef, unit: AmountUnit | undefined): number[] | undefined {
  let sums = new Set<number>([0]);
  for (const slots of options) {
    const values = new Set<number>();
    for (const slot of slots) {
      const v = slot ? cellValue(slot.text, column, unit) : null;
      if (v === null) return undefined;
      values.add(v);
    }
    const next = new Set<number>();
    for (const a of sums) for (const b of values) next.add(Math.round((a + b) * 1e8) / 1e8);
    if (next.size > 50) return undefined;
    sums = next;
  }
  return [...sums].sort((a, b) => a - b);
}

function extraRow(doc: ParsedText, entry: LabelledCells): ExtraRow {
  return {
    label: doc.span(entry.label.from, entry.label.to),
    values: entry.cells.filter((c) => c.kind !== 'empty').map((c) => doc.span(c.from, c.to)),
  };
}

function lastSlotEnd(readings: RowReadings, plan: RowPlan): number {
  let end = plan.hit?.to ?? plan.valuesFrom;
  for (const r of readings.readings) for (const s of r) if (s && s.to > end) end = s.to;
  return end;
}

function rowRendering(after: string, labelled: boolean): Rendering | undefined {
  if (/^\d|^[+\-增减]\d/.test(after)) return 'fused';
  const lines = after.split('\n');
  const withDigit = lines.findIndex((l) => /\d/.test(l));
  if (withDigit < 0) return undefined;
  const line = lines[withDigit]!;
  const numbers = line.match(/[+\-增减]?\d[\d.,]*/g)?.length ?? 0;
  if (numbers >= 2 || (withDigit === 0 && labelled)) {
    if (line.includes('|')) return 'pipe-rows';
    if (line.includes('\t')) return 'tab-rows';
    return 'space-rows';
  }
  if (/^\s*\t/.test(line)) return 'tab-cells';
  if (/\|\s*$/.test(line)) return 'pipe-cells';
  return 'paragraph-cells';
}

/** How the table's text is laid out, judged from the separators around its cells. */
function classifyRendering(doc: ParsedText, plans: RowPlan[], region: Region): Rendering {
  const source = doc.source.slice(doc.span(region.from, region.from).offset, doc.span(region.to, region.to).offset);
  if (/<\s*t[dr]\b|\\u003ct[dr]|&lt;t[dr]/i.test(source)) return 'html';
  const text = doc.norm.text;
  const kinds = new Map<Rendering, number>();
  for (const plan of plans) {
    const kind = rowRendering(text.slice(plan.valuesFrom, plan.valuesTo), plan.hit !== undefined);
    if (kind) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const ranked = [...kinds.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return 'mixed';
  if (ranked.length > 1 && ranked[1]![1] >= ranked[0]![1] / 2) return 'mixed';
  return ranked[0]![0];
}

/** Whether each number of a row's cells reads as a number of its column's kind (a decimal is no count). */
function kindsFit(tokens: Token[], columns: ColumnDef[]): boolean {
  return tokens.every((t, k) => t.kind !== 'value' || columns[k] === undefined || readCell(t.text, columns[k]!.kind).status !== 'not-number');
}
