// The code-action menu for a range (vscode-eslint's): per problem its fix (preferred when the rule
// localised that cell), "fix all of this rule" when the rule has several, "fix all" as
// `source.fixAll`, and "show documentation".
import type { Range, ReportModel } from '../model';
import { say } from '../rules/messages';
import type { Finding, Locale } from '../rules/types';
import type { TextEdit } from './edits';
import { fixFor, type Fix } from './repairs';

export type FixActionKind = 'quickfix' | 'source.fixAll';

export interface FixAction {
  title: string;
  kind: FixActionKind;
  /** The findings the action resolves (the code action's diagnostics). */
  findings: Finding[];
  /** The edits of a single fix; absent for the fix-all actions (computed by `fixAll`). */
  edits?: TextEdit[];
  /** A fix-all action: every automatic fix, or those of one rule. */
  fixAll?: { rule?: string };
  isPreferred?: boolean;
  /** Opens the documentation of this rule (no edits). */
  documentation?: string;
}

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** Whether two ranges overlap or touch (an empty range at a diagnostic's edge counts). */
export function intersects(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

const signature = (edits: TextEdit[]) => JSON.stringify(edits);

export function codeActionsFor(
  model: ReportModel,
  text: string,
  findings: Finding[],
  range: Range,
  locale: Locale = 'zh',
): FixAction[] {
  const fixes = new Map<Finding, Fix | null>();
  const fixOf = (f: Finding) => {
    if (!fixes.has(f)) fixes.set(f, fixFor(model, text, f, locale));
    return fixes.get(f)!;
  };
  const here = findings.filter((f) => intersects(f.range, range));
  const actions: FixAction[] = [];

  // One action per distinct repair; the findings it resolves travel with it.
  const bySignature = new Map<string, FixAction>();
  for (const finding of here) {
    const fix = fixOf(finding);
    if (!fix) continue;
    const key = signature(fix.edits);
    const existing = bySignature.get(key);
    if (existing) {
      existing.findings.push(finding);
      existing.isPreferred = existing.isPreferred || fix.preferred;
      continue;
    }
    const action: FixAction = { title: fix.title, kind: 'quickfix', findings: [finding], edits: fix.edits, isPreferred: fix.preferred };
    bySignature.set(key, action);
    actions.push(action);
  }

  // Fix all of a rule: when the rule has more than one automatic repair in the document.
  const automatic = findings.filter((f) => fixOf(f)?.automatic);
  const rules = [...new Set(here.map((f) => f.code))];
  for (const rule of rules) {
    const ofRule = automatic.filter((f) => f.code === rule);
    if (new Set(ofRule.map((f) => signature(fixOf(f)!.edits))).size < 2) continue;
    actions.push({
      title: say(locale, `修复所有 ${rule} 问题（${ofRule.length} 处）`, `Fix all ${rule} problems (${ofRule.length})`),
      kind: 'quickfix',
      findings: ofRule,
      fixAll: { rule },
    });
  }
  if (automatic.length > 0 && here.some((f) => fixOf(f)?.automatic)) {
    actions.push(fixAllAction(automatic, locale));
  }
  for (const rule of rules) {
    actions.push({
      title: say(locale, `查看规则 ${rule} 的说明`, `Show documentation for ${rule}`),
      kind: 'quickfix',
      findings: here.filter((f) => f.code === rule),
      documentation: rule,
    });
  }
  return actions;
}

/** The `source.fixAll` action over the findings that have an automatic repair. */
export function fixAllAction(automatic: Finding[], locale: Locale = 'zh'): FixAction {
  return {
    title: say(locale, `修复所有可自动修复的问题（${automatic.length} 处）`, `Fix all auto-fixable problems (${automatic.length})`),
    kind: 'source.fixAll',
    findings: automatic,
    fixAll: {},
  };
}

/** The findings of a document that have an automatic repair. */
export function automaticFindings(model: ReportModel, text: string, findings: Finding[]): Finding[] {
  return findings.filter((f) => fixFor(model, text, f)?.automatic);
}
