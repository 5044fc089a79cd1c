// The short rendering matrix in CI: every real tool's text (or document) of four of our report
// pages, read by the engine, gives back at least its floor of cells (test/accuracy/floors.ts);
// the document readers give back every cell and the findings of the page itself. A tool that is
// not installed fails here, never skips: .ci/run installs them all.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { FLOORS, WORD_FLOORS } from '../accuracy/floors';
import { fixtures, judged, percent, score, TOOLS, wordFixtures } from '../accuracy/matrix';
import { closeBrowser } from '../support/browser';

const pages = fixtures(2);

after(() => closeBrowser());

test('every tool of the matrix has a floor', () => {
  assert.deepEqual(Object.keys(FLOORS).sort(), Object.keys(TOOLS).sort());
});

for (const tool of Object.keys(TOOLS)) {
  test(`accuracy: ${tool} ≥ ${FLOORS[tool]} % of cells`, async () => {
    const s = await score(tool, pages);
    assert.ok(
      percent(s) >= FLOORS[tool]!,
      `${tool}: ${s.reproduced}/${judged(s)} = ${percent(s).toFixed(1)} % < ${FLOORS[tool]} %\n${s.failures.slice(0, 10).join('\n')}`,
    );
    if (/reader|html \(text\)|w3m|elinks|links|lynx/.test(tool)) assert.equal(s.sameFindings, s.fixtures, `${tool}: the findings of the page itself`);
  });
}

// The second source: Word/WPS/CMS pages, one per format version (Word and CMS flavours), over the
// routes that need no PDF and the PDF reader's; each at or above its floor (WORD_FLOORS), wrong cells never more than
// on our own pages' routes allow (none for the routes at 100 %).
const wordPages = wordFixtures(1);
for (const [tool, floor] of Object.entries(WORD_FLOORS)) {
  test(`accuracy on Word/WPS/CMS pages: ${tool} ≥ ${floor} % of cells`, async () => {
    const s = await score(tool, wordPages);
    assert.ok(percent(s) >= floor, `${tool}: ${s.reproduced}/${judged(s)} = ${percent(s).toFixed(1)} % < ${floor} %\n${s.failures.slice(0, 10).join('\n')}`);
    if (floor === 100) assert.equal(s.wrong, 0);
  });
}
