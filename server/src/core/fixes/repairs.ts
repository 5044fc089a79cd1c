// The repair a finding allows, as offset edits. A finding that carries a `repair` (a wrong or
// empty cell set to the value its relations determine) is fixed alike whatever its rule; any
// other repair is the rule's own `fix`, beside its check in the rule's module. Each edit covers
// exactly the cell (or insertion point) it repairs.
import type { ReportModel } from '../model';
import { ruleById } from '../rules/registry';
import { hasRepair, type Finding, type Fix, type Locale } from '../rules/types';
import { cellByKey, setCell } from './cell';

export type { Fix } from '../rules/types';
export { cellByKey } from './cell';

const samePosition = (a: Finding['range']['start'], b: Finding['range']['start']) =>
  a.line === b.line && a.character === b.character;

/** The fix for one finding, or null when the rule offers none. */
export function fixFor(model: ReportModel, text: string, finding: Finding, locale: Locale = 'zh'): Fix | null {
  const data = finding.data;
  if (hasRepair(data)) {
    const cell = cellByKey(model, data.repair.key);
    if (!cell || cell.derivedFrom?.length) return null;
    // Preferred when the rule pointed at this very cell (it localised the error there).
    const localised = samePosition(finding.range.start, cell.span.range.start) && samePosition(finding.range.end, cell.span.range.end);
    return setCell(model, cell, data.repair.text, localised, locale);
  }
  const rule = ruleById(finding.code);
  if (!rule?.fix || typeof data !== 'object' || data === null) return null;
  return rule.fix({ model, text, finding, data, locale });
}
