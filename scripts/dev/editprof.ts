// Developer aid: times (and, under `node --cpu-prof`, profiles) the bench's 1 MB edit path.
// `node out/editprof.js [rounds]`.
import { checkReport, parseReport, ReportParser } from '../../server/src/core';
import { largeReport } from '../../test/bench/corpus';

const rounds = Number(process.argv[2] ?? 400);
const text = largeReport();
const parser = new ReportParser();
const model = parser.parse(text);
const cell = model.tables.find((t) => t.id === 'applications')?.rows[0]?.cells[0];
if (!cell) throw new Error('no 表三 cell');
let typed = false;
const parseTimes: number[] = [];
const ruleTimes: number[] = [];
for (let i = 0; i < rounds; i++) {
  typed = !typed;
  const at = cell.span.offset;
  const t0 = performance.now();
  const next = parser.applyChanges([typed ? { start: at, end: at, text: '1' } : { start: at, end: at + 1, text: '' }]);
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
console.log(`parse ${med(parseTimes).toFixed(2)} ms, rules ${med(ruleTimes).toFixed(2)} ms, edit ${(med(parseTimes) + med(ruleTimes)).toFixed(2)} ms, full ${med(full).toFixed(1)} ms, ratio ${(med(full) / (med(parseTimes) + med(ruleTimes))).toFixed(1)}x`);
