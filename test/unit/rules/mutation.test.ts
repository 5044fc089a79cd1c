// Mutation test: render a consistent report, change one number of 表三, parse it back, and
// require the arithmetic rules to fire and to localise exactly that cell with the original value
// as the repair. Then the same for 表四, where one relation per group cannot localise.
//
// Reproduce one case: NIANBAO_SEED=<seed> node --test out/test/unit/rules/mutation.test.js
import test from 'node:test';
import assert from 'node:assert/strict';
import { checkReport, hasRepair, parseReport, type FormatVersion } from '../../../server/src/core';
import { renderReport, randomMetadata, type RenderingKind } from '../../support/render';
import { deriveSeed, mulberry32 } from '../../support/rng';
import { randomConsistentValues, rowsOf } from '../../support/values';

const ARITHMETIC = new Set(['applications-balance', 'applications-row-total', 'applications-outcome-total', 'appeals-total']);
// Fused copies are left out: changing one digit there changes how the run is split.
const RENDERINGS: RenderingKind[] = ['tab-cells', 'tab-rows', 'pipe-rows', 'pipe-cells', 'paragraph-cells', 'pdf', 'html'];
const N = Number(process.env.NIANBAO_MUTATION_N ?? 4);
const ONLY = process.env.NIANBAO_SEED !== undefined ? Number(process.env.NIANBAO_SEED) : undefined;

for (const version of ['2019', '2021'] as FormatVersion[]) {
  for (const rendering of RENDERINGS) {
    test(`one changed cell of 表三 is found and localised (${version}, ${rendering})`, () => {
      for (let n = 0; n < N; n++) {
        const seed = ONLY ?? deriveSeed(4242 + n, `${version}/${rendering}`);
        const rng = mulberry32(seed);
        const values = randomConsistentValues(version, rng);
        const cells = rowsOf(version)
          .filter((r) => r.table === 'applications')
          .flatMap((r) => r.columns.map((c) => `applications.${r.id}.${c.id}`));
        const key = rng.pick(cells);
        const original = values[key] as number;
        const changed = original + rng.int(1, 9) * (original > 9 && rng.chance(0.5) ? -1 : 1);
        const text = renderReport({
          format: version,
          values: { ...values, [key]: changed },
          metadata: randomMetadata(version, rng),
          rendering,
          seed,
          noise: false,
        }).text;
        const model = parseReport(text);
        const where = `seed ${seed}: ${key} ${original} → ${changed}`;
        const cell = model.tables
          .find((t) => t.id === 'applications')
          ?.rows.find((r) => r.id === key.split('.')[1])
          ?.cells.find((c) => c.key === key);
        assert.equal(cell?.value, changed, `${where}: the parser reads the changed value`);
        const findings = checkReport(model, text).filter((f) => ARITHMETIC.has(f.code));
        // A row and a column relation break (more for a total): one finding names them all.
        assert.equal(findings.length, 1, `${where}: one finding for one wrong cell (${findings.map((f) => f.code)})`);
        const relations = (findings[0]!.data as { relations?: unknown[] }).relations ?? [];
        assert.ok(relations.length >= 2, `${where}: ${findings[0]!.message}`);
        for (const f of findings) {
          assert.ok(hasRepair(f.data), `${where}: ${f.message}`);
          assert.equal(f.data.repair.key, key, where);
          assert.equal(f.data.repair.value, original, where);
          assert.deepEqual(f.range, cell!.span.range, where);
        }
      }
    });
  }
}

test('one changed cell of 表四: the group total is reported, without pretending to localise', () => {
  for (let n = 0; n < N * 2; n++) {
    const seed = ONLY ?? deriveSeed(777 + n, 'appeals');
    const rng = mulberry32(seed);
    const version: FormatVersion = rng.chance(0.5) ? '2019' : '2021';
    const values = randomConsistentValues(version, rng);
    const group = rng.pick(['review', 'direct', 'after-review']);
    const key = `appeals.cases.${group}-${rng.pick(['upheld', 'corrected', 'other', 'pending', 'total'])}`;
    const changed = (values[key] as number) + rng.int(1, 9);
    const text = renderReport({
      format: version,
      values: { ...values, [key]: changed },
      metadata: randomMetadata(version, rng),
      rendering: rng.pick(RENDERINGS),
      seed,
      noise: false,
    }).text;
    const findings = checkReport(parseReport(text), text).filter((f) => f.code === 'appeals-total');
    assert.equal(findings.length, 1, `seed ${seed}: ${key}`);
    assert.ok(!hasRepair(findings[0]!.data), `seed ${seed}`);
  }
});
