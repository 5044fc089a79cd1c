// Fix all (or all of one rule): every automatic repair at once, then the text is parsed and
// checked again and the repairs that became possible are made too, until nothing is left to do.
// The result is one set of edits against the original text, so applying it twice changes
// nothing the second time.
import { checkReport } from '../check';
import type { ReportModel } from '../model';
import { parseReport } from '../parse/parseReport';
import type { Finding, Locale } from '../rules/types';
import { applyEdits, composeEdits, normalizeEdits, type TextEdit } from './edits';
import { fixFor } from './repairs';

export interface FixAllOptions {
  /** Only the findings of this rule. */
  rule?: string;
  locale?: Locale;
  /** How a text is checked again (the document's settings); default: every rule at its default. */
  check?: (model: ReportModel, text: string) => Finding[];
  /** Passes at most (a repair can make another one possible). */
  maxPasses?: number;
}

/** The automatic edits of one pass over the findings (duplicates merged, conflicts dropped). */
export function passEdits(model: ReportModel, text: string, findings: Finding[], options: FixAllOptions = {}): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    if (options.rule && finding.code !== options.rule) continue;
    const fix = fixFor(model, text, finding, options.locale);
    if (fix?.automatic) edits.push(...fix.edits);
  }
  return normalizeEdits(edits);
}

export function fixAll(model: ReportModel, text: string, findings: Finding[], options: FixAllOptions = {}): TextEdit[] {
  const check = options.check ?? ((m: ReportModel, t: string) => checkReport(m, t, { locale: options.locale ?? 'zh' }));
  const maxPasses = options.maxPasses ?? 4;
  let composed: TextEdit[] = [];
  let current = text;
  let currentModel = model;
  let currentFindings = findings;
  for (let pass = 0; pass < maxPasses; pass++) {
    const edits = passEdits(currentModel, current, currentFindings, options);
    const next = applyEdits(current, edits);
    if (edits.length === 0 || next === current) break;
    composed = composeEdits(composed, edits, current);
    current = next;
    if (pass + 1 === maxPasses) break;
    currentModel = parseReport(current);
    currentFindings = check(currentModel, current);
  }
  return composed;
}
