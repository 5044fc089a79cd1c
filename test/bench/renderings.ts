// Full analysis of one typical report in each rendering the engine reads: the kinds of text our
// renderer writes (TAB cells, pipes, paragraphs, fused digits, PDF-like text) and the text the
// real tools of the accuracy matrix make of the same report's web page (text browsers, pandoc,
// a browser's copy, LibreOffice, pdftotext). A tool not installed here is left out, with a note.
import { checkReport, parseReport } from '../../server/src/core';
import { TOOLS } from '../accuracy/matrix';
import { closeBrowser } from '../support/browser';
import { reportPage } from '../support/documents';
import { randomMetadata, renderReport, RENDERINGS } from '../support/render';
import { mulberry32 } from '../support/rng';
import { randomConsistentValues } from '../support/values';
import type { Figure } from './stats';

const FORMAT = '2021';
const SEED = 1;

/** Analysis times of each text, round-robin (so that warm-up and other load fall on all alike). */
function analysisSamples(texts: string[], rounds: number, warmup: number): number[][] {
  const samples = texts.map(() => [] as number[]);
  for (let round = 0; round < warmup + rounds; round++) {
    texts.forEach((text, i) => {
      const t0 = performance.now();
      checkReport(parseReport(text), text);
      if (round >= warmup) samples[i]!.push(performance.now() - t0);
    });
  }
  return samples;
}

/** The report's texts, by rendering: our renderer's kinds first, then each real tool's. */
async function typicalTexts(): Promise<{ texts: Array<[string, string]>; missing: string[] }> {
  const texts: Array<[string, string]> = [];
  const rng = mulberry32(SEED);
  const values = randomConsistentValues(FORMAT, rng);
  const metadata = randomMetadata(FORMAT, rng);
  for (const rendering of RENDERINGS) {
    if (rendering === 'html' || rendering === 'html-js') continue; // the page itself is the tools' input below
    texts.push([rendering, renderReport({ format: FORMAT, values, metadata, rendering, seed: SEED, noise: false }).text]);
  }
  const page = reportPage(FORMAT, SEED).html;
  const missing: string[] = [];
  for (const [tool, make] of Object.entries(TOOLS)) {
    if (tool.includes('(reader)')) continue; // documents, timed by the documents part
    try {
      texts.push([tool === 'html (text)' ? 'html page as text' : tool, await make(page)]);
    } catch {
      missing.push(tool);
    }
  }
  await closeBrowser();
  return { texts, missing };
}

export async function renderingFigures(rounds = 100, warmup = 30): Promise<Figure[]> {
  const { texts, missing } = await typicalTexts();
  const samples = analysisSamples(texts.map(([, text]) => text), rounds, warmup);
  const figures = texts.map(([name, text], i): Figure => ({
    name: `full analysis, ${name} (${(text.length / 1000).toFixed(1)}k chars)`,
    samples: samples[i]!,
    unit: 'ms',
  }));
  if (missing.length > 0 && figures.length > 0) figures[figures.length - 1]!.note = `not installed here: ${missing.join(', ')}`;
  return figures;
}
