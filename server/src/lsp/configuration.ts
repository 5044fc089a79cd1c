// Settings per resource (workspace/configuration) combined with the project file into the
// options of one check. The cache is cleared whenever the client says settings changed.
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseIgnorePath } from '../core';
import type { Connection } from 'vscode-languageserver/node';
import type { CheckOptions, Locale } from '../core';
import { ProjectConfigCache } from './projectConfig';
import { DEFAULT_SETTINGS, mergeSeverities, normalizeSettings, resolveLocale, type Settings } from './settings';

export class ConfigurationResolver {
  /** Bumped on every change of settings or project files; part of diagnostic result ids. */
  generation = 0;
  private readonly cache = new Map<string, Promise<Settings>>();
  /** The settings of `cache` once they have arrived, for the synchronous readers (the size limit). */
  private readonly resolved = new Map<string, Settings>();
  private globalSettings: Settings = DEFAULT_SETTINGS;
  readonly projects = new ProjectConfigCache();
  private readonly reportedErrors = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly pullsConfiguration: () => boolean,
    private readonly editorLocale: () => string | undefined,
  ) {}

  /** `workspace/didChangeConfiguration`: clients that cannot be asked send the settings here. */
  settingsChanged(pushed: unknown): void {
    if (pushed && typeof pushed === 'object' && 'nianbao' in pushed) {
      this.globalSettings = normalizeSettings((pushed as { nianbao: unknown }).nianbao);
    }
    this.cache.clear();
    this.resolved.clear();
    this.generation++;
  }

  projectFilesChanged(): void {
    this.projects.clear();
    this.generation++;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.resolved.delete(uri);
  }

  /** The size limit of a document, in MB: its settings if they have arrived, else the global ones. */
  maxFileSizeFor(uri: string): number {
    return (this.pullsConfiguration() ? this.resolved.get(uri) : undefined)?.maxFileSize ?? this.globalSettings.maxFileSize;
  }

  settingsFor(uri: string): Promise<Settings> {
    if (!this.pullsConfiguration()) return Promise.resolve(this.globalSettings);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'nianbao' })
        .then(normalizeSettings, (error: unknown) => {
          this.connection.console.warn(`nianbao: reading settings for ${uri} failed: ${String(error)}`);
          return DEFAULT_SETTINGS;
        })
        .then((resolved) => {
          if (this.cache.get(uri) === settings) this.resolved.set(uri, resolved);
          return resolved;
        });
      this.cache.set(uri, settings);
    }
    return settings;
  }

  locale(settings: Settings): Locale {
    return resolveLocale(settings.locale, this.editorLocale());
  }

  async checkOptions(uri: string): Promise<CheckOptions> {
    const settings = await this.settingsFor(uri);
    const path = filePath(uri);
    const project = path ? this.projects.forFile(path) : { path: null, rules: {} };
    const problems = [...(project.error ? [project.error] : []), ...(project.warnings ?? [])];
    if (problems.length > 0 && project.path && !this.reportedErrors.has(project.path)) {
      this.reportedErrors.add(project.path);
      for (const problem of problems) this.connection.console.warn(`nianbao: ${problem}`);
    }
    return {
      locale: this.locale(settings),
      severities: mergeSeverities(project.rules, settings.rules),
      file: path ?? uri,
      ...(path && project.path && project.ignore?.length
        ? { ignore: { file: normaliseIgnorePath(relative(dirname(project.path), path)), entries: project.ignore } }
        : {}),
    };
  }
}

export function filePath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}
