// `npm run bench`: every performance target of the project, measured on this machine now, as a
// table of figure, median, min, max and target. Exits non-zero when a target is missed, so it
// can run as a check. The README's Performance section is one run of this script.
// `npm run bench -- --only engine` (or renderings, lsp, cli, documents; repeatable) runs one part.
import { rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { cliFigure } from './cli';
import { documentFigures, pdfFolderFigures } from './documents';
import { largeReport, reportFolder } from './corpus';
import { largeReportFigures, seedFigures } from './engine';
import { renderingFigures } from './renderings';
import { changeFigure, longChangeFigure, memoryFigure, startupFigure } from './lsp';
import { printTable, type Figure } from './stats';

const REPORTS = 1000;

const PARTS = ['engine', 'renderings', 'lsp', 'cli', 'documents'];

/** `--only engine|renderings|lsp|cli|documents` (repeatable) runs those parts alone, for working on one of them. */
function parts(): Set<string> {
  const { values } = parseArgs({ options: { only: { type: 'string', multiple: true } } });
  const only = values.only ?? PARTS;
  for (const p of only) if (!PARTS.includes(p)) throw new Error(`--only ${p}: expected ${PARTS.join(', ')}`);
  return new Set(only);
}

async function main(): Promise<number> {
  const run = parts();
  const figures: Figure[] = [];
  const step = (what: string) => process.stderr.write(`bench: ${what}…\n`);
  if (run.has('engine')) {
    step('engine, seeds');
    figures.push(...seedFigures());
    step('engine, 1 MB report');
    figures.push(...largeReportFigures());
  }
  if (run.has('renderings')) {
    step('engine, one report in every rendering');
    figures.push(...(await renderingFigures()));
  }
  if (run.has('documents')) {
    step('documents');
    figures.push(...(await documentFigures()));
    figures.push(...pdfFolderFigures());
  }
  if (run.has('lsp') || run.has('cli')) {
    step(`generating ${REPORTS} reports`);
    const folder = reportFolder(REPORTS);
    try {
      if (run.has('lsp')) {
        step('language server');
        figures.push(await changeFigure());
        figures.push(await longChangeFigure(largeReport()));
        figures.push(await startupFigure());
        figures.push(await memoryFigure(folder.dir));
      }
      if (run.has('cli')) {
        step('command line');
        figures.push(cliFigure(folder.dir, REPORTS, folder.bytes));
      }
    } finally {
      rmSync(folder.dir, { recursive: true, force: true });
    }
  }
  const missed = printTable(figures);
  console.log(`\nnode ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores; medians of repeated runs in one process.`);
  if (missed.length > 0) {
    console.error(`\nbench: ${missed.length} target(s) missed: ${missed.map((f) => f.name).join('; ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
