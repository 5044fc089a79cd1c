// Writes docs/format-tables.md from the format definitions. `npm run docs:formats`.
import * as esbuild from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const entry = join(mkdtempSync(join(tmpdir(), 'nianbao-formats-')), 'entry.ts');
writeFileSync(entry, `export { describeFormats } from ${JSON.stringify(join(process.cwd(), 'server/src/core/formats/describe'))};\nexport { FORMATS } from ${JSON.stringify(join(process.cwd(), 'server/src/core/formats'))};\n`);
const out = entry.replace(/\.ts$/, '.cjs');
await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning' });
const { describeFormats, FORMATS } = createRequire(import.meta.url)(out);
writeFileSync('docs/format-tables.md', `${describeFormats(Object.values(FORMATS))}\n`);
console.log('docs/format-tables.md written');
