// Fused rows (a copy that ran a row's digits together) that no split makes add up. When a changed
// number is the only explanation, the row is an arithmetic error, whichever way it is read; when
// blank cells lost in the copy could explain it, it is only a warning to check the original — a
// report whose numbers are right must not get an error for its blanks.
import test from 'node:test';
import assert from 'node:assert/strict';
import { checkReport, parseReport, type FormatVersion } from '../../../server/src/core';
import { randomMetadata, renderReport } from '../../support/render';
import { mulberry32 } from '../../support/rng';
import { randomConsistentValues, rowsOf, type Values } from '../../support/values';

const WRONG_EITHER_WAY = /无论怎样拆分都不满足本行的勾稽关系/;
const SEEDS = 24;

function render(format: FormatVersion, values: Values, seed: number): string {
  const rng = mulberry32(seed);
  return renderReport({ format, values, metadata: randomMetadata(format, rng), rendering: 'fused', seed, noise: false }).text;
}

test('a fused row that only a wrong number explains is an error on that row, in one language', () => {
  let errors = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const format: FormatVersion = seed % 2 ? '2019' : '2021';
    const rng = mulberry32(seed * 31);
    const values = randomConsistentValues(format, rng);
    const row = rng.pick(rowsOf(format).filter((r) => r.table === 'applications'));
    const key = `applications.${row.id}.total`;
    const text = render(format, { ...values, [key]: (values[key] ?? 0) + rng.int(1, 9) }, seed);
    const model = parseReport(text);
    for (const locale of ['zh', 'en'] as const) {
      for (const f of checkReport(model, text, { locale })) {
        if (locale === 'zh' && WRONG_EITHER_WAY.test(f.message)) {
          errors++;
          assert.equal(f.severity, 'error');
          assert.ok(['applications-row-total', 'appeals-total', 'published-within-total'].includes(f.code), f.code);
        }
        // One language per message: no English copy nested in the Chinese, no Chinese in the English.
        if (locale === 'zh') assert.doesNotMatch(f.message, /\((no|too|every) /, f.message);
        else assert.doesNotMatch(f.message, /连在一起|拆分|勾稽|原件/u, f.message);
      }
    }
  }
  assert.ok(errors >= SEEDS / 4, `${errors} rows found wrong either way in ${SEEDS} reports`);
});

test('a fused row whose zeros were left blank is never called wrong', () => {
  for (let seed = 1; seed <= SEEDS; seed++) {
    const format: FormatVersion = seed % 2 ? '2019' : '2021';
    const values = randomConsistentValues(format, mulberry32(seed * 17));
    const blank: Values = { ...values };
    for (const key of Object.keys(blank)) if (key.startsWith('applications.') && blank[key] === 0) blank[key] = null;
    const text = render(format, blank, seed);
    const wrong = checkReport(parseReport(text), text).filter((f) => WRONG_EITHER_WAY.test(f.message));
    assert.deepEqual(wrong.map((f) => f.message), [], `seed ${seed}`);
  }
});

test('an ambiguous fused row: a short message with at most three readings, pointing to the original', () => {
  let seen = 0;
  for (let seed = 1; seed <= SEEDS && seen < 5; seed++) {
    const format: FormatVersion = seed % 2 ? '2019' : '2021';
    const text = render(format, randomConsistentValues(format, mulberry32(seed)), seed);
    for (const f of checkReport(parseReport(text), text).filter((x) => x.code === 'cell-ambiguous' && /种拆分/.test(x.message))) {
      seen++;
      const shown = /（(?:如)?(.*)）；/.exec(f.message)?.[1]?.split('；') ?? [];
      assert.ok(shown.length >= 1 && shown.length <= 3, f.message);
      assert.match(f.message, /请对照原件核实/);
    }
  }
  assert.ok(seen > 0, 'the fused renderings hold ambiguous rows');
});
