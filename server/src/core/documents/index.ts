// The document readers, one module per kind, chosen by the file's name and confirmed by its
// first bytes: a file named .docx that is not a zip, or an old binary Word file renamed, gets a
// clear word instead of a confused parse. Every reader ends in the same ReportDocument, which
// compose.ts writes as the report text the engine reads.
import { composeDocument, type ComposedDocument } from './compose';
import { readDocx } from './docx';
import { readHtml } from './html';
import { readPdf } from './pdf';
import type { DocumentKind, ReadOutcome } from './types';

export type { ComposedDocument, LocatedRange } from './compose';
export { composeDocument, locationAt } from './compose';
export { locateFindings } from './locate';
export type { DocumentBlock, DocumentKind, ReadOutcome, ReportDocument, UnreadableReason } from './types';

/** Extensions of the documents the readers open. */
export const DOCUMENT_EXTENSIONS: Record<string, DocumentKind> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.shtml': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/** Old binary office formats: they need saving as .docx first. */
const OLD_FORMATS = new Set(['.doc', '.wps', '.dot', '.rtf', '.et', '.xls', '.ppt', '.dps', '.ofd', '.wpt']);

/** Documents above this size are not read (a long report's PDF is a few megabytes). */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export function documentKind(fileName: string): DocumentKind | undefined {
  return DOCUMENT_EXTENSIONS[extensionOf(fileName)];
}

export function isOldOfficeFormat(fileName: string): boolean {
  return OLD_FORMATS.has(extensionOf(fileName));
}

function extensionOf(fileName: string): string {
  const m = /\.[^./\\]+$/.exec(fileName);
  return m ? m[0].toLowerCase() : '';
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
/** OLE compound file: old .doc/.wps, and also an encrypted .docx (Office wraps those in OLE). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What the bytes are, whatever the file is called. */
export function sniff(bytes: Uint8Array): DocumentKind | 'ole' | 'text' | 'unknown' {
  if (startsWith(bytes, ZIP)) return 'docx';
  // Some PDF writers put a few bytes of junk before the header; readers accept it within 1 KB.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (startsWith(bytes, PDF) || head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, OLE)) return 'ole';
  if (/<(!doctype\s+html|html|head|body|table|meta|div|p)\b/i.test(head)) return 'html';
  return bytes.subarray(0, 8192).includes(0) ? 'unknown' : 'text';
}

function oldFormat(fileName: string): ReadOutcome {
  return {
    ok: false,
    reason: 'old-format',
    message: `“${extensionOf(fileName) || fileName}”是旧的二进制文档格式，无法直接读取；请在 Word 或 WPS 中另存为 .docx 后再检查（old binary office format: save it as .docx in Word or WPS first）`,
  };
}

/** Reads a document; never throws (a reader's failure is an unreadable outcome). */
export async function readDocument(bytes: Uint8Array, fileName: string): Promise<ReadOutcome> {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    return {
      ok: false,
      reason: 'too-large',
      message: `文档大小 ${(bytes.length / 1048576).toFixed(1)} MB，超过 ${MAX_DOCUMENT_BYTES / 1048576} MB 的上限，未读取（document over the ${MAX_DOCUMENT_BYTES / 1048576} MB limit, not read）`,
    };
  }
  const named = documentKind(fileName);
  const actual = sniff(bytes);
  try {
    if (actual === 'ole') {
      return named === 'docx'
        ? { ok: false, reason: 'encrypted', message: '该 .docx 文件已加密（设有打开密码），无法读取；请去掉密码后再检查（encrypted .docx: remove the password first）' }
        : oldFormat(fileName);
    }
    if (isOldOfficeFormat(fileName)) return oldFormat(fileName);
    if (actual === 'docx') return readDocx(bytes);
    if (actual === 'pdf') return await readPdf(bytes);
    if (actual === 'html' || (named === 'html' && actual === 'text')) return readHtml(bytes);
    const expected = named === 'docx' ? 'DOCX（Word 文档）' : named === 'pdf' ? 'PDF' : '文档';
    return {
      ok: false,
      reason: 'corrupt',
      message: `文件内容不是 ${expected}，可能已损坏或扩展名有误（the content is not a ${named ?? 'document'} file: corrupt or misnamed）`,
    };
  } catch (error) {
    return { ok: false, reason: 'corrupt', message: `文档无法读取：${(error as Error).message}（cannot read the document）` };
  }
}

/** A document read and written as the report text the engine parses. */
export type ComposedOutcome = { ok: true; kind: DocumentKind; composed: ComposedDocument } | Extract<ReadOutcome, { ok: false }>;

export async function readComposedDocument(bytes: Uint8Array, fileName: string): Promise<ComposedOutcome> {
  const outcome = await readDocument(bytes, fileName);
  if (!outcome.ok) return outcome;
  return { ok: true, kind: outcome.document.kind, composed: composeDocument(outcome.document) };
}
