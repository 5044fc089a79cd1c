// Real reports re-laid in other renderings: the seeds' own text, turned into Markdown and grid
// tables, PDF-like space rows, bare one-cell-per-line text and fused text, must give the seeds'
// own numbers (docs/report-format.md §5).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { modelValues, parseReport } from '../../../server/src/core';
import { fixturePath } from '../../support/fixtures';

const seedsDir = fixturePath('seeds');
const seed = (name: string) => readFileSync(join(seedsDir, `${name}.txt`), 'utf8');
const expected = (name: string) => JSON.parse(readFileSync(fixturePath('seeds', `${name}.expected.json`), 'utf8')).values;

const PIPE_SEED = '003_a1fd908adc18705e';
const CELL_SEED = '001_ab7eca12f286f93a';

/** Seed 003's pipe rows as cells. */
function pipeRows(text: string): string[][] {
  return text.split('\n').map((line) => {
    if (!line.includes('|')) return [line];
    const cells = line.split('|').map((c) => c.trim());
    if (cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
}

test('Markdown pipe tables (header rule after the first row of each table)', () => {
  let previousWasTable = false;
  const lines: string[] = [];
  for (const cells of pipeRows(seed(PIPE_SEED))) {
    if (cells.length === 1) {
      lines.push(cells[0]!);
      previousWasTable = false;
      continue;
    }
    lines.push(`| ${cells.join(' | ')} |`);
    if (!previousWasTable) lines.push(`|${'---|'.repeat(cells.length)}`);
    previousWasTable = true;
  }
  assert.deepEqual(modelValues(parseReport(lines.join('\n'))), expected(PIPE_SEED));
});

test('grid tables (a +-----+ rule between every row)', () => {
  const lines = pipeRows(seed(PIPE_SEED)).flatMap((cells) =>
    cells.length === 1 ? [cells[0]!] : [`+${'------+'.repeat(cells.length)}`, `| ${cells.join(' | ')} |`],
  );
  const model = parseReport(lines.join('\n'));
  assert.deepEqual(modelValues(model), expected(PIPE_SEED));
  assert.deepEqual(model.tables.flatMap((t) => t.rows.flatMap((r) => r.subRows ?? [])), [], 'rules are no sub-rows');
});

/** Seed 001's TAB-per-cell rows, as lists of cells (merged-cell placeholders kept as ''). */
function cellRows(text: string): Array<string[] | string> {
  const out: Array<string[] | string> = [];
  let row: string[] | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('\t')) {
      (row ??= []).push(line.slice(1).trim());
    } else if (line.trim() === '') {
      if (row) out.push(row);
      row = null;
    } else if (row) {
      row[row.length - 1] += line.trim(); // a wrapped header cell
    } else {
      out.push(line);
    }
  }
  if (row) out.push(row);
  return out;
}

test('PDF-like text: a row per line, cells apart by spaces, a page footer inside 表三', () => {
  const lines: string[] = [];
  let n = 0;
  for (const r of cellRows(seed(CELL_SEED))) {
    if (typeof r === 'string') lines.push(r);
    else lines.push(r.filter((c) => c !== '').join('  '));
    if (++n === 40) lines.push('- 3 -');
  }
  assert.deepEqual(modelValues(parseReport(lines.join('\n'))), expected(CELL_SEED));
});

test('bare text: one cell per line, no TABs, no blank lines', () => {
  const lines = cellRows(seed(CELL_SEED)).flatMap((r) => (typeof r === 'string' ? [r] : r.filter((c) => c !== '')));
  assert.deepEqual(modelValues(parseReport(lines.join('\n'))), expected(CELL_SEED));
});

test('fused text: the whole report on one line; 表三 and 表四 read exactly, 表二 ambiguities reported', () => {
  const fused = seed(CELL_SEED).replace(/[\t\n ]+/g, '');
  const model = parseReport(fused);
  const values = modelValues(model);
  const want = expected(CELL_SEED);
  for (const [key, value] of Object.entries(want)) {
    if (key.startsWith('applications.') || key.startsWith('appeals.')) assert.equal(values[key], value, key);
  }
  // 7-189 (7, -1, 89 or 7, -18, 9) cannot be told apart by any relation: ambiguous, not guessed.
  const licensing = model.tables.find((t) => t.id === 'proactive')!.rows.find((r) => r.id === 'licensing')!;
  assert.equal(licensing.cells[0]!.value, 7);
  assert.equal(licensing.cells[1]!.status, 'ambiguous');
  assert.deepEqual(licensing.cells[1]!.candidates?.slice().sort((a, b) => a - b), [-18, -1]);
  assert.equal(values['proactive.regulations.made'], 0);
});
