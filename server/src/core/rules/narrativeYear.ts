// The year the narrative presents as its own ("2019年，我局……" opening the report) against the
// report's year and the format its tables follow. Part of narrative-consistency.
//
// Earlier years are named all the time for comparison ("较2019年增长"); only a line that opens
// with "20XX年，本机关/我局…" before the first table is read as the report speaking of its own year.
import type { FormatDefinition } from '../formats/types';
import type { ReportModel } from '../model';
import { say } from './messages';
import type { Locale } from './types';

const OWN_YEAR = /(?:^|\n)[ \t\u3000]*(\d{4})\s*年(?:度)?\s*[，,]\s*(?:本|我)/g;
/** The opening paragraphs: a report's own year is stated near its beginning. */
const OPENING_CHARS = 3000;

export interface NarrativeYearFinding {
  year: number;
  start: number;
  end: number;
  message: string;
  data: { stated: number; reportYear: number | null; format?: string };
}

/** The first "20XX年，本机关…" line of the opening paragraphs, when its year contradicts the report. */
export function narrativeYearFinding(text: string, model: ReportModel, format: FormatDefinition | null, locale: Locale): NarrativeYearFinding | null {
  const firstTable = model.tables.reduce((min, t) => Math.min(min, t.span.offset), Number.POSITIVE_INFINITY);
  const limit = Math.min(OPENING_CHARS, firstTable, text.length);
  OWN_YEAR.lastIndex = 0;
  const m = OWN_YEAR.exec(text.slice(0, limit));
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1990 || year > 2100) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  const end = start + 4;
  const reportYear = model.year;
  if (reportYear !== null && year !== reportYear) {
    return {
      year,
      start,
      end,
      message: say(
        locale,
        `正文开头称“${year}年，本机关……”，而报告年度为 ${reportYear} 年；可能沿用了往年的正文`,
        `The text opens about ${year}, but the report is for ${reportYear}; the narrative may be last year’s`,
      ),
      data: { stated: year, reportYear },
    };
  }
  // Formats are sometimes used for the year before they apply (a 2020 report in the 2021 format).
  if (format && year < format.years.from - 1) {
    return {
      year,
      start,
      end,
      message: say(
        locale,
        `正文开头称“${year}年，本机关……”，而统计表采用 ${format.years.from} 年起施行的格式；正文可能是旧报告的`,
        `The text opens about ${year}, but the tables follow the format in use from ${format.years.from}; the narrative may be an old report’s`,
      ),
      data: { stated: year, reportYear, format: format.version },
    };
  }
  return null;
}
