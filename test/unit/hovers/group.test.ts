// Hover on a group label of 表三: the rows the group holds, with their articles.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import { parseReport } from '../../../server/src/core';
import { hoverAt } from '../../../server/src/core/hovers';
import { fixturePath } from '../../support/fixtures';

test('（三）不予公开 lists its eight rows and their articles', () => {
  const text = readFileSync(fixturePath('seeds', '000_e824e7fa6ddd1e25.txt'), 'utf8');
  const model = parseReport(text);
  const hover = hoverAt(model, text, text.indexOf('（三）不予公开') + 1);
  assert.ok(hover);
  assert.match(hover.markdown, /（三）不予公开/);
  assert.match(hover.markdown, /- 1\.属于国家秘密（第十四条）/);
  assert.match(hover.markdown, /- 8\.属于行政查询事项\n?/);
  assert.doesNotMatch(hover.markdown, /无法提供/);
});
