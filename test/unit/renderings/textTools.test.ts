// The real text browsers and pandoc over our HTML reports: every cell of the text they print
// reads back, the findings are those of the HTML page itself, and every read cell points at its
// own characters in the tool's output (the region was rewritten as grid text, mapped back).
import test from 'node:test';
import assert from 'node:assert/strict';
import { checkReport, modelCells, modelValues, parseReport, type FormatVersion } from '../../../server/src/core';
import { applyEdits, fixAll } from '../../../server/src/core/fixes';
import { normalizeText } from '../../../server/src/core/text/normalize';
import { randomMetadata, renderReport } from '../../support/render';
import { mulberry32 } from '../../support/rng';
import { available, htmlToTextWith, type TextTool } from '../../support/tools';
import { randomConsistentValues, type Values } from '../../support/values';
import { wordHtmlReport } from '../../support/wordHtml';
import { fixture } from '../../accuracy/matrix';

const TOOLS: TextTool[] = ['w3m', 'elinks', 'links', 'pandoc-gfm', 'pandoc-plain'];
const SEEDS = [1, 2, 3];

function htmlReport(format: FormatVersion, seed: number, broken: boolean): { html: string; values: Values } {
  const rng = mulberry32(seed * 7 + (format === '2021' ? 1 : 0));
  const values = randomConsistentValues(format, rng);
  const metadata = randomMetadata(format, rng);
  if (broken) {
    // One total off by one: the arithmetic rules then have something to say.
    const total = Object.keys(values).find((k) => k.startsWith('applications.') && k.endsWith('.total') && (values[k] ?? 0) > 0);
    if (total) values[total] = values[total]! + 1;
  }
  return { html: renderReport({ format, values, metadata, rendering: 'html', seed, noise: false }).text, values };
}

/** The findings, where they are aside: rule and message. */
function findingsOf(text: string): string[] {
  return checkReport(parseReport(text), text)
    .map((f) => `${f.code}: ${f.message}`)
    .sort();
}

for (const tool of TOOLS) {
  test(`${tool}: every cell of our HTML reports reads back, findings as the page's own`, { skip: !available(tool) && `${tool} not installed` }, () => {
    for (const format of ['2019', '2021'] as const) {
      for (const seed of SEEDS) {
        for (const broken of [false, true]) {
          const { html, values } = htmlReport(format, seed, broken);
          const text = htmlToTextWith(tool, html);
          const model = parseReport(text);
          const where = `${tool} ${format} seed ${seed}${broken ? ' (a total off by one)' : ''}`;
          const got = modelValues(model);
          const wrong = Object.entries(values).filter(([k, v]) => got[k] !== v);
          assert.deepEqual(wrong.map(([k, v]) => `${k}: ${v} read ${got[k]}`), [], where);
          assert.deepEqual(findingsOf(text), findingsOf(html), where);
          for (const cell of modelCells(model)) {
            if (cell.status !== 'ok') continue;
            assert.equal(normalizeText(text.slice(cell.span.offset, cell.span.endOffset)).text, cell.text, `${where}: ${cell.key} points elsewhere`);
          }
        }
      }
    }
  });
}

/** The values after every automatic fix (the edits written into the text, which is read again). */
function fixedValues(text: string): Record<string, number | null> {
  const model = parseReport(text);
  const fixed = applyEdits(text, fixAll(model, text, checkReport(model, text)));
  return modelValues(parseReport(fixed));
}

for (const tool of TOOLS) {
  test(`${tool}: fix-all writes into the dump's cells as into the page's`, { skip: !available(tool) && `${tool} not installed` }, () => {
    for (const format of ['2019', '2021'] as const) {
      const { html, values } = htmlReport(format, 1, true);
      const text = htmlToTextWith(tool, html);
      const fromPage = fixedValues(html);
      assert.notDeepEqual(modelValues(parseReport(html)), fromPage, 'the page has something to fix');
      assert.deepEqual(fixedValues(text), fromPage, `${tool} ${format}`);
      assert.equal(Object.keys(values).length, Object.keys(fromPage).length);
    }
  });
}

/** Every cell of `values` as the engine reads `text`: a blank expected as an empty cell, never 0. */
function unread(text: string, values: Values): string[] {
  const cells = new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));
  return Object.entries(values).flatMap(([key, expected]) => {
    const cell = cells.get(key);
    const got = cell?.status === 'ok' ? cell.value : cell?.status === 'empty' ? null : undefined;
    return got === expected ? [] : [`${key}: ${expected} read as ${cell ? `${cell.status} ${JSON.stringify(cell.text)}` : 'absent'}`];
  });
}

test('pandoc gfm: a 表三 last row opening with a blank cell keeps it; the `**` of the heading after the table is no cell', { skip: !available('pandoc-gfm') && 'pandoc not installed' }, () => {
  // Our page: a plain pipe table whose rows all hold the same number of cells (the blank is the
  // fourth of ten); a Word page: pandoc keeps Word's merged cells as an HTML table, the blank cell
  // holding two paragraphs. Both were read with the blank dropped, the row shifted by one and
  // the `**` opening `**四、…**` taken for its last cell.
  const ours = fixture('2019', 2, true);
  assert.equal(ours.values['applications.carried-forward.natural-person'], null, 'the fixture still blanks the cell');
  const word = wordHtmlReport('2019', 1, { flavour: 'word' });
  assert.equal(word.values['applications.carried-forward.natural-person'], null, 'the fixture still blanks the cell');
  for (const page of [ours, word]) {
    const text = htmlToTextWith('pandoc-gfm', page.html);
    assert.match(text, /\n\*\*[^\n]*四、/, 'pandoc still writes the heading in bold');
    assert.deepEqual(unread(text, page.values), []);
    assert.deepEqual(findingsOf(text), findingsOf(page.html));
  }
});

for (const tool of ['elinks', 'links'] as TextTool[]) {
  test(`${tool}: a Word page whose source wraps the title inside a word (\`政\\n府\`, dumped as \`政 府\`) has its title`, { skip: !available(tool) && `${tool} not installed` }, () => {
    const page = wordHtmlReport('2021', 2, { flavour: 'word', blankZeros: 'none' });
    const text = htmlToTextWith(tool, page.html);
    assert.match(text, /政 府信息公开工作年度报告/, 'the dump still shows the wrapped title');
    assert.ok(!findingsOf(text).some((f) => f.startsWith('title-missing')));
    assert.deepEqual(findingsOf(text), findingsOf(page.html));
  });
}

test('pandoc plain of a Word page: the tables it writes as `[TABLE]` are said to be left out by the converter, the others read', { skip: !available('pandoc-plain') && 'pandoc not installed' }, () => {
  // pandoc's plain writer cannot lay out merged cells (Word's 表三 and 表四): it writes `[TABLE]`.
  const page = wordHtmlReport('2019', 1, { flavour: 'word' });
  const text = htmlToTextWith('pandoc-plain', page.html);
  assert.equal(text.match(/^\[TABLE\]$/gm)?.length, 2, 'pandoc still leaves out 表三 and 表四');
  const missing = checkReport(parseReport(text), text).filter((f) => f.code === 'table-missing');
  assert.deepEqual(missing.map((f) => (f.data as { table: string }).table).sort(), ['appeals', 'applications']);
  for (const f of missing) assert.match(f.message, /只有“\[TABLE\]”占位：转换工具略去了这张表/);
  const proactive = Object.entries(page.values).filter(([k]) => k.startsWith('proactive.'));
  assert.deepEqual(unread(text, Object.fromEntries(proactive)), []);
});

test('lynx of our page with zeros left blank: a row that lost a blank cell where several places fit reads no cell whose place is in doubt', { skip: !available('lynx') && 'lynx not installed' }, () => {
  // 四、结转下年度继续办理 opens with a blank, the other cells 0 0 0 0 31 31: the gap fits at any
  // of the zeros. The relations that could not be checked (a column whose other row lost cells
  // too) once placed it there, reading the blank 自然人 as the 商业企业 column's 0. lynx's columns
  // place it (the cells stand under the complete rows' columns); with the row's spaces squeezed to
  // one, nothing does.
  const page = fixture('2019', 2, true);
  const dumped = htmlToTextWith('lynx', page.html);
  const squeezed = dumped.replace(/(四、结转下年度继续办理)( +[^\n]*)/, (_, label: string, cells: string) => label + cells.replace(/ +/g, ' '));
  assert.notEqual(squeezed, dumped);
  for (const [text, read] of [
    [squeezed, ['other-entity', 'total']],
    [dumped, ['commercial', 'research', 'social-welfare', 'legal-services', 'other-entity', 'total']],
  ] as const) {
    const cells = modelCells(parseReport(text));
    const wrong = cells.filter((c) => c.status === 'ok' && c.value !== page.values[c.key]).map((c) => `${c.key}: ${page.values[c.key]} read as ${c.value}`);
    assert.deepEqual(wrong, []);
    const row = cells.filter((c) => c.row === 'carried-forward');
    assert.deepEqual(row.filter((c) => c.status === 'ok').map((c) => c.column), read, text === dumped ? 'every cell, placed by the columns' : 'only the cells every fitting place agrees on');
    if (text === dumped) assert.equal(row.find((c) => c.column === 'natural-person')?.status, 'empty', 'the blank 自然人 read as blank');
  }
});
