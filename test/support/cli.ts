// Running the command-line commands in-process with their output captured, and folders of
// files for them to read: what every command-line test needs.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../server/src/cli/io';

export interface CliRun {
  status: number;
  out: string;
  err: string;
}

/** Runs `command` (e.g. `(io) => runCheck(args, io)`) with stdout and stderr captured. */
export async function runCaptured(command: (io: CliIO) => Promise<number>, cwd: string, stderrIsTTY = false): Promise<CliRun> {
  let out = '';
  let err = '';
  const status = await command({ out: (t) => (out += t), err: (t) => (err += t), cwd, stderrIsTTY });
  return { status, out, err };
}

/** Writes `files` (paths may name sub-folders) into `dir`. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

/** A new temp folder holding `files`. */
export function tempFolder(prefix: string, files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFiles(dir, files);
  return dir;
}
