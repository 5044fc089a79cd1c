// Edit after edit to a long report — in its headings, its narrative, its tables and its
// signature — the incremental parser and the rules (which keep what the last text gave them)
// give the model and findings of a fresh parse and check of the edited text.
import assert from 'node:assert/strict';
import test from 'node:test';
import { checkReport, parseReport, ReportParser } from '../../../server/src/core';
import { largeReport } from '../../bench/corpus';
import { mulberry32 } from '../../support/rng';

const INSERTS = ['7', '\n', '\n\n', ' ', '一、', '六、其他需要报告的事项\n', '总体情况', '2021年3月5日', '\n二〇二一年三月五日\n', '本年度共收到政府信息公开申请9件。', '发布日期：2021-03-05', '统计期限为2021年1月1日至12月31日', '统计期', '０', '，'];

test('edits anywhere in a long report equal a fresh parse and check', () => {
  // A seed's narrative repeated in sections 一, 五 and 六 (the bench's 1 MB report, smaller):
  // long enough for the incremental path and for the signature after the last heading to be
  // compared with the last one rather than read again.
  const text = largeReport(150_000);
  const other = largeReport(200_000);
  assert.ok(text.length > 50_000 && text.length - text.lastIndexOf('六、') > 10_000);
  const parser = new ReportParser();
  parser.parse(text);
  const rng = mulberry32(2026);
  let findings = 0;
  for (let i = 0; i < 80; i++) {
    const current = parser.text;
    const model = parseReport(current);
    // A quarter near a heading, in the last lines (the signature), in a table and anywhere.
    const heading = model.sections[rng.int(0, Math.max(0, model.sections.length - 1))]?.heading.offset ?? 0;
    const rows = model.tables.flatMap((t) => t.rows);
    const cell = rows[rng.int(0, Math.max(0, rows.length - 1))]?.cells[0]?.span.offset ?? 0;
    const around = [heading + rng.int(-6, 12), current.length - rng.int(0, 300), cell + rng.int(-2, 2), rng.int(0, current.length)][i % 4]!;
    const start = Math.max(0, Math.min(current.length, around));
    const change = rng.chance(0.6)
      ? { start, end: start, text: INSERTS[rng.int(0, INSERTS.length - 1)]! }
      : { start, end: Math.min(current.length, start + rng.int(1, 8)), text: '' };
    const incremental = parser.applyChanges([change]);
    const incrementalFindings = checkReport(incremental, parser.text);
    // Another long text in between, so that nothing the rules keep from the last text is reused.
    checkReport(parseReport(other), other);
    const fresh = parseReport(parser.text);
    assert.deepEqual(incremental, fresh, `edit ${i}: ${JSON.stringify(change)}`);
    assert.deepEqual(incrementalFindings, checkReport(fresh, parser.text), `edit ${i}: ${JSON.stringify(change)}`);
    findings += incrementalFindings.length;
  }
  assert.ok(findings > 0);
});
