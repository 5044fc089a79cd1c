// `nianbao check [--format text|json|sarif] [--config FILE] [--locale zh|en] [--max-file-size MB] [--fix] PATH...`
//
// Exit status: 0 no error-severity finding, 1 at least one, 2 the command could not run (bad
// arguments, a path that does not exist, an unreadable or binary file). A file that cannot be
// read gets one message on stderr and status 2; the other files are still checked.
import { resolve } from 'node:path';
import packageJson from '../../../package.json';
import { checkReport } from '../core/check';
import type { NianbaoConfig } from '../core/config';
import type { ReportModel } from '../core/model';
import { parseReport } from '../core/parse/parseReport';
import { DEFAULT_MAX_FILE_SIZE_MB } from '../core/sizeLimit';
import { peersFor } from '../core/rules/peers';
import type { Finding, Locale, PeerReport } from '../core/rules/types';
import { ConfigLocator, loadConfigFile } from './config';
import { collectReportFiles, displayPath, oversizeFinding, readReportFile } from './files';
import { processIO, type CliIO } from './io';
import { toSarif, type CheckedFile } from './sarif';
import { fixFiles } from './fix';

type OutputFormat = 'text' | 'json' | 'sarif';

/** From this many files on, a terminal shows progress. */
const PROGRESS_FROM = 10;

export const CHECK_USAGE = `用法 Usage: nianbao check [--format text|json|sarif] [--config FILE] [--locale zh|en] [--max-file-size MB] [--fix] PATH...
  --max-file-size  大于此大小（MB，默认 ${DEFAULT_MAX_FILE_SIZE_MB}）的文件不作检查，只给出一条提示 file-too-large
                   files above this many MB (default ${DEFAULT_MAX_FILE_SIZE_MB}) are not analysed; one notice says so
  --fix  自动修复可修复的问题并写回文件，再报告其余问题
         rewrite files in place with the automatic fixes, then report what is left
  PATH  报告文件或文件夹（在文件夹中查找 .txt .md .htm .html）
        a report file or a folder (searched for .txt .md .htm .html)
退出状态 Exit status: 0 无错误 no errors, 1 有错误 errors found, 2 无法运行 could not run
`;

interface Options {
  format: OutputFormat;
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
    const m = /^(--format|--config|--locale|--max-file-size)(?:=(.*))?$/.exec(arg);
    if (m) {
      const value = m[2] ?? args[++i];
      if (value === undefined || value === '') return { error: `${m[1]} 缺少参数值（${m[1]} needs a value）` };
      if (m[1] === '--format') {
        if (value !== 'text' && value !== 'json' && value !== 'sarif') {
          return { error: `未知输出格式 "${value}"，应为 text、json 或 sarif（unknown format）` };
        }
        options.format = value;
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

interface Loaded {
  display: string;
  absolute: string;
  text: string;
  model: ReportModel;
}

function severityCounts(files: CheckedFile[]): Record<string, number> {
  const counts: Record<string, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of files) for (const d of f.findings) counts[d.severity] = (counts[d.severity] ?? 0) + 1;
  return counts;
}

export async function runCheck(args: string[], io: CliIO = processIO()): Promise<number> {
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
  // nearest .nianbaorc.json does.
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
  const configFor = (absolute: string): NianbaoConfig => {
    if (fixedConfig) return fixedConfig;
    const found = locator.forFile(absolute);
    if (!found) return { rules: {} };
    if (!warnedConfigs.has(found.path)) {
      warnedConfigs.add(found.path);
      if (found.error) io.err(`nianbao check: ${found.error}\n`);
      for (const w of found.warnings) io.err(`nianbao check: ${w}\n`);
    }
    return found.error ? { rules: {} } : found.config;
  };

  // Collect the files.
  const collected = collectReportFiles(parsed.paths.map((p) => resolve(io.cwd, p)));
  for (const problem of collected.problems) fail(`${displayPath(problem.path, io.cwd)}: ${problem.message}`);
  const targets = [...new Set(collected.files)].map((absolute) => ({ absolute, display: displayPath(absolute, io.cwd) }));

  // Read and parse every file first: the cross-year rules need the other reports.
  const progress = io.stderrIsTTY && targets.length >= PROGRESS_FROM;
  const loaded: Loaded[] = [];
  // Files above the size limit are not read at all: their one finding says why.
  const oversized: CheckedFile[] = [];
  targets.forEach((target, i) => {
    if (progress) io.err(`\r正在读取 reading ${i + 1}/${targets.length}`);
    const config = configFor(target.absolute);
    const limit = parsed.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE_MB;
    const tooLarge = oversizeFinding(target.absolute, limit, parsed.locale ?? config.locale ?? 'zh');
    if (tooLarge) {
      oversized.push({ file: target.display, findings: [tooLarge] });
      return;
    }
    const decoded = readReportFile(target.absolute);
    if (!decoded.ok) {
      fail(`${target.display}: ${decoded.message}`);
      return;
    }
    const model = parseReport(decoded.text);
    if (model.problem) {
      if (model.problem.code === 'empty' || model.problem.code === 'not-a-report') {
        // Not a failure: a folder may hold other text files (README.md …).
        io.err(`${target.display}: 跳过（skipped）：${model.problem.message}\n`);
      } else {
        fail(`${target.display}: ${model.problem.message}`);
      }
      return;
    }
    loaded.push({ ...target, text: decoded.text, model });
  });

  if (parsed.fix) {
    const fixed = fixFiles(loaded, (l) => {
      const config = configFor(l.absolute);
      return { locale: parsed.locale ?? config.locale ?? 'zh', severities: config.rules, file: l.display };
    }, io);
    if (!fixed) status = 2;
  }

  const all: PeerReport[] = loaded.map((l) => ({ file: l.display, model: l.model }));
  const checked: CheckedFile[] = [];
  loaded.forEach((l, i) => {
    if (progress) io.err(`\r正在检查 checking ${i + 1}/${loaded.length}   `);
    const config = configFor(l.absolute);
    const findings: Finding[] = checkReport(l.model, l.text, {
      locale: parsed.locale ?? config.locale ?? 'zh',
      severities: config.rules,
      peers: peersFor(l.model, all),
      file: l.display,
    });
    checked.push({ file: l.display, findings });
  });
  if (progress) io.err('\r\x1b[K');
  // In the order the files were named or found.
  const order = new Map(targets.map((t, i) => [t.display, i]));
  checked.push(...oversized);
  checked.sort((a, b) => order.get(a.file)! - order.get(b.file)!);

  if (parsed.format === 'json') {
    const json = checked.map(({ file, findings }) => ({
      file,
      diagnostics: findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message, range: f.range })),
    }));
    io.out(`${JSON.stringify(json, null, 2)}\n`);
  } else if (parsed.format === 'sarif') {
    io.out(`${JSON.stringify(toSarif(checked, packageJson.version), null, 2)}\n`);
  } else {
    for (const { file, findings } of checked) {
      for (const f of findings) {
        io.out(`${file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code} ${f.message}\n`);
      }
    }
    const counts = severityCounts(checked);
    io.err(
      `${checked.length} 个文件：${counts.error} 个错误，${counts.warning} 个警告，${(counts.information ?? 0) + (counts.hint ?? 0)} 个提示` +
        `（${checked.length} files: ${counts.error} errors, ${counts.warning} warnings, ${(counts.information ?? 0) + (counts.hint ?? 0)} notes）\n`,
    );
  }

  if (status === 2) return 2;
  return checked.some((c) => c.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

