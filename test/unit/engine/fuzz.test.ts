// Random damage to real reports: parsing, every rule, every hover and fix-all must answer
// without throwing, whatever the text has become (a fixed seed; reproducible).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { checkReport, parseReport } from '../../../server/src/core';
import { fixAll } from '../../../server/src/core/fixes/fixAll';
import { hoverAt } from '../../../server/src/core/hovers';
import { repoRoot } from '../../support/fixtures';
import { mulberry32 } from '../../support/rng';

const seedsDir = join(repoRoot(), '..', 'shared', 'corpus', 'seeds');
const seeds = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(seedsDir, n), 'utf8'));
const PIECES = ['\t', '\n', '|', ' ', '0', '12', '-', '—', '增', '（', '）', '一、', '总计', '第二十条第（五）项', '<td>', '&nbsp;', '\u0000', '\ud800', '１', '元', '万元'];

test('damaged seeds: parse, check, hover and fix-all never throw', () => {
  const rng = mulberry32(424242);
  for (let i = 0; i < 150; i++) {
    let text = rng.pick(seeds);
    for (let k = rng.int(1, 12); k > 0; k--) {
      const at = rng.int(0, text.length);
      const cut = rng.chance(0.5) ? rng.int(0, 40) : 0;
      text = text.slice(0, at) + (rng.chance(0.7) ? rng.pick(PIECES) : '') + text.slice(at + cut);
    }
    const model = parseReport(text);
    const findings = checkReport(model, text);
    assert.ok(Array.isArray(findings));
    for (const f of findings) assert.ok(f.range.start.line >= 0 && typeof f.message === 'string' && f.message.length > 0);
    for (let h = 0; h < 20; h++) hoverAt(model, text, rng.int(0, text.length));
    fixAll(model, text, findings);
  }
});
