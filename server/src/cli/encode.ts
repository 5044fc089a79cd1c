// Text → bytes in the encoding a report was read in, so `check --fix` writes a file back the way
// it came: UTF-8 (with its BOM if it had one), UTF-16 with a BOM, or GB18030.

let gbTable: Map<string, number[]> | undefined;

/** The two-byte GB18030 (GBK) code of every character, built once from the decoder. */
function gb18030Table(): Map<string, number[]> {
  if (gbTable) return gbTable;
  gbTable = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !gbTable.has(char)) gbTable.set(char, [lead, trail]);
    }
  }
  return gbTable;
}

/** Encodes a text; null when a character cannot be written in the encoding. */
export function encodeText(text: string, encoding: string, bom: boolean): Uint8Array | null {
  if (encoding === 'utf-8') {
    const body = new TextEncoder().encode(text);
    if (!bom) return body;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const out = new Uint8Array(2 + text.length * 2);
    const little = encoding === 'utf-16le';
    out.set(little ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      out[2 + i * 2] = little ? unit & 0xff : unit >> 8;
      out[3 + i * 2] = little ? unit >> 8 : unit & 0xff;
    }
    return out;
  }
  if (encoding === 'gb18030') {
    const table = gb18030Table();
    const bytes: number[] = [];
    for (const char of text) {
      const code = char.codePointAt(0)!;
      if (code < 0x80) {
        bytes.push(code);
        continue;
      }
      const pair = table.get(char);
      if (!pair) return null;
      bytes.push(...pair);
    }
    return Uint8Array.from(bytes);
  }
  return null;
}
