// Numbers as reports write them in prose: `21`, `２１`, `1,234`, `二十一`, `两百零三`, `一千二百`.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that may make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

/** A pattern source matching one number written in Arabic (half- or full-width) or Chinese numerals. */
export const NUMBER_PATTERN = `(?:[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?|[${CHINESE_NUMERAL_CHARS}]+)`;

/**
 * Reads a Chinese numeral (`二十一` → 21, `十五` → 15, `一百零三` → 103, `三万二千` → 32000)
 * or a string of digits (`２１`, `1,234`). Returns null for anything else.
 */
export function parseNumber(text: string): number | null {
  const s = text.trim();
  if (s === '') return null;
  if (/^[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?$/.test(s)) {
    const ascii = s
      .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .replace(/[,，]/g, '')
      .replace('．', '.');
    const value = Number(ascii);
    return Number.isFinite(value) ? value : null;
  }
  return parseChinese(s);
}

function parseChinese(s: string): number | null {
  if (![...s].every((c) => c in DIGITS || c in UNITS || c === '万')) return null;
  // Digit strings without units read digit by digit (`二〇二〇` → 2020), as in years.
  if (![...s].some((c) => c in UNITS || c === '万')) {
    if (s.length === 1) return DIGITS[s]!;
    return Number([...s].map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  const wan = s.split('万');
  if (wan.length > 2) return null;
  if (wan.length === 2) {
    const high = parseBelowWan(wan[0]!);
    const low = wan[1] === '' ? 0 : parseBelowWan(wan[1]!);
    if (high === null || low === null || high === 0) return null;
    total = high * 10000 + low;
  } else {
    const value = parseBelowWan(s);
    if (value === null) return null;
    total = value;
  }
  return total;
}

function parseBelowWan(s: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 10000;
  for (const c of s) {
    if (c in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[c] !== 0) return null; // two digits in a row
      digit = DIGITS[c]!;
    } else if (c in UNITS) {
      const unit = UNITS[c]!;
      if (unit >= lastUnit) return null;
      // Only 十 may stand without a digit, and only at the start (`十五`, not `百十`).
      if (digit === null && !(unit === 10 && total === 0)) return null;
      if (digit === 0 && unit !== 10) return null;
      // `十五` has no digit before 十.
      // `十五` and `一千零十` have no digit (or 零) before 十: it counts one ten.
      total += (digit === null || digit === 0 ? 1 : digit) * unit;
      digit = null;
      lastUnit = unit;
    } else {
      return null;
    }
  }
  if (digit !== null) total += digit;
  return total;
}
