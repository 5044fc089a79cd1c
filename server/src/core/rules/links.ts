// The cross-year links of a format (`FormatDefinition.links`), as the cross-year rules read them:
// the link a rule reports, whether last year's report has it too, and the columns it holds for.
import { FORMATS, findRow } from '../formats';
import type { CrossYearLink, FormatDefinition } from '../formats/types';
import type { PeerModel } from './types';

export interface LinkedColumn {
  column: string;
  previousColumn: string;
  plus: string[];
  minus: string[];
}

/** The link a rule reports in this report's format, when last year's report's format has it too. */
export function linkOf(format: FormatDefinition | null, previous: PeerModel, ruleId: string): CrossYearLink | undefined {
  const link = format?.links.find((l) => l.id === ruleId);
  const previousFormat = previous.format ? FORMATS[previous.format] : undefined;
  if (!link || !previousFormat?.links.some((l) => l.id === ruleId)) return undefined;
  return link;
}

/** The columns a link holds for on a row: its own list, else every column of the row's group. */
export function linkedColumns(format: FormatDefinition, link: CrossYearLink, row: string): LinkedColumn[] {
  if (link.columns) return link.columns.map((c) => ({ column: c.column, previousColumn: c.previousColumn, plus: c.plus ?? [], minus: c.minus ?? [] }));
  const group = findRow(format, link.table, row)?.group;
  return (group?.columns ?? []).map((c) => ({ column: c.id, previousColumn: c.id, plus: [], minus: [] }));
}

/** A row label without its enumerator (`四、结转下年度继续办理` → `结转下年度继续办理`). */
export function bareRowLabel(format: FormatDefinition, link: CrossYearLink, row: string): string {
  const label = findRow(format, link.table, row)?.row.label ?? row;
  return label.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])/, '');
}
