// `npm run mutants [-- --reports N] [--seed S] [--rendering NAME] [--verbose]`: one line per
// rendering — how many one-number changes the checker notices, and for 表三 how many it pins on
// the changed cell (mutants.ts).
import { parseArgs } from 'node:util';
import { RENDERINGS, type RenderingKind } from '../support/render';
import { ratio, scoreMutants } from './mutants';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '4' },
    seed: { type: 'string', default: '1' },
    rendering: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const renderings = RENDERINGS.filter((r) => !values.rendering || r === values.rendering) as RenderingKind[];
const started = performance.now();
const scores = scoreMutants({ reports: Number(values.reports), seed: Number(values.seed), renderings });
console.log(`${values.reports} reports per rendering (both formats), every cell changed once\n`);
console.log('| rendering | detected | 表三 on the changed cell | changes no relation sees | clean reports with an error |');
console.log('|---|---|---|---|---|');
const total = { mutants: 0, detected: 0, applications: 0, onCell: 0 };
for (const s of scores) {
  console.log(
    `| ${s.rendering} | ${s.detected}/${s.mutants} (${ratio(s.detected, s.mutants).toFixed(2)} %) | ${s.onCell}/${s.applications} (${ratio(s.onCell, s.applications).toFixed(1)} %) | ${s.outside} | ${s.falseAlarms}/${s.reports} |`,
  );
  if (s.rendering !== 'fused') for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += s[k];
  if (values.verbose) for (const m of s.misses.slice(0, 15)) console.log(`    ${m}`);
}
console.log(
  `\nAll but fused: detected ${ratio(total.detected, total.mutants).toFixed(2)} %, 表三 on the cell ${ratio(total.onCell, total.applications).toFixed(1)} % (${((performance.now() - started) / 1000).toFixed(0)} s)`,
);
