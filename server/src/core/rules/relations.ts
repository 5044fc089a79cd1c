// Evaluating the relations of a format definition over a parsed table, and error localisation.
//
// Every relation comes from `FormatDefinition.relations` (data, not code): for each row (or
// column) in `over`, sum(left) ⋈ sum(right). An instance is evaluated only when every cell in it
// was read as a number (`ok`); anything else (empty, missing, dash, ambiguous, a row that was not
// found or could not be aligned) makes the instance unknown, and unknown is never reported.
//
// Localisation: a single wrong cell breaks every relation through it and nothing else, like a
// parity check. A cell is a *candidate* when every known relation through it is broken, and one
// value (valid for its column: a count is a non-negative integer) repairs all of them. A broken
// relation is *localised* when exactly one candidate on it is backed by at least two broken
// relations (a row and a column); with several such candidates the checker says so and does not
// choose; with none it only states the broken sum.
import { truncationOf } from './truncation';
import type { ColumnDef, FormatDefinition, RelationDef, TableId, ValueKind } from '../formats/types';
import type { CellModel, Range, ReportModel, RowModel, TableModel } from '../model';
import { cellName, columnLabel, list, num, rowLabel, say, tableName } from './messages';
import type { Locale, Repair, Report, RuleContext, RuleDef, Severity, Localized } from './types';

/** One place of a relation: the cell key and the cell, when the table has it. */
export interface Term {
  key: string;
  row: string;
  column: string;
  cell: CellModel | undefined;
}

export interface RelationInstance {
  def: RelationDef;
  /** The row (`along: 'row'`) or column (`along: 'column'`) this instance is for. */
  at: string;
  left: Term[];
  right: Term[];
  /** Every cell is present and read as a number. */
  known: boolean;
  leftSum: number;
  rightSum: number;
  /** Meaningful only when `known`. */
  holds: boolean;
}

export interface Candidate {
  cell: CellModel;
  /** The value that makes every relation through the cell hold. */
  value: number;
  /** The broken instances through the cell. */
  covers: RelationInstance[];
}

export type Explanation =
  | { kind: 'cell'; candidate: Candidate }
  | { kind: 'several'; candidates: Candidate[] }
  | { kind: 'none' };

export interface TableAnalysis {
  table: TableModel;
  instances: RelationInstance[];
  broken: RelationInstance[];
  explain(instance: RelationInstance): Explanation;
  /** Every known instance a cell takes part in. */
  through(key: string): RelationInstance[];
}

const EPSILON = 1e-6;

function sum(terms: Term[]): number {
  let s = 0;
  for (const t of terms) s += t.cell?.value ?? 0;
  return s;
}

function rowUsable(row: RowModel | undefined): boolean {
  return !!row && !row.incomplete && !row.unreadable;
}

/** The value kind of a column of a table (count when unknown). */
export function columnKind(format: FormatDefinition, table: TableId, column: string): ValueKind {
  return columnDef(format, table, column)?.kind ?? 'count';
}

export function columnDef(format: FormatDefinition, table: TableId, column: string): ColumnDef | undefined {
  const def = format.tables.find((t) => t.id === table);
  for (const group of def?.groups ?? []) {
    const found = group.columns.find((c) => c.id === column);
    if (found) return found;
  }
  return undefined;
}

/** Whether a value may stand in a column of this kind. */
export function validValue(kind: ValueKind, value: number): boolean {
  if (kind === 'count') return Number.isInteger(value) && value >= 0;
  if (kind === 'change') return Number.isInteger(value);
  return value >= 0;
}

/** Cell keys by table, row and column: built once, not once per term of every analysis. */
const termKeys = new Map<string, Map<string, Map<string, string>>>();
function termKey(table: string, row: string, column: string): string {
  let byRow = termKeys.get(table);
  if (!byRow) termKeys.set(table, (byRow = new Map()));
  let byColumn = byRow.get(row);
  if (!byColumn) byRow.set(row, (byColumn = new Map()));
  let key = byColumn.get(column);
  if (key === undefined) byColumn.set(column, (key = `${table}.${row}.${column}`));
  return key;
}

/** Builds every instance of the format's relations over one table. */
export function instancesOf(format: FormatDefinition, table: TableModel): RelationInstance[] {
  // The usable rows' cells by column, looked up once per table.
  const cellsByRow = new Map<string, Map<string, CellModel>>();
  for (const r of table.rows) if (rowUsable(r)) cellsByRow.set(r.id, new Map(r.cells.map((c) => [c.column, c])));
  const term = (row: string, column: string): Term => ({ key: termKey(table.id, row, column), row, column, cell: cellsByRow.get(row)?.get(column) });
  const instances: RelationInstance[] = [];
  for (const def of format.relations) {
    if (def.table !== table.id) continue;
    for (const at of def.over) {
      const make = (ids: string[]) => ids.map((id) => (def.along === 'row' ? term(at, id) : term(id, at)));
      const left = make(def.left);
      const right = make(def.right);
      const known = left.every(isKnown) && right.every(isKnown);
      const leftSum = sum(left);
      const rightSum = sum(right);
      const holds = def.kind === 'equal' ? Math.abs(leftSum - rightSum) < EPSILON : leftSum <= rightSum + EPSILON;
      instances.push({ def, at, left, right, known, leftSum, rightSum, holds });
    }
  }
  return instances;
}

function isKnown(t: Term): boolean {
  return t.cell?.status === 'ok' && t.cell.value !== null;
}

/** Whether an instance holds when one cell takes another value. */
function holdsWith(instance: RelationInstance, key: string, value: number): boolean {
  let l = 0;
  let r = 0;
  for (const t of instance.left) l += t.key === key ? value : (t.cell?.value ?? 0);
  for (const t of instance.right) r += t.key === key ? value : (t.cell?.value ?? 0);
  return instance.def.kind === 'equal' ? Math.abs(l - r) < EPSILON : l <= r + EPSILON;
}

/** The value a cell must take for an equal instance to hold, from the other cells. */
function solveFor(instance: RelationInstance, key: string): number | null {
  if (instance.def.kind !== 'equal') return null;
  let l = 0;
  let r = 0;
  let side: 'left' | 'right' | null = null;
  for (const t of instance.left) {
    if (t.key === key) side = 'left';
    else l += t.cell?.value ?? 0;
  }
  for (const t of instance.right) {
    if (t.key === key) side = 'right';
    else r += t.cell?.value ?? 0;
  }
  if (side === null) return null;
  const value = side === 'left' ? r - l : l - r;
  return Math.round(value * 1e6) / 1e6;
}

export function analyseTable(format: FormatDefinition, table: TableModel): TableAnalysis {
  const instances = instancesOf(format, table);
  const known = instances.filter((i) => i.known);
  const broken = known.filter((i) => !i.holds);
  const byKey = new Map<string, RelationInstance[]>();
  for (const instance of known) {
    for (const t of [...instance.left, ...instance.right]) {
      const list = byKey.get(t.key) ?? [];
      list.push(instance);
      byKey.set(t.key, list);
    }
  }

  // Candidates: cells whose every known relation is broken and repaired by one valid value.
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const instance of broken) {
    for (const t of [...instance.left, ...instance.right]) {
      if (seen.has(t.key) || !t.cell) continue;
      seen.add(t.key);
      const through = byKey.get(t.key) ?? [];
      if (through.some((i) => i.holds && i.def.kind === 'equal')) continue;
      let value: number | null = null;
      let consistent = true;
      for (const i of through) {
        if (i.holds || i.def.kind !== 'equal') continue;
        const v = solveFor(i, t.key);
        if (v === null || (value !== null && Math.abs(v - value) > EPSILON)) {
          consistent = false;
          break;
        }
        value = v;
      }
      if (!consistent || value === null) continue;
      if (!validValue(columnKind(format, table.id, t.column), value)) continue;
      if (!through.every((i) => holdsWith(i, t.key, value!))) continue;
      candidates.push({ cell: t.cell, value, covers: through.filter((i) => !i.holds) });
    }
  }

  const explain = (instance: RelationInstance): Explanation => {
    if (instance.holds || !instance.known) return { kind: 'none' };
    const keys = new Set([...instance.left, ...instance.right].map((t) => t.key));
    // Backed by a row and a column: a single relation cannot tell its own cells apart.
    const onIt = candidates.filter((c) => keys.has(c.cell.key) && c.covers.length >= 2);
    if (onIt.length === 1) return { kind: 'cell', candidate: onIt[0]! };
    if (onIt.length > 1) return { kind: 'several', candidates: onIt };
    return { kind: 'none' };
  };

  return { table, instances, broken, explain, through: (key) => byKey.get(key) ?? [] };
}

/**
 * Analyses by table object and format. A table in a block an edit did not touch is the same
 * object in the next model (see parseReport's placed tables), so its analysis is kept too.
 */
const cache = new WeakMap<TableModel, { format: FormatDefinition; analysis: TableAnalysis }>();

/** The analysis of every table of a report (cached per table). */
export function analyse(model: ReportModel, format: FormatDefinition | null): TableAnalysis[] {
  if (!format) return [];
  return model.tables.map((table) => cachedAnalysis(format, table));
}

function cachedAnalysis(format: FormatDefinition, table: TableModel): TableAnalysis {
  const cached = cache.get(table);
  if (cached && cached.format === format) return cached.analysis;
  const analysis = analyseTable(format, table);
  cache.set(table, { format, analysis });
  return analysis;
}

/**
 * The value the relations determine for a cell that holds no number (empty, dash): every known-
 * but-for-this-cell equal instance through it gives the same valid value. Null when they do not
 * agree, or none determines it.
 */
export function impliedValue(format: FormatDefinition, table: TableModel, key: string): number | null {
  const instances = cachedAnalysis(format, table).instances;
  let value: number | null = null;
  for (const instance of instances) {
    if (instance.def.kind !== 'equal') continue;
    const terms = [...instance.left, ...instance.right];
    if (!terms.some((t) => t.key === key)) continue;
    const others = terms.filter((t) => t.key !== key);
    if (!others.every((t) => t.cell?.status === 'ok' && t.cell.value !== null)) continue;
    const v = solveFor(instance, key);
    if (v === null) continue;
    if (value !== null && Math.abs(v - value) > EPSILON) return null;
    value = v;
  }
  if (value === null) return null;
  const column = key.split('.')[2] ?? '';
  return validValue(columnKind(format, table.id, column), value) ? value : null;
}

// ——— Messages ———

function whereOf(format: FormatDefinition, instance: RelationInstance, locale: Locale): string {
  const { def, at } = instance;
  const table = tableName(def.table, locale);
  if (def.along === 'row') {
    const label = rowLabel(format, def.table, at);
    if (!label) return table;
    return say(locale, `${table}“${label}”行`, `${table}, row “${label}”`);
  }
  const label = columnLabel(format, def.table, at);
  return say(locale, `${table}“${label}”列`, `${table}, column “${label}”`);
}

/** The name of a term within its instance: the column along a row, the row along a column. */
function termLabel(format: FormatDefinition, instance: RelationInstance, t: Term): string {
  if (instance.def.along === 'column') return rowLabel(format, instance.def.table, t.row);
  const label = columnLabel(format, instance.def.table, t.column);
  // 表四: the anchor names the group (`行政复议 总计`); the terms go by their own header.
  return t === anchorOf(instance) ? label : label.replace(/^\S+ /, '');
}

/**
 * The cell an unlocalised broken relation is reported at: the single cell of a side when a side
 * has one (a total), else the last cell of the right side (in the balance, the carried-forward
 * count, which is the one usually derived from the others).
 */
export function anchorOf(instance: RelationInstance): Term {
  if (instance.left.length === 1) return instance.left[0]!;
  if (instance.right.length === 1) return instance.right[0]!;
  return instance.right[instance.right.length - 1]!;
}

/** `20 + 0 + 0 + 1` or, for long column sums, the non-zero terms by name. */
function expression(format: FormatDefinition, instance: RelationInstance, anchor: Term, locale: Locale): string {
  const anchorLeft = instance.left.some((t) => t.key === anchor.key);
  const plus = (anchorLeft ? instance.right : instance.left).map((t) => ({ t, sign: 1 }));
  const minus = (anchorLeft ? instance.left : instance.right).filter((t) => t.key !== anchor.key).map((t) => ({ t, sign: -1 }));
  const terms = [...plus, ...minus];
  const labelled = instance.def.along === 'column' || instance.def.table === 'appeals';
  const value = (t: Term) => num(t.cell?.value ?? 0);
  if (!labelled || terms.length <= 4) {
    return terms
      .map(({ t, sign }, i) => {
        const text = labelled ? `${termLabel(format, instance, t)} ${value(t)}` : value(t);
        return i === 0 ? (sign < 0 ? `− ${text}` : text) : `${sign < 0 ? '−' : '+'} ${text}`;
      })
      .join(' ');
  }
  const nonZero = terms.filter(({ t }) => (t.cell?.value ?? 0) !== 0);
  const zero = terms.length - nonZero.length;
  const shown = nonZero
    .map(({ t, sign }, i) => {
      const text = `${termLabel(format, instance, t)} ${value(t)}`;
      return i === 0 ? (sign < 0 ? `− ${text}` : text) : `${sign < 0 ? '−' : '+'} ${text}`;
    })
    .join(' ');
  if (nonZero.length === 0) return say(locale, `${terms.length} 项均为 0`, `all ${terms.length} terms are 0`);
  if (zero === 0) return shown;
  return say(locale, `${shown}，其余 ${zero} 项为 0`, `${shown}, the other ${zero} terms are 0`);
}

/** The statement of a broken relation: what it should be, with the sum spelled out, and what it is. */
export function brokenStatement(format: FormatDefinition, instance: RelationInstance, locale: Locale): string {
  const where = whereOf(format, instance, locale);
  if (instance.def.kind === 'at-most') {
    const names = (terms: Term[]) => terms.map((t) => termLabel(format, instance, t)).join(' + ');
    return say(
      locale,
      `${where}：${names(instance.left)}（${num(instance.leftSum)}）不应大于${names(instance.right)}（${num(instance.rightSum)}）`,
      `${where}: ${names(instance.left)} (${num(instance.leftSum)}) should not exceed ${names(instance.right)} (${num(instance.rightSum)})`,
    );
  }
  const anchor = anchorOf(instance);
  const expected = solveFor(instance, anchor.key) ?? 0;
  const actual = anchor.cell?.value ?? 0;
  const label = termLabel(format, instance, anchor);
  const expr = expression(format, instance, anchor, locale);
  return say(
    locale,
    `${where}：${label}应为 ${num(expected)}（= ${expr}），实际为 ${num(actual)}`,
    `${where}: ${label} should be ${num(expected)} (= ${expr}), but is ${num(actual)}`,
  );
}

/** One side of a relation: `总计 16`, `本年新收 21 + 上年结转 1 = 22`, `各项之和 52（= 51 + 1 + …）`. */
function sideText(format: FormatDefinition, instance: RelationInstance, terms: Term[], locale: Locale): string {
  const value = (t: Term) => num(t.cell?.value ?? 0);
  const total = num(terms.reduce((s, t) => s + (t.cell?.value ?? 0), 0));
  if (terms.length === 1) return `${termLabel(format, instance, terms[0]!)} ${value(terms[0]!)}`;
  if (terms.length <= 4) return `${terms.map((t) => `${termLabel(format, instance, t)} ${value(t)}`).join(' + ')} = ${total}`;
  const labelled = instance.def.along === 'column';
  const nonZero = terms.filter((t) => (t.cell?.value ?? 0) !== 0);
  const expr = labelled
    ? nonZero.length === 0
      ? say(locale, '均为 0', 'all 0')
      : `${nonZero.map((t) => `${termLabel(format, instance, t)} ${value(t)}`).join(' + ')}${nonZero.length < terms.length ? say(locale, `，其余 ${terms.length - nonZero.length} 项为 0`, `, the other ${terms.length - nonZero.length} are 0`) : ''}`
    : terms.map(value).join(' + ');
  return say(locale, `${terms.length} 项之和 ${total}（= ${expr}）`, `the sum of ${terms.length} terms ${total} (= ${expr})`);
}

/** A broken relation stated without blaming either side (for a localised finding). */
export function neutralStatement(format: FormatDefinition, instance: RelationInstance, locale: Locale): string {
  const where = whereOf(format, instance, locale);
  const sign = instance.def.kind === 'equal' ? '≠' : '>';
  return `${where}${say(locale, '：', ': ')}${sideText(format, instance, instance.left, locale)} ${sign} ${sideText(format, instance, instance.right, locale)}`;
}

function repairOf(candidate: Candidate): Repair | undefined {
  if (candidate.cell.derivedFrom?.length) return undefined;
  return {
    key: candidate.cell.key,
    range: candidate.cell.span.range,
    value: candidate.value,
    text: num(candidate.value),
  };
}

export interface BrokenFinding {
  message: string;
  range: Range;
  related: Array<{ range: Range; message: string }>;
  data: Record<string, unknown>;
}

/** Turns one broken instance into a finding: message, range, related cells, repair data. */
export function describeBroken(
  format: FormatDefinition,
  analysis: TableAnalysis,
  instance: RelationInstance,
  locale: Locale,
): BrokenFinding {
  const statement = brokenStatement(format, instance, locale);
  const explanation = analysis.explain(instance);
  const table = instance.def.table;
  const name = (cell: CellModel) => cellName(format, table, cell.row, cell.column, locale);
  let message = statement;
  let at: CellModel | undefined = anchorOf(instance).cell;
  const data: Record<string, unknown> = { relation: instance.def.id, at: instance.at };
  if (explanation.kind === 'cell') {
    const { cell, value, covers } = explanation.candidate;
    at = cell;
    const repair = repairOf(explanation.candidate);
    if (repair) data.repair = repair;
    const through = say(
      locale,
      `经过这一格的 ${covers.length} 个勾稽关系都不成立，改为 ${num(value)} 后全部成立`,
      `${covers.length === 2 ? 'Both' : `All ${covers.length}`} relations through this cell are broken, and all hold with ${num(value)}`,
    );
    if (cell.key === anchorOf(instance).key) {
      // The cell at fault is the one the statement already names (a total): say it once.
      message = `${statement}${say(locale, '。', '. ')}${through}`;
    } else {
      const neutral = neutralStatement(format, instance, locale);
      message = say(
        locale,
        `${name(cell)}应为 ${num(value)}，实际为 ${num(cell.value ?? 0)}：${neutral}。${through}`,
        `${name(cell)} should be ${num(value)}, but is ${num(cell.value ?? 0)}: ${neutral}. ${through}`,
      );
    }
  } else if (explanation.kind === 'several') {
    const names = explanation.candidates.map((c) => `${name(c.cell)}（${say(locale, '改为', '→')} ${num(c.value)}）`);
    message = say(
      locale,
      `${statement}。${names.length} 个单元格都能解释这一处及相关的不一致：${list(names, locale)}，无法确定是哪一个`,
      `${statement}. ${names.length} cells could each explain this and the related inconsistencies: ${list(names, locale)}; which one is wrong cannot be told`,
    );
    data.candidates = explanation.candidates.map((c) => ({ key: c.cell.key, value: c.value }));
  }
  const range = at?.span.range ?? analysis.table.span.range;
  const related = [...instance.left, ...instance.right]
    .filter((t) => t.cell && t.cell !== at)
    .map((t) => ({ range: t.cell!.span.range, message: `${name(t.cell!)}：${num(t.cell!.value ?? 0)}` }));
  return { message, range, related, data };
}

/** A rule that reports every broken instance of the relations carrying its id. */
export function relationRule(spec: {
  id: string;
  defaultSeverity: Severity;
  description: Localized;
  documentation: Localized;
}): RuleDef {
  return {
    ...spec,
    check(context: RuleContext, report: Report) {
      const { model, format, locale } = context;
      if (model.problem || !format) return;
      // A row the end of a cut-short text went through: its numbers are not all there to judge.
      const partial = truncationOf(model, context.text, format)?.partialRow;
      for (const analysis of analyse(model, format)) {
        for (const instance of analysis.broken) {
          if (instance.def.id !== spec.id) continue;
          if (partial && analysis.table.id === partial.table && [...instance.left, ...instance.right].some((t) => t.row === partial.row)) continue;
          report(describeBroken(format, analysis, instance, locale));
        }
      }
    },
  };
}
