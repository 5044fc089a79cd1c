// The command line's side of the project file: the file system walk, cached per folder.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findConfig, parseConfig, type ParsedConfig } from '../core';

function readIfFile(path: string): string | null {
  try {
    if (!statSync(path).isFile()) return null;
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Reads a project file named on the command line; null contents when it cannot be read. */
export function loadConfigFile(path: string): ParsedConfig {
  const contents = readIfFile(path);
  if (contents === null) return { config: { rules: {} }, warnings: [], error: `${path}: 无法读取配置文件（cannot read the configuration file）` };
  return parseConfig(contents, path);
}

/** Finds and parses the project file that applies to each report, once per folder. */
export class ConfigLocator {
  private readonly byDir = new Map<string, (ParsedConfig & { path: string }) | null>();

  forFile(file: string): (ParsedConfig & { path: string }) | null {
    const dir = dirname(file);
    if (this.byDir.has(dir)) return this.byDir.get(dir)!;
    const found = findConfig(dir, readIfFile, { join, dirname });
    const parsed = found ? { ...parseConfig(found.contents, found.path), path: found.path } : null;
    this.byDir.set(dir, parsed);
    return parsed;
  }
}
