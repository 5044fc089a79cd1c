// Reading one file for `nianbao check`: size limit, decoding and parsing, with what the command
// says about a file it does not check. The same function runs in the main thread and in the
// worker threads, so that both paths treat every file alike.
import type { ReportModel } from '../core/model';
import { parseReport } from '../core/parse/parseReport';
import type { Finding, Locale } from '../core/rules/types';
import { oversizeFinding, readReportFile } from './files';

export type LoadOutcome =
  | { kind: 'report'; text: string; model: ReportModel }
  /** Above the size limit: not read, one finding says why. */
  | { kind: 'oversize'; finding: Finding }
  /** Not a failure: a folder may hold other text files (README.md …). */
  | { kind: 'skipped'; message: string }
  /** Unreadable, binary or undecodable: the command ends with status 2. */
  | { kind: 'failed'; message: string };

export function loadReport(absolute: string, maxMB: number, locale: Locale): LoadOutcome {
  const tooLarge = oversizeFinding(absolute, maxMB, locale);
  if (tooLarge) return { kind: 'oversize', finding: tooLarge };
  const decoded = readReportFile(absolute);
  if (!decoded.ok) return { kind: 'failed', message: decoded.message };
  const model = parseReport(decoded.text);
  if (model.problem) {
    return model.problem.code === 'empty' || model.problem.code === 'not-a-report'
      ? { kind: 'skipped', message: model.problem.message }
      : { kind: 'failed', message: model.problem.message };
  }
  return { kind: 'report', text: decoded.text, model };
}
