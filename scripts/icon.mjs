// The extension's icon, drawn here rather than committed as a binary: a red report page with the
// grid of a statistics table and a check mark. 128×128 RGBA PNG, written with Node's zlib.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const SIZE = 128;

function crc32(bytes) {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The colour of one pixel. */
function pixel(x, y) {
  const transparent = [0, 0, 0, 0];
  const red = [0xc8, 0x10, 0x2e, 255];
  const white = [255, 255, 255, 255];
  const gold = [0xff, 0xd1, 0x4a, 255];
  // A page with rounded corners.
  const r = 14;
  const inside = (px, py) => px >= 8 && px < 120 && py >= 4 && py < 124;
  if (!inside(x, y)) return transparent;
  for (const [cx, cy] of [[8 + r, 4 + r], [119 - r, 4 + r], [8 + r, 123 - r], [119 - r, 123 - r]]) {
    const inCorner = (x < 8 + r || x > 119 - r) && (y < 4 + r || y > 123 - r);
    if (inCorner && Math.hypot(x - cx, y - cy) > r && Math.abs(x - cx) <= r && Math.abs(y - cy) <= r) return transparent;
  }
  // The table: three columns, four rows of white rules.
  const inTable = x >= 24 && x <= 104 && y >= 26 && y <= 90;
  if (inTable && ([24, 50, 77, 104].some((v) => Math.abs(x - v) <= 1) || [26, 42, 58, 74, 90].some((v) => Math.abs(y - v) <= 1))) return white;
  // A check mark below the table.
  const onStroke = (ax, ay, bx, by, w) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= w;
  };
  if (onStroke(48, 104, 60, 114, 4) || onStroke(60, 114, 84, 96, 4)) return gold;
  return red;
}

export function writeIcon(path) {
  const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0; // no filter
    for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(raw, y * (SIZE * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, png);
}
