// The e2e workspace: the sample reports, a non-report text file and a reviewer's folder of a
// hundred reports with neutral names (found by content).
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function prepareWorkspace(root: string, folder: string): void {
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
}
