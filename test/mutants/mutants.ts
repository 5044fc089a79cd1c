// Mutation scoring: render a consistent report in each of the engine's renderings, change one
// number, and ask whether the checker notices (a new error or warning) and, for 表三, whether a
// finding sits on the changed cell itself. A change no relation of the format sees (a cell in no
// relation, or an inequality that still holds) cannot be caught by arithmetic and is counted apart. Also the false-alarm side: the clean
// rendering gets no error.
import { checkReport, FORMATS, parseReport, type Finding, type FormatVersion, type ReportModel } from '../../server/src/core';
import { instantiate } from '../../server/src/core/relations';
import { RENDERINGS, randomMetadata, renderReport, type RenderingKind } from '../support/render';
import { deriveSeed, mulberry32 } from '../support/rng';
import { brokenRelations, randomConsistentValues, type Values } from '../support/values';

export interface MutantScore {
  rendering: RenderingKind;
  /** Changes that break a relation of the format (what arithmetic can see). */
  mutants: number;
  detected: number;
  /** Changes of 表三 cells, and those with a finding on the changed cell. */
  applications: number;
  onCell: number;
  /** Changes of cells in no relation, or that keep every relation (an inequality still holding). */
  outside: number;
  /** Clean renderings with an error. */
  falseAlarms: number;
  reports: number;
  misses: string[];
}

/** The cell keys a relation of the format runs through. */
export function relatedKeys(format: FormatVersion): Set<string> {
  const keys = new Set<string>();
  for (const def of FORMATS[format].relations) {
    for (const placed of instantiate(def)) for (const p of [...placed.left, ...placed.right]) keys.add(`${def.table}.${p.row}.${p.column}`);
  }
  return keys;
}

const signature = (f: Finding) => `${f.code}|${f.range.start.line}:${f.range.start.character}|${f.message}`;
const serious = (f: Finding) => f.severity === 'error' || f.severity === 'warning';

function cellRange(model: ReportModel, key: string) {
  const [table, row] = key.split('.');
  return model.tables.find((t) => t.id === table)?.rows.find((r) => r.id === row)?.cells.find((c) => c.key === key)?.span.range;
}

export interface MutantOptions {
  reports: number;
  seed: number;
  renderings?: readonly RenderingKind[];
  /** Changed cells per report (all relation cells when absent). */
  cellsPerReport?: number;
}

export function scoreMutants(options: MutantOptions): MutantScore[] {
  const scores: MutantScore[] = [];
  for (const rendering of options.renderings ?? RENDERINGS) {
    const s: MutantScore = { rendering, mutants: 0, detected: 0, applications: 0, onCell: 0, outside: 0, falseAlarms: 0, reports: 0, misses: [] };
    for (let n = 0; n < options.reports; n++) {
      const format: FormatVersion = n % 2 ? '2021' : '2019';
      const seed = deriveSeed(options.seed + n, `mutants/${format}`);
      const rng = mulberry32(seed);
      const values = randomConsistentValues(format, rng, { smallProactive: rendering === 'fused' });
      const metadata = randomMetadata(format, rng);
      const render = (v: Values) => renderReport({ format, values: v, metadata, rendering, seed, noise: false }).text;
      const cleanText = render(values);
      const clean = checkReport(parseReport(cleanText), cleanText);
      s.reports++;
      if (clean.some((f) => f.severity === 'error')) s.falseAlarms++;
      const before = new Set(clean.filter(serious).map(signature));
      const related = relatedKeys(format);
      let keys = Object.keys(values).filter((k) => values[k] !== null);
      if (options.cellsPerReport !== undefined) keys = keys.filter(() => rng.chance(options.cellsPerReport! / keys.length));
      for (const key of keys) {
        const original = values[key]!;
        const delta = rng.int(1, 9);
        const changed = Number.isInteger(original) ? original + delta : Math.round((original + delta) * 10000) / 10000;
        const mutated = { ...values, [key]: changed };
        if (!related.has(key) || brokenRelations(format, mutated).length === 0) {
          s.outside++;
          continue;
        }
        const text = render(mutated);
        const model = parseReport(text);
        const findings = checkReport(model, text).filter(serious);
        const fresh = findings.filter((f) => !before.has(signature(f)));
        s.mutants++;
        if (fresh.length > 0) s.detected++;
        else s.misses.push(`${format} seed ${seed} ${key} ${original} → ${changed}: not detected`);
        if (key.startsWith('applications.')) {
          s.applications++;
          const range = cellRange(model, key);
          const on = range && fresh.some((f) => f.range.start.line === range.start.line && f.range.start.character === range.start.character);
          if (on) s.onCell++;
          else if (fresh.length > 0) s.misses.push(`${format} seed ${seed} ${key} ${original} → ${changed}: found, not on the cell (${fresh.map((f) => f.code).join(', ')})`);
        }
      }
    }
    scores.push(s);
  }
  return scores;
}

export const ratio = (a: number, b: number): number => (b === 0 ? 100 : (100 * a) / b);
