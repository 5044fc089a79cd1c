// Random consistent reports as the bench and the command-line tests generate them: both
// formats, every rendering of docs/report-format.md §5 (and mixed ones), varied numbers, metadata
// and cosmetic noise, the Hubei extra row now and then. Callers name the files.
import type { FormatVersion } from '../../server/src/core';
import { randomMetadata, renderReport, RENDERINGS, type RenderMetadata } from './render';
import { mulberry32 } from './rng';
import { randomConsistentValues } from './values';

export interface GeneratedReport {
  index: number;
  text: string;
  metadata: RenderMetadata;
}

export function* randomReports(count: number, seed: number): Generator<GeneratedReport> {
  const rng = mulberry32(seed);
  const renderings = [...RENDERINGS, 'mixed' as const];
  for (let index = 0; index < count; index++) {
    const format: FormatVersion = rng.chance(0.5) ? '2019' : '2021';
    const rendering = renderings[index % renderings.length]!;
    const values = randomConsistentValues(format, rng, { smallProactive: rendering === 'fused' });
    const metadata = randomMetadata(format, rng);
    const { text } = renderReport({ format, values, rendering, seed: seed + index, metadata, extraRow: index % 11 === 0 });
    yield { index, text, metadata };
  }
}
