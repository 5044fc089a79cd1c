// Aligned PDF text (`pdftotext -layout`, layoutColumns.ts): two numbers of neighbouring cells run
// together (Chromium sets a narrow cell's number against the next one's: `13533866` is 1353 and
// 3866). Such a line holds one number fewer than its row's columns; each way of cutting one of its
// numbers in two is a reading, kept only where the row's own sums hold (the callers check).
import type { NumberToken } from './readingOrderText';

/** A run of digits with nothing else: only such a number can be two run together. */
const PLAIN = /^\d+$/;

/** Every way of cutting one number of `numbers` in two (no piece written with a leading zero). */
export function cutsInTwo(numbers: readonly NumberToken[]): NumberToken[][] {
  const out: NumberToken[][] = [];
  for (const [i, u] of numbers.entries()) {
    if (!PLAIN.test(u.text) || u.parts) continue;
    for (let cut = 1; cut < u.text.length; cut++) {
      const [a, b] = [u.text.slice(0, cut), u.text.slice(cut)];
      if ((a.length > 1 && a.startsWith('0')) || (b.length > 1 && b.startsWith('0'))) continue;
      const left: NumberToken = { text: a, from: u.from, to: u.from + cut, value: Number(a), decimal: false };
      const right: NumberToken = { text: b, from: u.from + cut, to: u.to, value: Number(b), decimal: false };
      out.push([...numbers.slice(0, i), left, right, ...numbers.slice(i + 1)]);
    }
  }
  return out;
}
