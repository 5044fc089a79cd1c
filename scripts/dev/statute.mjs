// Developer aid: extracts the articles hovers quote from the reference text of the regulation
// into server/src/core/hovers/statute.ts. `node scripts/dev/statute.mjs [REFERENCE]`.
// The reference writes ASCII brackets `(一)`; the promulgated text uses full-width `（一）`.
import { readFileSync, writeFileSync } from 'node:fs';

const source = process.argv[2] ?? '../shared/reference/regulation-2019.md';
const WANTED = [14, 15, 16, 20, 27, 30, 33, 35, 36, 37, 38, 39, 42, 49, 50, 51];
const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function chinese(n) {
  if (n < 10) return NUMERALS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : NUMERALS[tens]}十${ones ? NUMERALS[ones] : ''}`;
}

const fullWidth = (s) => s.replace(/\(([^()]*)\)/g, '（$1）');
const lines = readFileSync(source, 'utf8').split(/\r?\n/);
const articles = {};
let current = null;
for (const line of lines) {
  const m = /^第([一二三四五六七八九十百]+)条 (.*)$/.exec(line);
  if (m) {
    current = `第${m[1]}条`;
    articles[current] = [fullWidth(m[2])];
  } else if (/^#/.test(line)) {
    current = null;
  } else if (current && line.trim()) {
    articles[current].push(fullWidth(line.trim()));
  }
}

const out = [
  '// Articles of 《中华人民共和国政府信息公开条例》 (2019 revision) that hovers quote, one paragraph or',
  '// item per entry, with full-width brackets as promulgated. Generated from the reference text by',
  '// scripts/dev/statute.mjs; do not edit by hand.',
  '',
  'export const STATUTE: Readonly<Record<string, readonly string[]>> = {',
];
for (const n of WANTED) {
  const id = `第${chinese(n)}条`;
  const paragraphs = articles[id];
  if (!paragraphs) throw new Error(`${id} not found`);
  out.push(`  ${id}: [`);
  for (const p of paragraphs) out.push(`    '${p.replace(/[\\']/g, (c) => `\\${c}`)}',`);
  out.push('  ],');
}
out.push('};', '');
writeFileSync('server/src/core/hovers/statute.ts', out.join('\n'));
console.log(`wrote ${WANTED.length} articles`);
