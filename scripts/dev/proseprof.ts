// Developer aid: times an edit in the long narrative of the bench's 1 MB report (typing prose,
// not a table cell). `node out/proseprof.js [rounds]`.
import { checkReport, ReportParser } from '../../server/src/core';
import { largeReport } from '../../test/bench/corpus';

const rounds = Number(process.argv[2] ?? 300);
const text = largeReport();
const parser = new ReportParser();
parser.parse(text);
// The middle of the text: inside the narrative repeated in section 五.
const at = text.indexOf('\n', text.length >> 1) + 3;
const parseTimes: number[] = [];
const ruleTimes: number[] = [];
for (let i = 0; i < rounds; i++) {
  const typed = i % 2 === 0;
  const t0 = performance.now();
  const next = parser.applyChanges([typed ? { start: at, end: at, text: '的' } : { start: at, end: at + 1, text: '' }]);
  const t1 = performance.now();
  checkReport(next, parser.text);
  const t2 = performance.now();
  if (i >= 20) {
    parseTimes.push(t1 - t0);
    ruleTimes.push(t2 - t1);
  }
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(`prose edit: parse ${med(parseTimes).toFixed(2)} ms, rules ${med(ruleTimes).toFixed(2)} ms; blocks ${JSON.stringify(parser.lastStats)}`);
