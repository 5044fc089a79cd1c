// White space of an HTML text as a browser lays it out (docs/report-format.md §5): runs of spaces,
// TABs and line breaks become one space, except that a run holding a source line break between two
// East Asian wide characters goes altogether (CSS Text's segment break transformation). Word and
// WPS wrap their source lines inside Chinese words ("政\n府信息公开"); read as a space, the break
// would split the word and hide a heading or a row label. A no-break space is meant and stays.
import { isWide } from '../parse/renderings/lines';

const SPACE_RUN = /[ \t\r\n\u00a0\u3000]+/g;

export function collapseHtmlSpace(text: string): string {
  return text
    .replace(SPACE_RUN, (run: string, at: number, whole: string) => {
      if (!/[\r\n]/.test(run) || /[\u00a0\u3000]/.test(run)) return ' ';
      const before = whole.codePointAt(at - 1);
      const after = whole.codePointAt(at + run.length);
      return before !== undefined && after !== undefined && isWide(before) && isWide(after) ? '' : ' ';
    })
    .trim();
}
