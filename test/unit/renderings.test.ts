// Hand-written fixtures, one or more per rendering of docs/report-format.md §5 and per format version:
// each `test/fixtures/renderings/<name>.{txt,html}` is parsed and compared with the values map,
// format, year and metadata of its `<name>.expected.json`.
import test from 'node:test';
import assert from 'node:assert/strict';
import { parseReport, type CellModel, type ReportModel } from '../../server/src/core';
import { diffValues, summarise, valuesOf } from '../support/compare';
import { loadFixtures, type RenderingFixture } from '../support/fixtures';
import { brokenRelations } from '../support/values';

const fixtures = loadFixtures('renderings');

test('there are fixtures for every rendering and both versions', () => {
  const renderings = new Set(fixtures.map((f) => f.expected.rendering));
  for (const r of ['tab-cells', 'tab-rows', 'pipe-rows', 'pipe-cells', 'paragraph-cells', 'fused', 'pdf', 'html', 'mixed']) {
    assert.ok(renderings.has(r), `no fixture for ${r}`);
  }
  for (const v of ['2019', '2021']) assert.ok(fixtures.some((f) => f.expected.format === v), `no fixture for ${v}`);
});

function cells(model: ReportModel): Map<string, CellModel> {
  const map = new Map<string, CellModel>();
  for (const t of model.tables) for (const r of t.rows) for (const c of r.cells) map.set(c.key, c);
  return map;
}

function check(f: RenderingFixture): string[] {
  const problems: string[] = [];
  let model: ReportModel;
  try {
    model = parseReport(f.text);
  } catch (error) {
    return [`parseReport threw: ${(error as Error).stack ?? String(error)}`];
  }
  const e = f.expected;
  if (model.problem) problems.push(`model.problem = ${model.problem.code}: ${model.problem.message}`);
  if (model.format !== e.format) problems.push(`format: expected ${e.format}, got ${String(model.format)}`);
  if (model.year !== e.year) problems.push(`year: expected ${e.year}, got ${String(model.year)}`);
  if (e.bodyName !== undefined && model.metadata.bodyName !== e.bodyName) {
    problems.push(`bodyName: expected ${e.bodyName}, got ${String(model.metadata.bodyName)}`);
  }
  if (e.publicationDate !== undefined && model.metadata.publicationDate !== e.publicationDate) {
    problems.push(`publicationDate: expected ${e.publicationDate}, got ${String(model.metadata.publicationDate)}`);
  }
  problems.push(...diffValues(e.values, valuesOf(model)));
  const byKey = cells(model);
  for (const [k, status] of Object.entries(e.cellStatus ?? {})) {
    const c = byKey.get(k);
    if (!c) problems.push(`${k}: expected status ${status}, cell absent`);
    else if (c.status !== status) problems.push(`${k}: expected status ${status}, got ${c.status} (text ${JSON.stringify(c.text)})`);
  }
  for (const [k, candidates] of Object.entries(e.candidates ?? {})) {
    const got = [...(byKey.get(k)?.candidates ?? [])].sort((a, b) => a - b);
    const want = [...candidates].sort((a, b) => a - b);
    if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${k}: expected candidates ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  return problems;
}

for (const f of fixtures) {
  test(`fixture ${f.name} (${f.expected.rendering}, ${f.expected.format})`, () => {
    const problems = check(f);
    assert.equal(problems.length, 0, `${f.name}: ${f.expected.description ?? ''}\n    ${summarise(problems, 40)}`);
  });
}

test('fixture expectations are internally consistent (numbers given satisfy the relations, unless the fixture says not)', () => {
  for (const f of fixtures) {
    if (f.expected.description?.includes('[inconsistent]')) continue;
    assert.deepEqual(brokenRelations(f.expected.format, f.expected.values), [], f.name);
  }
});
