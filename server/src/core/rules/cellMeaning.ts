// The number a cell that is not a number most likely means: "—", "/" and "无" put where nothing
// happened mean 0, "增10" in a count column means 10, "+(0) -(0)" means no change. `plain` when
// a reader would not hesitate; otherwise the reading is only a suggestion.
import type { ValueKind } from '../formats/types';

export interface MeantReading {
  value: number;
  plain: boolean;
}

const NOTHING = /^(?:[-—–－―~～/／\\×xX*＊]+|无|空|暂无|没有|零|〇)$/;
const SIGNED_PAIR = /^[+＋增]\s*[(（]?\s*(\d+)\s*[)）]?\s*[-－减]\s*[(（]?\s*(\d+)\s*[)）]?$/;
const INCREASE = /^(?:增加|增)(\d+)(?:件|个|项|条)?$/;
const DECREASE = /^(?:减少|减)(\d+)(?:件|个|项|条)?$/;

/** Full-width digits and signs as ASCII. */
function halfWidth(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

export function meantReading(written: string, kind: ValueKind): MeantReading | null {
  const text = halfWidth(written.replace(/\s+/g, ''));
  if (text.length === 0) return null;
  if (NOTHING.test(text)) return { value: 0, plain: true };
  const pair = SIGNED_PAIR.exec(text);
  if (pair) {
    const up = Number(pair[1]);
    const down = Number(pair[2]);
    if (kind === 'change') return { value: up - down, plain: up === 0 || down === 0 };
    return up === 0 && down === 0 ? { value: 0, plain: true } : null;
  }
  const increase = INCREASE.exec(text);
  if (increase) return { value: Number(increase[1]), plain: kind !== 'amount' };
  const decrease = DECREASE.exec(text);
  if (decrease && kind === 'change') return { value: -Number(decrease[1]), plain: true };
  if (/^\d+$/.test(text)) return { value: Number(text), plain: true };
  return null;
}
