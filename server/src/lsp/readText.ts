// Reads a report from disk the way an editor would: UTF-8 when the bytes are UTF-8, else
// GB18030 (GBK's superset, common for files saved by Chinese Windows), BOM dropped.
import { readFile } from 'node:fs/promises';

export async function readReportFile(path: string): Promise<string> {
  return decodeReport(await readFile(path));
}

export function decodeReport(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      text = new TextDecoder('gb18030').decode(bytes);
    } catch {
      text = new TextDecoder('utf-8').decode(bytes);
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
