// Timing and the result table of `npm run bench`: every figure is a median of repeated runs in
// one process, with its min, max and target; a missed target makes the bench exit non-zero.

export interface Figure {
  name: string;
  /** Samples in the figure's unit. */
  samples: number[];
  unit: string;
  /** The target as text (`< 2 ms`) and the test it stands for; none for a figure shown for information. */
  target?: { text: string; met: (median: number) => boolean };
  /** Extra information printed after the table (throughput, sizes). */
  note?: string;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs `fn` `warmup` times (the JIT, not the engine), then `runs` timed times; milliseconds. */
export function timeSync(runs: number, fn: () => void, warmup = 5): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

export async function timeAsync(runs: number, fn: () => Promise<void>, warmup = 5): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

export const under = (limit: number) => (m: number) => m < limit;
export const atMost = (limit: number) => (m: number) => m <= limit;
export const atLeast = (limit: number) => (m: number) => m >= limit;

function show(v: number, unit: string): string {
  const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
  return `${v.toFixed(digits)}${unit === '×' ? '×' : ` ${unit}`}`;
}

/** The table, as Markdown (it goes into the README as is). Returns the figures that missed. */
export function printTable(figures: Figure[], log: (line: string) => void = console.log): Figure[] {
  const missed: Figure[] = [];
  log('| figure | median | min | max | target | |');
  log('|---|---|---|---|---|---|');
  for (const f of figures) {
    const m = median(f.samples);
    const ok = f.samples.length > 0 && (!f.target || f.target.met(m));
    if (!ok) missed.push(f);
    const min = Math.min(...f.samples);
    const max = Math.max(...f.samples);
    log(`| ${f.name} | ${show(m, f.unit)} | ${show(min, f.unit)} | ${show(max, f.unit)} | ${f.target?.text ?? '—'} | ${!ok ? '**missed**' : f.target ? 'ok' : ''} |`);
  }
  const notes = figures.filter((f) => f.note);
  if (notes.length > 0) {
    log('');
    for (const f of notes) log(`- ${f.name}: ${f.note}`);
  }
  return missed;
}
