// Bytes on disk → text. Reports arrive as UTF-8 (with or without BOM), UTF-16 with a BOM,
// or GB18030/GBK from older Windows tools. Binary files are refused with a reason.

export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' }
  | { ok: false; reason: 'binary' | 'encoding'; message: string };

export function decodeReportBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) {
    return { ok: false, reason: 'binary', message: '文件是二进制内容，不是文本报告（binary file, not a text report）' };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    // Not UTF-8: the other encoding Chinese documents come in.
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return { ok: true, text, encoding: 'gb18030' };
  } catch {
    return {
      ok: false,
      reason: 'encoding',
      message: '无法识别文件编码（既不是 UTF-8 也不是 GB18030）（unknown text encoding: neither UTF-8 nor GB18030）',
    };
  }
}

/** NUL bytes or many control bytes in the first 8 KiB mean a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.05;
}
