// Formats are data: a fictitious third version, registered as a value of `FormatDefinition` and
// nothing else, is parsed, checked, hovered, previewed and exported like the two real ones. It
// differs from 2021 where a real revision would: its years, a fourth row under （六）其他处理,
// a reworded 表二 row label, and the relations, markers and links that follow.
import test from 'node:test';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { checkReport, FORMATS, parseReport, type FormatDefinition, type RowDef } from '../../../server/src/core';
import { registerFormat } from '../../../server/src/core/formats';
import { APPEALS_RELATIONS } from '../../../server/src/core/formats/appeals';
import { applicationsRelations } from '../../../server/src/core/formats/applications';
import { previewData } from '../../../client/src/preview/data';
import { tablesResult } from '../../../shared/protocol';
import { pageElement } from '../../../webview/src/layout/page';
import { textOf } from '../../../webview/src/vnode';
import { PREVIEW_STRINGS_ZH } from '../../../client/src/preview/strings';
import { randomMetadata, renderReport } from '../../support/render';
import { mulberry32 } from '../../support/rng';
import { randomConsistentValues } from '../../support/values';

const TRANSFERRED: RowDef = { id: 'other-transferred', label: '4.转由其他机关处理', enumerator: '4.', meaning: '转由其他行政机关处理的申请件数。' };

function thirdVersion(): FormatDefinition {
  const base = FORMATS['2021']!;
  const tables = base.tables.map((table) => {
    if (table.id === 'applications') {
      return { ...table, groups: table.groups.map((g) => ({ ...g, rows: insertAfter(g.rows, 'other-other', TRANSFERRED) })) };
    }
    if (table.id === 'proactive') {
      return { ...table, groups: table.groups.map((g) => ({ ...g, rows: g.rows.map((r) => (r.id === 'regulations' ? { ...r, label: '部门规章', aliases: ['规章'] } : r)) })) };
    }
    return table;
  });
  const otherRows = tables.find((t) => t.id === 'applications')!.groups[0]!.rows.filter((r) => r.id.startsWith('other-')).map((r) => r.id);
  return {
    ...base,
    version: '2027',
    notice: '（虚构）示例公开办函〔2027〕1号',
    years: { from: 2027 },
    tables,
    relations: [...applicationsRelations(otherRows), ...APPEALS_RELATIONS],
    markers: { columns: [], rows: [{ table: 'applications', row: 'other-transferred' }] },
  };
}

function insertAfter(rows: RowDef[], id: string, row: RowDef): RowDef[] {
  const i = rows.findIndex((r) => r.id === id);
  return i < 0 ? rows : [...rows.slice(0, i + 1), row, ...rows.slice(i + 1)];
}

let unregister: () => void;
before(() => {
  unregister = registerFormat(thirdVersion());
});
after(() => unregister());

function report(seed: number, change?: { key: string; by: number }) {
  const rng = mulberry32(seed);
  const values = randomConsistentValues('2027', rng);
  if (change) values[change.key] = (values[change.key] ?? 0) + change.by;
  const metadata = { ...randomMetadata('2027', rng), year: 2027 };
  const text = renderReport({ format: '2027', values, metadata, rendering: 'tab-cells', seed, noise: false }).text;
  return { text, values, model: parseReport(text) };
}

test('a report in the registered third version is read as that version, every cell back', () => {
  const { model, values } = report(7);
  assert.equal(model.format, '2027');
  assert.equal(model.year, 2027);
  const read = new Map(model.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => [c.key, c.value] as const))));
  for (const [key, value] of Object.entries(values)) assert.equal(read.get(key), value, key);
  assert.ok(read.has('applications.other-transferred.total'), 'the new row is read');
});

test('the third version is checked with its own relations: clean when consistent, the wrong cell found', () => {
  const clean = report(8);
  const errors = checkReport(clean.model, clean.text).filter((f) => f.severity === 'error' || f.code === 'format-version');
  assert.deepEqual(errors.map((f) => `${f.code}: ${f.message}`), []);
  const broken = report(8, { key: 'applications.other-transferred.natural-person', by: 3 });
  const findings = checkReport(broken.model, broken.text).filter((f) => f.severity === 'error');
  assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
  assert.match(findings[0]!.message, /转由其他机关处理/);
});

test('the preview draws the third version’s layout, new row and reworded label included', () => {
  const { model, text } = report(9);
  const data = previewData(tablesResult('file:///r.txt', 1, model), 'r.txt', []);
  const page = textOf(pageElement(data, PREVIEW_STRINGS_ZH));
  assert.match(page, /转由其他机关处理/);
  assert.match(page, /部门规章/);
  assert.ok(text.length > 0);
});
