// A document location in words a person can follow in Word, a PDF viewer or a page's source.
import type { DocumentLocation } from '../grid/types';
import type { Locale } from '../rules/types';

export function describeLocation(location: DocumentLocation, locale: Locale = 'zh'): string {
  const zh = locale === 'zh';
  if (location.page !== undefined) return zh ? `第 ${location.page} 页第 ${location.line ?? '?'} 行` : `page ${location.page}, line ${location.line ?? '?'}`;
  if (location.table !== undefined) {
    return zh
      ? `第 ${location.table} 个表格第 ${location.row ?? '?'} 行第 ${location.column ?? '?'} 列`
      : `table ${location.table}, row ${location.row ?? '?'}, column ${location.column ?? '?'}`;
  }
  if (location.paragraph !== undefined) return zh ? `第 ${location.paragraph} 段` : `paragraph ${location.paragraph}`;
  if (location.line !== undefined) return zh ? `源文件第 ${location.line} 行第 ${location.column ?? 1} 列` : `source line ${location.line}, column ${location.column ?? 1}`;
  return '';
}
