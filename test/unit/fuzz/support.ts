// Shared by the fuzz properties (test/unit/fuzz/*.test.ts, short runs in CI) and the long run
// (`npm run fuzz`, test/fuzz/run.ts): the texts to damage, the damage as fast-check arbitraries,
// and one checker that runs every consumer of the model and asserts that whatever they return
// lies inside the document.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkReport, decodeReportBytes, LineIndex, parseReport, type Finding, type Locale, type Range, type ReportModel } from '../../../server/src/core';
import { tableLenses } from '../../../server/src/core/lenses';
import { codeActionsFor, fixAll, fixFor, type TextEdit } from '../../../server/src/core/fixes';
import { hoverAt } from '../../../server/src/core/hovers';
import { fixturePath, repoRoot } from '../../support/fixtures';
import { randomMetadata, renderReport } from '../../support/render';
import { mulberry32 } from '../../support/rng';
import { available, htmlToTextWith, libreOfficeConvert, pdfToText } from '../../support/tools';
import { randomConsistentValues } from '../../support/values';

export interface NamedText {
  name: string;
  text: string;
}

let cachedCorpus: NamedText[] | undefined;

/** The five seeds of the shared corpus and every text fixture of ours (decoded as the CLI would). */
export function corpus(): NamedText[] {
  if (cachedCorpus) return cachedCorpus;
  const seedsDir = fixturePath('seeds');
  const out: NamedText[] = [];
  for (const dir of [seedsDir, fixturePath('renderings'), fixturePath('rules'), join(repoRoot(), 'samples')]) {
    for (const name of readdirSync(dir).filter((n) => /\.(txt|html?)$/.test(n)).sort()) {
      const decoded = decodeReportBytes(readFileSync(join(dir, name)));
      if (decoded.ok) out.push({ name, text: decoded.text });
    }
  }
  cachedCorpus = out;
  return out;
}

let cachedDrawn: NamedText[] | undefined;

/**
 * Our HTML reports of both formats as the real tools turn them into text: w3m and elinks box
 * drawing, links ASCII grids, pandoc pipe tables with markup and plain columns, lynx's indented
 * columns, LibreOffice's one-paragraph-per-cell text, and pdftotext's reading order and `-layout`
 * columns of LibreOffice's PDF (pages split by form feeds, the text an edit re-reads whole).
 * Tools not installed give none. Outputs are cached (test/support/tools.ts), so this is cheap
 * after the first run.
 */
export function drawnCorpus(): NamedText[] {
  if (cachedDrawn) return cachedDrawn;
  const out: NamedText[] = [];
  for (const format of ['2019', '2021'] as const) {
    const rng = mulberry32(format === '2019' ? 11 : 12);
    const values = randomConsistentValues(format, rng);
    const html = renderReport({ format, values, metadata: randomMetadata(format, rng), rendering: 'html', seed: 5, noise: false }).text;
    for (const tool of ['w3m', 'elinks', 'links', 'lynx', 'pandoc-gfm', 'pandoc-plain', 'lo-text'] as const) {
      if (available(tool)) out.push({ name: `${tool}-${format}`, text: htmlToTextWith(tool, html) });
    }
    if (available('soffice') && available('pdftotext')) {
      const pdf = libreOfficeConvert(Buffer.from(html, 'utf8'), 'html', 'pdf');
      out.push({ name: `pdftotext-${format}`, text: pdfToText(pdf, false) });
      out.push({ name: `pdftotext-layout-${format}`, text: pdfToText(pdf, true) });
    }
  }
  cachedDrawn = out;
  return out;
}

/** Seeds only: the documents "of seed size" the time bound is about. */
export function seeds(): NamedText[] {
  return corpus().filter((t) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(t.name));
}

/** Fragments that matter to the parser: separators, digits, labels, headings, markup, oddities. */
export const PIECES = [
  '\t', '\n', '\r\n', '\r', '|', ' ', '　', '0', '12', '300000232', '-', '—', '/', '无', '增', '减7', '（', '）',
  '一、', '三、', '总计', '（七）总计', '第二十条第（五）项', '本年新收政府信息公开申请数量', '自然人',
  '<td>', '</td>', '<tr>', '&nbsp;', '&#12345;', '\u0000', '\ud800', '\udc00', '\ufeff', '\u200b', '１２', '元', '万元',
  '2020年政府信息公开工作年度报告', '统计期限自2019年1月1日起至12月31日止',
];

/** One damage: where (a fraction of the length, so it fits any text) and what. */
export type Damage =
  | { kind: 'insert'; at: number; piece: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number; to: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'swap-lines'; a: number; b: number };

/**
 * A place in a text as a fraction of its length (so it fits any text). Not fc.double: its values
 * crowd near 0 (nine in ten below 0.001), which would put nearly every damage at the very start.
 * Integers keep a little bias towards the edges, which are worth hitting too.
 */
export const fraction: fc.Arbitrary<number> = fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1_000_000);

export const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fraction, piece: fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 8 })) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 60 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fraction, length: fc.integer({ min: 1, max: 400 }), to: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap-lines' as const), a: fraction, b: fraction }) },
);

export const damagesArb = fc.array(damageArb, { minLength: 1, maxLength: 12 });

export function applyDamage(text: string, damage: Damage): string {
  const at = (f: number) => Math.floor(f * (text.length + 1));
  switch (damage.kind) {
    case 'insert':
      return text.slice(0, at(damage.at)) + damage.piece + text.slice(at(damage.at));
    case 'delete':
      return text.slice(0, at(damage.at)) + text.slice(at(damage.at) + damage.length);
    case 'duplicate': {
      const piece = text.slice(at(damage.at), at(damage.at) + damage.length);
      return text.slice(0, at(damage.to)) + piece + text.slice(at(damage.to));
    }
    case 'truncate':
      return text.slice(0, at(damage.at));
    case 'swap-lines': {
      const lines = text.split('\n');
      const a = Math.floor(damage.a * lines.length);
      const b = Math.floor(damage.b * lines.length);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
  }
}

export const damageAll = (text: string, damages: Damage[]): string => damages.reduce(applyDamage, text);

/** A position is inside the document: an existing line, a character within that line. */
export function assertRangeInside(index: LineIndex, range: Range, what: string): void {
  for (const p of [range.start, range.end]) {
    assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character), `${what}: non-integer position ${JSON.stringify(p)}`);
    assert.ok(p.line >= 0 && p.line < index.lineCount, `${what}: line ${p.line} outside 0..${index.lineCount - 1}`);
    const lineEnd = p.line + 1 < index.lineCount ? index.lineStart(p.line + 1) : index.text.length;
    assert.ok(p.character >= 0 && index.lineStart(p.line) + p.character <= lineEnd, `${what}: character ${p.character} beyond line ${p.line}`);
  }
  const before = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  assert.ok(before, `${what}: range ends before it starts ${JSON.stringify(range)}`);
}

function assertEditsInside(edits: TextEdit[], length: number, what: string): void {
  for (const e of edits) {
    assert.ok(e.start >= 0 && e.start <= e.end && e.end <= length, `${what}: edit ${JSON.stringify(e)} outside 0..${length}`);
    assert.equal(typeof e.newText, 'string', `${what}: edit without text`);
  }
}

/** Every source span anywhere in the model (an object with offset, endOffset and range). */
function* spans(value: unknown, path = 'model'): Generator<{ path: string; span: { offset: number; endOffset: number; range: Range; text: string } }> {
  if (!value || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o['offset'] === 'number' && typeof o['endOffset'] === 'number' && o['range']) {
    yield { path, span: o as never };
  }
  for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') yield* spans(v, `${path}.${k}`);
}

export interface Timing {
  /** parseReport + checkReport, in ms. */
  engineMs: number;
  length: number;
}

/**
 * Runs the engine, every rule, hovers at `hoverOffsets` (fractions of the length), every quick
 * fix, the code-action menu and fix-all on `text`, asserting that nothing throws and every range,
 * offset and edit lies inside the document. Returns how long parse + rules took.
 */
export function exerciseAll(
  text: string,
  hoverFractions: number[] = [],
  options: { fixAll?: boolean; locale?: Locale } = {},
): Timing & { model: ReportModel; findings: Finding[] } {
  const locale = options.locale ?? 'zh';
  const started = performance.now();
  const model = parseReport(text);
  const findings = checkReport(model, text, { locale });
  const engineMs = performance.now() - started;
  const index = new LineIndex(text);

  assert.equal(model.length, text.length, 'model.length');
  for (const { path, span } of spans(model)) {
    assert.ok(span.offset >= 0 && span.offset <= span.endOffset && span.endOffset <= text.length, `${path}: offsets ${span.offset}..${span.endOffset} outside 0..${text.length}`);
    assertRangeInside(index, span.range, path);
    assert.deepEqual(span.range, index.rangeOf(span.offset, span.endOffset), `${path}: range and offsets disagree`);
    assert.equal(span.text, text.slice(span.offset, span.endOffset), `${path}: text is not the source at its offsets`);
  }
  for (const f of findings) {
    assert.ok(typeof f.message === 'string' && f.message.length > 0, `${f.code}: empty message`);
    assert.ok(!/内部错误/.test(f.message), `a rule threw: ${f.message}`);
    assertRangeInside(index, f.range, `finding ${f.code}`);
    for (const r of f.related ?? []) if (!r.file) assertRangeInside(index, r.range, `related of ${f.code}`);
  }
  for (const fraction of hoverFractions) {
    const hover = hoverAt(model, text, Math.floor(fraction * (text.length + 1)), locale);
    if (hover) {
      assert.ok(hover.markdown.length > 0, 'empty hover');
      assertRangeInside(index, hover.range, 'hover');
    }
  }
  for (const lens of tableLenses(model, locale)) assertRangeInside(index, lens.range, `lens ${lens.table}`);
  for (const f of findings) {
    const fix = fixFor(model, text, f, locale);
    if (fix) assertEditsInside(fix.edits, text.length, `fix for ${f.code}`);
  }
  const whole = index.rangeOf(0, text.length);
  for (const action of codeActionsFor(model, text, findings, whole, locale)) assertEditsInside(action.edits ?? [], text.length, action.title);
  if (options.fixAll !== false) assertEditsInside(fixAll(model, text, findings, { locale }), text.length, 'fix-all');
  return { engineMs, length: text.length, model, findings };
}

/** Collects per-case engine times; the bound is asserted on the median (one slow case on a shared
 *  machine is noise, a slow median is a regression). */
export class Timings {
  readonly samples: number[] = [];
  /** The slowest case, to look at (its text or how to rebuild it). */
  slowest: { ms: number; what: string } | undefined;
  add(ms: number, what = ''): void {
    this.samples.push(ms);
    if (!this.slowest || ms > this.slowest.ms) this.slowest = { ms, what };
  }
  get median(): number {
    const s = [...this.samples].sort((a, b) => a - b);
    return s.length === 0 ? 0 : s[Math.floor(s.length / 2)]!;
  }
  /** The share of cases over a bound, in percent. */
  over(ms: number): number {
    return this.samples.length === 0 ? 0 : (100 * this.samples.filter((s) => s > ms).length) / this.samples.length;
  }
  get max(): number {
    return Math.max(0, ...this.samples);
  }
  summary(): string {
    return `${this.samples.length} cases, median ${this.median.toFixed(1)} ms, ${this.over(MEDIAN_BUDGET_MS).toFixed(1)}% over ${MEDIAN_BUDGET_MS} ms, max ${this.max.toFixed(1)} ms`;
  }
}

/** The budget per document of seed size (issue 9); asserted on the median. */
export const MEDIAN_BUDGET_MS = 50;
