// Helpers for the rule tests: hand-built models (no parser needed), fixtures, running the rules.
import { readFileSync } from 'node:fs';
import {
  checkReport,
  FORMATS,
  parseReport,
  type CellModel,
  type CellStatus,
  type CheckOptions,
  type Finding,
  type FormatVersion,
  type ReportModel,
  type RowModel,
  type SourceSpan,
  type TableId,
  type TableModel,
} from '../../../server/src/core';
import { fixturePath } from '../../support/fixtures';

export type CellSpec = number | null | { status: CellStatus; text?: string; value?: number | null; candidates?: number[] };

function span(line: number, character: number, text: string): SourceSpan {
  return {
    text,
    range: { start: { line, character }, end: { line, character: character + Math.max(text.length, 1) } },
    offset: line * 1000 + character,
    endOffset: line * 1000 + character + text.length,
  };
}

/**
 * A model whose tables hold the given values (`<table>.<row>.<column>` → number, null = empty,
 * or a status). Every cell of the format gets a distinct place: row i of table t is on line
 * 100·t + i, column j at character 10·j. Keys absent from `values` default to 0.
 */
export function buildModel(
  version: FormatVersion,
  values: Record<string, CellSpec>,
  options: { year?: number; omitRows?: string[]; incompleteRows?: string[]; tables?: TableId[] } = {},
): ReportModel {
  const format = FORMATS[version];
  const tables: TableModel[] = [];
  format.tables.forEach((def, t) => {
    if (options.tables && !options.tables.includes(def.id)) return;
    const rows: RowModel[] = [];
    let line = 100 * (t + 1);
    for (const group of def.groups) {
      for (const row of group.rows) {
        line++;
        if (options.omitRows?.includes(`${def.id}.${row.id}`)) continue;
        const cells: CellModel[] = group.columns.map((column, j) => {
          const key = `${def.id}.${row.id}.${column.id}`;
          const spec = key in values ? values[key]! : 0;
          const base = { key, table: def.id, row: row.id, column: column.id };
          if (spec === null) return { ...base, status: 'empty', value: null, text: '', span: span(line, 10 * (j + 1), '') };
          if (typeof spec === 'number') {
            return { ...base, status: 'ok', value: spec, text: String(spec), span: span(line, 10 * (j + 1), String(spec)) };
          }
          const text = spec.text ?? '';
          return {
            ...base,
            status: spec.status,
            value: spec.value ?? null,
            text,
            span: span(line, 10 * (j + 1), text),
            candidates: spec.candidates,
          };
        });
        const incomplete = options.incompleteRows?.includes(`${def.id}.${row.id}`);
        rows.push({
          id: row.id,
          label: row.unlabelled ? undefined : span(line, 0, row.label),
          cells,
          incomplete: incomplete ? { expected: cells.length, found: cells.length - 1 } : undefined,
        });
      }
    }
    tables.push({
      id: def.id,
      span: span(100 * (t + 1), 0, def.title),
      rendering: 'tab-rows',
      rows,
      missingRows: (options.omitRows ?? []).filter((k) => k.startsWith(`${def.id}.`)).map((k) => k.split('.')[1]!),
      extraRows: [],
      captions: [],
      headers: [],
      groupLabels: [],
    });
  });
  return {
    format: version,
    formatScores: { '2019': version === '2019' ? 1 : 0, '2021': version === '2021' ? 1 : 0 },
    year: options.year ?? (version === '2019' ? 2020 : 2022),
    metadata: {},
    sections: [],
    tables,
    length: 0,
  };
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath('rules', name), 'utf8');
}

export function check(text: string, options: CheckOptions = {}): Finding[] {
  return checkReport(parseReport(text), text, options);
}

export function codes(findings: Finding[]): string[] {
  return findings.map((f) => f.code);
}

export function only(findings: Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

/** Replaces exactly one occurrence (fails loudly when the fixture changed). */
export function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const index = typeof from === 'string' ? text.indexOf(from) : text.search(from);
  if (index < 0) throw new Error(`fixture does not contain ${String(from)}`);
  if (typeof from === 'string' && text.indexOf(from, index + 1) >= 0) throw new Error(`fixture contains ${from} more than once`);
  return text.replace(from, to);
}
