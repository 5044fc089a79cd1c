// The building block of most fixes: one cell's text replaced, titled by the cell's name.
import { FORMATS } from '../formats';
import type { CellModel, ReportModel } from '../model';
import { cellName, say } from '../rules/messages';
import type { Fix, Locale } from '../rules/types';

export function cellByKey(model: ReportModel, key: string): CellModel | undefined {
  const [table, row] = key.split('.');
  return model.tables
    .find((t) => t.id === table)
    ?.rows.find((r) => r.id === row)
    ?.cells.find((c) => c.key === key);
}

/** A fix that writes `text` over exactly the cell's characters. */
export function setCell(model: ReportModel, cell: CellModel, text: string, preferred: boolean, locale: Locale): Fix {
  const format = model.format ? FORMATS[model.format] : null;
  const name = cellName(format, cell.table, cell.row, cell.column, locale);
  return {
    title: say(locale, `将${name}改为 ${text}`, `Set ${name} to ${text}`),
    edits: [{ start: cell.span.offset, end: cell.span.endOffset, newText: text }],
    preferred,
    automatic: true,
  };
}
