// Developer aid: prints what the engine reads from a file. `node out/dump.js FILE`.
import { readFileSync } from 'node:fs';
import { decodeReportBytes, modelValues, parseReport } from '../../server/src/core';

for (const file of process.argv.slice(2)) {
  const decoded = decodeReportBytes(readFileSync(file));
  if (!decoded.ok) {
    console.log(file, decoded.message);
    continue;
  }
  const t0 = performance.now();
  const model = parseReport(decoded.text);
  const ms = performance.now() - t0;
  console.log(`== ${file} format=${model.format} scores=${JSON.stringify(model.formatScores)} year=${model.year} ${ms.toFixed(1)}ms`);
  console.log('meta', JSON.stringify({ ...model.metadata, title: model.metadata.title?.text, titleYearSpan: undefined, periodSpan: undefined, publicationDateSpan: undefined }));
  for (const s of model.sections) console.log('section', s.numeral, s.id, s.match, JSON.stringify(s.heading.text), s.heading.range.start.line);
  for (const t of model.tables) {
    console.log('table', t.id, t.rendering, 'missing:', t.missingRows.join(','), 'extra:', t.extraRows.map((e) => e.label.text).join(','));
    for (const r of t.rows) {
      const flags = [r.incomplete ? `incomplete${JSON.stringify(r.incomplete)}` : '', r.unreadable ? `unreadable(${r.unreadable.reason})` : '', r.readings ? `readings=${r.readings.length}` : '', r.subRows ? `sub=${r.subRows.map((s) => s.label.text).join('/')}` : ''].join(' ');
      console.log('  ', r.id.padEnd(28), r.cells.map((c) => (c.status === 'ok' ? String(c.value) : c.status)).join(' '), flags);
    }
  }
  if (process.env.VALUES) console.log(JSON.stringify(modelValues(model)));
}
