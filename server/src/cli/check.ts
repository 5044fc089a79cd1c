// `nianbao check [--format text|json|sarif] [--config FILE] [--locale zh|en] [--max-file-size MB] [--fix] PATH...`
//
// Exit status: 0 no error-severity finding, 1 at least one, 2 the command could not run (bad
// arguments, a path that does not exist, an unreadable or binary file). A file that cannot be
// read gets one message on stderr and status 2; the other files are still checked.
//
// With enough files (checkFiles.ts: WORKERS_FROM) and more than one core, the files are read,
// parsed and checked in worker threads (checkFiles.ts, parallel.ts); the output is the same.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { normaliseIgnorePath } from '../core';
import packageJson from '../../../package.json';
import { DEFAULT_MAX_FILE_SIZE_MB, type NianbaoConfig, type Locale } from '../core';
import { formatHtmlReport } from './htmlReport';
import { formatCompact, formatStylish, useColour } from './stylish';
import {
  checkInThread,
  checkInWorkers,
  loadInThread,
  WORKER_SCRIPT,
  workerThreads,
  type CheckContext,
  type CheckInternals,
  type FileSettings,
  type Target,
} from './checkFiles';
import { ConfigLocator, loadConfigFile } from './config';
import { collectReportFiles, displayPath } from './files';
import { processIO, type CliIO } from './io';
import type { LoadOutcome } from './load';
import { toSarif, type CheckedFile } from './sarif';
import { fixDocx, fixFiles } from './fix';
import type { LoadedFile } from './workerProtocol';

type OutputFormat = 'text' | 'compact' | 'json' | 'sarif' | 'html';

/** From this many files on, a terminal shows progress. */
const PROGRESS_FROM = 10;
/** What reading one PDF costs, in text reports (bench: about 45 ms against 1 ms). */
const PDF_WEIGHT = 50;

export const CHECK_USAGE = `用法 Usage: nianbao check [--format text|compact|json|sarif|html] [--output FILE] [--quiet] [--max-warnings N] [--config FILE] [--locale zh|en] [--max-file-size MB] [--fix] PATH...
  --format         text：按文件分组、带汇总（默认）；compact：每个问题一行；json；sarif
                   text: grouped by file with a summary (default); compact: one line per finding; json; sarif
                   html：一个独立的网页，发给不用 VS Code 的同事 html: one self-contained page to send around
  --output         写入文件而不是标准输出 write to FILE instead of stdout
  --quiet          只报告错误 report errors only
  --max-warnings   警告多于 N 个时以状态 1 结束 exit 1 when there are more than N warnings
  --max-file-size  大于此大小（MB，默认 ${DEFAULT_MAX_FILE_SIZE_MB}）的文件不作检查，只给出一条提示 file-too-large
                   files above this many MB (default ${DEFAULT_MAX_FILE_SIZE_MB}) are not analysed; one notice says so
  --fix  自动修复可修复的问题并写回文件（DOCX 写入 Word 表格的单元格，原文件另存为 .bak），再报告其余问题
         rewrite files in place with the automatic fixes (a DOCX in its Word cells, the original kept as .bak), then report what is left
  --no-backup  --fix 修改 DOCX 时不保留 .bak do not keep the .bak of a fixed DOCX
  PATH  报告文件或文件夹（在文件夹中查找 .txt .md .htm .html .docx .pdf）
        a report file or a folder (searched for .txt .md .htm .html .docx .pdf)
退出状态 Exit status: 0 无错误 no errors, 1 有错误 errors found, 2 无法运行 could not run
`;

interface Options {
  format: OutputFormat;
  output?: string;
  /** --fix on a DOCX keeps the original beside it (`report.docx.bak`) unless --no-backup. */
  backup?: boolean;
  quiet?: boolean;
  maxWarnings?: number;
  config?: string;
  locale?: Locale;
  fix?: boolean;
  maxFileSize?: number;
  paths: string[];
}

function parseArgs(args: string[]): Options | { error: string } | 'help' {
  const options: Options = { format: 'text', paths: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      options.paths.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--fix') {
      options.fix = true;
      continue;
    }
    if (arg === '--no-backup') {
      options.backup = false;
      continue;
    }
    if (arg === '--quiet') {
      options.quiet = true;
      continue;
    }
    const m = /^(--format|--config|--locale|--max-file-size|--max-warnings|--output)(?:=(.*))?$/.exec(arg);
    if (m) {
      const value = m[2] ?? args[++i];
      if (value === undefined || value === '') return { error: `${m[1]} 缺少参数值（${m[1]} needs a value）` };
      if (m[1] === '--format') {
        if (value !== 'text' && value !== 'compact' && value !== 'json' && value !== 'sarif' && value !== 'html') {
          return { error: `未知输出格式 "${value}"，应为 text、compact、json、sarif 或 html（unknown format）` };
        }
        options.format = value;
      } else if (m[1] === '--output') {
        options.output = value;
      } else if (m[1] === '--max-warnings') {
        if (!/^\d+$/.test(value)) return { error: `--max-warnings 应为非负整数（--max-warnings must be a whole number），收到 "${value}"` };
        options.maxWarnings = Number(value);
      } else if (m[1] === '--config') {
        options.config = value;
      } else if (m[1] === '--max-file-size') {
        const mb = Number(value);
        if (!Number.isFinite(mb) || mb <= 0) return { error: `--max-file-size 应为正数（MB）（--max-file-size must be a positive number of MB），收到 "${value}"` };
        options.maxFileSize = mb;
      } else {
        if (value !== 'zh' && value !== 'en') return { error: `未知语言 "${value}"，应为 zh 或 en（unknown locale）` };
        options.locale = value;
      }
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') return { error: `未知选项 ${arg}（unknown option）` };
    options.paths.push(arg);
  }
  if (options.paths.length === 0) return { error: '没有指定要检查的文件或文件夹（no PATH given）' };
  return options;
}

function severityCounts(files: CheckedFile[]): Record<string, number> {
  const counts: Record<string, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of files) for (const d of f.findings) counts[d.severity] = (counts[d.severity] ?? 0) + 1;
  return counts;
}

/** `internal`: see `CheckInternals` (tests and measurements only). */
export async function runCheck(args: string[], io: CliIO = processIO(), internal: CheckInternals = {}): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    io.out(CHECK_USAGE);
    return 0;
  }
  if ('error' in parsed) {
    io.err(`nianbao check: ${parsed.error}\n${CHECK_USAGE}`);
    return 2;
  }
  let status = 0;
  const fail = (message: string) => {
    io.err(`${message}\n`);
    status = 2;
  };

  // A configuration named on the command line applies to every file; otherwise each file's
  // nearest .nianbaorc.json does. Its warnings are printed once, when the first file under it is
  // reported (`announce`); the worker path looks configurations up early and reports later.
  let fixedConfig: NianbaoConfig | undefined;
  if (parsed.config !== undefined) {
    const loaded = loadConfigFile(resolve(io.cwd, parsed.config));
    if (loaded.error) {
      io.err(`nianbao check: ${loaded.error}\n`);
      return 2;
    }
    for (const w of loaded.warnings) io.err(`nianbao check: ${w}\n`);
    fixedConfig = loaded.config;
  }
  const locator = new ConfigLocator();
  const warnedConfigs = new Set<string>();
  const fixedConfigDir = parsed.config !== undefined ? dirname(resolve(io.cwd, parsed.config)) : undefined;
  /** The folder an ignore entry's `file` is relative to: the project file's. */
  const configDirFor = (absolute: string): string | undefined => fixedConfigDir ?? (locator.forFile(absolute) ? dirname(locator.forFile(absolute)!.path) : undefined);
  const configFor = (absolute: string, announce = true): NianbaoConfig => {
    if (fixedConfig) return fixedConfig;
    const found = locator.forFile(absolute);
    if (!found) return { rules: {} };
    if (announce && !warnedConfigs.has(found.path)) {
      warnedConfigs.add(found.path);
      if (found.error) io.err(`nianbao check: ${found.error}\n`);
      for (const w of found.warnings) io.err(`nianbao check: ${w}\n`);
    }
    return found.error ? { rules: {} } : found.config;
  };
  const settingsFor = (absolute: string, announce = true): FileSettings => {
    const config = configFor(absolute, announce);
    return {
      maxMB: parsed.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE_MB,
      locale: parsed.locale ?? config.locale ?? 'zh',
      severities: config.rules,
      ...(config.ignore && config.ignore.length > 0
        ? { ignore: { file: normaliseIgnorePath(relative(configDirFor(absolute) ?? io.cwd, absolute)), entries: config.ignore } }
        : {}),
    };
  };
  /** What the command says about a file it does not check. */
  const announce = (target: Target, outcome: LoadOutcome | LoadedFile) => {
    if (outcome.kind === 'skipped') io.err(`${target.display}: 跳过（skipped）：${outcome.message}\n`);
    else if (outcome.kind === 'failed') fail(`${target.display}: ${outcome.message}`);
  };

  // Collect the files.
  const collected = collectReportFiles(parsed.paths.map((p) => resolve(io.cwd, p)));
  for (const problem of collected.problems) fail(`${displayPath(problem.path, io.cwd)}: ${problem.message}`);
  const targets: Target[] = [...new Set(collected.files)].map((absolute) => ({ absolute, display: displayPath(absolute, io.cwd) }));

  const progress = io.stderrIsTTY && targets.length >= PROGRESS_FROM;
  const context: CheckContext = { io, targets, progress, settingsFor, announce };
  // --fix stays in this thread: it rewrites files and parses them again before the check.
  // A PDF takes as long to read as about fifty text reports (pdf.js lays out every page): weighed so,
  // a folder of a hundred PDFs is worth the worker threads.
  const work = targets.reduce((n, t) => n + (/\.pdf$/i.test(t.absolute) ? PDF_WEIGHT : 1), 0);
  const threads = parsed.fix ? 0 : workerThreads(work, internal, targets.length);
  // dist/cli-worker.js sits beside dist/cli.js; without it (a bundle of the command alone, as
  // in the unit tests' bundles) the files are checked in this thread.
  const script = internal.workerScript ?? join(__dirname, WORKER_SCRIPT);
  let checked: CheckedFile[] | undefined;
  if (threads > 0 && existsSync(script)) {
    try {
      checked = await checkInWorkers(context, threads, script);
    } catch (error) {
      // Nothing about the files was printed yet (the worker path reports only once every file is
      // done), so they are simply checked again in this thread.
      if (progress) io.err('\r\x1b[K');
      io.err(`nianbao check: 并行检查失败，改为单线程检查（worker threads failed; checking in one thread）：${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  if (!checked) {
    const loaded = await loadInThread(context);
    if (parsed.fix) {
      const optionsFor = (l: { absolute: string; display: string }) => {
        const settings = settingsFor(l.absolute);
        return { locale: settings.locale, severities: settings.severities, file: l.display, ...(settings.ignore ? { ignore: settings.ignore } : {}) };
      };
      // A DOCX gets its corrected cells written into the Word file itself; PDFs and web pages are
      // read, not rewritten.
      for (const r of loaded.reports) {
        if (!r.locations) continue;
        if (/\.docx$/i.test(r.absolute)) {
          if (!fixDocx(r, optionsFor(r), parsed.backup !== false, io)) status = 2;
        } else {
          io.err(`${r.display}: PDF 和网页不能用 --fix 修改，只作检查（PDFs and web pages are checked, not fixed）\n`);
        }
      }
      const fixed = fixFiles(loaded.reports.filter((r) => !r.locations), optionsFor, io);
      if (!fixed) status = 2;
    }
    checked = checkInThread(context, loaded);
  }
  if (progress) io.err('\r\x1b[K');
  const warnings = checked.reduce((n, c) => n + c.findings.filter((f) => f.severity === 'warning').length, 0);
  // --quiet: errors only, in every format (the exit status is about errors anyway).
  if (parsed.quiet) checked = checked.map((c) => ({ ...c, findings: c.findings.filter((f) => f.severity === 'error') }));
  const locale = parsed.locale ?? 'zh';
  // --output: the report goes to a file (no colour), the rest of what the command says to stderr.
  let written = '';
  const emit = parsed.output === undefined ? io.out : (text: string) => (written += text);

  if (parsed.format === 'json') {
    const json = checked.map(({ file, findings }) => ({
      file,
      diagnostics: findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        message: f.message,
        range: f.range,
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        ...(f.related?.length ? { relatedInformation: f.related.map((r) => ({ message: r.message, range: r.range, ...(r.file ? { file: r.file } : {}) })) } : {}),
        ...(f.location ? { location: f.location } : {}),
      })),
    }));
    emit(`${JSON.stringify(json, null, 2)}\n`);
  } else if (parsed.format === 'sarif') {
    emit(`${JSON.stringify(toSarif(checked, packageJson.version), null, 2)}\n`);
  } else if (parsed.format === 'html') {
    emit(formatHtmlReport(checked, locale, new Date()));
  } else if (parsed.format === 'compact') {
    emit(formatCompact(checked, locale));
    const counts = severityCounts(checked);
    io.err(
      `${checked.length} 个文件：${counts.error} 个错误，${counts.warning} 个警告，${(counts.information ?? 0) + (counts.hint ?? 0)} 个提示` +
        `（${checked.length} files: ${counts.error} errors, ${counts.warning} warnings, ${(counts.information ?? 0) + (counts.hint ?? 0)} notes）\n`,
    );
  } else {
    emit(formatStylish(checked, locale, parsed.output === undefined && useColour(io.stdoutIsTTY ?? false)));
  }
  if (parsed.output !== undefined) {
    try {
      writeFileSync(resolve(io.cwd, parsed.output), written);
    } catch (error) {
      io.err(`nianbao check: 无法写入 ${parsed.output}（cannot write）：${(error as Error).message}\n`);
      return 2;
    }
  }

  if (status === 2) return 2;
  if (checked.some((c) => c.findings.some((f) => f.severity === 'error'))) return 1;
  if (parsed.maxWarnings !== undefined && warnings > parsed.maxWarnings) {
    io.err(`nianbao check: ${warnings} 个警告，超过 --max-warnings ${parsed.maxWarnings}（${warnings} warnings, more than --max-warnings ${parsed.maxWarnings}）\n`);
    return 1;
  }
  return 0;
}

