// Does a text look like a government information disclosure annual report? Used by the client to
// switch plain-text documents to the report language and by the workspace check to skip other
// files. A cheap look at the start of the text, not a parse.

const STRONG = [
  /政府信息公开(?:工作)?年度报告/,
  /政府信息公开工作年报/,
  /第二十条第\s*[（(]\s*[一五六八九]\s*[）)]\s*项/,
  /本年新收政府信息公开申请数量/,
  /收到和处理政府信息公开申请情况/,
];

const WEAK = [/主动公开政府信息情况/, /政府信息公开行政复议、?行政诉讼情况/, /上年结转政府信息公开申请数量/, /总体情况/];

/** How many characters of a document are looked at. */
export const DETECTION_WINDOW = 20_000;

export function looksLikeReport(text: string): boolean {
  const head = text.length > DETECTION_WINDOW ? text.slice(0, DETECTION_WINDOW) : text;
  if (STRONG.some((pattern) => pattern.test(head))) return true;
  return WEAK.filter((pattern) => pattern.test(head)).length >= 2;
}

/** File names that say "annual report": such files are checked without looking at content. */
export const REPORT_FILE_PATTERNS = ['*年报*.txt', '*年度报告*.txt', '*.nianbao.txt'];

export function hasReportFileName(path: string): boolean {
  const name = path.replace(/^.*[\\/]/, '');
  return /\.txt$/i.test(name) && (/年报|年度报告/.test(name) || /\.nianbao\.txt$/i.test(name));
}
