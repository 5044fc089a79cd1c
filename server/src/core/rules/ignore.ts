// Findings a reviewer has judged and chose to ignore, listed in the project file's `ignore`:
//   { "ignore": [{ "rule": "cell-not-number", "file": "2022/某局.pdf", "key": "proactive.licensing.decisions" }] }
// `file` is relative to the project file's folder (forward slashes); `key` is the finding's cell
// key (or another key, see findingKey); without `key` every finding of the rule in the file is
// ignored. An entry for a checked file that matches nothing is stale: it is reported, so the list
// does not silently outlive the problems it was written for.
import { say } from './messages';
import type { Finding, Locale } from './types';

export const IGNORE_STALE = 'ignore-stale';

export interface IgnoreEntry {
  rule: string;
  file: string;
  key?: string;
}

/** The ignore list that applies to one checked file: its path relative to the project file. */
export interface IgnoreScope {
  file: string;
  entries: IgnoreEntry[];
}

/** Paths compared with forward slashes and without a leading "./". */
export function normaliseIgnorePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/**
 * What identifies a finding within its file, besides its rule: the cell it is on, else the row,
 * table, section or quantity it names; undefined when the finding names none (the rule and file
 * then identify it).
 */
export function findingKey(finding: Pick<Finding, 'data'>): string | undefined {
  const data = finding.data as Record<string, unknown> | undefined;
  if (!data || typeof data !== 'object') return undefined;
  const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);
  const repair = data['repair'] as { key?: unknown } | undefined;
  const at = data['at'] as { key?: unknown } | string | undefined;
  return (
    text(data['key']) ??
    text(repair?.key) ??
    (typeof at === 'string' ? text(at) : text(at?.key)) ??
    (text(data['table']) && text(data['row']) ? `${data['table']}.${data['row']}` : undefined) ??
    text(data['section']) ??
    text(data['table']) ??
    text(data['quantity'])
  );
}

function matches(entry: IgnoreEntry, file: string, finding: Finding): boolean {
  return entry.rule === finding.code && normaliseIgnorePath(entry.file) === file && (entry.key === undefined || entry.key === findingKey(finding));
}

/**
 * The findings without those the ignore list names, plus one `ignore-stale` information finding
 * per entry for this file that matched nothing (on the first line: the entry lives in the project file).
 */
export function applyIgnores(findings: Finding[], scope: IgnoreScope, locale: Locale): Finding[] {
  const file = normaliseIgnorePath(scope.file);
  const mine = scope.entries.filter((e) => normaliseIgnorePath(e.file) === file);
  if (mine.length === 0) return findings;
  const used = new Set<IgnoreEntry>();
  const kept = findings.filter((f) => {
    const entry = mine.find((e) => matches(e, file, f));
    if (entry) used.add(entry);
    return !entry;
  });
  for (const entry of mine) {
    if (used.has(entry)) continue;
    const what = entry.key ? `${entry.rule} ${entry.key}` : entry.rule;
    kept.push({
      code: IGNORE_STALE,
      severity: 'information',
      message: say(
        locale,
        `项目文件 .nianbaorc.json 中忽略的“${what}”已不再出现，可删除该条目`,
        `The ignored “${what}” in .nianbaorc.json no longer occurs; the entry can be removed`,
      ),
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      data: { entry },
    });
  }
  return kept;
}
