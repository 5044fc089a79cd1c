// The project file `.nianbaorc.json` ({"rules": {"rule-id": "warning" | … | "off"}}), found by
// walking up from a document's folder. Read by the editor and the command line alike. Cached by
// path and modification time, so an edited file is picked up even without a file watcher.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAME, parseConfig, type IgnoreEntry, type SeveritySetting } from '../core';

export const PROJECT_FILE = CONFIG_FILE_NAME;

export interface ProjectConfig {
  /** Where the file was found; null when there is none. */
  path: string | null;
  rules: Record<string, SeveritySetting>;
  /** Findings judged and ignored (core/rules/ignore.ts). */
  ignore?: IgnoreEntry[];
  /** A parse error, to be logged (the file is then ignored). */
  error?: string;
  /** Parts of the file that were ignored (unknown rules, bad severities), to be logged. */
  warnings?: string[];
}

const NONE: ProjectConfig = { path: null, rules: {} };

export class ProjectConfigCache {
  private readonly files = new Map<string, { mtimeMs: number; config: ProjectConfig }>();

  /** The project file that applies to a file path (the nearest one above it). */
  forFile(filePath: string): ProjectConfig {
    let dir = dirname(filePath);
    for (;;) {
      const candidate = join(dir, PROJECT_FILE);
      const config = this.read(candidate);
      if (config) return config;
      const parent = dirname(dir);
      if (parent === dir) return NONE;
      dir = parent;
    }
  }

  clear(): void {
    this.files.clear();
  }

  private read(path: string): ProjectConfig | undefined {
    let mtimeMs: number;
    try {
      const stat = statSync(path);
      if (!stat.isFile()) return undefined;
      mtimeMs = stat.mtimeMs;
    } catch {
      this.files.delete(path);
      return undefined;
    }
    const cached = this.files.get(path);
    if (cached && cached.mtimeMs === mtimeMs) return cached.config;
    const config = parseProjectFile(path, safeRead(path));
    this.files.set(path, { mtimeMs, config });
    return config;
  }
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Parses a project file with the core's reader, the one the command line uses too. */
export function parseProjectFile(path: string, text: string): ProjectConfig {
  const parsed = parseConfig(text, path);
  if (parsed.error) return { path, rules: {}, error: parsed.error, warnings: parsed.warnings };
  return { path, rules: parsed.config.rules, warnings: parsed.warnings, ...(parsed.config.ignore ? { ignore: parsed.config.ignore } : {}) };
}
