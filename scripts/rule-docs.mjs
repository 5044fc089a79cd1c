// The rule registry read at build time (bundled to a temporary CommonJS file), and one Markdown
// page per rule: what the README's rule list and the pages diagnostics link to are made from.
import * as esbuild from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function loadRules() {
  const out = join(mkdtempSync(join(tmpdir(), 'nianbao-rules-')), 'registry.cjs');
  await esbuild.build({ entryPoints: ['server/src/core/rules/registry.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning' });
  return createRequire(import.meta.url)(out).RULES;
}

const SEVERITY = { error: ['错误', 'error'], warning: ['警告', 'warning'], information: ['提示', 'information'], hint: ['提示', 'hint'] };

/** One page per rule (`<id>.md`, Chinese first, then English) in `dir`: the targets of the diagnostics' code links. */
export function writeRulePages(rules, dir) {
  mkdirSync(dir, { recursive: true });
  for (const r of rules) {
    const [zh, en] = SEVERITY[r.defaultSeverity] ?? [r.defaultSeverity, r.defaultSeverity];
    const page = [
      `# ${r.id}`,
      '',
      `**${r.description.zh}**（默认级别：${zh}）`,
      '',
      r.documentation.zh,
      '',
      '---',
      '',
      `**${r.description.en}** (default severity: ${en})`,
      '',
      r.documentation.en,
      '',
      '可在设置 `nianbao.rules` 或项目文件 `.nianbaorc.json` 中改变级别或关闭此规则。 / Change its severity or turn it off in the `nianbao.rules` setting or the project file `.nianbaorc.json`.',
      '',
    ].join('\n');
    writeFileSync(join(dir, `${r.id}.md`), page);
  }
  return rules.length;
}

/**
 * The notices that are not rules (file-too-large, document-unreadable) have their text in the
 * README after the generated rule list: each `### id` section there becomes a page too.
 */
export function writeNoticePages(readmePath, dir) {
  const readme = readFileSync(readmePath, 'utf8');
  const after = readme.slice(readme.indexOf('<!-- rules:end -->'));
  const end = after.search(/\n## /);
  const sections = (end < 0 ? after : after.slice(0, end)).split(/\n(?=### )/).slice(1);
  mkdirSync(dir, { recursive: true });
  for (const section of sections) {
    const id = /^### ([a-z-]+)/.exec(section)?.[1];
    if (id) writeFileSync(join(dir, `${id}.md`), `# ${id}\n${section.slice(section.indexOf('\n'))}\n`);
  }
  return sections.length;
}
