// The consistency of each table, for a code lens above it: `勾稽关系 ✓` or `2 处不一致`.
import { FORMATS } from './formats';
import type { TableId } from './formats/types';
import type { Range, ReportModel } from './model';
import { analyse } from './relations';
import { say, tableName } from './rules/messages';
import type { Locale } from './rules/types';

export interface TableLens {
  table: TableId;
  /** The table's first line. */
  range: Range;
  title: string;
  /** Broken relation instances; 0 when all that can be checked hold. */
  broken: number;
  /** Relation instances that could be checked (every cell read). */
  checked: number;
}

export function tableLenses(model: ReportModel, locale: Locale = 'zh'): TableLens[] {
  if (model.problem) return [];
  const format = model.format ? FORMATS[model.format] : null;
  const analyses = format ? analyse(model, format) : [];
  return model.tables.map((table) => {
    const analysis = analyses.find((a) => a.table === table);
    const instances = analysis?.instances ?? [];
    const checked = instances.filter((i) => i.known).length;
    const broken = analysis?.broken.length ?? 0;
    const name = tableName(table.id, locale);
    let title: string;
    if (instances.length === 0) title = say(locale, `${name}：无勾稽关系`, `${name}: no relations`);
    else if (broken > 0) title = say(locale, `${name}：${broken} 处不一致`, `${name}: ${broken} inconsistenc${broken === 1 ? 'y' : 'ies'}`);
    else if (checked === 0) title = say(locale, `${name}：勾稽关系无法核对`, `${name}: relations cannot be checked`);
    else title = say(locale, `${name}：勾稽关系 ✓`, `${name}: relations ✓`);
    const start = table.span.range.start;
    return { table: table.id, range: { start, end: start }, title, broken, checked };
  });
}
