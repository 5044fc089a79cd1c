// The e2e workspace: the sample reports (seeds 000–003 under their real names), the five seed
// reports (test/fixtures/seeds), our own
// fixtures with known findings, a non-report text file and a reviewer's folder of a hundred
// reports with neutral names (found by content).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { officeDocument, wrongTotalPage } from '../support/documents';
import { FIXTURE_DIR, FIXTURES, fixableReport, wrongTotalReport } from './fixtures';

export const SEED_DIR = 'seeds';
export const DOCUMENT_DIR = 'documents';
export const DOCUMENT_NAME = '某区教育局年度报告';
export const FIXABLE_DOCUMENT_DIR = 'documents-to-fix';

/** `extras: false` leaves out the seed corpus and our fixtures (the README screenshots show the samples only). */
export function prepareWorkspace(root: string, folder: string, { extras = true } = {}): void {
  const samples = join(root, 'samples');
  mkdirSync(folder, { recursive: true });
  const reports = readdirSync(samples).filter((name) => name.endsWith('.txt'));
  for (const name of reports) copyFileSync(join(samples, name), join(folder, name));
  writeFileSync(join(folder, 'notes.txt'), '待办事项：\n1. 复核各单位报送材料\n2. 汇总统计数据\n');

  const reviewer = join(folder, 'reviewer');
  mkdirSync(reviewer, { recursive: true });
  for (let i = 0; i < 100; i++) {
    copyFileSync(join(samples, reports[i % reports.length]!), join(reviewer, `report-${String(i).padStart(3, '0')}.txt`));
  }
  if (!extras) return;

  const seeds = join(root, 'test', 'fixtures', 'seeds');
  mkdirSync(join(folder, SEED_DIR), { recursive: true });
  for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt'))) copyFileSync(join(seeds, name), join(folder, SEED_DIR, name));

  // A report as a drafter's DOCX and as its PDF, made by LibreOffice, with one wrong total.
  const page = wrongTotalPage('2021', 1);
  mkdirSync(join(folder, DOCUMENT_DIR), { recursive: true });
  for (const kind of ['docx', 'pdf'] as const) writeFileSync(join(folder, DOCUMENT_DIR, `${DOCUMENT_NAME}.${kind}`), officeDocument(page, kind));
  // A copy the quick-fix test writes into (the others keep their wrong total for later tests).
  mkdirSync(join(folder, FIXABLE_DOCUMENT_DIR), { recursive: true });
  writeFileSync(join(folder, FIXABLE_DOCUMENT_DIR, `${DOCUMENT_NAME}.docx`), officeDocument(page, 'docx'));

  const base = readFileSync(join(root, 'test', 'fixtures', 'rules', 'base-2022.txt'), 'utf8');
  const fixtures = join(folder, FIXTURE_DIR);
  mkdirSync(fixtures, { recursive: true });
  writeFileSync(join(fixtures, FIXTURES.wrongTotal), wrongTotalReport(base));
  writeFileSync(join(fixtures, FIXTURES.quickFix), wrongTotalReport(base));
  writeFileSync(join(fixtures, FIXTURES.fixOnSave), fixableReport(base));
  writeFileSync(join(fixtures, FIXTURES.severity), wrongTotalReport(base));

  // Chinese messages, as most users see them (code-server's display language is English).
  mkdirSync(join(folder, '.vscode'), { recursive: true });
  writeFileSync(join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'nianbao.locale': 'zh' }, null, 2));
}
