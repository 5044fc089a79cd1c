// Document figures: reading and checking a web page, a DOCX and a PDF (made from our own report
// pages by LibreOffice and Chromium, as the tests make them), and `nianbao check` over a folder of
// 100 PDFs against pdftotext over the same files, with the command's peak memory.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkReport, parseReport } from '../../server/src/core';
import { readComposedDocument } from '../../server/src/core/documents';
import { browserPdf, closeBrowser } from '../support/browser';
import { officeDocument, reportPage, type ReportPage } from '../support/documents';
import { repoRoot } from '../support/fixtures';
import { atMost, median, timeAsync, type Figure } from './stats';

async function readAndCheck(bytes: Uint8Array, name: string): Promise<void> {
  const read = await readComposedDocument(bytes, name);
  if (!read.ok) throw new Error(`${name}: ${read.message}`);
  checkReport(parseReport(read.composed.text), read.composed.text);
}

/**
 * The page with the narrative of a real report's length: a paragraph on each of the overview's
 * work items, as long as those reports write them, before the tables (LibreOffice then prints
 * six A4 pages).
 */
function sixPagePage(page: ReportPage): ReportPage {
  const items = ['制度建设', '平台建设', '政策解读', '回应关切', '保密审查', '培训考核', '监督评议', '基层公开'];
  const paragraphs = Array.from({ length: 26 }, (_, i) => {
    const item = items[i % items.length]!;
    const sentence = `围绕${item}，第${i + 1}项工作按照年度工作要点逐项落实，明确责任分工与完成时限，定期调度推进情况，做到有部署、有检查、有通报。`;
    return `<p style="text-indent:2em">${sentence.repeat(3)}</p>`;
  }).join('\n');
  return { ...page, html: page.html.replace('<p><strong>二、', `${paragraphs}\n<p><strong>二、`) };
}

export async function documentFigures(runs = 30): Promise<Figure[]> {
  const page = reportPage('2021', 1);
  const kinds: Array<[string, Uint8Array, string, Figure['target']?]> = [
    ['web page (parse5)', Buffer.from(page.html, 'utf8'), 'r.html'],
    ['DOCX from LibreOffice', officeDocument(page, 'docx'), 'r.docx', { text: '≤ 20 ms', met: atMost(20) }],
    ['PDF from LibreOffice', officeDocument(page, 'pdf'), 'r.pdf'],
    ['six-page PDF from LibreOffice', officeDocument(sixPagePage(page), 'pdf'), 'r.pdf'],
    ['PDF from Chromium', readFileSync(await browserPdf(page.html)), 'r.pdf'],
  ];
  await closeBrowser();
  const figures: Figure[] = [];
  for (const [what, bytes, name, target] of kinds) {
    const samples = await timeAsync(runs, () => readAndCheck(bytes, name), 5);
    figures.push({ name: `read + check a ${what} (${(bytes.length / 1024).toFixed(0)} KB)`, samples, unit: 'ms', ...(target ? { target } : {}) });
  }
  return figures;
}

/** 100 PDFs (ten reports, ten copies each): `nianbao check` against pdftotext, and peak memory. */
export function pdfFolderFigures(): Figure[] {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-pdf-'));
  try {
    const files: string[] = [];
    for (let seed = 1; seed <= 10; seed++) {
      const pdf = officeDocument(reportPage(seed % 2 ? '2021' : '2019', seed), 'pdf');
      for (let copy = 0; copy < 10; copy++) {
        const file = join(dir, `report-${seed}-${copy}.pdf`);
        writeFileSync(file, pdf);
        files.push(file);
      }
    }
    const cli = join(repoRoot(), 'dist', 'cli.js');
    // Peak memory from inside the command's own process, written on exit.
    const wrapper = join(dir, 'measure.cjs');
    writeFileSync(wrapper, `process.on('exit', () => require('fs').writeSync(2, '\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));\nrequire(${JSON.stringify(cli)}).run();\n`);
    const cliSamples: number[] = [];
    const toolSamples: number[] = [];
    let maxRss = 0;
    for (let run = 0; run < 3; run++) {
      let t0 = performance.now();
      const r = spawnSync(process.execPath, [wrapper, 'check', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 256 << 20 });
      cliSamples.push(performance.now() - t0);
      const checked = JSON.parse(r.stdout) as unknown[];
      if (checked.length !== files.length) throw new Error(`nianbao check read ${checked.length} of ${files.length} PDFs: ${r.stderr.slice(0, 500)}`);
      maxRss = Math.max(maxRss, Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? 0));
      t0 = performance.now();
      for (const file of files) execFileSync('pdftotext', ['-layout', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
      toolSamples.push(performance.now() - t0);
    }
    const ratio = median(cliSamples) / median(toolSamples);
    return [
      { name: 'nianbao check, 100 PDFs (wall time)', samples: cliSamples, unit: 'ms' },
      { name: 'pdftotext -layout, the same 100 PDFs, one process each', samples: toolSamples, unit: 'ms' },
      { name: 'nianbao check ÷ pdftotext, 100 PDFs', samples: [ratio], unit: '×', target: { text: '≤ 3×', met: atMost(3) } },
      { name: 'nianbao check, 100 PDFs: peak resident memory', samples: [maxRss / 1024], unit: 'MB', target: { text: '< 500 MB', met: atMost(500) } },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
