// Runs every enabled rule over one parsed report and returns findings in document order.
import { FORMATS } from './formats';
import type { ReportModel } from './model';
import { revisionOf } from './revision';
import { RULES } from './rules/registry';
import type { Finding, Locale, PeerReport, RuleContext, SeveritySetting } from './rules/types';
import { applyIgnores, type IgnoreScope } from './rules/ignore';

export interface CheckOptions {
  locale?: Locale;
  /** Severity overrides by rule id (settings, project file); `off` disables a rule. */
  severities?: Record<string, SeveritySetting>;
  peers?: PeerReport[];
  file?: string;
  /** Asked between rules: once true, the remaining rules are skipped (the caller drops the result). */
  cancelled?: () => boolean;
  /** The project file's ignore list and this file's path relative to it (rules/ignore.ts). */
  ignore?: IgnoreScope;
}

export function checkReport(model: ReportModel, text: string, options: CheckOptions = {}): Finding[] {
  const context: RuleContext = {
    model,
    text,
    format: model.format ? FORMATS[model.format] : null,
    locale: options.locale ?? 'zh',
    peers: options.peers ?? [],
    revision: revisionOf(model),
    enabled: (id) => options.severities?.[id] !== 'off',
    ...(options.file !== undefined ? { file: options.file } : {}),
  };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (options.cancelled?.()) break;
    const override = options.severities?.[rule.id];
    if (override === 'off') continue;
    try {
      // A configured severity wins; otherwise the rule may grade a finding itself.
      rule.check(context, (f) =>
        findings.push({ ...f, code: rule.id, severity: override ?? f.severity ?? rule.defaultSeverity }),
      );
    } catch (error) {
      // A rule that throws must not take the others down; the failure is itself reported.
      findings.push({
        code: rule.id,
        severity: 'hint',
        message: `规则 ${rule.id} 内部错误：${String(error)}`,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      });
    }
  }
  const shown = options.ignore ? applyIgnores(findings, options.ignore, context.locale) : findings;
  return shown.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}
