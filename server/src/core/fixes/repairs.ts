// The repair a finding allows, as offset edits: a wrong or empty cell set to the value its
// relations determine, empty count cells that must be zero, an amount in 元 converted to 万元, a
// missing section heading inserted. Each edit covers exactly the cell (or insertion point) it repairs.
import { FORMATS, SECTIONS } from '../formats';
import type { SectionId } from '../formats/types';
import type { CellModel, ReportModel } from '../model';
import { cellName, num, say } from '../rules/messages';
import { hasRepair, type Finding, type Locale } from '../rules/types';
import type { TextEdit } from './edits';
import { insertSectionEdit } from './section';
import { zeroRequired } from './zero';
import { chineseNumeral } from '../hovers/quote';

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix the finding asks for (the cell the rule localised, the only sensible repair). */
  preferred: boolean;
  /** Safe to apply without looking (fix-all, `check --fix`); false for guesses. */
  automatic: boolean;
}

export function cellByKey(model: ReportModel, key: string): CellModel | undefined {
  const [table, row] = key.split('.');
  return model.tables
    .find((t) => t.id === table)
    ?.rows.find((r) => r.id === row)
    ?.cells.find((c) => c.key === key);
}

const samePosition = (a: Finding['range']['start'], b: Finding['range']['start']) =>
  a.line === b.line && a.character === b.character;

function setCell(model: ReportModel, cell: CellModel, text: string, preferred: boolean, locale: Locale): Fix {
  const format = model.format ? FORMATS[model.format] : null;
  const name = cellName(format, cell.table, cell.row, cell.column, locale);
  return {
    title: say(locale, `将${name}改为 ${text}`, `Set ${name} to ${text}`),
    edits: [{ start: cell.span.offset, end: cell.span.endOffset, newText: text }],
    preferred,
    automatic: true,
  };
}

/** The fix for one finding, or null when the rule offers none. */
export function fixFor(model: ReportModel, text: string, finding: Finding, locale: Locale = 'zh'): Fix | null {
  const data = finding.data as Record<string, unknown> | undefined;
  if (hasRepair(data)) {
    const cell = cellByKey(model, data.repair.key);
    if (!cell || cell.derivedFrom?.length) return null;
    // Preferred when the rule pointed at this very cell (it localised the error there).
    const localised = samePosition(finding.range.start, cell.span.range.start) && samePosition(finding.range.end, cell.span.range.end);
    return setCell(model, cell, data.repair.text, localised, locale);
  }
  const key = typeof data?.['key'] === 'string' ? (data['key'] as string) : undefined;
  if (finding.code === 'cell-empty' && key && model.format) {
    const cell = cellByKey(model, key);
    const table = model.tables.find((t) => t.id === cell?.table);
    if (!cell || !table || cell.status !== 'empty') return null;
    if (!zeroRequired(FORMATS[model.format], table, key)) return null;
    const fix = setCell(model, cell, '0', true, locale);
    const name = cellName(FORMATS[model.format], cell.table, cell.row, cell.column, locale);
    return { ...fix, title: say(locale, `在${name}填写 0（勾稽关系要求为 0）`, `Write 0 in ${name} (its relations require zero)`) };
  }
  if (finding.code === 'amount-unit' && key && data?.['expected'] === '万元') {
    const cell = cellByKey(model, key);
    if (!cell || cell.status !== 'ok' || cell.value === null) return null;
    if (data['unit'] === '元') {
      // The parser has already normalised the value to 万元.
      const fix = setCell(model, cell, num(cell.value), true, locale);
      return { ...fix, title: say(locale, `由元换算为万元：${num(cell.value)}`, `Convert from 元 to 万元: ${num(cell.value)}`) };
    }
    return null;
  }
  if (finding.code === 'section-missing' && typeof data?.['section'] === 'string') {
    const id = data['section'] as SectionId;
    const def = SECTIONS.find((s) => s.id === id);
    const edit = insertSectionEdit(model, text, id);
    if (!def || !edit) return null;
    const heading = `${chineseNumeral(def.numeral)}、${def.heading}`;
    return {
      title: say(
        locale,
        `插入标题“${heading}”${id === 'other' ? '（内容写“无”）' : ''}`,
        `Insert the heading “${heading}”${id === 'other' ? ' (with “无”)' : ''}`,
      ),
      edits: [edit],
      preferred: true,
      automatic: true,
    };
  }
  return null;
}
