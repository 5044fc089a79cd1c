// A text cut short (a page excerpt, part of a PDF) gets one text-truncated finding saying where it
// ends, and nothing per row, table or section after the cut: any report of the engine's
// renderings, cut at any line, has no error the whole report does not have.
import assert from 'node:assert/strict';
import test from 'node:test';
import { checkReport, parseReport } from '../../../server/src/core';
import { randomMetadata, renderReport, RENDERINGS } from '../../support/render';
import { mulberry32 } from '../../support/rng';
import { randomConsistentValues } from '../../support/values';
import { readFixture } from './support';

const errorsOf = (text: string) => checkReport(parseReport(text), text).filter((f) => f.severity === 'error');

test('cut inside 表三: one finding naming the last row read; no row, table or section errors after it', () => {
  const base = readFixture('base-2022.txt');
  const cut = base.slice(0, base.indexOf('6.属于四类过程性信息'));
  const findings = checkReport(parseReport(cut), cut);
  const truncated = findings.filter((f) => f.code === 'text-truncated');
  assert.equal(truncated.length, 1);
  assert.match(truncated[0]!.message, /^正文在表三“（三）不予公开 5\.属于三类内部事务信息”一行后结束，表中其后 \d+ 行，其后第四、五、六部分都不在文本中/);
  assert.deepEqual(findings.filter((f) => /^(row|table|section|cell)-missing$/.test(f.code)), []);
  assert.deepEqual(errorsOf(cut), []);
});

test('a report that really lacks its last sections (it is signed and dated) keeps section-missing', () => {
  let text = readFixture('base-2022.txt');
  text = text.replace('五、政府信息公开工作存在的主要问题及改进情况\n', '').replace('六、其他需要报告的事项\n', '');
  const codes = checkReport(parseReport(text), text).map((f) => f.code);
  assert.deepEqual(codes.filter((c) => c === 'section-missing').length, 2);
  assert.ok(!codes.includes('text-truncated'));
});

test('any rendering cut at any line: no error beyond those of the whole report (false alarms from the cut)', () => {
  let cases = 0;
  for (const rendering of RENDERINGS.filter((r) => r !== 'fused' && r !== 'html-js')) {
    for (const format of ['2019', '2021'] as const) {
      const rng = mulberry32(17 + (format === '2021' ? 1 : 0));
      const values = randomConsistentValues(format, rng);
      const text = renderReport({ format, values, metadata: randomMetadata(format, rng), rendering, seed: 3, noise: false }).text;
      assert.deepEqual(errorsOf(text).map((f) => f.code), [], `${rendering} ${format}: the whole report is clean`);
      const lines = text.split('\n');
      // Every third line keeps the test quick; the bench of all lines is scripts' business.
      for (let at = 4; at < lines.length; at += 3) {
        const cut = `${lines.slice(0, at).join('\n')}\n`;
        const errors = errorsOf(cut);
        assert.ok(errors.length <= 0, `${rendering} ${format} cut at line ${at}: ${errors.map((e) => `${e.code} ${e.message}`).join(' | ')}`);
        cases++;
      }
    }
  }
  assert.ok(cases > 500, `${cases} cuts`);
});
