// Reading one cell's text by its column's kind: counts, signed changes (`增10`, `减7`, `+26`,
// `-1`) and amounts with units (`4339000.00元` → 433.9 万元). Empty, dash and non-numeric cells
// stay what they are; nothing becomes 0 that was not written 0.
import type { ValueKind } from '../formats/types';
import type { AmountUnit, CellStatus } from '../model';
import { UNKNOWN_CELL } from '../grid/canonical';

export interface CellReading {
  status: CellStatus;
  value: number | null;
  unit?: AmountUnit;
}

const DASH = /^[-—–－―~～/／\\×xX*＊]+$/;
const COUNT = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:件|个|项|条|次|人|家)?$/;
const CHANGE = /^(增加|减少|增|减|[+-])?(\d{1,3}(?:,\d{3})+|\d+)(?:件|个|项|条)?$/;
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万元|元|万)?$/;

export function readCell(raw: string, kind: ValueKind, headerUnit?: AmountUnit): CellReading {
  // Plain digits, by far the commonest cell (and every candidate part of a fused split), skip
  // the regular expressions; the result is what the general path below gives for them.
  if (isPlainDigits(raw)) {
    const n = Number(raw);
    if (kind !== 'amount') return { status: 'ok', value: n };
    return headerUnit ? { status: 'ok', value: headerUnit === '元' ? round(n / 10000) : n, unit: headerUnit } : { status: 'ok', value: n };
  }
  const text = raw.replace(/\s+/g, '');
  if (text.length === 0) return { status: 'empty', value: null };
  // A cell the rendering knows is there but could not read (a PDF's text): missing, not blank.
  if (text === UNKNOWN_CELL) return { status: 'missing', value: null };
  if (DASH.test(text)) return { status: 'dash', value: null };
  if (kind === 'count') {
    const m = COUNT.exec(text);
    if (!m) return { status: 'not-number', value: null };
    const n = Number(m[2]!.replace(/,/g, ''));
    return { status: 'ok', value: m[1] === '-' ? -n : n };
  }
  if (kind === 'change') {
    const m = CHANGE.exec(text);
    if (!m) return { status: 'not-number', value: null };
    const n = Number(m[2]!.replace(/,/g, ''));
    const negative = m[1] === '-' || m[1] === '减' || m[1] === '减少';
    return { status: 'ok', value: negative && n !== 0 ? -n : n };
  }
  const m = AMOUNT.exec(text);
  if (!m) return { status: 'not-number', value: null };
  const written = Number(m[1]!.replace(/,/g, '') + (m[2] ?? ''));
  const cellUnit: AmountUnit | undefined = m[3] === '元' ? '元' : m[3] ? '万元' : undefined;
  const unit = cellUnit ?? headerUnit;
  const value = unit === '元' ? round(written / 10000) : written;
  return unit ? { status: 'ok', value, unit } : { status: 'ok', value };
}

/**
 * The value `readCell` gives plain digits (`undefined` for anything else), without building a
 * reading: the fused-digit search asks this for every candidate part.
 */
export function plainDigitsValue(text: string, kind: ValueKind, headerUnit?: AmountUnit): number | undefined {
  if (!isPlainDigits(text)) return undefined;
  const n = Number(text);
  return kind === 'amount' && headerUnit === '元' ? round(n / 10000) : n;
}

function isPlainDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Removes binary floating-point noise from a division by 10 000. */
function round(n: number): number {
  return Math.round(n * 1e8) / 1e8;
}

/** A fused part is a well-formed cell of this kind (no leading zeros in counts). */
export function isWellFormedPart(part: string, kind: ValueKind, last: boolean): boolean {
  // Plain digits (most parts): well formed for every kind unless a leading zero.
  if (isPlainDigits(part)) return part.length === 1 || part.charCodeAt(0) !== 48;
  if (kind === 'count') return /^(0|[1-9]\d*)$/.test(part);
  if (kind === 'change') return /^(增|减|[+-])?(0|[1-9]\d*)$/.test(part);
  // Units and decimals end a token, so only the token's last part may carry them.
  if (!last && /[.元]/.test(part)) return false;
  return /^(0|[1-9]\d*)(\.\d+)?(万元|元)?$/.test(part);
}
