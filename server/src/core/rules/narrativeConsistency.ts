// narrative-consistency: a number the prose states for a table quantity differs from the table.
//
// Conservative by design: a false alarm here costs the user's trust. Only clauses that name the
// quantity unmistakably are read ("共收到政府信息公开申请21件", "本局共接到21件政府信息公开申请",
// "行政复议3件，其中维持2件", "未收到政府信息公开申请"), and a clause is skipped when it speaks
// of another year, compares with last year, gives an approximate number, or mixes in carried-over
// applications. Only cells read as numbers are compared.
import type { CellModel, ReportModel } from '../model';
import { LineIndex } from '../text/lineIndex';
import { cellName, num, say } from './messages';
import { NUMBER_PATTERN, parseNumber } from '../text/numerals';
import type { Locale, Report, RuleDef } from './types';
import { insideTable, tableSpans } from './util';
import { narrativeYearFinding } from './narrativeYear';
import type { Revision } from '../revision';

type Quantity =
  | 'received'
  | 'carried-over'
  | 'carried-forward'
  | 'handled'
  | 'review-total'
  | 'review-upheld'
  | 'review-corrected'
  | 'review-other'
  | 'review-pending'
  | 'litigation-total'
  | 'licensing-decisions'
  | 'penalty-decisions'
  | 'granted'
  | 'partially-granted'
  | 'granted-or-partial'
  | 'denied'
  | 'unavailable'
  | 'rejected'
  | 'regulations-issued'
  | 'documents-issued'
  | 'regulations-in-force'
  | 'documents-in-force'
  | 'review-all-upheld'
  | 'litigation-all-upheld';

const DENIED = ['state-secret', 'prohibited-by-law', 'security-stability', 'third-party', 'internal-affairs', 'process-information', 'enforcement-files', 'query-matters'];
const UNAVAILABLE = ['not-held', 'needs-creation', 'unclear'];
const REJECTED = ['complaint', 'duplicate', 'publication', 'excessive', 'confirmation'];

/** The table cells whose sum each quantity is. */
const CELLS: Record<Quantity, string[]> = {
  received: ['applications.new.total'],
  'carried-over': ['applications.carried-over.total'],
  'carried-forward': ['applications.carried-forward.total'],
  handled: ['applications.total.total'],
  'review-total': ['appeals.cases.review-total'],
  'review-upheld': ['appeals.cases.review-upheld'],
  'review-corrected': ['appeals.cases.review-corrected'],
  'review-other': ['appeals.cases.review-other'],
  'review-pending': ['appeals.cases.review-pending'],
  'litigation-total': ['appeals.cases.direct-total', 'appeals.cases.after-review-total'],
  'licensing-decisions': ['proactive.licensing.decisions'],
  'penalty-decisions': ['proactive.penalties.decisions'],
  granted: ['applications.granted.total'],
  'partially-granted': ['applications.partially-granted.total'],
  'granted-or-partial': ['applications.granted.total', 'applications.partially-granted.total'],
  denied: DENIED.map((r) => `applications.denied-${r}.total`),
  unavailable: UNAVAILABLE.map((r) => `applications.unavailable-${r}.total`),
  rejected: REJECTED.map((r) => `applications.rejected-${r}.total`),
  'regulations-issued': ['proactive.regulations.issued'],
  'documents-issued': ['proactive.normative-documents.issued'],
  'regulations-in-force': ['proactive.regulations.in-force'],
  'documents-in-force': ['proactive.normative-documents.in-force'],
  // "均获维持" states that none was corrected or is pending: the sum of those is stated as 0.
  'review-all-upheld': ['appeals.cases.review-corrected', 'appeals.cases.review-pending'],
  'litigation-all-upheld': [
    'appeals.cases.direct-corrected',
    'appeals.cases.direct-pending',
    'appeals.cases.after-review-corrected',
    'appeals.cases.after-review-pending',
  ],
};

const NAMES: Record<Quantity, { zh: string; en: string }> = {
  received: { zh: '收到政府信息公开申请', en: 'applications received' },
  'carried-over': { zh: '上年结转申请', en: 'applications carried over' },
  'carried-forward': { zh: '结转下年度继续办理的申请', en: 'applications carried forward' },
  handled: { zh: '办结（答复）申请', en: 'applications handled' },
  'review-total': { zh: '行政复议', en: 'administrative reconsiderations' },
  'review-upheld': { zh: '行政复议结果维持', en: 'reconsiderations upheld' },
  'review-corrected': { zh: '行政复议结果纠正', en: 'reconsiderations corrected' },
  'review-other': { zh: '行政复议其他结果', en: 'reconsiderations with other results' },
  'review-pending': { zh: '行政复议尚未审结', en: 'reconsiderations pending' },
  'litigation-total': { zh: '行政诉讼', en: 'lawsuits' },
  'licensing-decisions': { zh: '行政许可决定', en: 'licensing decisions' },
  'penalty-decisions': { zh: '行政处罚决定', en: 'penalty decisions' },
  granted: { zh: '予以公开的申请', en: 'applications granted' },
  'partially-granted': { zh: '部分公开的申请', en: 'applications partially granted' },
  'granted-or-partial': { zh: '予以公开及部分公开的申请', en: 'applications granted in full or in part' },
  denied: { zh: '不予公开的申请', en: 'applications denied' },
  unavailable: { zh: '无法提供的申请', en: 'applications for information unavailable' },
  rejected: { zh: '不予处理的申请', en: 'applications not processed' },
  'regulations-issued': { zh: '本年制发规章', en: 'regulations issued' },
  'documents-issued': { zh: '本年制发规范性文件', en: 'normative documents issued' },
  'regulations-in-force': { zh: '现行有效规章', en: 'regulations in force' },
  'documents-in-force': { zh: '现行有效规范性文件', en: 'normative documents in force' },
  'review-all-upheld': { zh: '行政复议案件结果纠正及尚未审结', en: 'reconsiderations corrected or pending' },
  'litigation-all-upheld': { zh: '行政诉讼案件结果纠正及尚未审结', en: 'lawsuits corrected or pending' },
};

/** Quantities stated by words, not a number: their message quotes the words. */
const ALL_UPHELD: ReadonlySet<Quantity> = new Set(['review-all-upheld', 'litigation-all-upheld']);

const N = `(${NUMBER_PATTERN})`;
const UNIT = '(?:件|起|宗|个|份)';
const APPLICATION = '(?:政府信息公开|依申请公开|信息公开)(?:的)?申请(?![人书表])';

interface Pattern {
  quantity: Quantity | 'review-outcome' | 'review-zero' | 'all-upheld';
  re: RegExp;
  /** The statement says zero without a digit ("未收到…申请"). */
  zero?: boolean;
  /**
   * Words one of which every match contains (keep in step with `re`): a clause holding none is
   * not searched with the pattern. Most clauses that hold a pattern word are table rows, which
   * the two dozen patterns searched one by one took most of this rule's time on.
   */
  needs: readonly string[];
}

const RECEIVED_WORDS = ['收到', '接到', '受理', '接收', '新收'];

const PATTERNS: Pattern[] = [
  // 共收到政府信息公开申请21件 / 收到依申请公开申请二十一件
  { quantity: 'received', re: new RegExp(`(?:收到|接到|受理|接收|新收)(?:了)?(?:各类)?${APPLICATION}(?:共|总计|合计)?\\s*${N}\\s*${UNIT}`, 'dg'), needs: RECEIVED_WORDS },
  // 共接到21件政府信息公开申请
  { quantity: 'received', re: new RegExp(`(?:收到|接到|受理|接收|新收)(?:了)?\\s*${N}\\s*件${APPLICATION}`, 'dg'), needs: RECEIVED_WORDS },
  // 未收到政府信息公开申请
  { quantity: 'received', re: new RegExp(`(?:未|没有)(?:收到|接到|受理)(?:过|任何)?${APPLICATION}`, 'dg'), zero: true, needs: ['收到', '接到', '受理'] },
  { quantity: 'carried-over', re: new RegExp(`上一?年度?结转(?:的)?(?:政府信息公开)?(?:申请)?(?:共)?\\s*${N}\\s*件`, 'dg'), needs: ['结转'] },
  { quantity: 'carried-forward', re: new RegExp(`结转(?:至|到)?下一?年度?(?:继续办理)?(?:的)?(?:申请)?(?:共)?\\s*${N}\\s*件`, 'dg'), needs: ['结转'] },
  { quantity: 'handled', re: new RegExp(`(?:已|共|全部)?(?:办结|答复)(?:申请)?(?:共)?\\s*${N}\\s*件`, 'dg'), needs: ['办结', '答复'] },
  {
    quantity: 'review-total',
    re: new RegExp(`(?:被申请|收到|发生|涉及)?(?:政府信息公开)?(?:类)?行政复议(?:申请|案件)?(?:共)?\\s*${N}\\s*${UNIT}`, 'dg'),
    needs: ['行政复议'],
  },
  { quantity: 'review-zero', re: /(?:无|没有|未发生|未收到|未出现|未有)(?!论)[^，,。；;\d]{0,12}?行政复议(?:[^，,。；;\d]{0,4}?行政诉讼)?/dg, zero: true, needs: ['行政复议'] },
  { quantity: 'litigation-total', re: new RegExp(`(?:被提起|提起|发生)?(?:政府信息公开)?(?:类)?行政诉讼(?:案件)?(?:共)?\\s*${N}\\s*${UNIT}`, 'dg'), needs: ['行政诉讼'] },
  { quantity: 'review-outcome', re: new RegExp(`(?:其中)?(?:结果)?(维持|纠正|其他结果|尚未审结|未审结)\\s*${N}\\s*${UNIT}`, 'dg'), needs: ['维持', '纠正', '其他结果', '审结'] },
  { quantity: 'licensing-decisions', re: new RegExp(`行政许可(?:处理)?决定(?:书)?(?:共)?\\s*${N}\\s*(?:件|个|份|项)`, 'dg'), needs: ['行政许可'] },
  { quantity: 'penalty-decisions', re: new RegExp(`行政处罚(?:处理)?决定(?:书)?(?:共)?\\s*${N}\\s*(?:件|个|份|起)`, 'dg'), needs: ['行政处罚'] },
  // 予以公开和部分公开共15件 (two rows of 表三 summed)
  { quantity: 'granted-or-partial', re: new RegExp(`(?:予以|同意)公开(?:和|及|与|、|以及)部分公开(?:的)?(?:申请)?(?:共|合计)?\\s*${N}\\s*件`, 'dg'), needs: ['部分公开'] },
  { quantity: 'granted', re: new RegExp(`(?<![部分])(?:予以|同意)公开(?:的)?(?:申请)?(?:共)?\\s*${N}\\s*件`, 'dg'), needs: ['予以公开', '同意公开'] },
  { quantity: 'partially-granted', re: new RegExp(`部分(?:予以)?公开(?:的)?(?:申请)?(?:共)?\\s*${N}\\s*件`, 'dg'), needs: ['部分'] },
  { quantity: 'denied', re: new RegExp(`不予公开(?:的)?(?:申请)?(?:共)?\\s*${N}\\s*件`, 'dg'), needs: ['不予公开'] },
  { quantity: 'unavailable', re: new RegExp(`无法提供(?:的)?(?:申请)?(?:共)?\\s*${N}\\s*件`, 'dg'), needs: ['无法提供'] },
  { quantity: 'rejected', re: new RegExp(`不予处理(?:的)?(?:申请)?(?:共)?\\s*${N}\\s*件`, 'dg'), needs: ['不予处理'] },
  { quantity: 'regulations-issued', re: new RegExp(`(?:制发|制定|出台|印发)(?:了)?(?:部门)?规章(?:共)?\\s*${N}\\s*(?:件|部|个|项)`, 'dg'), needs: ['规章'] },
  { quantity: 'documents-issued', re: new RegExp(`(?:制发|制定|出台|印发)(?:了)?(?:行政)?规范性文件(?:共)?\\s*${N}\\s*(?:件|个|份)`, 'dg'), needs: ['规范性文件'] },
  { quantity: 'regulations-in-force', re: new RegExp(`现行有效(?:的)?(?:部门)?规章(?:共)?\\s*${N}\\s*(?:件|部|个|项)`, 'dg'), needs: ['现行有效'] },
  { quantity: 'documents-in-force', re: new RegExp(`现行有效(?:的)?(?:行政)?规范性文件(?:共)?\\s*${N}\\s*(?:件|个|份)`, 'dg'), needs: ['现行有效'] },
  // 均获维持 / 全部维持: binds to the group just named, like an outcome with a number.
  { quantity: 'all-upheld', re: /(?:均|全部|都)(?:已)?(?:获|被|予以|得到)?维持/dg, zero: true, needs: ['维持'] },
];

/** Words that make a clause about something else than this year's count. */
const COMPARISON = /同比|较上年|比上年|较去年|比去年|去年|上一年度|增长|下降|增加|减少|上升|环比|累计|以来/;
const APPROXIMATE = /(?:约|近|超过|超|逾|不足|不到|将近|大约)\s*$/;

export interface Statement {
  quantity: Quantity;
  value: number;
  /** Offsets of the number (or of the zero statement) in the text. */
  start: number;
  end: number;
}

/** A word each of the PATTERNS requires (keep in step with them). */
const ANY_PATTERN_WORD = /收到|接到|受理|接收|新收|结转|办结|答复|行政复议|行政诉讼|维持|纠正|其他结果|审结|行政许可|行政处罚|公开|无法提供|不予处理|规章|规范性文件/;

/** 。；; and line feeds end a clause. */
function isClauseEnd(code: number): boolean {
  return code === 0x3002 || code === 0xff1b || code === 0x3b || code === 10;
}

/** Sentence punctuation that ends a line as the end of a sentence, not a wrap. */
const SENTENCE_END = /[。；;！？!?：:）)”]$/;
/** A line that starts a heading or a list item ("一、", "（二）", "3．"): a new paragraph. */
const HEADING_START = /^[\s\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d))/;
/** A wrapped line is at least this long: a short line without end punctuation is a heading or a table label. */
const MIN_WRAPPED_LINE = 15;

function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * Whether the line feed at `i` ends a clause. PDF text breaks lines mid-sentence: a long line
 * that does not end with sentence punctuation, followed by a line of prose, continues on it.
 * Lines that look like table rows (TABs, runs of spaces) or headings always end a clause.
 */
function isHardLineBreak(text: string, i: number): boolean {
  const previousStart = text.lastIndexOf('\n', i - 1) + 1;
  const previous = text.slice(previousStart, i).replace(/[\s\u3000]+$/, '');
  if (previous.length < MIN_WRAPPED_LINE || SENTENCE_END.test(previous) || /\t| {2}/.test(previous)) return true;
  const next = lineAt(text, i + 1);
  if (next.trim().length === 0 || /\t| {2}/.test(next) || HEADING_START.test(next)) return true;
  return false;
}

/** Whether the character at `i` ends a clause. */
function endsClause(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 10) return isHardLineBreak(text, i);
  return isClauseEnd(code);
}

/** Every word some pattern needs, each with a bit. */
const NEED_WORDS = [...new Set(PATTERNS.flatMap((p) => p.needs))];
if (NEED_WORDS.length > 31) throw new Error('narrative-consistency: more needed words than bits in a mask');
/** The bits of the words a pattern needs. */
const NEED_MASKS = PATTERNS.map((p) => p.needs.reduce((mask, w) => mask | (1 << NEED_WORDS.indexOf(w)), 0));
/** Per word, the bits of the needed words it contains (itself included). */
const CONTAINED = new Map(NEED_WORDS.map((w) => [w, NEED_WORDS.reduce((mask, v, i) => (w.includes(v) ? mask | (1 << i) : mask), 0)]));
/** The needed words, longest first: at a position, the longest one there matches. */
const NEED_WORD_RE = new RegExp([...NEED_WORDS].sort((a, b) => b.length - a.length).join('|'), 'g');

/**
 * The bits of the needed words `text` contains: one scan for all of them (a search per pattern
 * and word cost more than the patterns it spared). The scan moves on by one character after a
 * match, so words that overlap are found; a shorter word starting where a longer one does is
 * inside it, and counted from it.
 */
function neededWordsIn(text: string): number {
  let mask = 0;
  NEED_WORD_RE.lastIndex = 0;
  for (let m = NEED_WORD_RE.exec(text); m; m = NEED_WORD_RE.exec(text)) {
    mask |= CONTAINED.get(m[0])!;
    NEED_WORD_RE.lastIndex = m.index + 1;
  }
  return mask;
}

/** Whether one of statements[from..] spans `f`. */
function nestedIn(statements: Statement[], from: number, f: { start: number; end: number }): boolean {
  for (let i = from; i < statements.length; i++) {
    const s = statements[i]!;
    if (s.start <= f.start && f.end <= s.end) return true;
  }
  return false;
}

/** Reads the statements the prose makes about table quantities. Exported for tests. */
export function readStatements(text: string, model: ReportModel, revision?: Revision): Statement[] {
  const statements: Statement[] = [];
  forEachStatement(text, model, revision, (s) => statements.push(s));
  return statements;
}

/** Calls `found` with each statement of the prose, in text order, outside tables and about this year. */
function forEachStatement(text: string, model: ReportModel, revision: Revision | undefined, found: (statement: Statement) => void): void {
  const spans = tableSpans(model);
  for (const clause of textClauses(text, revision)) {
    if (insideTable(spans, clause.start) || insideTable(spans, clause.end - 1)) continue;
    if (model.year !== null && clause.years.some((y) => y !== model.year && y >= 1990 && y <= 2100)) continue;
    for (const s of clause.statements) found({ quantity: s.quantity, value: s.value, start: s.start + clause.offset, end: s.end + clause.offset });
  }
}

/**
 * A clause holding a pattern word: its bounds, the years it names and its statements, read
 * without the model. `start`/`end` are text offsets; statements' offsets are from `offset`.
 */
interface ClauseReading {
  start: number;
  end: number;
  offset: number;
  years: number[];
  statements: Statement[];
}

/** The document memo's slot for the clauses of the revision last read. */
const MEMO_SLOT = 'narrative-consistency';

/**
 * The clauses of `text`. Clauses end at line feeds, so when the text came by an edit from the
 * one last read for the same document, only the lines the edit touched are read again (a long
 * report's narrative stays as it was while a table cell is typed in).
 */
function textClauses(text: string, revision: Revision | undefined): ClauseReading[] {
  const last = revision?.memo.get<ClauseReading[]>(MEMO_SLOT);
  if (revision && last && last.revision === revision.id) return last.value;
  const edit = revision?.edit;
  let clauses: ClauseReading[];
  if (last && edit && last.revision === edit.from) {
    const delta = edit.newEnd - edit.oldEnd;
    // Whole lines: from the start of the line before the edit (whether it continues on the
    // edited line depends on that line) to the end of the line it ends in, widened to line
    // breaks that end a clause, and over any clause of the last read that straddles them.
    let from = edit.start === 0 ? 0 : text.lastIndexOf('\n', edit.start - 1) + 1;
    if (from > 0) from = text.lastIndexOf('\n', from - 2) + 1;
    while (from > 0 && !isHardLineBreak(text, from - 1)) from = text.lastIndexOf('\n', from - 2) + 1;
    const newBreak = text.indexOf('\n', edit.newEnd);
    let to = newBreak < 0 ? text.length : newBreak;
    while (to < text.length && !isHardLineBreak(text, to)) {
      const next = text.indexOf('\n', to + 1);
      to = next < 0 ? text.length : next;
    }
    for (const c of last.value) {
      if (c.start < from && c.end > from) from = c.start;
      if (c.start <= to - delta && c.end > to - delta) to = Math.max(to, c.end + delta);
    }
    const oldTo = to - delta;
    clauses = [];
    for (const c of last.value) if (c.end <= from) clauses.push(c);
    clauses.push(...readLines(text, from, to));
    for (const c of last.value) {
      // A literal, not a spread: a spread copy of each later clause was most of this function's time.
      if (c.start > oldTo) clauses.push({ start: c.start + delta, end: c.end + delta, offset: c.offset + delta, years: c.years, statements: c.statements });
    }
  } else clauses = readLines(text, 0, text.length);
  revision?.memo.set(MEMO_SLOT, revision.id, clauses);
  return clauses;
}

/** The clauses of the lines in [from, to] (`from` a line start, `to` a line end). */
function readLines(text: string, from: number, to: number): ClauseReading[] {
  const clauses: ClauseReading[] = [];
  const region = text.slice(from, to);
  for (const c of readClauses(region)) clauses.push({ ...c, start: c.start + from, end: c.end + from, offset: from });
  return clauses;
}

/** `raw` without its line breaks, and the offset in `raw` of each offset in the result. */
function joinLines(raw: string): { body: string; at: (i: number) => number } {
  if (!raw.includes('\n')) return { body: raw, at: (i) => i };
  const map: number[] = [];
  let body = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\n' || c === '\r') continue;
    map.push(i);
    body += c;
  }
  return { body, at: (i) => map[i] ?? raw.length };
}

/** The clauses of `text` that hold a pattern word (offsets in `text`). */
function readClauses(text: string): ClauseReading[] {
  const clauses: ClauseReading[] = [];
  // A clause is a run of text between 。；; and line breaks. Every pattern needs one of the
  // pattern words, so only the clauses holding one are read: the scan jumps from word to word
  // and takes each clause around one once (most of a long narrative states nothing).
  const words = new RegExp(ANY_PATTERN_WORD.source, 'g');
  for (let w = words.exec(text); w; w = words.exec(text)) {
    let start = w.index;
    while (start > 0 && !endsClause(text, start - 1)) start--;
    let end = w.index;
    while (end < text.length && !endsClause(text, end)) end++;
    words.lastIndex = end;
    const statements: Statement[] = [];
    // A clause over wrapped lines is read without its line breaks ("政府信息公\n开申请"); `at`
    // maps offsets in the joined body back to the text.
    const { body, at } = joinLines(text.slice(start, end));
    // Statements of earlier clauses cannot contain one of this clause (see the nesting below).
    const clauseFirst = statements.length;
    const found: Array<Statement & { outcome?: string; kind: Pattern['quantity'] }> = [];
    const present = neededWordsIn(body);
    for (let k = 0; k < PATTERNS.length; k++) {
      if ((present & NEED_MASKS[k]!) === 0) continue;
      const pattern = PATTERNS[k]!;
      pattern.re.lastIndex = 0;
      for (let m = pattern.re.exec(body); m; m = pattern.re.exec(body)) {
        const indices = m.indices!;
        const numberGroup = pattern.quantity === 'review-outcome' ? 2 : 1;
        const before = body.slice(0, m.index);
        const rest = body.slice(0, m.index) + body.slice(m.index + m[0].length);
        if (COMPARISON.test(rest) && pattern.quantity !== 'review-outcome') continue;
        // "收到申请25件（含上年结转4件）": a total that includes carried-over applications.
        if (pattern.quantity === 'received' && /(?:含|包括|包含)[^，,。；;]{0,8}结转/.test(body)) continue;
        if (pattern.quantity === 'handled' && !/申请/.test(body)) continue;
        let value: number | null;
        let s: number;
        let e: number;
        if (pattern.zero) {
          value = 0;
          [s, e] = indices[0]!;
        } else {
          if (APPROXIMATE.test(before + body.slice(m.index, indices[numberGroup]![0]))) continue;
          value = parseNumber(m[numberGroup]!);
          [s, e] = indices[numberGroup]!;
        }
        if (value === null || !Number.isInteger(value)) continue;
        found.push({
          kind: pattern.quantity,
          quantity: pattern.quantity as Quantity,
          value,
          start: start + at(s),
          end: start + at(e - 1) + 1,
          ...(pattern.quantity === 'review-outcome' ? { outcome: m[1]! } : {}),
        });
      }
    }
    found.sort((a, b) => a.start - b.start);
    // Drop matches nested in another statement of the same clause (the litigation in
    // "无行政复议或行政诉讼" is part of the zero statement).
    let lastGroup: 'review' | 'litigation' | null = null;
    for (const f of found) {
      if (f.kind === 'review-zero') {
        statements.push({ quantity: 'review-total', value: 0, start: f.start, end: f.end });
        if (/行政诉讼/.test(text.slice(f.start, f.end))) {
          statements.push({ quantity: 'litigation-total', value: 0, start: f.start, end: f.end });
        }
        lastGroup = null;
        continue;
      }
      if (f.kind === 'all-upheld') {
        // "行政复议2件，均获维持" binds to the group just named; "行政复议和行政诉讼案件均获维持" to both named before.
        const before = text.slice(start, f.start);
        const groups = lastGroup ? [lastGroup] : (['review', 'litigation'] as const).filter((g) => before.includes(g === 'review' ? '行政复议' : '行政诉讼'));
        for (const g of groups) statements.push({ quantity: g === 'review' ? 'review-all-upheld' : 'litigation-all-upheld', value: 0, start: f.start, end: f.end });
        continue;
      }
      if (f.kind === 'review-outcome') {
        // An outcome binds to the reconsideration just named; after a lawsuit it is ambiguous.
        if (lastGroup !== 'review') continue;
        const quantity: Quantity =
          f.outcome === '维持'
            ? 'review-upheld'
            : f.outcome === '纠正'
              ? 'review-corrected'
              : f.outcome === '其他结果'
                ? 'review-other'
                : 'review-pending';
        statements.push({ quantity, value: f.value, start: f.start, end: f.end });
        continue;
      }
      if (f.kind === 'review-total') lastGroup = 'review';
      else if (f.kind === 'litigation-total') lastGroup = 'litigation';
      if (nestedIn(statements, clauseFirst, f)) continue;
      statements.push({ quantity: f.quantity, value: f.value, start: f.start, end: f.end });
    }
    // The years a clause names matter only for a clause that states something (most do not).
    if (statements.length > 0) clauses.push({ start, end, offset: 0, years: [...body.matchAll(/(?<!\d)(\d{4})\s*年/g)].map((m) => Number(m[1])), statements });
  }
  return clauses;
}

function cellByKey(model: ReportModel, key: string): CellModel | undefined {
  const [table, row, column] = key.split('.');
  const r = model.tables.find((t) => t.id === table)?.rows.find((x) => x.id === row);
  if (!r || r.incomplete || r.unreadable) return undefined;
  return r.cells.find((c) => c.column === column);
}

/** The cells a quantity is the sum of, when all are read as numbers, and that sum. */
interface TableSide {
  cells: CellModel[];
  actual: number;
  /** A single cell of fused digits: the readings it allows (a statement matching none contradicts it). */
  readings?: number[];
}

function tableSide(model: ReportModel, quantity: Quantity): TableSide | null {
  const cells = CELLS[quantity].map((k) => cellByKey(model, k));
  const only = cells.length === 1 ? cells[0] : undefined;
  if (only?.status === 'ambiguous' && only.candidates && only.candidates.length > 0) {
    return { cells: [only], actual: only.candidates[0]!, readings: only.candidates };
  }
  if (!cells.every((c) => c?.status === 'ok' && c.value !== null)) return null;
  return { cells: cells as CellModel[], actual: cells.reduce((s, c) => s + c!.value!, 0) };
}

/** Whether the table side agrees with a stated value. */
function agrees(side: TableSide, stated: number): boolean {
  return side.readings ? side.readings.includes(stated) : side.actual === stated;
}

/** Reports a statement that differs from its table side. */
function reportStatement(
  statement: Statement,
  side: TableSide,
  lines: () => LineIndex,
  context: { locale: Locale; format: Parameters<typeof cellName>[0] },
  report: Report,
): void {
  const { locale, format } = context;
  const { cells, actual } = side;
  const names = cells.map((c) => cellName(format, c.table, c.row, c.column, locale));
  const readings = side.readings;
  const values = cells.map((c) => (readings ? readings.map(num).join(' / ') : num(c.value!)));
  const tableText = readings
    ? say(locale, `${names[0]}可读作 ${readings.map(num).join('、')}`, `${names[0]} reads as ${readings.map(num).join(', ')}`)
    : cells.length === 1
      ? say(locale, `${names[0]}为 ${num(actual)}`, `${names[0]} is ${num(actual)}`)
      : say(
          locale,
          `表中为 ${num(actual)}（= ${cells.map((c) => num(c.value!)).join(' + ')}：${names.join(' + ')}）`,
          `the table has ${num(actual)} (= ${cells.map((c) => num(c.value!)).join(' + ')}: ${names.join(' + ')})`,
        );
  const name = NAMES[statement.quantity];
  const message = ALL_UPHELD.has(statement.quantity)
    ? say(
        locale,
        `正文称案件均获维持，而${name.zh}共 ${num(actual)} 件（${cells.map((c, i) => `${names[i]} ${num(c.value!)}`).join('，')}）`,
        `The text says every case was upheld, but the table has ${num(actual)} ${name.en}`,
      )
    : say(locale, `正文称${name.zh} ${num(statement.value)} 件，而${tableText}`, `The text states ${num(statement.value)} ${name.en}, but ${tableText}`);
  report({
    message,
    range: lines().rangeOf(statement.start, statement.end),
    related: cells.map((c, i) => ({ range: c.span.range, message: `${names[i]}：${values[i]}` })),
    data: { quantity: statement.quantity, stated: statement.value, table: actual, keys: CELLS[statement.quantity] },
  });
}

export const narrativeConsistency: RuleDef = {
  id: 'narrative-consistency',
  defaultSeverity: 'warning',
  description: { zh: '正文所述数字与统计表不一致', en: 'A number in the text contradicts the tables' },
  documentation: {
    zh: '正文常常复述表中的数字（“共收到政府信息公开申请21件”“行政复议3件，其中维持2件”）。修改表格后忘记修改正文，报告就自相矛盾。本规则只比较明确指向同一数量的句子：收到、上年结转、办结、结转下年度的申请件数，行政复议和行政诉讼件数及复议结果，行政许可和行政处罚决定数；中文数字（二十一件）也识别。涉及其他年份、与上年比较、约数或包含结转数的句子不比较。',
    en: 'The text often repeats the tables’ numbers. This rule compares only sentences that clearly name the same quantity: applications received, carried over, handled and carried forward; reconsiderations and lawsuits and reconsideration outcomes; licensing and penalty decisions. Chinese numerals count. Sentences about other years, comparisons with last year, approximations and totals including carried-over applications are not compared.',
  },
  check({ model, text, format, locale, revision }, report) {
    if (model.problem || model.tables.length === 0) return;
    // The parser's line index, else one built on the first finding: most statements agree with the tables.
    let index = revision?.lines;
    const lines = () => (index ??= new LineIndex(text));
    // Each quantity's cells and their sum, looked up once: a long narrative states the same few often.
    const sides = new Map<Quantity, TableSide | null>();
    const yearFinding = narrativeYearFinding(text, model, format, locale);
    if (yearFinding) report({ message: yearFinding.message, range: lines().rangeOf(yearFinding.start, yearFinding.end), data: yearFinding.data });
    forEachStatement(text, model, revision, (statement) => {
      let side = sides.get(statement.quantity);
      if (side === undefined) sides.set(statement.quantity, (side = tableSide(model, statement.quantity)));
      if (side && !agrees(side, statement.value)) reportStatement(statement, side, lines, { locale, format }, report);
    });
  },
};
