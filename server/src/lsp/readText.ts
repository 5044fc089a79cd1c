// Reads a report from disk the way the command line does (the core's decoder: UTF-8, UTF-16 with
// BOM, GB18030). A file that is not text reads as empty, which no check takes for a report.
import { readFile } from 'node:fs/promises';
import { decodeReportBytes } from '../core';

export async function readReportFile(path: string): Promise<string> {
  const decoded = decodeReportBytes(await readFile(path));
  return decoded.ok ? decoded.text : '';
}
