// Each drawn-grid reader on small strings: wrapped labels, merges, line styles, markup.
import test from 'node:test';
import assert from 'node:assert/strict';
import { asciiGrid } from '../../../server/src/core/parse/renderings/asciiGrid';
import { readRenderings } from '../../../server/src/core/parse/renderings/apply';
import { boxDrawing } from '../../../server/src/core/parse/renderings/boxDrawing';
import { splitLines } from '../../../server/src/core/parse/renderings/lines';
import { pipeMarkup } from '../../../server/src/core/parse/renderings/pipeMarkup';
import type { Rendering } from '../../../server/src/core/parse/renderings/types';
import { identityMapped, sourceRange } from '../../../server/src/core/text/mapped';
import { normalizeText } from '../../../server/src/core/text/normalize';

/** The canonical text a rendering makes of `text` (and that it found exactly one region). */
function canonical(rendering: Rendering, text: string): string {
  assert.equal(rendering.mayOccur(text), true);
  assert.equal(rendering.read(text, splitLines(text)).length, 1, 'one region');
  return readRenderings(identityMapped(text), [rendering]).text;
}

/** Every character of each cell of the canonical text stands for the same characters of the source. */
function assertMappedBack(source: string): void {
  const m = readRenderings(identityMapped(source));
  for (const match of m.text.matchAll(/[^\t\n]+/g)) {
    const [from, to] = sourceRange(m, match.index, match.index + match[0].length);
    const own = source.slice(from, to);
    // A wrapped cell's pieces stand apart in the source: each piece is there, in order.
    let at = from;
    for (const part of match[0].split(/(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])| /)) {
      const found = source.indexOf(part, at);
      assert.ok(found >= at && found + part.length <= to, `${JSON.stringify(part)} of ${JSON.stringify(match[0])} in ${JSON.stringify(own)}`);
      at = found + part.length;
    }
  }
}

test('box drawing: a label wrapped over three lines joins without spaces; numbers stay in their columns', () => {
  const text = [
    '┌────────┬────┬────┐',
    '│其他对外│    │    │',
    '│管理服务│0   │2   │',
    '│事项    │    │    │',
    '├────────┼────┼────┤',
    '│规章    │5   │9   │',
    '└────────┴────┴────┘',
  ].join('\n');
  assert.equal(canonical(boxDrawing, text), '其他对外管理服务事项\t0\t2\n规章\t5\t9');
  assertMappedBack(text);
});

test('box drawing: a cell with no rule under it continues downwards (merged up), its text read once', () => {
  const text = [
    '┌──────┬────────┬──┐',
    '│      │予以公开│1 │',
    '│三、本├────────┼──┤',
    '│年度办│部分公开│2 │',
    '│理结果│        │  │',
    '├──────┴────────┼──┤',
    '│总计           │3 │',
    '└───────────────┴──┘',
  ].join('\n');
  assert.equal(canonical(boxDrawing, text), '三、本年度办理结果\t予以公开\t1\n部分公开\t2\n总计\t3');
  const grid = boxDrawing.read(text, splitLines(text))[0]!.grid;
  assert.deepEqual(
    grid.rows.map((r) => r.cells.map((c) => c.merged ?? c.text)),
    [['三、本年度办理结果', '予以公开', '1'], ['up', '部分公开', '2'], ['总计', 'left', '3']],
  );
  assertMappedBack(text);
});

test('box drawing: double and heavy lines, indented, a full-width plus two columns wide', () => {
  const double = ['  ╔══════╦════╗', '  ║行政强│＋29║', '  ║制    ║    ║', '  ╠══════╬════╣', '  ║规章  ║5   ║', '  ╚══════╩════╝'].join('\n');
  assert.equal(canonical(boxDrawing, double.replace('│', '║')), '行政强制\t＋29\n规章\t5');
  const heavy = ['┏━━━━┳━━━━┓', '┃规章┃5   ┃', '┣━━━━╋━━━━┫', '┃合计┃12  ┃', '┗━━━━┻━━━━┛'].join('\n');
  assert.equal(canonical(boxDrawing, heavy), '规章\t5\n合计\t12');
});

test('box drawing: an English label wrapped over two lines joins with a space; a lone rule line is no table', () => {
  const text = ['┌──────┬──┐', '│Total │3 │', '│count │  │', '└──────┴──┘'].join('\n');
  assert.equal(canonical(boxDrawing, text), 'Total count\t3');
  const rule = '正文\n────────────\n正文';
  assert.equal(boxDrawing.read(rule, splitLines(rule)).length, 0);
  assert.equal(normalizeText(rule).text, rule);
});

test('ASCII grid: links dump, one column per Chinese character, header spanning columns', () => {
  const text = [
    '   +----------------------+',
    '   |第二十条第（一）项             |',
    '   |----------------------|',
    '   |信息内容  |本年新制作     |新公开 |',
    '   |------+----------+----|',
    '   |规章    |5         |4   |',
    '   +----------------------+',
  ].join('\n');
  assert.equal(canonical(asciiGrid, text), '第二十条第（一）项\n信息内容\t本年新制作\t新公开\n规章\t5\t4');
  assertMappedBack(text);
});

test('ASCII grid: bars that line up with no rule (a hand-drawn +------+ over cells of any width) are no grid', () => {
  const text = ['+------+------+', '| 规章 | 5 |', '+------+------+', '| 其他对外管理服务事项 | 12 |', '+------+------+'].join('\n');
  assert.equal(asciiGrid.read(text, splitLines(text)).length, 0);
  assert.equal(normalizeText(text).text, text);
});

test('ASCII grid: pandoc grid table with a wrapped label and a header rule of =', () => {
  const text = [
    '+----------+------+',
    '| 信息内容 | 数量 |',
    '+==========+======+',
    '| 规范性文 | 12   |',
    '| 件       |      |',
    '+----------+------+',
    '| 规章     | +29  |',
    '+----------+------+',
  ].join('\n');
  assert.equal(canonical(asciiGrid, text), '信息内容\t数量\n规范性文件\t12\n规章\t+29');
  assertMappedBack(text);
});

test('ASCII grid: a pipe table (its rule only under the header) is not a grid', () => {
  const text = '| a | b |\n|---|---|\n| 1 | 2 |';
  assert.equal(asciiGrid.read(text, splitLines(text)).length, 0);
});

test('pipe tables with markup: tags dropped, attribute digits never read, entities decoded, escapes undone', () => {
  const text = [
    '|                 |                 |',
    '|-----------------|-----------------|',
    '| <span style="font-size:14px">规章</span> | <span style="font-size:14px">3</span> |',
    '| 行政&nbsp;许可<br />事项 | &#51;&#50; |',
    '| a \\| b | **7** |',
  ].join('\n');
  assert.equal(canonical(pipeMarkup, text), '规章\t3\n行政\u00a0许可 事项\t32\na | b\t7');
  // After the normalisation the no-break space is a space, and the 3 stands for the source's own 3.
  const norm = normalizeText(text);
  assert.match(norm.text, /^规章\t3\n行政 许可 事项\t32\n/);
  const three = norm.text.indexOf('3');
  const [from, to] = sourceRange(norm, three, three + 1);
  assert.equal(text.slice(from, to), '3');
  assert.equal(text[from - 1], '>');
});

test('pipe tables without markup are left to the table reconstruction', () => {
  const text = '| 规章 | 3 |\n|---|---|\n| 行政许可 | 4 |';
  assert.equal(pipeMarkup.read(text, splitLines(text)).length, 0);
  assert.equal(normalizeText(text).text, text);
});

test('a report mixing renderings: each region read by its own, text between untouched', () => {
  const text = ['一、总体情况', '┌──┬──┐', '│规章│5 │', '└──┴──┘', '说明文字', '| <b>规章</b> | 6 |', '|---|---|', ''].join('\n');
  const out = normalizeText(text).text;
  assert.equal(out, '一、总体情况\n规章\t5\n说明文字\n规章\t6\n');
});

test('box drawing: a cell edited to a wider or narrower number (a fix, a keystroke) still reads in its column', () => {
  const text = [
    '┌────────┬────┬────┐',
    '│规章    │5   │9   │',
    '├────────┼────┼────┤',
    '│行政许可│161 │333 │',
    '└────────┴────┴────┘',
  ].join('\n');
  const wider = text.replace('│5   │', '│12345│').replace('│161 │', '│1│');
  assert.equal(canonical(boxDrawing, wider), '规章\t12345\t9\n行政许可\t1\t333');
  assertMappedBack(wider);
  // A Chinese label one character longer (two columns) too.
  assert.equal(canonical(boxDrawing, text.replace('规章    ', '规范性文件')), '规范性文件\t5\t9\n行政许可\t161\t333');
});

test('pipe rows with markup but no delimiter row are read too; a lone one is not', () => {
  const text = ['| 规章 | <span style="font-size:14px">3</span> |', '| 行政许可 | 4<br> |'].join('\n');
  assert.equal(canonical(pipeMarkup, text), '规章\t3\n行政许可\t4');
  const lone = '说明 | <b>注</b> |';
  assert.equal(pipeMarkup.read(lone, splitLines(lone)).length, 0);
  const one = '| 规章 | <b>3</b> |';
  assert.equal(pipeMarkup.read(one, splitLines(one)).length, 0);
});
