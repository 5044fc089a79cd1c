// The bench's inputs, made at bench time (nothing big is committed): the seed reports, a 1 MB
// report (a seed's tables with a long narrative), and a folder of 1,000 random consistent
// reports in every rendering of docs/report-format.md §5.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from '../support/fixtures';
import { randomReports } from '../support/reports';

export interface Seed {
  name: string;
  text: string;
}

export function seeds(): Seed[] {
  const dir = fixturePath('seeds');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * A report of at least `bytes` bytes of UTF-8: the first seed (a real report, tables in
 * 二、三、四) with the narrative of its 总体情况 repeated in 一、五、六 — where long reports
 * are long. Its tables are the seed's, so an edit in 表三 is an edit in a real table.
 */
export function largeReport(bytes = 1_000_000): string {
  const base = seeds()[0]!.text;
  const lines = base.split('\n');
  const at = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
  const [i1, i5, i6] = [at('一、'), at('五、'), at('六、')];
  if (i1 < 0 || i5 < 0 || i6 < 0) throw new Error('the first seed lacks the headings the large report is built on');
  const prose = lines.slice(i1 + 1, at('二、')).filter((l) => l.trim().length > 0 && !l.startsWith('（')).join('\n') + '\n';
  const proseBytes = Buffer.byteLength(prose);
  const reps = Math.ceil((bytes - Buffer.byteLength(base)) / 3 / proseBytes) + 1;
  const chunk = prose.repeat(reps);
  return [...lines.slice(0, i1 + 1), chunk, ...lines.slice(i1 + 1, i5 + 1), chunk, ...lines.slice(i5 + 1, i6 + 1), chunk, ...lines.slice(i6 + 1)].join('\n');
}

/**
 * `count` random consistent reports written as files into a new temp folder: both formats,
 * every rendering (and mixed ones), varied numbers, metadata and cosmetic noise.
 */
export function reportFolder(count: number, seed = 2026): { dir: string; bytes: number } {
  const dir = join(tmpdir(), `nianbao-bench-${process.pid}-${count}`);
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const { index, text, metadata } of randomReports(count, seed)) {
    const file = join(dir, `${String(index).padStart(4, '0')}_${metadata.bodyName}${metadata.year}年政府信息公开工作年度报告.txt`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return { dir, bytes };
}
