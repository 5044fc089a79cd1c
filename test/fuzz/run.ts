// The long fuzz run, for when the parser changes: `npm run fuzz [-- --minutes 5 | --runs 2000]
// [--seed N] [--property text] [--path P]`. Runs every property of test/unit/fuzz/properties.ts
// (the ones CI runs briefly) with a fresh seed unless given one, prints the seed first and, on a
// failure, the shrunk counterexample with the seed and path that replay it.
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { ALL_PROPERTIES } from '../unit/fuzz/properties';
import { MEDIAN_BUDGET_MS, Timings } from '../unit/fuzz/support';

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string' },
    runs: { type: 'string' },
    minutes: { type: 'string' },
    property: { type: 'string' },
    path: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

const USAGE = 'usage: npm run fuzz -- [--minutes M | --runs N] [--seed N] [--property TEXT] [--path P]';
if (args.help) {
  console.log(`${USAGE}\nproperties (--property matches part of a name):\n${ALL_PROPERTIES.map((p) => `  ${p.name}`).join('\n')}`);
  process.exit(0);
}

// Non-negative, so the printed replay command parses as written.
const seed = args.seed !== undefined ? Number(args.seed) : (Date.now() ^ (Math.random() * 0x7fffffff)) & 0x7fffffff;
const properties = ALL_PROPERTIES.filter((p) => !args.property || p.name.includes(args.property));
if (!Number.isInteger(seed) || properties.length === 0) {
  console.error(USAGE);
  process.exit(2);
}
const runs = args.runs !== undefined ? Number(args.runs) : undefined;
const minutes = args.minutes !== undefined ? Number(args.minutes) : runs === undefined ? 3 : undefined;
const perPropertyMs = minutes !== undefined ? (minutes * 60_000) / properties.length : undefined;

console.log(`nianbao fuzz: seed ${seed}; ${runs !== undefined ? `${runs} cases` : `${minutes} min`} over ${properties.length} properties`);
const timings = new Timings();
let failed = false;
for (const property of properties) {
  const started = Date.now();
  const details = fc.check(property.build({ timings }), {
    seed,
    numRuns: runs ?? 1_000_000_000,
    ...(perPropertyMs !== undefined ? { interruptAfterTimeLimit: perPropertyMs, markInterruptAsFailure: false } : {}),
    ...(args.path ? { path: args.path } : {}),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (details.failed) {
    failed = true;
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    console.log(`✖ ${property.name}: failed after ${details.numRuns} cases (${seconds} s)`);
    console.log(fc.defaultReportMessage(details));
    console.log(`Error: ${cause}`);
    console.log(`replay: npm run fuzz -- --seed=${details.seed} --path="${details.counterexamplePath}" --property="${property.name.slice(0, 30)}"`);
  } else {
    console.log(`✔ ${property.name}: ${details.numRuns} cases (${seconds} s)`);
  }
}
const median = timings.median;
console.log(`documents of seed size: ${timings.summary()} (budget: median < ${MEDIAN_BUDGET_MS} ms)`);
if (timings.slowest) console.log(`slowest case (${timings.slowest.ms.toFixed(0)} ms): ${timings.slowest.what}`);
if (timings.samples.length > 0 && median >= MEDIAN_BUDGET_MS) failed = true;
process.exit(failed ? 1 : 0);
