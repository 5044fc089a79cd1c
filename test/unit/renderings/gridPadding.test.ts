// A converter's grid of a Word table whose merged label cells it wrote out as empty cells, with
// no complete row (zeros left blank: the 法律服务机构 and 其他 columns empty throughout): every
// line is as wide as the others, so a row's cells are the last of its line, not the filled ones
// with the blanks at their ends taken for padding (the CMS page 2021 seed 4, through pandoc).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { modelCells, parseReport } from '../../../server/src/core';
import { htmlToTextWith } from '../../support/tools';
import { TOOLS, wordFixtures } from '../../accuracy/matrix';
import { cellsNotReadBack } from '../../support/compare';

const page = wordFixtures(1, 4).find((f) => f.format === '2021')!;

for (const tool of ['pandoc gfm', 'pandoc plain']) {
  test(`${tool}: a grid with no complete row reads every cell of 表三 in place`, async () => {
    const text = await TOOLS[tool]!(page.html);
    const applications = Object.entries(page.values).filter(([k]) => k.startsWith('applications.'));
    assert.ok(applications.some(([k, v]) => k.endsWith('.legal-services') && v === null), 'a column left blank throughout');
    const off = cellsNotReadBack(Object.fromEntries(applications), parseReport(text));
    assert.deepEqual(off, []);
  });
}

// pandoc's pipe table of a WPS page whose zeros are partly blank: one complete row (the 总计) ends
// its line with a value, every line as wide; a sub-row's leading blank is a cell, not label
// padding, and 表二's narrower blocks keep their own padding (held-out pages, seeds 19-27, 10-18).
for (const [first, seed] of [[19, 23], [10, 17]] as const) {
  test(`pandoc gfm of a WPS page (seed ${seed}): no cell read in a wrong column`, async () => {
    const page = wordFixtures(9, first).filter((f) => f.format === '2019')[seed - first]!;
    assert.match(page.name, /wps/);
    const text = await htmlToTextWith('pandoc-gfm', page.html);
    const wrong = modelCells(parseReport(text)).filter((c) => c.status === 'ok' && page.values[c.key] !== c.value);
    assert.deepEqual(wrong.map((c) => `${c.key}=${c.value} (page: ${page.values[c.key]})`), [], page.name);
  });
}
