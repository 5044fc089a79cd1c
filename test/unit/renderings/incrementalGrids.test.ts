// A long plain report takes the line-local path of an edit (parse/parseReport.ts); an edit that
// makes a line open an ASCII grid must not, or the grid's rows would keep their old reading.
import test from 'node:test';
import assert from 'node:assert/strict';
import { parseReport, ReportParser } from '../../../server/src/core';
import { readerOf, type MappedText } from '../../../server/src/core/text/mapped';
import { isPlainText, normalizeText } from '../../../server/src/core/text/normalize';
import { largeReport } from '../../bench/corpus';

/** The normalised text the parser keeps for its next edit (private: read here to see the path taken). */
function normalisedBy(parser: ReportParser): string {
  const kept = (parser as unknown as { lastDoc?: { norm: MappedText } }).lastDoc;
  assert.ok(kept, 'a long text keeps its normalisation');
  return readerOf(kept.norm).toString();
}

const GRID = ['+------+----+', '| 规章 | 5  |', '+------+----+', '| 合计 | 12 |', '+------+----+'];

test('an edit that completes an ASCII grid border in a long plain report equals a fresh parse', () => {
  // The grid's borders are written as a bare `+`: no line opens a grid yet.
  const text = `${largeReport(200_000)}\n附表\n${GRID.map((l) => (l.startsWith('+') ? '+' : l)).join('\n')}\n`;
  assert.equal(isPlainText(text), true);
  const parser = new ReportParser();
  parser.parse(text);
  let current = text;
  // Complete the borders from the last up (offsets above stay put); the first edit makes the text not plain.
  for (let k = 0; k < 3; k++) {
    const at = current.lastIndexOf('\n+\n') + 2;
    const model = parser.applyChanges([{ start: at, end: at, text: '------+----+' }]);
    current = current.slice(0, at) + '------+----+' + current.slice(at);
    assert.deepEqual(model, parseReport(current));
    assert.equal(normalisedBy(parser), normalizeText(current).text, 'the normalisation the parser keeps is a fresh one');
    if (k === 0) assert.equal(isPlainText(current), false);
  }
  assert.ok(current.includes(GRID.join('\n')));
  // Typing inside a cell of the grid, now that the text is not plain.
  const five = current.lastIndexOf('5  |');
  const model = parser.applyChanges([{ start: five, end: five + 1, text: '6' }]);
  current = current.slice(0, five) + '6' + current.slice(five + 1);
  assert.deepEqual(model, parseReport(current));
});
