// The file-size limit (setting `nianbao.maxFileSize`, `--max-file-size`, `maxFileSize` in
// .nianbaorc.json): a file above it is not analysed at all, and says so with one information
// notice instead of going silent or freezing the editor. The notice is not a rule: its code
// `file-too-large` cannot be turned off or regraded, only the limit moved.
import { zeroScores } from './parse/parseReport';
import type { ReportModel } from './model';
import { say } from './rules/messages';
import type { Finding, Locale } from './rules/types';

/** A long report is a few hundred kilobytes; 5 MB leaves room for HTML exports. */
export const DEFAULT_MAX_FILE_SIZE_MB = 5;

export const FILE_TOO_LARGE = 'file-too-large';

const MB = 1024 * 1024;

/** A limit as configured: a positive number of MB, anything else gives the default. */
export function normalizeMaxFileSize(value: unknown): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : DEFAULT_MAX_FILE_SIZE_MB;
}

/** The size the limit is measured in: bytes of the text as UTF-8 (of the file, on disk). */
export function textBytes(text: string): number {
  // Counted by hand: the core runs without Node's Buffer. A surrogate pair is 2 + 2 = 4 bytes, a
  // lone surrogate 3 (written as U+FFFD).
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : c >= 0xdc00 && c <= 0xdfff && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800 ? 2 : 3;
  }
  return bytes;
}

export function exceedsLimit(bytes: number, maxMB: number): boolean {
  return bytes > maxMB * MB;
}

/** A model for a file that was not analysed: no sections, no tables, the reason in `problem`. */
export function unanalysedModel(length: number, bytes: number, maxMB: number): ReportModel {
  return {
    format: null,
    formatScores: zeroScores(),
    year: null,
    metadata: {},
    sections: [],
    tables: [],
    problem: { code: 'too-large', message: tooLargeMessage(bytes, maxMB, 'zh') },
    length,
  };
}

function mb(bytes: number): string {
  return (bytes / MB).toFixed(1);
}

export function tooLargeMessage(bytes: number, maxMB: number, locale: Locale, setting = 'nianbao.maxFileSize'): string {
  return say(
    locale,
    `文件大小 ${mb(bytes)} MB，超过上限 ${maxMB} MB，未作检查（可在 ${setting} 中调整上限）`,
    `Not analysed: the file is ${mb(bytes)} MB, above the limit of ${maxMB} MB (change it with ${setting})`,
  );
}

/** The one notice a file above the limit gets, at the start of the document. */
export function tooLargeFinding(bytes: number, maxMB: number, locale: Locale, setting?: string): Finding {
  return {
    code: FILE_TOO_LARGE,
    severity: 'information',
    message: tooLargeMessage(bytes, maxMB, locale, setting),
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}
