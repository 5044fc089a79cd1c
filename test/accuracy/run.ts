// `npm run accuracy [-- --count N] [--seed S] [--tool NAME] [--source NAME] [--verbose]`: the rendering accuracy
// matrix (matrix.ts) over the real tools, one line per tool, one block per fixture source
// (`--source word` for one of them). `--verbose` lists the first 20 cells not read back (ACC_MAX=n for n).
import { parseArgs } from 'node:util';
import { closeBrowser } from '../support/browser';
import { judged, percent, score, SOURCES, TOOLS } from './matrix';

const USAGE = `usage: npm run accuracy -- [--count N] [--seed S] [--source our|word] [--tool NAME] [--verbose]
  --count N    seeds per source (two pages each, one per format version; default 3)
  --seed S     the first seed (default 1); pages from 10 on were held out of development
  --source     only the fixture source whose name contains this (our pages, Word/WPS/CMS pages)
  --tool NAME  only the tools whose name contains NAME (e.g. lynx, pandoc, "pdftotext -layout")
  --verbose    list the first cells not read back (ACC_MAX=n for n)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      tool: { type: 'string' },
      source: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  for (const [source, make] of Object.entries(SOURCES)) {
    if (values.source && !source.toLowerCase().includes(values.source.toLowerCase())) continue;
    const list = make(Number(values.count), Number(values.seed));
    console.log(`\n## ${source}: ${list.length} pages (seeds ${values.seed}…, both formats)\n`);
    console.log('| tool | cells reproduced | ambiguous | not in the text | wrong | findings equal to the page |');
    console.log('|---|---|---|---|---|---|');
    for (const tool of Object.keys(TOOLS)) {
      if (values.tool && !tool.includes(values.tool)) continue;
      const s = await score(tool, list);
      console.log(`| ${tool} | ${s.reproduced}/${judged(s)} (${percent(s).toFixed(1)} %) | ${s.ambiguous} | ${s.undeterminable} | ${s.wrong} | ${s.sameFindings}/${s.fixtures} |`);
      if (values.verbose) for (const f of s.failures.slice(0, Number(process.env.ACC_MAX ?? 20))) console.log(`    ${f}`);
    }
  }
  await closeBrowser();
}

main().catch((error: unknown) => {
  // A mistyped option is the user's, not a crash: say what is wrong and how it is used.
  if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) console.error(`${(error as Error).message}\n${USAGE}`);
  else console.error(error);
  process.exit(1);
});
