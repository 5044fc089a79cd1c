// The project file `.nianbaorc.json`, read by the command line and the language server alike:
//   { "rules": { "<rule-id>": "error" | "warning" | "information" | "hint" | "off" },
//     "locale": "zh" | "en", "maxFileSize": <MB> }
// Pure: takes the file's contents and returns the configuration and any problems found in it.
// Finding the file (walking up from a report's folder) is the caller's business.
import { RULES } from './rules/registry';
import type { Locale, SeveritySetting } from './rules/types';
import type { IgnoreEntry } from './rules/ignore';

export const CONFIG_FILE_NAME = '.nianbaorc.json';

export interface NianbaoConfig {
  /** Severity overrides by rule id; `off` disables a rule. */
  rules: Record<string, SeveritySetting>;
  /** Message language; absent = Chinese (or the editor's choice). */
  locale?: Locale;
  /** Files above this many MB are not analysed (the command line; the editor has its setting). */
  maxFileSize?: number;
  /** Findings judged and ignored (rules/ignore.ts); `file` relative to the project file's folder. */
  ignore?: IgnoreEntry[];
}

export interface ParsedConfig {
  config: NianbaoConfig;
  /** Problems that make part of the file be ignored (unknown rule, bad severity): warn, go on. */
  warnings: string[];
  /** The file is not valid JSON or not an object: nothing in it is used. */
  error?: string;
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);
const ALIASES: Record<string, SeveritySetting> = { info: 'information', warn: 'warning', none: 'off' };

/** Reads one severity value leniently (`Warning`, `info`); null when it is not one. */
export function parseSeverity(raw: unknown): SeveritySetting | null {
  if (typeof raw !== 'string') return null;
  const value = raw.trim().toLowerCase();
  if (SEVERITIES.has(value)) return value as SeveritySetting;
  return ALIASES[value] ?? null;
}

/** Parses the contents of a project file. `source` names it in messages. */
export function parseConfig(contents: string, source = CONFIG_FILE_NAME): ParsedConfig {
  const config: NianbaoConfig = { rules: {} };
  const warnings: string[] = [];
  let json: unknown;
  try {
    json = JSON.parse(contents.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { config, warnings, error: `${source}: 不是有效的 JSON（invalid JSON）：${(error as Error).message}` };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { config, warnings, error: `${source}: 应为 JSON 对象（expected a JSON object）` };
  }
  const raw = json as Record<string, unknown>;
  const rules = raw['rules'];
  if (rules !== undefined) {
    if (!rules || typeof rules !== 'object' || Array.isArray(rules)) {
      warnings.push(`${source}: "rules" 应为对象（"rules" should be an object）`);
    } else {
      for (const [id, value] of Object.entries(rules as Record<string, unknown>)) {
        const severity = parseSeverity(value);
        if (!RULES.some((r) => r.id === id)) {
          warnings.push(`${source}: 未知规则 "${id}"（unknown rule）`);
          continue;
        }
        if (severity === null) {
          warnings.push(`${source}: 规则 "${id}" 的级别 ${JSON.stringify(value)} 无效，应为 error、warning、information、hint 或 off`);
          continue;
        }
        config.rules[id] = severity;
      }
    }
  }
  const locale = raw['locale'];
  if (locale !== undefined) {
    if (locale === 'zh' || locale === 'en') config.locale = locale;
    else warnings.push(`${source}: "locale" 应为 "zh" 或 "en"（"locale" should be "zh" or "en"）`);
  }
  const maxFileSize = raw['maxFileSize'];
  if (maxFileSize !== undefined) {
    if (typeof maxFileSize === 'number' && Number.isFinite(maxFileSize) && maxFileSize > 0) config.maxFileSize = maxFileSize;
    else warnings.push(`${source}: "maxFileSize" 应为正数（MB）（"maxFileSize" should be a positive number of MB）`);
  }
  const ignore = raw['ignore'];
  if (ignore !== undefined) {
    if (!Array.isArray(ignore)) warnings.push(`${source}: "ignore" 应为数组（"ignore" should be an array）`);
    else {
      config.ignore = [];
      for (const item of ignore) {
        const entry = item as Record<string, unknown> | null;
        if (!entry || typeof entry !== 'object' || typeof entry['rule'] !== 'string' || typeof entry['file'] !== 'string' || (entry['key'] !== undefined && typeof entry['key'] !== 'string')) {
          warnings.push(`${source}: "ignore" 的条目应为 {"rule", "file", "key"?}：${JSON.stringify(item)}（each entry should be {"rule", "file", "key"?}）`);
          continue;
        }
        config.ignore.push({ rule: entry['rule'], file: entry['file'], ...(typeof entry['key'] === 'string' ? { key: entry['key'] } : {}) });
      }
    }
  }
  return { config, warnings };
}

/**
 * The project file's contents with one more ignore entry (the quick fix "ignore in
 * .nianbaorc.json"): the rest of the file kept as parsed, two-space indented. `contents` null or
 * unreadable = a new file. An entry already present is not added twice.
 */
export function withIgnoreEntry(contents: string | null, entry: IgnoreEntry): string {
  let json: Record<string, unknown> = {};
  if (contents !== null && contents.trim().length > 0) {
    try {
      const parsed = JSON.parse(contents.replace(/^\uFEFF/, '')) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) json = parsed as Record<string, unknown>;
    } catch {
      // An unreadable file is not overwritten with a guess: the caller offers no fix then.
      throw new Error(`${CONFIG_FILE_NAME}: 不是有效的 JSON（invalid JSON）`);
    }
  }
  const list = Array.isArray(json['ignore']) ? (json['ignore'] as unknown[]) : [];
  const same = (e: unknown) => {
    const x = e as Partial<IgnoreEntry> | null;
    return !!x && x.rule === entry.rule && x.file === entry.file && x.key === entry.key;
  };
  if (!list.some(same)) list.push(entry.key === undefined ? { rule: entry.rule, file: entry.file } : { rule: entry.rule, file: entry.file, key: entry.key });
  json['ignore'] = list;
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** Later configurations win, rule by rule (project file, then the user's settings). */
export function mergeConfigs(...configs: Array<Partial<NianbaoConfig> | undefined>): NianbaoConfig {
  const merged: NianbaoConfig = { rules: {} };
  for (const c of configs) {
    if (!c) continue;
    Object.assign(merged.rules, c.rules ?? {});
    if (c.locale) merged.locale = c.locale;
    if (c.maxFileSize) merged.maxFileSize = c.maxFileSize;
    if (c.ignore) merged.ignore = [...(merged.ignore ?? []), ...c.ignore];
  }
  return merged;
}

/**
 * Finds the project file that applies to a file: the nearest `.nianbaorc.json` in its folder or
 * above. The file system is injected (`readFile` returns null when there is no such file), so
 * this stays pure and testable; `dirname` must return its argument at the root.
 */
export function findConfig(
  startDir: string,
  readFile: (path: string) => string | null,
  path: { join(a: string, b: string): string; dirname(p: string): string },
): { path: string; contents: string } | null {
  let dir = startDir;
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    const contents = readFile(candidate);
    if (contents !== null) return { path: candidate, contents };
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
