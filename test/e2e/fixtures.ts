// Our own reports for the e2e suite, derived from the clean 2022-format fixture so every finding
// is known in advance: which cell is wrong, what the fix writes, what fix-all leaves behind.
// Shared by the workspace builder (Node) and the extension-host suite; pure string work.

/** The 表三 total row with 自然人 written as 17 instead of 18. */
export const WRONG_TOTAL = { find: '\t（七）总计\t\t18', replace: '\t（七）总计\t\t17' } as const;

/** Breakages that fix-all repairs, each with the text the repair writes back. */
export const FIXABLE = [
  WRONG_TOTAL,
  { find: '2.重复申请\t0\t0\t0\t0\t0\t0\t0', replace: '2.重复申请\t0\t\t0\t\t0\t0\t0' },
  { find: '行政事业性收费\t0', replace: '行政事业性收费\t4339000.00元', repaired: '行政事业性收费\t433.9' },
] as const;

/** The folder and names of our fixtures in the e2e workspace (the names mark them as reports). */
export const FIXTURE_DIR = 'fixtures';
export const FIXTURES = {
  /** Read only: expected diagnostics, hovers, CLI parity. */
  wrongTotal: 'wrong-total-年报.txt',
  /** A quick fix is applied here. */
  quickFix: 'quick-fix-年报.txt',
  /** Saved with fix-all on save. */
  fixOnSave: 'fix-on-save-年报.txt',
  /** Its rule severities are changed by settings. */
  severity: 'severity-年报.txt',
} as const;

function replaceOnce(text: string, find: string, replace: string): string {
  const at = text.indexOf(find);
  if (at < 0 || text.indexOf(find, at + 1) >= 0) throw new Error(`fixture base: "${find}" must occur exactly once`);
  return text.slice(0, at) + replace + text.slice(at + find.length);
}

export function wrongTotalReport(base: string): string {
  return replaceOnce(base, WRONG_TOTAL.find, WRONG_TOTAL.replace);
}

export function fixableReport(base: string): string {
  return FIXABLE.reduce((text, b) => replaceOnce(text, b.find, b.replace), base);
}

/** What fix-all must turn `fixableReport(base)` into. */
export function fixedReport(base: string): string {
  return FIXABLE.reduce((text, b) => ('repaired' in b ? replaceOnce(text, b.find, b.repaired) : text), base);
}

/** The zero-based line/character of `needle` (plus `delta` characters) in `text`. */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`text lacks "${needle}"`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}
