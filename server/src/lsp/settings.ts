// The `nianbao.*` settings the server reads, per resource, and how they combine with the project
// file. Settings are fetched per document and never kept in globals beyond a cache that is
// cleared on every configuration change.
import { DEFAULT_MAX_FILE_SIZE_MB, normalizeMaxFileSize, type Locale, type SeveritySetting } from '../core';

export type LocaleSetting = 'auto' | 'zh' | 'en';

export interface Settings {
  /** Severity by rule id; `off` disables a rule. */
  rules: Record<string, SeveritySetting>;
  locale: LocaleSetting;
  detectByContent: boolean;
  /** Files above this many MB are not analysed (one information notice says so). */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: Settings = { rules: {}, locale: 'auto', detectByContent: true, maxFileSize: DEFAULT_MAX_FILE_SIZE_MB };

const SEVERITIES = new Set<string>(['error', 'warning', 'information', 'hint', 'off']);

/** Reads a severities map leniently: unknown values are dropped, `info` means `information`. */
export function normalizeSeverities(value: unknown): Record<string, SeveritySetting> {
  const result: Record<string, SeveritySetting> = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return result;
  for (const [id, raw] of Object.entries(value as Record<string, unknown>)) {
    if (typeof raw !== 'string') continue;
    const severity = raw.trim().toLowerCase() === 'info' ? 'information' : raw.trim().toLowerCase();
    if (SEVERITIES.has(severity)) result[id] = severity as SeveritySetting;
  }
  return result;
}

/** Turns whatever the client sent for the `nianbao` section into settings. */
export function normalizeSettings(value: unknown): Settings {
  if (!value || typeof value !== 'object') return { ...DEFAULT_SETTINGS, rules: {} };
  const raw = value as Record<string, unknown>;
  const locale = raw['locale'] === 'zh' || raw['locale'] === 'en' ? raw['locale'] : 'auto';
  return {
    rules: normalizeSeverities(raw['rules']),
    locale,
    detectByContent: raw['detectByContent'] !== false,
    maxFileSize: normalizeMaxFileSize(raw['maxFileSize']),
  };
}

/** The locale of messages: the setting, else the editor's display language (Chinese unless it
 *  is known to be something else). */
export function resolveLocale(setting: LocaleSetting, editorLocale: string | undefined): Locale {
  if (setting !== 'auto') return setting;
  if (!editorLocale) return 'zh';
  return editorLocale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Project file first, then the editor's settings: a user's setting wins over the project's. */
export function mergeSeverities(
  project: Record<string, SeveritySetting>,
  user: Record<string, SeveritySetting>,
): Record<string, SeveritySetting> {
  return { ...project, ...user };
}
