// The text output of `nianbao check`: findings grouped under their file, aligned columns of
// position, severity, message and rule, then one summary line — the layout ESLint's "stylish"
// formatter made familiar. Colour only on a terminal (NO_COLOR and FORCE_COLOR respected).
// `--format compact` keeps one `file:line:col severity rule message` line per finding for scripts.
import { describeLocation, isWide, type Finding, type Locale, type Severity } from '../core';
import type { CheckedFile } from './sarif';

const SEVERITY_WORDS: Record<Severity, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  information: { zh: '提示', en: 'info' },
  hint: { zh: '提示', en: 'hint' },
};

const ANSI = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4 } as const;

export function useColour(stdoutIsTTY: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return stdoutIsTTY;
}

/** East Asian wide characters take two columns of a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}
const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));

export function formatStylish(files: CheckedFile[], locale: Locale, colour: boolean): string {
  const paint = (code: number, text: string) => (colour ? `\x1b[${code}m${text}\x1b[0m` : text);
  const severityColour = (s: Severity) => (s === 'error' ? ANSI.red : s === 'warning' ? ANSI.yellow : ANSI.blue);
  const out: string[] = [];
  const counts = { error: 0, warning: 0, other: 0 };
  for (const { file, findings } of files) {
    if (findings.length === 0) continue;
    out.push(paint(ANSI.underline, file));
    const rows = findings.map((f) => ({
      where: `${f.range.start.line + 1}:${f.range.start.character + 1}`,
      severity: SEVERITY_WORDS[f.severity][locale === 'en' ? 'en' : 'zh'],
      finding: f,
    }));
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const severityWidth = Math.max(...rows.map((r) => width(r.severity)));
    for (const { where, severity, finding } of rows) {
      count(counts, finding);
      const located = finding.location ? ` ${paint(ANSI.dim, `（${describeLocation(finding.location, locale)}）`)}` : '';
      out.push(
        `  ${paint(ANSI.dim, pad(where, whereWidth))}  ${paint(severityColour(finding.severity), pad(severity, severityWidth))}  ${finding.message}${located}  ${paint(ANSI.dim, finding.code)}`,
      );
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.other;
  if (total > 0) {
    const line =
      locale === 'en'
        ? `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.other} other) in ${files.filter((f) => f.findings.length > 0).length} of ${files.length} files`
        : `✖ ${total} 个问题（${counts.error} 个错误，${counts.warning} 个警告，${counts.other} 个提示），涉及 ${files.filter((f) => f.findings.length > 0).length}/${files.length} 个文件`;
    out.push(paint(ANSI.bold, paint(counts.error > 0 ? ANSI.red : ANSI.yellow, line)));
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

function count(counts: { error: number; warning: number; other: number }, f: Finding): void {
  if (f.severity === 'error') counts.error++;
  else if (f.severity === 'warning') counts.warning++;
  else counts.other++;
}

/** One line per finding: `file:line:col severity rule message`, for scripts and problem matchers. */
export function formatCompact(files: CheckedFile[], locale: Locale): string {
  let out = '';
  for (const { file, findings } of files) {
    for (const f of findings) {
      const where = f.location ? ` (${describeLocation(f.location, locale)})` : '';
      out += `${file}:${f.range.start.line + 1}:${f.range.start.character + 1}${where} ${f.severity} ${f.code} ${f.message}\n`;
    }
  }
  return out;
}
