// `npm run bench`: every performance target of the project, measured on this machine now, as a
// table of figure, median, min, max and target. Exits non-zero when a target is missed, so it
// can run as a check. The README's Performance section is one run of this script.
import { rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { cliFigure } from './cli';
import { largeReport, reportFolder } from './corpus';
import { largeReportFigures, seedFigures } from './engine';
import { changeFigure, longChangeFigure, memoryFigure, startupFigure } from './lsp';
import { printTable, type Figure } from './stats';

const REPORTS = 1000;

async function main(): Promise<number> {
  const figures: Figure[] = [];
  const step = (what: string) => process.stderr.write(`bench: ${what}…\n`);
  step('engine, seeds');
  figures.push(...seedFigures());
  step('engine, 1 MB report');
  figures.push(...largeReportFigures());
  step(`generating ${REPORTS} reports`);
  const folder = reportFolder(REPORTS);
  try {
    step('language server');
    figures.push(await changeFigure());
    figures.push(await longChangeFigure(largeReport()));
    figures.push(await startupFigure());
    figures.push(await memoryFigure(folder.dir));
    step('command line');
    figures.push(cliFigure(folder.dir, REPORTS, folder.bytes));
  } finally {
    rmSync(folder.dir, { recursive: true, force: true });
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
