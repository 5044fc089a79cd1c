// The format registry: every version the product knows, and look-ups over them.
import type { FormatDefinition, FormatVersion, GroupDef, RelationDef, RowDef, TableDef, TableId } from './types';
import { FORMAT_2019 } from './v2019';
import { FORMAT_2021 } from './v2021';

export * from './types';
export { SECTIONS } from './sections';

export const FORMATS: Record<FormatVersion, FormatDefinition> = {
  '2019': FORMAT_2019,
  '2021': FORMAT_2021,
};

/** The known versions, oldest first. */
export const FORMAT_VERSIONS = Object.keys(FORMATS) as FormatVersion[];

/**
 * Adds a version of the format — a new official version or a local variant — as data: parsing,
 * rules, hovers, fixes, the preview and the sheets all read it from here. Returns a function
 * that takes it out again (for tests).
 */
export function registerFormat(format: FormatDefinition): () => void {
  if (FORMATS[format.version]) throw new Error(`format ${format.version} is already known`);
  FORMATS[format.version] = format;
  FORMAT_VERSIONS.push(format.version);
  FORMAT_VERSIONS.sort((a, b) => FORMATS[a]!.years.from - FORMATS[b]!.years.from);
  return () => {
    delete FORMATS[format.version];
    FORMAT_VERSIONS.splice(FORMAT_VERSIONS.indexOf(format.version), 1);
  };
}

/** The format the report's year calls for, if the year is known: of those whose years include it, the latest. */
export function formatForYear(year: number | null): FormatDefinition | null {
  if (year === null) return null;
  let found: FormatDefinition | null = null;
  for (const format of Object.values(FORMATS)) {
    const fits = year >= format.years.from && (format.years.to === undefined || year <= format.years.to);
    if (fits && (!found || format.years.from > found.years.from)) found = format;
  }
  return found;
}

export function tableDef(format: FormatDefinition, id: TableId): TableDef {
  const table = format.tables.find((t) => t.id === id);
  if (!table) throw new Error(`format ${format.version} has no table ${id}`);
  return table;
}

export interface RowLocation {
  table: TableDef;
  group: GroupDef;
  row: RowDef;
}

/** Finds a row by table and row id. */
export function findRow(format: FormatDefinition, tableId: TableId, rowId: string): RowLocation | undefined {
  const table = format.tables.find((t) => t.id === tableId);
  if (!table) return undefined;
  for (const group of table.groups) {
    const row = group.rows.find((r) => r.id === rowId);
    if (row) return { table, group, row };
  }
  return undefined;
}

/** Every cell key of a format, in table, row, column order: the columns of the reviewer's sheet. */
export function cellKeys(format: FormatDefinition): string[] {
  const keys: string[] = [];
  for (const table of format.tables) {
    for (const group of table.groups) {
      for (const row of group.rows) {
        for (const column of group.columns) keys.push(`${table.id}.${row.id}.${column.id}`);
      }
    }
  }
  return keys;
}

/**
 * How often a row or column counts on the relation's left less how often on its right: its
 * coefficient when the relation is read as Σ coefficient × value = 0 (0: not in it).
 */
export function coefficient(relation: RelationDef, id: string): number {
  return relation.left.filter((x) => x === id).length - relation.right.filter((x) => x === id).length;
}

/**
 * The relation that makes a group's total column the sum of all its other columns along a row
 * (表三's 总计 = the six applicant columns): the one a row's total is read or checked by. `total`:
 * the total column's id, the group's last column unless given. Undefined where there is none.
 */
export function rowTotalRelation(format: FormatDefinition, table: TableDef, group: GroupDef, total = group.columns[group.columns.length - 1]?.id): RelationDef | undefined {
  const others = group.columns.filter((c) => c.id !== total).map((c) => c.id);
  return format.relations.find(
    (r) => r.table === table.id && r.along === 'row' && r.kind === 'equal' && r.left.length === 1 && r.left[0] === total && r.right.length === others.length && others.every((id) => r.right.includes(id)),
  );
}
