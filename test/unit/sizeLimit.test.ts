// The size limit's pieces: the UTF-8 size of a text counted without Buffer, the limit as settings
// and project files give it, and the notice.
import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { DEFAULT_MAX_FILE_SIZE_MB, normalizeMaxFileSize, textBytes, tooLargeFinding, unanalysedModel } from '../../server/src/core';
import { parseConfig } from '../../server/src/core/config';
import { normalizeSettings } from '../../server/src/lsp/settings';

test('textBytes equals the UTF-8 length Node writes, lone surrogates included (property)', () => {
  const details = fc.check(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)), maxLength: 20 }), (a, b) => {
      const text = a + b;
      assert.equal(textBytes(text), Buffer.byteLength(text, 'utf8'), JSON.stringify(text));
    }),
    { seed: 9, numRuns: 500 },
  );
  assert.equal(details.failed, false, fc.defaultReportMessage(details) ?? '');
});

test('the limit: positive numbers of MB, anything else is the default', () => {
  assert.equal(normalizeMaxFileSize(12), 12);
  assert.equal(normalizeMaxFileSize('0.5'), 0.5);
  for (const bad of [0, -3, Number.NaN, Infinity, 'x', '', null, undefined, {}]) assert.equal(normalizeMaxFileSize(bad), DEFAULT_MAX_FILE_SIZE_MB, String(bad));
  assert.equal(normalizeSettings({ maxFileSize: 2 }).maxFileSize, 2);
  assert.equal(normalizeSettings({}).maxFileSize, DEFAULT_MAX_FILE_SIZE_MB);
  assert.equal(parseConfig('{"maxFileSize": 3}').config.maxFileSize, 3);
  const bad = parseConfig('{"maxFileSize": -1}');
  assert.equal(bad.config.maxFileSize, undefined);
  assert.equal(bad.warnings.length, 1);
});

test('the notice names the size, the limit and where to change it, in both languages', () => {
  const zh = tooLargeFinding(21 * 1024 * 1024, 5, 'zh');
  assert.equal(zh.code, 'file-too-large');
  assert.equal(zh.severity, 'information');
  assert.equal(zh.message, '文件大小 21.0 MB，超过上限 5 MB，未作检查（可在 nianbao.maxFileSize 中调整上限）');
  assert.equal(tooLargeFinding(21 * 1024 * 1024, 5, 'en').message, 'Not analysed: the file is 21.0 MB, above the limit of 5 MB (change it with nianbao.maxFileSize)');
  const model = unanalysedModel(100, 21 * 1024 * 1024, 5);
  assert.equal(model.problem?.code, 'too-large');
  assert.deepEqual([model.sections, model.tables, model.format], [[], [], null]);
});
