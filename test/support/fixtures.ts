// Locating the repository and the fixtures from wherever the bundled test runs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FormatVersion } from '../../server/src/core';
import type { Values } from './values';

/** The repository root: the nearest folder above this file (or the cwd) holding package.json and test/. */
export function repoRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    let dir = resolve(start);
    for (;;) {
      if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'test', 'fixtures'))) return dir;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new Error(`cannot find the repository root from ${__dirname}`);
}

export function fixturePath(...parts: string[]): string {
  return join(repoRoot(), 'test', 'fixtures', ...parts);
}

export interface RenderingFixture {
  name: string;
  path: string;
  text: string;
  expected: ExpectedReport;
}

export interface ExpectedReport {
  /** What the fixture exercises (for humans). */
  description?: string;
  rendering?: string;
  format: FormatVersion;
  year: number;
  bodyName?: string;
  publicationDate?: string;
  /** The values map of docs/interfaces.md: null for empty, dash and ambiguous cells; absent rows have no keys. */
  values: Values;
  /** Cell statuses a correct parser must report (CellModel.status), for cells where it matters. */
  cellStatus?: Record<string, string>;
  /** Ambiguous cells: the values each consistent reading gives (order free). */
  candidates?: Record<string, number[]>;
}

/** Every `*.txt`/`*.html` fixture of a folder that has a `<name>.expected.json` companion. */
export function loadFixtures(folder: string): RenderingFixture[] {
  const dir = fixturePath(folder);
  const names = readdirSync(dir).filter((n) => !n.endsWith('.json')).sort();
  return names.flatMap((name) => {
    const base = name.replace(/\.[^.]+$/, '');
    const expectedPath = join(dir, `${base}.expected.json`);
    if (!existsSync(expectedPath)) return [];
    const path = join(dir, name);
    return [
      {
        name,
        path,
        text: readFileSync(path, 'utf8'),
        expected: JSON.parse(readFileSync(expectedPath, 'utf8')) as ExpectedReport,
      },
    ];
  });
}
