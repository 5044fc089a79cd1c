// Developer aid: times (and, under `node --cpu-prof`, profiles) the bench's "full analysis" of
// the five seed reports: parseReport + checkReport, round-robin, as the bench does.
// Build: `npx esbuild scripts/dev/seedprof.ts --bundle --platform=node --outfile=out/seedprof.js`,
// then `node [--cpu-prof --cpu-prof-interval 50] out/seedprof.js [--rounds N] [--seed 002]`.
import { parseArgs } from 'node:util';
import { checkReport, parseReport } from '../../server/src/core';
import { seeds } from '../../test/bench/corpus';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '2000' }, seed: { type: 'string' } } });
const rounds = Number(values.rounds);
// `--seed 002`: that seed alone (to profile it).
const all = seeds().filter(({ name }) => values.seed === undefined || name.startsWith(values.seed));
const parse = all.map(() => [] as number[]);
const check = all.map(() => [] as number[]);
for (let round = 0; round < rounds; round++) {
  all.forEach(({ text }, i) => {
    const t0 = performance.now();
    const model = parseReport(text);
    const t1 = performance.now();
    checkReport(model, text);
    const t2 = performance.now();
    if (round >= 50) {
      parse[i]!.push(t1 - t0);
      check[i]!.push(t2 - t1);
    }
  });
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
all.forEach(({ name, text }, i) => {
  const p = med(parse[i]!);
  const c = med(check[i]!);
  console.log(`${name.slice(0, 3)} (${(text.length / 1000).toFixed(1)}k chars): parse ${p.toFixed(3)} ms, rules ${c.toFixed(3)} ms, sum ${(p + c).toFixed(3)} ms`);
});
