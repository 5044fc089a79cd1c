// Developer aid: times (and, under `node --cpu-prof`, profiles) an edit to the bench's 1 MB
// report: a digit typed into (and deleted from) 表三's first cell, as the bench's 1 MB figure,
// or with `--prose` a character in the long narrative of section 五.
// Build: `npx esbuild scripts/dev/editprof.ts --bundle --platform=node --outfile=out/editprof.js`,
// then `node out/editprof.js [--rounds N] [--prose]`.
import { parseArgs } from 'node:util';
import { checkReport, parseReport, ReportParser } from '../../server/src/core';
import { largeReport } from '../../test/bench/corpus';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '400' }, prose: { type: 'boolean', default: false } } });
const rounds = Number(values.rounds);
const text = largeReport();
const parser = new ReportParser();
const model = parser.parse(text);
const cell = model.tables.find((t) => t.id === 'applications')?.rows[0]?.cells[0];
if (!cell) throw new Error('no 表三 cell');
// The middle of the text lies in the narrative repeated in section 五.
const at = values.prose ? text.indexOf('\n', text.length >> 1) + 3 : cell.span.offset;
const typedText = values.prose ? '的' : '1';
const parseTimes: number[] = [];
const ruleTimes: number[] = [];
for (let i = 0; i < rounds; i++) {
  const typed = i % 2 === 0;
  const t0 = performance.now();
  const next = parser.applyChanges([typed ? { start: at, end: at, text: typedText } : { start: at, end: at + 1, text: '' }]);
  const t1 = performance.now();
  checkReport(next, parser.text);
  const t2 = performance.now();
  if (i >= 20) {
    parseTimes.push(t1 - t0);
    ruleTimes.push(t2 - t1);
  }
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const full: number[] = [];
for (let i = 0; i < 15; i++) {
  const t0 = performance.now();
  checkReport(parseReport(text), text);
  if (i >= 3) full.push(performance.now() - t0);
}
const edit = med(parseTimes) + med(ruleTimes);
console.log(
  `${values.prose ? 'prose' : 'table'} edit: parse ${med(parseTimes).toFixed(2)} ms, rules ${med(ruleTimes).toFixed(2)} ms, edit ${edit.toFixed(2)} ms; ` +
    `full ${med(full).toFixed(1)} ms, ratio ${(med(full) / edit).toFixed(1)}×; blocks ${JSON.stringify(parser.lastStats)}`,
);
