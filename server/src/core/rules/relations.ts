// The arithmetic rules' findings: a broken relation (analysed in core/relations) stated in words,
// at the cell the localisation blames, with the cells it sums as related locations.
import { truncationOf } from './truncation';
import { rowCellsRange } from './util';
import type { FormatDefinition, RelationDef, TableId } from '../formats/types';
import type { CellModel, Range, RowModel } from '../model';
import { analyse, solveFor, type Candidate, type RelationInstance, type TableAnalysis, type Term } from '../relations';
import { cellName, columnLabel, list, num, rowLabel, say, tableName } from './messages';
import type { Locale, Repair, Report, RuleContext, RuleDef, Severity, Localized } from './types';

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

/** `data` of an arithmetic finding: the relation broken, and what localisation found. */
export type RelationFindingData =
  | {
      relation: string;
      /** The row (or column) of the relation's instance. */
      at: string;
      /** One cell explains every broken relation through it: its repairing value. */
      repair?: Repair;
      /** Every relation the one wrong cell breaks (the finding speaks for them all). */
      relations?: Array<{ relation: string; at: string }>;
      /** Several cells could each explain it, and none is chosen. */
      candidates?: Array<{ key: string; value: number }>;
    }
  /** Run-together digits that break the row's relations whichever way they are split. */
  | { table: TableId; row: string; fused: true };

export interface BrokenFinding {
  message: string;
  range: Range;
  related: Array<{ range: Range; message: string }>;
  data: RelationFindingData;
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
  // Every relation the finding speaks for: one, or all those one wrong cell breaks.
  let covered = [instance];
  const data: RelationFindingData & { relation: string } = { relation: instance.def.id, at: instance.at };
  if (explanation.kind === 'cell') {
    const { cell, value, covers } = explanation.candidate;
    at = cell;
    covered = covers;
    const repair = repairOf(explanation.candidate);
    if (repair) data.repair = repair;
    data.relations = covers.map((c) => ({ relation: c.def.id, at: c.at }));
    const through = say(
      locale,
      `经过这一格的 ${covers.length} 个勾稽关系都不成立，改为 ${num(value)} 后全部成立`,
      `${covers.length === 2 ? 'Both' : `All ${covers.length}`} relations through this cell are broken, and all hold with ${num(value)}`,
    );
    const others = covers.filter((c) => c !== instance).map((c) => neutralStatement(format, c, locale));
    const separator = say(locale, '；', '; ');
    if (cell.key === anchorOf(instance).key) {
      // The cell at fault is the one the statement already names (a total): say it once.
      message = `${[statement, ...others].join(separator)}${say(locale, '。', '. ')}${through}`;
    } else {
      const neutral = [neutralStatement(format, instance, locale), ...others].join(separator);
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
  const seen = new Set<CellModel | undefined>([at]);
  const related: BrokenFinding['related'] = [];
  for (const c of covered) {
    for (const t of [...c.left, ...c.right]) {
      if (!t.cell || seen.has(t.cell)) continue;
      seen.add(t.cell);
      related.push({ range: t.cell.span.range, message: `${name(t.cell)}：${num(t.cell.value ?? 0)}` });
    }
  }
  return { message, range, related, data };
}

/**
 * The relation that reports a localised cell: of those whose rule runs, the one whose statement
 * names the cell itself (it is that relation's total), else the first in the format's order.
 */
function ownerOf(candidate: Candidate, enabled: (ruleId: string) => boolean): RelationInstance | undefined {
  const running = candidate.covers.filter((c) => enabled(c.def.id));
  return running.find((c) => anchorOf(c).key === candidate.cell.key) ?? running[0];
}

/**
 * Whether another instance reports this one's finding: one wrong cell breaks a row and a column
 * relation (often of two rules), and is reported once, by one relation, naming them all.
 */
function reportedElsewhere(analysis: TableAnalysis, instance: RelationInstance, enabled: (ruleId: string) => boolean): boolean {
  const explanation = analysis.explain(instance);
  if (explanation.kind !== 'cell') return false;
  const owner = ownerOf(explanation.candidate, enabled);
  if (!owner || owner === instance) return false;
  const ownerExplanation = analysis.explain(owner);
  return ownerExplanation.kind === 'cell' && ownerExplanation.candidate.cell === explanation.candidate.cell;
}

/** The first relation along a row that runs over it and whose rule is on: it reports the row. */
function rowRelationOf(format: FormatDefinition, table: TableId, row: string, enabled: (ruleId: string) => boolean): RelationDef | undefined {
  return format.relations.find((r) => r.table === table && r.along === 'row' && r.over.includes(row) && enabled(r.id));
}

/** Fused digits that every split reads as breaking the row's own relations: wrong either way. */
function describeInconsistentRow(format: FormatDefinition, table: TableId, row: RowModel, locale: Locale): BrokenFinding {
  const label = rowLabel(format, table, row.id) || tableName(table, locale);
  const range = rowCellsRange(row) ?? row.label?.range;
  return {
    message: say(
      locale,
      `${tableName(table, locale)}“${label}”一行的数字“${row.unreadable?.text ?? ''}”连在一起，无论怎样拆分都不满足本行的勾稽关系：本行至少有一个数字有误，请对照原件核实`,
      `${tableName(table, locale)}, row “${label}”: the digits “${row.unreadable?.text ?? ''}” run together, and every way of splitting them breaks the row’s relations: at least one number of the row is wrong; check the original document`,
    ),
    range: range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    related: [],
    data: { table, row: row.id, fused: true },
  };
}

/** A rule that reports every broken instance of the relations carrying its id. */
export function relationRule(spec: {
  id: string;
  defaultSeverity: Severity;
  description: Localized;
  documentation: Localized;
}): RuleDef<RelationFindingData> {
  return {
    ...spec,
    check(context: RuleContext, report: Report<RelationFindingData>) {
      const { model, format, locale } = context;
      if (model.problem || !format) return;
      const enabled = context.enabled ?? (() => true);
      // A row the end of a cut-short text went through: its numbers are not all there to judge.
      const partial = truncationOf(model, context.text, format)?.partialRow;
      for (const analysis of analyse(model, format)) {
        for (const instance of analysis.broken) {
          if (instance.def.id !== spec.id) continue;
          if (partial && analysis.table.id === partial.table && [...instance.left, ...instance.right].some((t) => t.row === partial.row)) continue;
          if (reportedElsewhere(analysis, instance, enabled)) continue;
          report(describeBroken(format, analysis, instance, locale));
        }
        for (const row of analysis.table.rows) {
          if (row.unreadable?.reason !== 'inconsistent') continue;
          if (partial && analysis.table.id === partial.table && row.id === partial.row) continue;
          const relation = rowRelationOf(format, analysis.table.id, row.id, enabled);
          if (relation?.id !== spec.id) continue;
          report(describeInconsistentRow(format, analysis.table.id, row, locale));
        }
      }
    },
  };
}
