// Values maps (`<table>.<row>.<column>` → number | null) for tests: a generator of random
// tables that satisfy every relation of a format, a relation checker, and an oracle that
// tells which cells of a fused (separator-less) row can be read back unambiguously.
import { FORMATS, type FormatDefinition, type FormatVersion, type TableId, type ValueKind } from '../../server/src/core/formats';
import type { Rng } from './rng';

export type Values = Record<string, number | null>;

export function formatDef(format: FormatVersion | FormatDefinition): FormatDefinition {
  return typeof format === 'string' ? FORMATS[format] : format;
}

export interface ColumnInfo {
  id: string;
  kind: ValueKind;
}

export interface RowInfo {
  table: TableId;
  group: string;
  id: string;
  columns: ColumnInfo[];
}

/** Every data row of a format, in document order, with its columns. */
export function rowsOf(format: FormatVersion | FormatDefinition): RowInfo[] {
  const def = formatDef(format);
  const rows: RowInfo[] = [];
  for (const table of def.tables) {
    for (const group of table.groups) {
      for (const row of group.rows) {
        rows.push({
          table: table.id,
          group: group.id,
          id: row.id,
          columns: group.columns.map((c) => ({ id: c.id, kind: c.kind })),
        });
      }
    }
  }
  return rows;
}

export const key = (table: string, row: string, column: string): string => `${table}.${row}.${column}`;

export interface GeneratorOptions {
  /** Keep 表二's numbers to one digit (what a fused rendering can be read back from). */
  smallProactive?: boolean;
}

/** A count: often zero, otherwise one to five digits, mostly short. */
function randomCount(rng: Rng, zeroChance: number, small = false): number {
  if (rng.chance(zeroChance)) return 0;
  if (small) return rng.int(1, 9);
  const r = rng.next();
  if (r < 0.45) return rng.int(1, 9);
  if (r < 0.8) return rng.int(10, 99);
  if (r < 0.97) return rng.int(100, 999);
  return rng.int(1000, 25000);
}

/** An amount in 万元 that is a whole number of 元 (so `元` and `万元` renderings both read back exactly). */
function randomAmount(rng: Rng, zeroChance: number): number {
  if (rng.chance(zeroChance)) return 0;
  const r = rng.next();
  let yuan: number;
  if (r < 0.3) yuan = rng.int(1, 999) * 10000; // whole 万元
  else if (r < 0.6) yuan = rng.int(1, 99999) * 100; // two decimals in 万元
  else yuan = rng.int(1, 99999999); // up to four decimals in 万元
  return yuan / 10000;
}

/**
 * Random values for every cell of a format that satisfy every relation of docs/report-format.md §4
 * (row totals, column balance, outcome totals, appeal totals, published ≤ total-published),
 * with a mix of zeros and multi-digit numbers. No null cells, no absent rows.
 */
export function randomConsistentValues(
  format: FormatVersion | FormatDefinition,
  rng: Rng,
  options: GeneratorOptions = {},
): Values {
  const def = formatDef(format);
  const values: Values = {};
  const small = options.smallProactive ?? false;

  // 表二
  for (const row of rowsOf(def).filter((r) => r.table === 'proactive')) {
    for (const column of row.columns) {
      const k = key('proactive', row.id, column.id);
      if (column.kind === 'amount') values[k] = randomAmount(rng, 0.35);
      else if (column.kind === 'change') {
        values[k] = rng.chance(0.4) ? 0 : randomCount(rng, 0, small) * (rng.chance(0.5) ? 1 : -1);
      } else values[k] = randomCount(rng, 0.35, small);
    }
    if (def.version === '2019' && row.group === 'item-1') {
      // published ≤ total-published
      const published = values[key('proactive', row.id, 'published')] as number;
      const total = values[key('proactive', row.id, 'total-published')] as number;
      if (published > total) {
        values[key('proactive', row.id, 'published')] = total;
        values[key('proactive', row.id, 'total-published')] = published;
      }
    }
  }

  // 表三: build each applicant column so the column relations hold, then the total column.
  const appRows = rowsOf(def).filter((r) => r.table === 'applications');
  const appColumns = appRows[0]!.columns.map((c) => c.id);
  const applicant = appColumns.filter((c) => c !== 'total');
  const outcomeRows = appRows.map((r) => r.id).filter((id) => !['new', 'carried-over', 'total', 'carried-forward'].includes(id));
  const activeColumns = new Set(applicant.filter(() => rng.chance(0.6)));
  if (activeColumns.size === 0) activeColumns.add('natural-person');
  for (const column of applicant) {
    const active = activeColumns.has(column);
    let total = 0;
    for (const row of outcomeRows) {
      const zeroChance = !active ? 1 : row === 'granted' ? 0.3 : 0.7;
      const v = randomCount(rng, zeroChance);
      values[key('applications', row, column)] = v;
      total += v;
    }
    const forward = active ? randomCount(rng, 0.6) : 0;
    const carriedOver = rng.chance(0.5) ? 0 : rng.int(0, total + forward);
    values[key('applications', 'total', column)] = total;
    values[key('applications', 'carried-forward', column)] = forward;
    values[key('applications', 'carried-over', column)] = carriedOver;
    values[key('applications', 'new', column)] = total + forward - carriedOver;
  }
  for (const row of appRows) {
    let sum = 0;
    for (const column of applicant) sum += values[key('applications', row.id, column)] as number;
    values[key('applications', row.id, 'total')] = sum;
  }

  // 表四
  for (const prefix of ['review', 'direct', 'after-review']) {
    let sum = 0;
    for (const outcome of ['upheld', 'corrected', 'other', 'pending']) {
      const v = rng.chance(0.5) ? 0 : randomCount(rng, 0.3);
      values[key('appeals', 'cases', `${prefix}-${outcome}`)] = v;
      sum += v;
    }
    values[key('appeals', 'cases', `${prefix}-total`)] = sum;
  }
  return values;
}

/** The relations of a format that a values map breaks (cells absent or null are skipped). */
export function brokenRelations(format: FormatVersion | FormatDefinition, values: Values): string[] {
  const def = formatDef(format);
  const broken: string[] = [];
  for (const relation of def.relations) {
    for (const over of relation.over) {
      const cell = (other: string): number | null | undefined =>
        relation.along === 'row' ? values[key(relation.table, over, other)] : values[key(relation.table, other, over)];
      const left = relation.left.map(cell);
      const right = relation.right.map(cell);
      if ([...left, ...right].some((v) => v === null || v === undefined)) continue;
      const l = (left as number[]).reduce((a, b) => a + b, 0);
      const r = (right as number[]).reduce((a, b) => a + b, 0);
      const ok = relation.kind === 'equal' ? l === r : l <= r;
      if (!ok) broken.push(`${relation.id} ${relation.along === 'row' ? 'row' : 'column'} ${over}: ${l} vs ${r}`);
    }
  }
  return broken;
}

// ---------------------------------------------------------------------------------------------
// Fused rows: which readings of a run of digits are consistent.

const COUNT_RE = /^(?:0|[1-9]\d*)$/;
const CHANGE_RE = /^([增减+\-＋－]?)(0|[1-9]\d*)$/;
const AMOUNT_RE = /^((?:0|[1-9]\d*)(?:\.\d+)?)(万元|元)?$/;

/** Reads one token of a fused run as a cell of the given kind, or null when it cannot be one. */
export function readToken(token: string, kind: ValueKind): number | null {
  if (kind === 'count') return COUNT_RE.test(token) ? Number(token) : null;
  if (kind === 'change') {
    const m = CHANGE_RE.exec(token);
    if (!m) return null;
    const n = Number(m[2]);
    return m[1] === '减' || m[1] === '-' || m[1] === '－' ? -n : n;
  }
  const m = AMOUNT_RE.exec(token);
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] === '元' ? n / 10000 : n;
}

/** Row-level constraints of a fused row: sums that must hold and ≤ relations, by column index. */
interface RowConstraints {
  sums: Array<{ parts: number[]; total: number }>;
  atMost: Array<{ left: number; right: number }>;
}

function rowConstraints(def: FormatDefinition, row: RowInfo): RowConstraints {
  const index = (id: string): number => row.columns.findIndex((c) => c.id === id);
  const constraints: RowConstraints = { sums: [], atMost: [] };
  for (const relation of def.relations) {
    if (relation.along !== 'row' || relation.table !== row.table || !relation.over.includes(row.id)) continue;
    if (relation.kind === 'equal' && relation.left.length === 1) {
      constraints.sums.push({ total: index(relation.left[0]!), parts: relation.right.map(index) });
    } else if (relation.kind === 'at-most' && relation.left.length === 1 && relation.right.length === 1) {
      constraints.atMost.push({ left: index(relation.left[0]!), right: index(relation.right[0]!) });
    }
  }
  return constraints;
}

/** Every way to split `run` into the row's cells that satisfies the row's own relations. */
export function splitFusedRun(
  def: FormatDefinition,
  row: RowInfo,
  run: string,
  limit = 5000,
): { readings: number[][]; exhausted: boolean } {
  const kinds = row.columns.map((c) => c.kind);
  const constraints = rowConstraints(def, row);
  const readings: number[][] = [];
  let steps = 0;
  let exhausted = false;
  const current: number[] = [];
  const satisfiedAt = (k: number): boolean => {
    for (const s of constraints.sums) {
      if (s.total !== k) continue;
      let sum = 0;
      for (const p of s.parts) sum += current[p]!;
      if (sum !== current[k]) return false;
    }
    return true;
  };
  const walk = (pos: number, k: number): void => {
    if (exhausted) return;
    if (++steps > 2_000_000) {
      exhausted = true;
      return;
    }
    if (k === kinds.length) {
      if (pos !== run.length) return;
      for (const a of constraints.atMost) if (current[a.left]! > current[a.right]!) return;
      readings.push(current.slice());
      if (readings.length > limit) exhausted = true;
      return;
    }
    const last = k === kinds.length - 1;
    for (let end = last ? run.length : pos + 1; end <= run.length; end++) {
      const v = readToken(run.slice(pos, end), kinds[k]!);
      if (v === null) continue;
      current[k] = v;
      if (satisfiedAt(k)) walk(end, k + 1);
    }
    current.length = k;
  };
  walk(0, 0);
  return { readings, exhausted };
}

export interface FusedOracleResult {
  /** Keys whose value differs between consistent readings (a correct parser cannot know them). */
  ambiguous: string[];
  /** Rows with no consistent reading at all. */
  unreadable: string[];
}

/**
 * Given the fused runs of a table (row id → the row's cell texts run together), which cells are
 * ambiguous once every relation of the format (row and column) is applied.
 */
export function fusedOracle(
  format: FormatVersion | FormatDefinition,
  table: TableId,
  runs: Map<string, string>,
): FusedOracleResult {
  const def = formatDef(format);
  const rows = rowsOf(def).filter((r) => r.table === table && runs.has(r.id));
  const result: FusedOracleResult = { ambiguous: [], unreadable: [] };
  const candidates = new Map<string, number[][]>();
  for (const row of rows) {
    const { readings, exhausted } = splitFusedRun(def, row, runs.get(row.id)!);
    if (readings.length === 0 && !exhausted) result.unreadable.push(row.id);
    if (exhausted) {
      // Too many readings to enumerate: count every cell as ambiguous.
      for (const c of row.columns) result.ambiguous.push(key(table, row.id, c.id));
      continue;
    }
    if (readings.length > 0) candidates.set(row.id, readings);
  }

  // Column relations across rows (表三): keep the combinations of row readings that satisfy them.
  const columnRelations = def.relations.filter((r) => r.table === table && r.along === 'column');
  const varying = [...candidates.entries()].filter(([, c]) => c.length > 1).map(([id]) => id);
  let combos = 1;
  for (const id of varying) combos *= candidates.get(id)!.length;
  const chosen = new Map<string, number[]>();
  for (const [id, c] of candidates) if (c.length === 1) chosen.set(id, c[0]!);

  const valueOf = (rowId: string, columnId: string): number | undefined => {
    const row = rows.find((r) => r.id === rowId);
    const reading = chosen.get(rowId);
    if (!row || !reading) return undefined;
    return reading[row.columns.findIndex((c) => c.id === columnId)];
  };
  const columnsOk = (): boolean => {
    for (const relation of columnRelations) {
      for (const column of relation.over) {
        const l = relation.left.map((r) => valueOf(r, column));
        const r = relation.right.map((r) => valueOf(r, column));
        if ([...l, ...r].some((v) => v === undefined)) continue;
        const ls = (l as number[]).reduce((a, b) => a + b, 0);
        const rs = (r as number[]).reduce((a, b) => a + b, 0);
        if (relation.kind === 'equal' ? ls !== rs : ls > rs) return false;
      }
    }
    return true;
  };

  if (varying.length === 0 || combos > 200_000 || columnRelations.length === 0) {
    for (const id of varying) {
      const row = rows.find((r) => r.id === id)!;
      const readings = candidates.get(id)!;
      row.columns.forEach((c, i) => {
        if (new Set(readings.map((r) => r[i])).size > 1) result.ambiguous.push(key(table, id, c.id));
      });
    }
    return result;
  }

  const seen = new Map<string, Set<number>>();
  let consistent = 0;
  const walk = (i: number): void => {
    if (i === varying.length) {
      if (!columnsOk()) return;
      consistent++;
      for (const id of varying) {
        const row = rows.find((r) => r.id === id)!;
        chosen.get(id)!.forEach((v, ci) => {
          const k = key(table, id, row.columns[ci]!.id);
          if (!seen.has(k)) seen.set(k, new Set());
          seen.get(k)!.add(v);
        });
      }
      return;
    }
    const id = varying[i]!;
    for (const reading of candidates.get(id)!) {
      chosen.set(id, reading);
      walk(i + 1);
    }
    chosen.delete(id);
  };
  walk(0);
  if (consistent === 0) {
    result.unreadable.push(...varying);
    return result;
  }
  for (const [k, s] of seen) if (s.size > 1) result.ambiguous.push(k);
  return result;
}
