// `nianbao tables [--format json|csv] [--max-file-size MB] PATH...`: the numbers of every report, as JSON or as one
// sheet with a line per report (docs/interfaces.md).
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CSV_BOM, toCsv } from '../../../shared/csv';
import { DEFAULT_MAX_FILE_SIZE_MB, type FormatVersion, type ReportModel, type Finding } from '../core';
import { engine } from './engine';
import { ConfigLocator } from './config';
import { collectReportFiles, displayPath, oversizeFinding } from './files';
import type { CliIO } from './io';
import { readReportSource } from './load';
import { writeWorkbook } from './xlsx';

export const TABLES_USAGE = 'nianbao tables [--format json|csv|xlsx] [--output FILE] [--header zh|id|both] [--max-file-size MB] PATH...';

interface FileTables {
  file: string;
  year: number | null;
  format: FormatVersion | null;
  body?: string;
  publicationDate?: string;
  values: Record<string, number | null>;
  cells: Array<{ key: string; value: number | null; text: string; status: string; range: unknown }>;
  /** Rows of the text the format does not know (local variants, sub-rows): said, not dropped. */
  unrecognizedRows?: Array<{ table: string; label: string; parentRow: string | null; values: string[]; range: unknown }>;
  problem?: string;
  error?: string;
}

export async function runTables(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'json' }, header: { type: 'string', default: 'both' }, output: { type: 'string', short: 'o' }, 'max-file-size': { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    io.err(`${(error as Error).message}\n用法（usage）：${TABLES_USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(`${TABLES_USAGE}\n`);
    return 0;
  }
  const format = parsed.values.format;
  if (format !== 'json' && format !== 'csv' && format !== 'xlsx') {
    io.err(`--format 只能是 json、csv 或 xlsx（--format must be json, csv or xlsx），收到 ${format}\n`);
    return 2;
  }
  const output = parsed.values.output === undefined ? undefined : resolve(io.cwd, parsed.values.output);
  if (format === 'xlsx' && output === undefined) {
    io.err(`--format xlsx 需要 --output 文件名（--format xlsx needs --output FILE）\n用法（usage）：${TABLES_USAGE}\n`);
    return 2;
  }
  const header = parsed.values.header;
  if (header !== 'zh' && header !== 'id' && header !== 'both') {
    io.err(`--header 只能是 zh、id 或 both（--header must be zh, id or both），收到 ${header}\n`);
    return 2;
  }
  if (parsed.positionals.length === 0) {
    io.err(`缺少路径（no PATH given）\n用法（usage）：${TABLES_USAGE}\n`);
    return 2;
  }
  const flagLimit = parsed.values['max-file-size'] === undefined ? undefined : Number(parsed.values['max-file-size']);
  if (flagLimit !== undefined && !(Number.isFinite(flagLimit) && flagLimit > 0)) {
    io.err(`--max-file-size 应为正数（MB）（--max-file-size must be a positive number of MB）\n用法（usage）：${TABLES_USAGE}\n`);
    return 2;
  }
  const locator = new ConfigLocator();
  const { files, problems } = collectReportFiles(parsed.positionals.map((p) => resolve(io.cwd, p)));
  let status = 0;
  for (const p of problems) {
    io.err(`${p.path}: ${p.message}\n`);
    status = 2;
  }
  const results: FileTables[] = [];
  // The workbook's summary and findings sheets need each report's findings.
  const findings = new Map<string, Finding[]>();
  for (const [i, path] of files.entries()) {
    if (io.stderrIsTTY && files.length > 1) io.err(`\r[${i + 1}/${files.length}] ${displayPath(path, io.cwd)}\x1b[K`);
    const file = displayPath(path, io.cwd);
    // Above the size limit a file is not read: listed with the reason, without numbers.
    const project = locator.forFile(path);
    const limit = flagLimit ?? (project && !project.error ? project.config.maxFileSize : undefined) ?? DEFAULT_MAX_FILE_SIZE_MB;
    const tooLarge = oversizeFinding(path, limit, 'zh');
    if (tooLarge) {
      results.push({ file, year: null, format: null, values: {}, cells: [], problem: tooLarge.message });
      continue;
    }
    const read = await readReportSource(path);
    if (!read.ok) {
      io.err(`${file}: ${read.message}\n`);
      status = 2;
      results.push({ file, year: null, format: null, values: {}, cells: [], error: read.message });
      continue;
    }
    const model = engine.parse(read.text);
    results.push(fileTables(file, model));
    if (format === 'xlsx') findings.set(file, engine.check(model, read.text, { locale: 'zh', file }));
  }
  if (io.stderrIsTTY && files.length > 1) io.err('\r\x1b[K');
  if (format === 'xlsx') {
    const reports = results.map((r) => ({ ...r, findings: findings.get(r.file) ?? [], problem: r.problem ?? r.error }));
    try {
      await writeWorkbook(reports, output!);
    } catch (error) {
      io.err(`无法写入 ${output}（cannot write the workbook）：${(error as Error).message}\n`);
      return 2;
    }
    io.err(`已写入 ${displayPath(output!, io.cwd)}：${results.length} 份报告（wrote ${results.length} reports）\n`);
    return status;
  }
  const text = format === 'json' ? `${JSON.stringify(results, null, 2)}\n` : CSV_BOM + toCsv(results, header);
  if (output === undefined) io.out(text);
  else writeFileSync(output, text);
  return status;
}

function fileTables(file: string, model: ReportModel): FileTables {
  const entry: FileTables = {
    file,
    year: model.year,
    format: model.format,
    values: engine.values(model),
    cells: engine.cells(model).map((c) => ({ key: c.key, value: c.status === 'ok' ? c.value : null, text: c.text, status: c.status, range: c.span.range })),
  };
  if (model.metadata.bodyName) entry.body = model.metadata.bodyName;
  if (model.metadata.publicationDate) entry.publicationDate = model.metadata.publicationDate;
  const unrecognized = model.tables.flatMap((t) =>
    [...t.extraRows, ...t.rows.flatMap((r) => r.subRows ?? [])].map((e) => ({
      table: t.id,
      label: e.label.text.trim(),
      parentRow: e.parentRow ?? null,
      values: e.values.map((v) => v.text),
      range: e.label.range,
    })),
  );
  if (unrecognized.length > 0) entry.unrecognizedRows = unrecognized;
  if (model.problem) entry.problem = model.problem.message;
  return entry;
}
