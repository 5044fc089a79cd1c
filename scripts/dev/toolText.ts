// Developer aid: prints what a tool of the accuracy matrix makes of one of its pages (or the page's
// HTML, or its values), to look at a cell the matrix reports unread.
// Build: `npx esbuild scripts/dev/toolText.ts --bundle --platform=node --outfile=out/toolText.js --external:playwright-core`,
// then `node out/toolText.js --tool lynx --format 2021 --seed 13 [--first 10] [--count 9] [--our] [--html | --values]`.
// `--first`/`--count` are the matrix's `--seed`/`--count`: Word pages take their flavour from
// their place in that run, so pass the same ones to see the same page.
import { parseArgs } from 'node:util';
import { fixtures, TOOLS, wordFixtures } from '../../test/accuracy/matrix';

const { values } = parseArgs({
  options: {
    tool: { type: 'string', default: 'lynx' },
    format: { type: 'string', default: '2021' },
    seed: { type: 'string' },
    first: { type: 'string', default: '1' },
    count: { type: 'string', default: '9' },
    our: { type: 'boolean', default: false },
    html: { type: 'boolean', default: false },
    values: { type: 'boolean', default: false },
  },
});

const tool = TOOLS[values.tool!];
if (!tool) throw new Error(`--tool ${values.tool}: expected one of ${Object.keys(TOOLS).join(', ')}`);
const pages = (values.our ? fixtures : wordFixtures)(Number(values.count), Number(values.first)).filter(
  (f) => f.format === values.format && (values.seed === undefined || new RegExp(`-${values.seed}(\\b|-)|seed ${values.seed} `).test(f.name)),
);

(async () => {
  for (const page of pages) {
    console.error(page.name);
    if (values.html) console.log(page.html);
    else if (values.values) console.log(JSON.stringify(page.values));
    else console.log(await tool(page.html));
  }
})();
