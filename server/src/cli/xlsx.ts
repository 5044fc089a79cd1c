// `nianbao tables --format xlsx --output FILE`: the workbook a reviewer opens in Excel or WPS.
// 汇总: one line per report (body, year, format, publication date, numbers of findings); 表二,
// 表三, 表四: each report's table in the official layout (caption, header, labelled rows), after a
// block of the sums over every report of the same format version — what a reviewer adds up for a
// district's hundred reports; 问题: every finding with its place.
import type { Worksheet } from 'exceljs';
import type { CsvEntry } from '../../../shared/csv';
import { FORMATS, type FormatVersion, type TableDef, type TableId, type Finding } from '../core';

/** A report's line of the sheet (the CSV's fields) with its findings. */
export interface WorkbookReport extends CsvEntry {
  findings: Finding[];
  problem?: string | undefined;
}

const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告', information: '提示', hint: '提示' };
const TABLE_SHEETS: Array<[TableId, string]> = [
  ['proactive', '表二'],
  ['applications', '表三'],
  ['appeals', '表四'],
];

export async function writeWorkbook(reports: readonly WorkbookReport[], path: string): Promise<void> {
  // Loaded here, not at start-up: evaluating exceljs took ~40 ms of every `nianbao` run.
  const { Workbook } = await import('exceljs');
  const book = new Workbook();
  book.creator = 'nianbao';
  summarySheet(book.addWorksheet('汇总'), reports);
  for (const [table, name] of TABLE_SHEETS) tableSheet(book.addWorksheet(name), table, reports);
  findingsSheet(book.addWorksheet('问题'), reports);
  await book.xlsx.writeFile(path);
}

function summarySheet(sheet: Worksheet, reports: readonly WorkbookReport[]): void {
  sheet.columns = [
    { header: '文件', key: 'file', width: 48 },
    { header: '机关', key: 'body', width: 28 },
    { header: '年度', key: 'year', width: 8 },
    { header: '格式版本', key: 'format', width: 10 },
    { header: '发布日期', key: 'date', width: 12 },
    { header: '错误', key: 'errors', width: 8 },
    { header: '警告', key: 'warnings', width: 8 },
    { header: '提示', key: 'notes', width: 8 },
    { header: '说明', key: 'problem', width: 40 },
  ];
  for (const r of reports) {
    sheet.addRow({
      file: r.file,
      body: r.body ?? '',
      year: r.year ?? '',
      format: r.format ?? '',
      date: r.publicationDate ?? '',
      errors: r.findings.filter((f) => f.severity === 'error').length,
      warnings: r.findings.filter((f) => f.severity === 'warning').length,
      notes: r.findings.filter((f) => f.severity === 'information' || f.severity === 'hint').length,
      problem: r.problem ?? '',
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function tableSheet(sheet: Worksheet, table: TableId, reports: readonly WorkbookReport[]): void {
  sheet.getColumn(1).width = 44;
  for (let c = 2; c <= 16; c++) sheet.getColumn(c).width = 12;
  for (const version of Object.keys(FORMATS) as FormatVersion[]) {
    const same = reports.filter((r) => r.format === version);
    if (same.length === 0) continue;
    const def = FORMATS[version].tables.find((t) => t.id === table)!;
    const sums: Record<string, number | null> = {};
    for (const r of same) {
      for (const [key, value] of Object.entries(r.values)) {
        if (key.startsWith(`${table}.`) && typeof value === 'number') sums[key] = round((sums[key] ?? 0) + value);
      }
    }
    block(sheet, def, `${version} 版格式的 ${same.length} 份报告合计`, sums);
    for (const r of same) block(sheet, def, [r.file, r.body, r.year ? `${r.year} 年度` : ''].filter(Boolean).join(' · '), r.values);
  }
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** One table in the official layout: its title, then per captioned group a header and its rows. */
function block(sheet: Worksheet, def: TableDef, title: string, values: Record<string, number | null>): void {
  const titleRow = sheet.addRow([title]);
  titleRow.font = { bold: true };
  for (const group of def.groups) {
    if (group.caption) sheet.addRow([group.caption]).font = { italic: true };
    const header = sheet.addRow(['', ...group.columns.map((c) => [...(c.parents ?? []).slice(-1), c.label].join('·'))]);
    header.font = { bold: true };
    for (const row of group.rows) {
      const label = row.unlabelled ? '' : [row.groupLabel, row.label].filter(Boolean).join(' ');
      sheet.addRow([label, ...group.columns.map((c) => values[`${def.id}.${row.id}.${c.id}`] ?? null)]);
    }
  }
  sheet.addRow([]);
}

function findingsSheet(sheet: Worksheet, reports: readonly WorkbookReport[]): void {
  sheet.columns = [
    { header: '文件', key: 'file', width: 48 },
    { header: '行', key: 'line', width: 6 },
    { header: '列', key: 'column', width: 6 },
    { header: '严重程度', key: 'severity', width: 10 },
    { header: '规则', key: 'code', width: 28 },
    { header: '说明', key: 'message', width: 90 },
  ];
  for (const r of reports) {
    for (const f of r.findings) {
      sheet.addRow({
        file: r.file,
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        severity: SEVERITY_ZH[f.severity] ?? f.severity,
        code: f.code,
        message: f.message,
      });
    }
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}
