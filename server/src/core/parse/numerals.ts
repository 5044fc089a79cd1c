// Chinese numerals as they appear in reports and dates: 二十一 → 21, 一百零五 → 105, 三千 → 3000.

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, '○': 0, 一: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9 };
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10000 };

/** The value of a Chinese numeral, or NaN when the text is not one. */
export function chineseNumberValue(text: string): number {
  if (text.length === 0) return NaN;
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const c of text) {
    if (c in DIGITS) {
      digit = DIGITS[c]!;
    } else if (c in UNITS) {
      const unit = UNITS[c]!;
      if (unit === 10000) {
        section = (section + (digit < 0 ? 0 : digit)) * unit;
        total += section;
        section = 0;
      } else {
        section += (digit < 0 ? 1 : digit) * unit;
      }
      digit = -1;
    } else {
      return NaN;
    }
  }
  return total + section + (digit < 0 ? 0 : digit);
}
