// Engine figures, in this process: a full analysis of each seed, a one-character edit in a
// table of a 1 MB report, and analysis time as a multiple of decoding and splitting lines.
import { checkReport, decodeReportBytes, parseReport, ReportParser, type ReportModel } from '../../server/src/core';
import { largeReport, seeds } from './corpus';
import { atLeast, atMost, median, timeSync, under, type Figure } from './stats';

/** Parse + every rule: what the editor does for a document it has not seen. */
function analyse(text: string): ReportModel {
  const model = parseReport(text);
  checkReport(model, text);
  return model;
}

export function seedFigures(rounds = 200, warmup = 50): Figure[] {
  // Round-robin over the seeds, so that warm-up and any other load on the machine fall on all of
  // them alike (timed one after the other, the first seed paid for the JIT's tiers).
  const all = seeds();
  const samples = all.map(() => [] as number[]);
  for (let round = 0; round < warmup + rounds; round++) {
    all.forEach(({ text }, i) => {
      const t0 = performance.now();
      analyse(text);
      if (round >= warmup) samples[i]!.push(performance.now() - t0);
    });
  }
  return all.map(({ name, text }, i) => ({
    name: `full analysis, seed ${name.slice(0, 3)} (${(text.length / 1000).toFixed(1)}k chars)`,
    samples: samples[i]!,
    unit: 'ms',
    target: { text: '< 2 ms', met: under(2) },
  }));
}

export function largeReportFigures(runs = 40): Figure[] {
  const text = largeReport();
  const bytes = Buffer.from(text, 'utf8');
  const size = `${(bytes.length / 1e6).toFixed(2)} MB UTF-8, ${(text.length / 1000).toFixed(0)}k chars`;

  // A drafter types a digit into the first cell of 表三 and deletes it again, alternately.
  const parser = new ReportParser();
  const model = parser.parse(text);
  const cell = model.tables.find((t) => t.id === 'applications')?.rows[0]?.cells[0];
  if (!cell) throw new Error('the large report has no 表三 cell to edit');
  let typed = false;
  const edit = () => {
    typed = !typed;
    const at = cell.span.offset;
    const next = parser.applyChanges([typed ? { start: at, end: at, text: '1' } : { start: at, end: at + 1, text: '' }]);
    checkReport(next, parser.text);
  };
  // A drafter types many characters in a row: 50 edits of warm-up, then the timed ones.
  const editSamples = timeSync(runs * 5, edit, 50);
  const fullSamples = timeSync(Math.max(5, runs >> 2), () => analyse(text), 3);
  const fullMedian = median(fullSamples);

  // The floor: bytes to text to lines, nothing else.
  const floorSamples = timeSync(runs, () => {
    const decoded = decodeReportBytes(bytes);
    if (!decoded.ok) throw new Error('the large report does not decode');
    decoded.text.split(/\r\n|\r|\n/);
  }, 5);
  const floorMedian = median(floorSamples);

  return [
    {
      name: `1 MB report: edit a 表三 cell, incremental parse + all rules`,
      samples: editSamples,
      unit: 'ms',
      target: { text: '< 5 ms', met: under(5) },
      note: `${size}; full analysis of the same text ${fullMedian.toFixed(1)} ms (median of ${fullSamples.length})`,
    },
    {
      name: '1 MB report: full analysis ÷ incremental edit',
      samples: editSamples.map((e) => fullMedian / e),
      unit: '×',
      target: { text: '≥ 20×', met: atLeast(20) },
    },
    {
      name: '1 MB report: full analysis ÷ (decode + split lines)',
      samples: fullSamples.map((f) => f / floorMedian),
      unit: '×',
      target: { text: '≤ 10×', met: atMost(10) },
      note: `decode + split lines ${floorMedian.toFixed(2)} ms; analysis ${(bytes.length / 1e6 / (fullMedian / 1000)).toFixed(1)} MB/s`,
    },
  ];
}
