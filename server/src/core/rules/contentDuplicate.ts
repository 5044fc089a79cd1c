// content-duplicate: the narrative repeats the same body's previous-year report. Evaluators mark
// a report whose text is more than half last year's as a failure; the finding gives the share.
import { say } from './messages';
import { previousYear } from './peers';
import { narrativeShingles, sharedShare } from './shingles';
import type { RuleDef } from './types';
import { firstLineRange } from './util';

/** Above this share of last year's text the report counts as repeated. */
export const DUPLICATE_SHARE = 0.5;
/** A narrative shorter than this many shingles (a page excerpt) is not compared. */
const MIN_SHINGLES = 200;

export const contentDuplicate: RuleDef = {
  id: 'content-duplicate',
  defaultSeverity: 'information',
  description: { zh: '正文与上一年度报告大量重复', en: 'The text largely repeats last year’s report' },
  documentation: {
    zh: '同一机关上一年度的报告也在检查范围内（工作区或命令行给出的路径）时，比较两份报告表格以外的正文：本年正文中与上年相同的部分超过一半时提示，并给出重复比例。评议中，正文过半照抄上年报告通常判为不合格。比较以 8 个字符为单位，不计空白。',
    en: 'When the same body’s previous-year report is among the reports checked (the workspace or the paths given to the command line), the text outside the tables is compared: when more than half of this year’s text is also in last year’s, the share is reported. Evaluators usually fail a report that repeats more than half of last year’s text. Compared in 8-character pieces, white space ignored.',
  },
  check({ model, text, peers, locale }, report) {
    if (model.problem) return;
    const previous = previousYear(model, peers);
    const theirs = previous?.model.shingles;
    if (!previous || !theirs) return;
    const own = narrativeShingles(text, model);
    if (own.length < MIN_SHINGLES) return;
    const share = sharedShare(own, theirs);
    if (share <= DUPLICATE_SHARE) return;
    const percent = Math.round(share * 100);
    report({
      message: say(
        locale,
        `正文约 ${percent}% 与上一年度报告（${previous.file}）相同`,
        `About ${percent}% of the text is the same as last year’s report (${previous.file})`,
      ),
      range: model.metadata.title?.range ?? firstLineRange(text),
      related: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: say(locale, '上一年度报告', 'last year’s report'), file: previous.file }],
      data: { share: Math.round(share * 1000) / 1000, previous: previous.file },
    });
  },
};
