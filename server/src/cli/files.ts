// Finding report files under the paths given on the command line, and reading them whatever
// their encoding.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative } from 'node:path';
import { exceedsLimit, tooLargeFinding, decodeReportBytes, type Finding, type Locale } from '../core';

/**
 * File extensions searched for in folders (a file named explicitly is read whatever its name):
 * text, the documents the readers open, and old office formats (which get a message to save
 * them as .docx rather than being passed over in silence).
 */
export const REPORT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.htm', '.html', '.docx', '.pdf', '.doc', '.wps']);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);

export interface FileProblem {
  path: string;
  message: string;
}

export function collectReportFiles(paths: string[]): { files: string[]; problems: FileProblem[] } {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      problems.push({ path: dir, message: `无法读取文件夹（cannot read folder）：${(error as Error).message}` });
      return;
    }
    for (const name of names) {
      // `~$name.docx`: the lock file Word and WPS keep beside an open document.
      if (name.startsWith('.') || name.startsWith('~$') || SKIPPED_FOLDERS.has(name)) continue;
      const path = join(dir, name);
      let isDir = false;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        continue;
      }
      if (isDir) walk(path);
      else if (REPORT_EXTENSIONS.has(extname(name).toLowerCase())) files.push(path);
    }
  };
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      problems.push({ path, message: '文件不存在或无法访问（no such file or not accessible）' });
      continue;
    }
    if (stat.isDirectory()) walk(path);
    else files.push(path);
  }
  return { files, problems };
}

export type ReadReport = { ok: true; text: string; encoding: string } | { ok: false; message: string };

/** Reads and decodes one report; a binary or undecodable file gives a message, not an exception. */
export function readReportFile(path: string): ReadReport {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, message: `无法读取文件（cannot read file）：${(error as Error).message}` };
  }
  const decoded = decodeReportBytes(bytes);
  return decoded.ok ? { ok: true, text: decoded.text, encoding: decoded.encoding } : { ok: false, message: decoded.message };
}

/** The name a file goes by in output: relative to the working folder when inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : path;
}

/**
 * The one finding of a file above the size limit (`maxMB`), or undefined when it is within it or
 * cannot be stat'ed (reading it will then report why). Such a file is never read.
 */
export function oversizeFinding(path: string, maxMB: number, locale: Locale): Finding | undefined {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return undefined;
  }
  return exceedsLimit(size, maxMB) ? tooLargeFinding(size, maxMB, locale, '--max-file-size / maxFileSize') : undefined;
}
