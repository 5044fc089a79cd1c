// The `nianbao` command line: the same engine as the editor, for reviewers and CI.
import { runCheck } from './check';
import { processIO, type CliIO } from './io';
import { runTables, TABLES_USAGE } from './tables';

const USAGE = `nianbao — 政府信息公开工作年度报告检查工具（checks government information disclosure annual reports）

用法（usage）:
  nianbao check  [--format text|json|sarif] [--config FILE] [--locale zh|en] [--fix] PATH...
  ${TABLES_USAGE}

PATH 可以是文件或文件夹（a file or a folder searched for .txt/.md/.htm/.html reports）.
退出状态（exit status）: 0 无错误 (no error), 1 有错误级别的发现 (error findings), 2 无法运行 (could not run).
`;

/** The package version, set by the build (scripts/build.mjs). */
declare const __NIANBAO_VERSION__: string;

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'tables') return runTables(rest, io);
  if (command === 'check') return runCheck(rest, io);
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.out(`${typeof __NIANBAO_VERSION__ === 'string' ? __NIANBAO_VERSION__ : 'dev'}\n`);
    return 0;
  }
  io.err(`未知命令（unknown command）：${command}\n\n${USAGE}`);
  return 2;
}

/** Runs the command line on this process's arguments and sets its exit code. */
export function run(): void {
  // `nianbao tables … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2), processIO()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`nianbao: 内部错误（internal error）：${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) run();
