// The README documents every rule the registry has, in the registry's own words (the links of
// diagnostics point there). Regenerate with `npm run docs:rules`; docs/format-tables.md with
// `npm run docs:formats`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { FORMATS, RULES } from '../../server/src/core';
import { describeFormats } from '../../server/src/core/formats/describe';
import { repoRoot } from '../support/fixtures';

test('README documents every rule with its current description', () => {
  const readme = readFileSync(join(repoRoot(), 'README.md'), 'utf8');
  for (const rule of RULES) {
    assert.ok(readme.includes(`### ${rule.id}\n`), `README lacks a heading for ${rule.id}`);
    assert.ok(readme.includes(rule.description.zh), `README's text for ${rule.id} is stale: run npm run docs:rules`);
    assert.ok(readme.includes(rule.documentation.zh), `README's documentation of ${rule.id} is stale: run npm run docs:rules`);
  }
});

test('docs/format-tables.md is the format definitions written out', () => {
  const written = readFileSync(join(repoRoot(), 'docs', 'format-tables.md'), 'utf8');
  assert.equal(written, `${describeFormats(Object.values(FORMATS))}\n`, 'docs/format-tables.md is stale: run npm run docs:formats');
});
