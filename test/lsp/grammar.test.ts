// The TextMate grammar, tokenised with VS Code's own engine (vscode-textmate + oniguruma).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { ROOT } from './support/session';

let grammar: textmate.IGrammar;

before(async () => {
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== 'text.nianbao-report') return null;
      const path = join(ROOT, 'syntaxes', 'nianbao-report.tmLanguage.json');
      return textmate.parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
  });
  const loaded = await registry.loadGrammar('text.nianbao-report');
  assert.ok(loaded);
  grammar = loaded;
});

/** The scopes of the token covering `fragment` in `line`. */
function scopesAt(line: string, fragment: string): string[] {
  const index = line.indexOf(fragment);
  assert.ok(index >= 0, `${fragment} in ${line}`);
  const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
  const token = tokens.find((t) => t.startIndex <= index && index < t.endIndex);
  assert.ok(token);
  return token.scopes;
}

function has(line: string, fragment: string, scope: string): void {
  const scopes = scopesAt(line, fragment);
  assert.ok(
    scopes.some((s) => s.startsWith(scope)),
    `${JSON.stringify(fragment)} in ${JSON.stringify(line)}: expected ${scope}, got ${scopes.join(' ')}`,
  );
}

test('title and section headings', () => {
  has('2020年政府信息公开工作年度报告', '年度报告', 'markup.heading.title');
  has('一、总体情况', '总体情况', 'markup.heading.section');
  has('  五.存在的主要问题及改进情况', '存在的主要问题', 'markup.heading.section');
  has('（二）依申请公开政府信息情况', '依申请公开', 'markup.heading.subsection');
});

test('Article 20 captions, row labels and column headers', () => {
  has('\t第二十条第（一）项', '第二十条', 'keyword.other.caption');
  has('第二十条第(五)项', '项', 'keyword.other.caption');
  has('一、本年新收政府信息公开申请数量\t30\t0', '本年新收', 'support.type.row-label');
  has('\t（三）不予公开', '不予公开', 'support.type.row-label');
  has('3.危及“三安全一稳定”', '三安全', 'support.type.row-label');
  has('\t规范性文件', '规范性文件', 'support.type.row-label');
  has('\t本年新公开数量', '本年新公开数量', 'support.variable.column-header');
});

test('numbers, changes, amounts, separators, tabs, placeholders', () => {
  const pipe = '行政许可 | 12 | 增10 | 929.9082万元';
  has(pipe, '12', 'constant.numeric');
  has(pipe, '增10', 'constant.numeric');
  has(pipe, '929.9082万元', 'constant.numeric');
  has(pipe, '|', 'punctuation.separator.cell');
  has('\t0\t—\t5', '\t', 'punctuation.separator.tab');
  has('\t0\t—\t5', '—', 'constant.language.placeholder');
  has('统计期限自2020年1月1日起', '2020年1月1日', 'constant.other.date');
  has('XXXX年政府信息公开工作年度报告', 'XXXX年', 'invalid.illegal');
});

test('every seed line tokenises without error', () => {
  for (const name of ['满洲里市应急管理局2020年政府信息公开工作年度报告.txt', '滨江区应急管理局2020年报.txt']) {
    let state = textmate.INITIAL;
    for (const line of readFileSync(join(ROOT, 'samples', name), 'utf8').split('\n')) {
      state = grammar.tokenizeLine(line, state).ruleStack;
    }
  }
});

test('a report pasted as one long line is not coloured as a heading', () => {
  const body = '本年度我局主动公开政府信息120条，收到申请3件。'.repeat(400);
  const line = `一、总体情况 ${body} 二、主动公开政府信息情况 ${body}`;
  assert.ok(line.length > 10_000);
  has(line, '总体情况', 'markup.heading.section');
  const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
  const heading = tokens.filter((t) => t.scopes.some((s) => s.startsWith('markup.heading'))).reduce((n, t) => n + t.endIndex - t.startIndex, 0);
  assert.ok(heading < 20, `${heading} characters coloured as a heading`);
  const titled = `某某局2020年政府信息公开工作年度报告 ${body}`;
  const titleTokens = grammar.tokenizeLine(titled, textmate.INITIAL).tokens;
  assert.ok(!titleTokens.some((t) => t.scopes.some((s) => s.startsWith('markup.heading.title'))), 'a long line is no title');
});
