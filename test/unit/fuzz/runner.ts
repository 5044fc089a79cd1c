// Runs one fuzz property for the tests: a fixed seed by default (a CI run is reproducible), or
// NIANBAO_FUZZ_SEED to try another. A failure found by `npm run fuzz` is replayed there, with the
// seed, path and property it prints.
import fc from 'fast-check';
import type { FuzzContext, FuzzProperty } from './properties';
import { Timings } from './support';

export const CI_SEED = 20261121;

export function runInCi(property: FuzzProperty, context: FuzzContext = { timings: new Timings() }): fc.RunDetails<unknown> {
  const seed = process.env['NIANBAO_FUZZ_SEED'] ? Number(process.env['NIANBAO_FUZZ_SEED']) : CI_SEED;
  const details = fc.check(property.build(context), { seed, numRuns: property.ciRuns });
  if (details.failed) {
    // fast-check's own report: the seed, the shrunk counterexample and the path to replay it.
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${fc.defaultReportMessage(details) ?? `property failed (seed ${seed})`}\nError: ${cause}`);
  }
  return details;
}
