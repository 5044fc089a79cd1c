// `nianbao check --format sarif` validates against the SARIF 2.1.0 schema (the OASIS schema
// as shipped in @microsoft/jest-sarif), on the seeds and on a report with every kind of finding.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { runCheck } from '../../../server/src/cli/check';
import { runCaptured } from '../../support/cli';
import { fixturePath, repoRoot } from '../../support/fixtures';

const schema = JSON.parse(
  readFileSync(join(repoRoot(), 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'),
);

async function sarifOf(paths: string[]): Promise<unknown> {
  const { out } = await runCaptured((io) => runCheck(['--format', 'sarif', ...paths], io), repoRoot());
  return JSON.parse(out);
}

test('SARIF output of the seeds and the rule fixtures validates against the SARIF 2.1.0 schema', async () => {
  const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
  const log = await sarifOf([fixturePath('seeds'), join(repoRoot(), 'test', 'fixtures', 'rules')]);
  const ok = validate(log);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  const results = (log as { runs: Array<{ results: unknown[] }> }).runs[0]!.results;
  assert.ok(results.length > 5, 'the log holds findings');
});
