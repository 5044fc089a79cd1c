// The core's facade: the one object the language server and the command line use.
import test from 'node:test';
import assert from 'node:assert/strict';
import { CheckCancelled, checkReport, createNianbaoService, parseReport } from '../../../server/src/core';
import { readFixture } from '../rules/support';

const BASE = readFixture('base-2020.txt');
const BROKEN = BASE.replace('（一）予以公开\t\t15\t', '（一）予以公开\t\t51\t');

test('the facade parses, checks, hovers and fixes as the core does', () => {
  const engine = createNianbaoService();
  const model = engine.parse(BROKEN);
  const findings = engine.check(model, BROKEN);
  assert.deepEqual(findings, checkReport(parseReport(BROKEN), BROKEN));
  assert.equal(findings.length, 1);
  const offset = BROKEN.indexOf('\t51\t') + 1;
  assert.match(engine.hover(model, BROKEN, offset, 'zh')?.markdown ?? '', /自然人/);
  const fixed = engine.fixAll(model, BROKEN, findings);
  assert.equal(fixed.length, 1);
  assert.equal(engine.values(engine.parse(BASE))['applications.granted.natural-person'], 15);
  const parser = engine.createParser();
  assert.deepEqual(engine.values(parser.parse(BASE)), engine.values(engine.parse(BASE)));
});

test('the facade’s default locale, and a check stopped by its cancellation token', () => {
  const english = createNianbaoService({ locale: 'en' });
  const model = english.parse(BROKEN);
  assert.match(english.check(model, BROKEN)[0]!.message, /should be 15/);
  assert.throws(() => english.check(model, BROKEN, { token: { isCancellationRequested: true } }), CheckCancelled);
  // A token asked between rules: one cancelled half-way leaves the rest unrun.
  let asked = 0;
  const token = { get isCancellationRequested() { return ++asked > 3; } };
  assert.throws(() => english.check(model, BROKEN, { token }), CheckCancelled);
  assert.ok(asked < 10, `${asked} questions`);
});
