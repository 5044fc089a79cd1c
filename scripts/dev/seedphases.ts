// Developer aid: where a seed's full analysis goes, phase by phase (median µs per analysis,
// summed over the five seeds' blocks): normalisation, headings, each block's tables in each
// format (read and scored, then built), metadata, each rule. A fresh parse reads both formats
// and builds the winner's tables only. Phases are timed apart from one
// another, so their sum is near, not equal to, the full analysis.
// Build: `npx esbuild scripts/dev/seedphases.ts --bundle --platform=node --outfile=out/seedphases.js`,
// then `node out/seedphases.js [--rounds N] [--seed 002]`.
import { parseArgs } from 'node:util';
import { FORMAT_VERSIONS, FORMATS } from '../../server/src/core/formats';
import { parseReport } from '../../server/src/core';
import { ParsedText } from '../../server/src/core/parse/document';
import { plausibleHeadings, scanHeadings } from '../../server/src/core/parse/headings';
import { readMetadata } from '../../server/src/core/parse/metadata';
import { parseTables, readTables } from '../../server/src/core/parse/tables';
import { RULES } from '../../server/src/core/rules/registry';
import { revisionOf } from '../../server/src/core/revision';
import type { RuleContext } from '../../server/src/core/rules/types';
import { firstAtOrAfter, subMapped } from '../../server/src/core/text/mapped';
import { seeds } from '../../test/bench/corpus';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '300' }, seed: { type: 'string' } } });
const rounds = Number(values.rounds);
const times = new Map<string, number[]>();
let current = new Map<string, number>();
function time<T>(name: string, f: () => T): T {
  const t0 = performance.now();
  const r = f();
  current.set(name, (current.get(name) ?? 0) + (performance.now() - t0) * 1000);
  return r;
}
const all = seeds().filter(({ name }) => values.seed === undefined || name.startsWith(values.seed));
for (let round = 0; round < rounds; round++) {
  for (const { text } of all) {
    current = new Map();
    const doc = time('normalise + line indexes', () => new ParsedText(text));
    const scan = time('headings: scan', () => scanHeadings(doc.norm.text));
    const headings = time('headings: plausible', () => plausibleHeadings(scan));
    const starts = [0, ...headings.map((h) => doc.span(h.from, h.from).offset)].filter((s, i, a) => i === 0 || s > a[i - 1]!);
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i]!;
      const end = i + 1 < starts.length ? starts[i + 1]! : text.length;
      const content = text.slice(start, end);
      const cut = () => new ParsedText(content, subMapped(doc.norm, firstAtOrAfter(doc.norm, start), firstAtOrAfter(doc.norm, end), start, content.length));
      const block = time('blocks: cut', cut);
      time('blocks: skeleton', () => block.skeleton);
      for (const v of FORMAT_VERSIONS) {
        const read = time(`tables ${v}: read (locate, cut into cells, score)`, () => readTables(block, FORMATS[v]));
        time(`tables ${v}: build from the reading`, () => parseTables(block, FORMATS[v], read));
      }
    }
    time('metadata', () => readMetadata(doc, headings[0]?.from ?? -1, headings.length > 0 ? headings[headings.length - 1]!.to : 0));
    const model = time('parseReport (whole)', () => parseReport(text));
    const context: RuleContext = { model, text, format: model.format ? FORMATS[model.format] : null, locale: 'zh', peers: [], revision: revisionOf(model), enabled: () => true };
    for (const rule of RULES) time(`rule ${rule.id}`, () => rule.check(context, () => {}));
    if (round >= rounds / 5) for (const [k, v] of current) (times.get(k) ?? times.set(k, []).get(k)!).push(v);
  }
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const rows = [...times].map(([k, v]) => [k, med(v)] as const);
for (const [k, v] of rows) if (v >= 1) console.log(`${v.toFixed(0).padStart(6)} µs  ${k}`);
const ruleSum = rows.filter(([k]) => k.startsWith('rule ')).reduce((s, [, v]) => s + v, 0);
console.log(`${ruleSum.toFixed(0).padStart(6)} µs  all rules (sum of medians; per-seed median analysis, all seeds pooled)`);
