// Protocol stress (issue 9): 10,000 random incremental edits sent to the bundled server, with
// document symbols asked for along the way (each one parses the current text) and diagnostics
// pulled now and then. At the end the server must hold the client's text, give the diagnostics
// of a fresh analysis of that text, still answer, and not have grown its memory without bound.
//
// The server's text is observed through existing requests: every source span of `nianbao/tables`
// carries its text and offsets, which must be the client's text at those offsets; and the same
// final text opened fresh under a second URI must give equal diagnostics, symbols, folding
// ranges, tables and hovers. Seeded (NIANBAO_STRESS_SEED to replay).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/core';
import { mulberry32, type Rng } from '../support/rng';
import { PUSH_CLIENT, sample, sessionStarter } from './support/session';

const start = sessionStarter();
const EDITS = Number(process.env['NIANBAO_STRESS_EDITS'] ?? 10_000);
const SEED = Number(process.env['NIANBAO_STRESS_SEED'] ?? 90210);
const SAMPLE = '北京市大兴区应急管理局2020年政府信息公开工作年度报告.txt';

const PIECES = ['0', '1', '7', '12', '305', '\t', ' ', '\n', '\r\n', '一、', '总计', '（七）总计', '自然人', '—', '无', '增', '|', '<td>', '𠮷', '　'];

function rssKb(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for ${pid}`);
  return Number(match[1]);
}

/** An offset not between the \r and \n of one line end (no editor sends such a position). */
function settle(text: string, offset: number): number {
  return offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n' ? offset - 1 : offset;
}

/**
 * One random edit against `text`: mostly what typing in a table does (a number changed, a digit
 * or separator typed or deleted), sometimes a random piece or a large cut or paste anywhere.
 */
function randomEdit(text: string, rng: Rng, original: string): { start: number; end: number; newText: string } {
  const growing = text.length > original.length * 1.5;
  const at = rng.int(0, text.length);
  if (rng.chance(0.9)) {
    // A number near `at` replaced by another (or emptied, or given a neighbour).
    const digits = /\d+/g;
    digits.lastIndex = at;
    const m = digits.exec(text) ?? /\d+/.exec(text);
    if (m) {
      const newText = rng.chance(0.1) ? '' : rng.chance(0.1) ? `${rng.pick(['\t', ' ', ''])}${rng.int(0, 99)}` : String(rng.int(0, 400));
      return { start: m.index, end: m.index + m[0].length, newText };
    }
  }
  const length = rng.chance(0.5) ? 0 : rng.chance(0.9) ? rng.int(1, 4) : rng.int(5, growing ? 2000 : 300);
  let newText = '';
  if (!growing && rng.chance(0.8)) {
    newText = rng.chance(0.03) ? original.slice(rng.int(0, original.length), rng.int(0, original.length)) : rng.pick(PIECES);
  }
  const s = settle(text, Math.min(at, text.length));
  const e = settle(text, Math.min(text.length, s + length));
  return { start: s, end: Math.max(s, e), newText };
}

function spans(value: unknown, out: Array<{ text: string; offset: number; endOffset: number }> = []) {
  if (!value || typeof value !== 'object') return out;
  const o = value as Record<string, unknown>;
  if (typeof o['offset'] === 'number' && typeof o['endOffset'] === 'number' && typeof o['text'] === 'string') out.push(o as never);
  for (const v of Object.values(o)) spans(v, out);
  return out;
}

test(`${EDITS} random incremental edits: the server ends with the client's text, fresh diagnostics, bounded memory`, async (t) => {
  const session = await start();
  const { uri, text: original } = sample(SAMPLE);
  const rng = mulberry32(SEED);
  let text = original;
  let version = 1;
  await session.open(uri, text, version);
  await session.pullFull(uri);

  const started = performance.now();
  const rss: number[] = [];
  let sent = 0;
  let symbolRequests = 0;
  while (sent < EDITS) {
    // One didChange with one to three changes, each against the text the previous one left.
    const changes: TextDocumentContentChangeEvent[] = [];
    for (let k = rng.int(1, 3); k > 0 && sent < EDITS; k--, sent++) {
      // Now and then the whole text is replaced by the original (a paste over everything).
      const edit = sent % 2500 === 2000 ? { start: 0, end: text.length, newText: original } : randomEdit(text, rng, original);
      const index = new LineIndex(text);
      changes.push({ range: index.rangeOf(edit.start, edit.end), text: edit.newText });
      text = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    }
    await session.change(uri, ++version, changes);
    if (version % 20 === 0) {
      symbolRequests++;
      const symbols = await session.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(Array.isArray(symbols), `symbols after edit ${sent}`);
    }
    if (version % 250 === 0) {
      if (version % 1000 === 0) await session.pullFull(uri);
      rss.push(rssKb(session.child.pid!));
    }
  }
  const editMs = performance.now() - started;

  // The final text, opened fresh under a second URI in the same server.
  const freshUri = `${uri}?fresh`;
  await session.open(freshUri, text, 1);
  const [edited, fresh] = [await session.pullFull(uri), await session.pullFull(freshUri)];
  const sameUri = (value: unknown) => JSON.parse(JSON.stringify(value).split(JSON.stringify(freshUri).slice(1, -1)).join(JSON.stringify(uri).slice(1, -1)));
  assert.deepEqual(edited, sameUri(fresh), 'diagnostics equal those of a fresh analysis');
  for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange']) {
    assert.deepEqual(await session.request(method, { textDocument: { uri } }), await session.request(method, { textDocument: { uri: freshUri } }), method);
  }
  const tables = await session.request<{ version: number; tables: unknown; title: string | null }>('nianbao/tables', { uri });
  const freshTables = await session.request<{ tables: unknown; title: string | null }>('nianbao/tables', { uri: freshUri });
  assert.equal(tables.version, version);
  assert.deepEqual(tables.tables, freshTables.tables);
  // The server's text, seen through the spans it returns: each is the client's text at its offsets.
  const seen = spans(tables.tables);
  assert.ok(seen.length > 50, `the final text still has tables to look through (${seen.length} spans)`);
  for (const span of seen) assert.equal(text.slice(span.offset, span.endOffset), span.text, `span at ${span.offset}`);
  const index = new LineIndex(text);
  for (let i = 0; i < 200; i++) {
    const position = index.positionAt(rng.int(0, text.length));
    const a = await session.request('textDocument/hover', { textDocument: { uri }, position });
    const b = await session.request('textDocument/hover', { textDocument: { uri: freshUri }, position });
    assert.deepEqual(a, b, `hover at ${JSON.stringify(position)}`);
  }

  // Alive, nothing logged as failed, memory bounded: the last samples do not keep climbing.
  assert.equal(session.child.exitCode, null, 'the server is alive');
  assert.deepEqual(session.logs.filter((l) => /failed|uncaught|unhandled/i.test(l)), []);
  assert.equal(session.protocolErrors.length, 0);
  const [warm, last] = [rss[4]!, Math.min(...rss.slice(-4))];
  t.diagnostic(
    `seed ${SEED}: ${EDITS} edits in ${version - 1} notifications, ${symbolRequests} symbol requests, ${Math.round(editMs)} ms; ` +
      `final text ${text.length} chars (start ${original.length}); ${seen.length} spans checked; RSS MB every 250 notifications: ${rss.map((k) => (k / 1024).toFixed(0)).join(' ')}`,
  );
  assert.ok(last - warm < 64 * 1024, `RSS grew from ${warm} kB to ${last} kB from the 1000th notification to the last ones`);
  assert.equal(await session.stop(), 0);
});

test('push mode: 2,000 random edits, debounced publications in version order, the last equals a fresh analysis', async () => {
  const session = await start({ capabilities: PUSH_CLIENT });
  const { uri, text: original } = sample(SAMPLE);
  const rng = mulberry32(SEED + 1);
  let text = original;
  let version = 1;
  await session.open(uri, text, version);
  for (let sent = 0; sent < 2000; sent++) {
    const edit = randomEdit(text, rng, original);
    const range = new LineIndex(text).rangeOf(edit.start, edit.end);
    text = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    await session.change(uri, ++version, [{ range, text: edit.newText }]);
  }
  await session.waitFor(() => session.published.some((p) => p.uri === uri && p.version === version), 'the final version published', 10_000);
  const freshUri = `${uri}?fresh`;
  await session.open(freshUri, text, 1);
  await session.waitFor(() => session.published.some((p) => p.uri === freshUri), 'the fresh document published', 10_000);
  const mine = session.published.filter((p) => p.uri === uri);
  // Debounced: a handful of publications at most, never an older version after a newer one.
  const versions = mine.map((p) => p.version!);
  assert.ok(versions.every((v, i) => i === 0 || v > versions[i - 1]!), `published versions in order: ${versions.join(', ')}`);
  assert.ok(versions.length < 20, `${versions.length} publications for 2,000 quick edits`);
  const final = mine[mine.length - 1]!.diagnostics;
  const fresh = session.published.find((p) => p.uri === freshUri)!.diagnostics;
  const sameUri = (value: unknown) => JSON.parse(JSON.stringify(value).split(JSON.stringify(freshUri).slice(1, -1)).join(JSON.stringify(uri).slice(1, -1)));
  assert.deepEqual(final, sameUri(fresh));
  assert.equal(await session.stop(), 0);
});
