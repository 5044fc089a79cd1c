// Quoting the regulation in hovers: a whole article, or its opening sentence and the items a
// text refers to (`条例第三十六条第（四）（五）项` → items 4 and 5 of Art. 36).
import { STATUTE } from './statute';

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `十五` → 15, `四` → 4 (the numerals of article and item numbers, below one hundred). */
export function chineseNumber(text: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return null;
  if (!m[2]) return m[1] && !m[3] ? DIGITS[m[1]]! : null;
  return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[3] ? DIGITS[m[3]]! : 0);
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 15 → `十五`. */
export function chineseNumeral(n: number): string {
  if (n < 10) return NUMERALS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : NUMERALS[tens]}十${NUMERALS[n % 10]}`;
}

/** The paragraphs of an article (empty when the data module does not hold it). */
export function articleParagraphs(article: string): readonly string[] {
  return STATUTE[article] ?? [];
}

/** Item N of an article (`（五）办理行政许可…`), when the article has numbered items. */
export function articleItem(article: string, item: number): string | undefined {
  const prefix = `（${chineseNumeral(item)}）`;
  return articleParagraphs(article).find((p) => p.startsWith(prefix));
}

/** The items of an article a text refers to: `第三十六条第（四）（五）项` → [4, 5]. */
export function referencedItems(text: string, article: string): number[] {
  const re = new RegExp(`${article}第((?:（[一二三四五六七八九十]+）)+)项`, 'g');
  const items: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (const n of m[1]!.matchAll(/（([一二三四五六七八九十]+)）/g)) {
      const value = chineseNumber(n[1]!);
      if (value !== null && !items.includes(value)) items.push(value);
    }
  }
  return items;
}

/**
 * An article as a Markdown quote: the whole article, or, when `items` are given, its opening
 * paragraph and those items only (`……` marks what was left out).
 */
export function quoteArticle(article: string, items: number[] = []): string {
  const paragraphs = articleParagraphs(article);
  if (paragraphs.length === 0) return '';
  let shown: string[] = [...paragraphs];
  if (items.length > 0) {
    const picked = items.map((n) => articleItem(article, n)).filter((p): p is string => p !== undefined);
    if (picked.length > 0) shown = [paragraphs[0]!, ...picked, ...(picked.length < paragraphs.length - 1 ? ['……'] : [])];
  }
  return shown.map((p, i) => `> ${i === 0 ? `**${article}** ` : ''}${p}`).join('\n>\n');
}
