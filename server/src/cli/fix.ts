// `nianbao check --fix`: the editor's fix-all applied to each file and written back in place, in
// the file's own encoding; the check that follows reports what is left.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { cellEditsOf, writeDocxCells, composeDocument, readDocx, applyEdits, type LocatedRange, type CheckOptions, type ReportModel } from '../core';
import { engine } from './engine';
import { encodeText } from './encode';
import { readReportFile } from './files';
import type { CliIO } from './io';

export interface FixTarget {
  display: string;
  absolute: string;
  text: string;
  model: ReportModel;
}

/**
 * Fixes every file it can, updating `text` and `model` of each target that changed. Returns false
 * when a file could not be written (the caller exits with status 2).
 */
export function fixFiles(targets: FixTarget[], optionsFor: (target: FixTarget) => CheckOptions, io: CliIO): boolean {
  let ok = true;
  let fixedFiles = 0;
  for (const target of targets) {
    const options = optionsFor(target);
    const findings = engine.check(target.model, target.text, options);
    const edits = engine.fixAll(target.model, target.text, findings, {
      ...(options.locale ? { locale: options.locale } : {}),
      check: (model, text) => engine.check(model, text, options),
    });
    if (edits.length === 0) continue;
    const text = applyEdits(target.text, edits);
    const read = readReportFile(target.absolute);
    const encoding = read.ok ? read.encoding : 'utf-8';
    const original = readFileSync(target.absolute);
    const bom = original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf;
    const bytes = encodeText(text, encoding, bom);
    if (!bytes) {
      io.err(`${target.display}: 无法以 ${encoding} 写回修复后的文本，未修改（cannot write the fixed text as ${encoding}; left unchanged）\n`);
      ok = false;
      continue;
    }
    try {
      writeFileSync(target.absolute, bytes);
    } catch (error) {
      io.err(`${target.display}: 写入失败（cannot write）：${String(error)}\n`);
      ok = false;
      continue;
    }
    fixedFiles++;
    io.err(`${target.display}: 已修复 ${edits.length} 处（fixed ${edits.length} place${edits.length === 1 ? '' : 's'}）\n`);
    target.text = text;
    target.model = engine.parse(text);
  }
  if (fixedFiles > 0) io.err(`已修复 ${fixedFiles} 个文件（fixed ${fixedFiles} file${fixedFiles === 1 ? '' : 's'}）\n`);
  return ok;
}

/**
 * `--fix` on a DOCX: the fixes of its report text that change table cells are written into those
 * Word cells (nothing else in the package changes), the original kept as `.bak` unless told
 * otherwise; `target` is then the document read again. Returns false when the file could not be
 * written.
 */
export function fixDocx(
  target: FixTarget & { locations?: LocatedRange[] | undefined },
  options: CheckOptions,
  backup: boolean,
  io: CliIO,
): boolean {
  const findings = engine.check(target.model, target.text, options);
  const edits = engine.fixAll(target.model, target.text, findings, {
    ...(options.locale ? { locale: options.locale } : {}),
    check: (model, text) => engine.check(model, text, options),
  });
  if (edits.length === 0) return true;
  const { cells, skipped } = cellEditsOf(target.text, target.locations ?? [], edits);
  if (skipped.length > 0) {
    io.err(`${target.display}: ${skipped.length} 处修复不在表格单元格中（如补标题），未写入 DOCX（${skipped.length} fix${skipped.length === 1 ? '' : 'es'} outside table cells not written into the DOCX）\n`);
  }
  if (cells.length === 0) return true;
  try {
    const original = readFileSync(target.absolute);
    const fixed = writeDocxCells(original, cells);
    if (backup) copyFileSync(target.absolute, `${target.absolute}.bak`);
    writeFileSync(target.absolute, fixed);
    const read = readDocx(fixed);
    if (read.ok) {
      const composed = composeDocument(read.document);
      target.text = composed.text;
      target.model = engine.parse(composed.text);
      target.locations = composed.locations;
    }
  } catch (error) {
    io.err(`${target.display}: 无法写回 DOCX（cannot write the DOCX）：${(error as Error).message}\n`);
    return false;
  }
  io.err(`${target.display}: 已在 Word 表格中修复 ${cells.length} 格（fixed ${cells.length} cell${cells.length === 1 ? '' : 's'} in the Word tables）${backup ? `，原文件另存为 ${target.display}.bak` : ''}\n`);
  return true;
}
