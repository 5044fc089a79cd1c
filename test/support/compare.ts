// Reading a parsed model back as a values map, and comparing values maps with readable diffs.
import * as core from '../../server/src/core';
import type { FormatVersion, ReportModel } from '../../server/src/core';
import { rowsOf, type Values } from './values';

type ModelValuesFn = (model: ReportModel) => Values;

/** The engine's `modelValues`, when the core exports it. */
function engineModelValues(): ModelValuesFn | undefined {
  const name = 'modelValues';
  const fn = (core as unknown as Record<string, unknown>)[name];
  return typeof fn === 'function' ? (fn as ModelValuesFn) : undefined;
}

/** True when the values come from the engine's own `modelValues` rather than our fallback. */
export const usingEngineModelValues = (): boolean => engineModelValues() !== undefined;

/**
 * The `values` map of docs/interfaces.md for a parsed model: the engine's `modelValues` when it is
 * exported, else the same map read off the model's cells (`value` is null unless status is ok).
 */
export function valuesOf(model: ReportModel): Values {
  const fn = engineModelValues();
  if (fn) return fn(model);
  const values: Values = {};
  for (const table of model.tables) {
    for (const row of table.rows) for (const cell of row.cells) values[cell.key] = cell.status === 'ok' ? cell.value : null;
  }
  return values;
}

/** Keys of amount cells (compared with a small tolerance: 元 → 万元 is a division). */
function amountKeys(): Set<string> {
  const keys = new Set<string>();
  for (const version of ['2019', '2021'] as FormatVersion[]) {
    for (const row of rowsOf(version)) {
      for (const c of row.columns) if (c.kind === 'amount') keys.add(`${row.table}.${row.id}.${c.id}`);
    }
  }
  return keys;
}
const AMOUNT_KEYS = amountKeys();

const same = (k: string, a: number | null, b: number | null): boolean => {
  if (a === null || b === null) return a === b;
  if (AMOUNT_KEYS.has(k)) return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
  return a === b;
};

/** Differences between expected and actual values maps, one line each, in key order of `expected`. */
export function diffValues(expected: Values, actual: Values): string[] {
  const lines: string[] = [];
  for (const k of Object.keys(expected)) {
    if (!(k in actual)) lines.push(`${k}: expected ${show(expected[k]!)}, key absent`);
    else if (!same(k, expected[k]!, actual[k]!)) lines.push(`${k}: expected ${show(expected[k]!)}, got ${show(actual[k]!)}`);
  }
  for (const k of Object.keys(actual)) {
    if (!(k in expected)) lines.push(`${k}: unexpected key (got ${show(actual[k]!)})`);
  }
  return lines;
}

const show = (v: number | null | undefined): string => (v === null ? 'null' : v === undefined ? 'undefined' : String(v));

/** A short summary of many differences: the first few lines and a count. */
export function summarise(lines: string[], max = 12): string {
  if (lines.length <= max) return lines.join('\n    ');
  return `${lines.slice(0, max).join('\n    ')}\n    … and ${lines.length - max} more`;
}

/**
 * The cells of `model` not read back as a page holding `values` has them, one line each: a number
 * must be read as that number, a blank cell (null) as an empty cell — not as a cell missing from a
 * row left unread.
 */
export function cellsNotReadBack(values: Values, model: ReportModel): string[] {
  const cells = new Map(core.modelCells(model).map((c) => [c.key, c]));
  return Object.entries(values).flatMap(([key, expected]) => {
    const c = cells.get(key);
    const ok = expected === null ? c?.status === 'empty' : c?.status === 'ok' && c.value === expected;
    return ok ? [] : [`${key}: ${expected} read as ${c?.status} ${c?.text ?? ''}`];
  });
}
