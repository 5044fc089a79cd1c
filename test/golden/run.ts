// Golden dump: what the engine reads and reports for every text fixture and a fixed set of rendered
// reports (consistent, with one cell changed, with cells left blank, cut short), in both
// languages. A refactoring that must not change behaviour is checked by dumping before and after
// and comparing the files: `node out/test/golden/run.js > before.jsonl`, change, dump again, `cmp`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport, modelValues, parseReport, type FormatVersion } from '../../server/src/core';
import { fixturePath } from '../support/fixtures';
import { RENDERINGS, randomMetadata, renderReport } from '../support/render';
import { mulberry32 } from '../support/rng';
import { randomConsistentValues, rowsOf, type Values } from '../support/values';

function dump(name: string, text: string): void {
  const model = parseReport(text);
  const findings = (['zh', 'en'] as const).map((locale) => checkReport(model, text, { locale }));
  process.stdout.write(`${JSON.stringify({ name, format: model.format, values: modelValues(model), findings })}\n`);
}

function textFixtures(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) textFixtures(path);
    else if (entry.name.endsWith('.txt')) dump(path.slice(fixturePath().length + 1), readFileSync(path, 'utf8'));
  }
}

function rendered(count: number): void {
  for (let seed = 1; seed <= count; seed++) {
    for (const format of ['2019', '2021'] as FormatVersion[]) {
      const rng = mulberry32(seed * 7919 + (format === '2021' ? 1 : 0));
      const values = randomConsistentValues(format, rng);
      const keys = Object.keys(values).filter((k) => !k.startsWith('proactive.') || rng.chance(0.3));
      const changed: Values = { ...values };
      const target = keys[rng.int(0, keys.length - 1)]!;
      changed[target] = (changed[target] ?? 0) + rng.int(1, 9);
      const blank: Values = { ...values };
      for (const row of rowsOf(format)) if (row.table === 'applications' && rng.chance(0.2)) for (const c of row.columns) if (!blank[`applications.${row.id}.${c.id}`]) blank[`applications.${row.id}.${c.id}`] = null;
      const metadata = randomMetadata(format, rng);
      for (const rendering of RENDERINGS) {
        for (const [variant, v] of [['clean', values], ['changed', changed], ['blank', blank]] as const) {
          const { text } = renderReport({ format, values: v, metadata, rendering, seed });
          dump(`${format}/${seed}/${rendering}/${variant}`, text);
          if (variant === 'clean') {
            const lines = text.split('\n');
            dump(`${format}/${seed}/${rendering}/cut`, lines.slice(0, rng.int(1, lines.length - 1)).join('\n'));
          }
        }
      }
    }
  }
}

textFixtures(fixturePath());
rendered(Number(process.argv[2] ?? 6));
