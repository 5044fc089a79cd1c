// A small test-only renderer: turns a values map into the full text of a plausible annual
// report, with its three tables laid out in one of the renderings real reports come in
// (docs/report-format.md §5; modelled on the sample reports in test/fixtures/seeds). Used by the round-trip test.
//
// Layout model: each table is a grid of slots, row by row, as the Word original has it. A slot
// is a real cell, the continuation of a vertically merged cell (`vcont`, Word shows it as an
// empty cell) or the remainder of a horizontally merged cell (`hfill`, Word shows nothing).
// Each rendering serialises that grid the way a copy, an export or a converter does.
import type { FormatVersion, TableId, ValueKind } from '../../server/src/core/formats';
import { mulberry32, type Rng } from './rng';
import { formatDef, fusedOracle, key, rowsOf, type Values } from './values';

export type RenderingKind =
  | 'tab-cells'
  | 'tab-rows'
  | 'pipe-rows'
  | 'pipe-cells'
  | 'paragraph-cells'
  | 'fused'
  | 'pdf'
  | 'html'
  | 'html-js';

export const RENDERINGS: readonly RenderingKind[] = [
  'tab-cells',
  'tab-rows',
  'pipe-rows',
  'pipe-cells',
  'paragraph-cells',
  'fused',
  'pdf',
  'html',
  'html-js',
];

export interface RenderMetadata {
  bodyName: string;
  year: number;
  /** ISO date (YYYY-MM-DD) printed under the signature, if any. */
  publicationDate?: string | undefined;
}

export interface RenderOptions {
  format: FormatVersion;
  values: Values;
  metadata: RenderMetadata;
  rendering: RenderingKind | 'mixed';
  /** Seed of the cosmetic choices (punctuation, padding, wraps, units …). */
  seed?: number;
  /** For `mixed`: the rendering of each table (distinct random ones otherwise). */
  tableRenderings?: Partial<Record<TableId, RenderingKind>>;
  /** Cosmetic noise: full-width digits, thousands separators, CRLF, BOM … (default true). */
  noise?: boolean;
  /** Cells written as a dash (`—` or `/`) instead of a number; their values should be null. */
  dashes?: string[];
  /** Add the Hubei local row 其他主动公开文件 under 第二十条第（一）项 (not a format row). */
  extraRow?: boolean;
}

export interface RenderedReport {
  text: string;
  tableRenderings: Record<TableId, RenderingKind>;
  /** Keys no correct parser can read back: fused cells with several consistent readings. */
  ambiguous: string[];
  /** Fused rows with no consistent reading at all (a renderer bug if ever non-empty). */
  unreadable: string[];
  /** The cosmetic choices made, for failure messages. */
  choices: string[];
}

const TABLE_IDS: TableId[] = ['proactive', 'applications', 'appeals'];

// ---------------------------------------------------------------------------------------------
// Style: document-wide cosmetic choices.

interface Style {
  rng: Rng;
  noise: boolean;
  asciiPunct: boolean;
  enumSep: '.' | '、' | '．';
  enumSpace: boolean;
  straightQuotes: boolean;
  crlf: boolean;
  bom: boolean;
  titleVariant: number;
  headingSep: string;
  headingIndent: boolean;
  dateStyle: number;
  fullWidth: boolean;
  thousands: boolean;
  padding: boolean;
  choices: string[];
}

function makeStyle(rng: Rng, noise: boolean): Style {
  const style: Style = {
    rng,
    noise,
    asciiPunct: rng.chance(0.3),
    enumSep: rng.pick(['.', '.', '、', '．'] as const),
    enumSpace: rng.chance(0.2),
    straightQuotes: rng.chance(0.3),
    crlf: noise && rng.chance(0.25),
    bom: noise && rng.chance(0.2),
    titleVariant: rng.int(0, 3),
    headingSep: rng.pick(['、', '、', '、', '、', '.', '，']),
    headingIndent: rng.chance(0.2),
    dateStyle: rng.int(0, 2),
    fullWidth: noise && rng.chance(0.25),
    thousands: noise && rng.chance(0.3),
    padding: noise && rng.chance(0.5),
    choices: [],
  };
  style.choices.push(
    `punct=${style.asciiPunct ? 'ascii' : 'full'}`,
    `enum=${style.enumSep}${style.enumSpace ? '+space' : ''}`,
    `quotes=${style.straightQuotes ? 'straight' : 'curly'}`,
    `crlf=${style.crlf}`,
    `bom=${style.bom}`,
    `title=${style.titleVariant}`,
    `headingSep=${style.headingSep}`,
    `fullWidth=${style.fullWidth}`,
    `thousands=${style.thousands}`,
    `padding=${style.padding}`,
  );
  return style;
}

/** Applies the document's punctuation, enumerator and quote style to a label. */
function styled(style: Style, label: string): string {
  let s = label;
  s = s.replace(/^(\d)\./, (_m, d: string) => `${d}${style.enumSep}${style.enumSpace ? ' ' : ''}`);
  if (style.straightQuotes) s = s.replace(/[“”]/g, '"');
  if (style.asciiPunct) s = s.replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',').replace(/：/g, ':');
  return s;
}

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
const toFullWidth = (s: string): string => s.replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)]!);
const withThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

// ---------------------------------------------------------------------------------------------
// Cell texts.

interface CellContext {
  style: Style;
  dashes: Set<string>;
  extraRow: boolean;
  /** Cosmetic noise allowed in this table's value cells (not in fused tables). */
  noisy: boolean;
  /** How amounts are written in this table: unit in the cell, in the header, or nowhere. */
  amountStyle: 'wan-cell' | 'yuan-cell' | 'wan-header' | 'plain';
}

function countText(n: number, ctx: CellContext): string {
  let s = String(n);
  const { rng } = ctx.style;
  if (ctx.noisy && ctx.style.thousands && n >= 1000 && rng.chance(0.5)) s = withThousands(s);
  if (ctx.noisy && ctx.style.fullWidth && rng.chance(0.15)) s = toFullWidth(s);
  return s;
}

function changeText(n: number, ctx: CellContext): string {
  const { rng } = ctx.style;
  if (n === 0) return '0';
  const digits = String(Math.abs(n));
  if (n > 0) {
    const forms = ctx.noisy ? ['增', '增', '+', '＋', ''] : ['增', '增', '+', '＋'];
    return rng.pick(forms) + digits;
  }
  return rng.pick(['减', '减', '-']) + digits;
}

function amountText(v: number, ctx: CellContext): string {
  const { rng } = ctx.style;
  const decimals = (String(v).split('.')[1] ?? '').length;
  const wan = (): string => (decimals <= 2 && rng.chance(0.5) ? v.toFixed(2) : String(v));
  switch (ctx.amountStyle) {
    case 'wan-cell':
      return `${wan()}万元`;
    case 'yuan-cell': {
      const yuan = String(Math.round(v * 10000));
      const digits = ctx.noisy && ctx.style.thousands && yuan.length > 4 ? withThousands(yuan) : yuan;
      return rng.chance(0.7) ? `${digits}.00元` : `${digits}元`;
    }
    default:
      return wan();
  }
}

function valueText(kind: ValueKind, v: number | null, ctx: CellContext, k?: string): string {
  if (k && ctx.dashes.has(k)) return ctx.style.rng.pick(['—', '/', '－']);
  if (v === null) return '';
  if (kind === 'count') return countText(v, ctx);
  if (kind === 'change') return changeText(v, ctx);
  return amountText(v, ctx);
}

// ---------------------------------------------------------------------------------------------
// Grids.

type Role = 'caption' | 'header' | 'label' | 'value' | 'corner';
type Slot = { t: 'cell'; text: string; role: Role; key?: string } | { t: 'vcont' } | { t: 'hfill' };
type Grid = Slot[][];

const cell = (text: string, role: Role, k?: string): Slot => (k ? { t: 'cell', text, role, key: k } : { t: 'cell', text, role });
const V: Slot = { t: 'vcont' };
const H: Slot = { t: 'hfill' };
const fills = (n: number): Slot[] => Array.from({ length: n }, () => H);

function rowPresent(values: Values, table: string, row: string): boolean {
  const prefix = `${table}.${row}.`;
  return Object.keys(values).some((k) => k.startsWith(prefix));
}

interface TableBuild {
  grid: Grid;
  /** Data rows in order: row id → the slots holding its values. */
  dataRows: Array<{ row: string; texts: string[] }>;
}

function columnHeader(style: Style, label: string, aliases: string[] | undefined): string {
  if (aliases && aliases.length > 0 && style.rng.chance(0.2)) return style.rng.pick(aliases);
  return label;
}

function proactiveGrid(format: FormatVersion, values: Values, ctx: CellContext): TableBuild {
  const def = formatDef(format);
  const table = def.tables.find((t) => t.id === 'proactive')!;
  const grid: Grid = [];
  const dataRows: TableBuild['dataRows'] = [];
  const width = 4;
  for (const group of table.groups) {
    const rows = group.rows.filter((r) => rowPresent(values, 'proactive', r.id));
    if (rows.length === 0) continue;
    grid.push([cell(styled(ctx.style, group.caption ?? ''), 'caption'), ...fills(width - 1)]);
    const headers = group.columns.map((c) => {
      if (c.kind === 'amount' && format === '2019') {
        if (ctx.amountStyle === 'wan-header') return ctx.style.rng.pick(['采购总金额（万元）', '采购总金额（万元，保留四位小数）']).replace(/（/g, ctx.style.asciiPunct ? '(' : '（').replace(/）/g, ctx.style.asciiPunct ? ')' : '）').replace(/，/g, ctx.style.asciiPunct ? ',' : '，');
        return c.label;
      }
      if (c.kind === 'amount') {
        // 2021: the header says 万元 unless the cells carry their own unit.
        return ctx.amountStyle === 'yuan-cell' || ctx.amountStyle === 'wan-cell' ? '本年收费金额' : styled(ctx.style, c.label);
      }
      return columnHeader(ctx.style, c.label, c.aliases);
    });
    grid.push([cell('信息内容', 'header'), ...headers.map((h) => cell(h, 'header')), ...fills(width - 1 - headers.length)]);
    for (const row of rows) {
      const texts = group.columns.map((c) => {
        const k = key('proactive', row.id, c.id);
        return valueText(c.kind, values[k] ?? null, ctx, k);
      });
      const label = row.id === 'normative-documents' ? columnHeader(ctx.style, row.label, row.aliases) : row.label;
      grid.push([
        cell(label, 'label'),
        ...texts.map((t, i) => cell(t, 'value', key('proactive', row.id, group.columns[i]!.id))),
        ...fills(width - 1 - texts.length),
      ]);
      dataRows.push({ row: row.id, texts });
      if (ctx.extraRow && row.id === 'normative-documents') {
        // Hubei: a local row the format does not know, with numbers of its own.
        const extra = group.columns.map(() => String(ctx.style.rng.int(0, 60)));
        grid.push([cell('其他主动公开文件', 'label'), ...extra.map((t) => cell(t, 'value')), ...fills(width - 1 - extra.length)]);
      }
    }
  }
  return { grid, dataRows };
}

const OUTCOME_GROUP = '三、本年度办理结果';

function applicationsGrid(format: FormatVersion, values: Values, ctx: CellContext): TableBuild {
  const def = formatDef(format);
  const table = def.tables.find((t) => t.id === 'applications')!;
  const group = table.groups[0]!;
  const s = (label: string): string => styled(ctx.style, label);
  const grid: Grid = [
    [
      cell(s('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'), 'corner'),
      H,
      H,
      cell('申请人情况', 'header'),
      ...fills(6),
    ],
    [V, H, H, cell('自然人', 'header'), cell('法人或其他组织', 'header'), ...fills(4), cell('总计', 'header')],
    [V, H, H, V, ...['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((h) => cell(h, 'header')), V],
  ];
  const dataRows: TableBuild['dataRows'] = [];
  const outer = new Set(
    group.rows.map((r) => r.id).filter((id) => !['new', 'carried-over', 'carried-forward'].includes(id)),
  );
  let outerPrinted = false;
  let currentSub: string | undefined;
  let subPrinted = false;
  for (const row of group.rows) {
    // The sub-group (（三）不予公开 …) a row belongs to: its own groupLabel, or the previous one.
    if (row.groupLabel && row.groupLabel !== OUTCOME_GROUP) {
      currentSub = row.groupLabel;
      subPrinted = false;
    } else if (!row.enumerator || !/^\d/.test(row.enumerator)) {
      currentSub = undefined;
    }
    if (!rowPresent(values, 'applications', row.id)) continue;
    const texts = group.columns.map((c) => valueText(c.kind, values[key('applications', row.id, c.id)] ?? null, ctx));
    const valueSlots = texts.map((t, i) => cell(t, 'value', key('applications', row.id, group.columns[i]!.id)));
    let labelSlots: Slot[];
    if (!outer.has(row.id)) {
      labelSlots = [cell(s(row.label), 'label'), H, H];
    } else {
      const a = outerPrinted ? V : cell(OUTCOME_GROUP, 'label');
      outerPrinted = true;
      if (currentSub) {
        const b = subPrinted ? V : cell(s(currentSub), 'label');
        subPrinted = true;
        labelSlots = [a, b, cell(s(row.label), 'label')];
      } else {
        labelSlots = [a, cell(s(row.label), 'label'), H];
      }
    }
    grid.push([...labelSlots, ...valueSlots]);
    dataRows.push({ row: row.id, texts });
  }
  return { grid, dataRows };
}

function appealsGrid(values: Values, ctx: CellContext): TableBuild {
  const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const grid: Grid = [
    [cell('行政复议', 'header'), ...fills(4), cell('行政诉讼', 'header'), ...fills(9)],
    [
      ...outcomes.map((o) => cell(o, 'header')),
      cell('未经复议直接起诉', 'header'),
      ...fills(4),
      cell('复议后起诉', 'header'),
      ...fills(4),
    ],
    [V, V, V, V, V, ...outcomes.map((o) => cell(o, 'header')), ...outcomes.map((o) => cell(o, 'header'))],
  ];
  const dataRows: TableBuild['dataRows'] = [];
  if (rowPresent(values, 'appeals', 'cases')) {
    const columns = rowsOf('2021').find((r) => r.table === 'appeals')!.columns;
    const texts = columns.map((c) => valueText(c.kind, values[key('appeals', 'cases', c.id)] ?? null, ctx));
    grid.push(texts.map((t, i) => cell(t, 'value', key('appeals', 'cases', columns[i]!.id))));
    dataRows.push({ row: 'cases', texts });
  }
  return { grid, dataRows };
}

// ---------------------------------------------------------------------------------------------
// Serialisations of a grid. Each returns lines (no line terminators).

const isFiller = (s: Slot): boolean => s.t !== 'cell';
const slotText = (s: Slot): string => (s.t === 'cell' ? s.text : '');

/** Breaks a header into two lines the way a narrow Word cell does (`本年新` / `制作数量`). */
function wrapHeader(text: string, rng: Rng): string {
  if (text.length < 6 || !rng.chance(0.5)) return text;
  const at = rng.int(2, text.length - 3);
  return `${text.slice(0, at)}\n${text.slice(at)}`;
}

function padValue(text: string, rng: Rng, noisy: boolean): string {
  if (!noisy || text === '') return noisy && rng.chance(0.5) ? '　' : text;
  const pads = ['', '', '　', '　　', '\u00a0', ' '];
  return rng.pick(pads) + text + rng.pick(['', '', '\u00a0', ' ']);
}

function renderTabCells(build: TableBuild, table: TableId, style: Style, noisy: boolean): string[] {
  const { rng } = style;
  const lines: string[] = [];
  build.grid.forEach((row, r) => {
    for (const slot of row) {
      if (slot.t === 'hfill') continue;
      if (slot.t === 'vcont') {
        lines.push('\t');
        continue;
      }
      let text = slot.text;
      if (slot.role === 'header' && table === 'proactive') text = wrapHeader(text, rng);
      if (slot.role === 'header' && table === 'appeals' && r === 1 && rng.chance(0.3)) text = [...text].join('\n');
      if (slot.role === 'header' && table === 'appeals' && text === '总计' && rng.chance(0.3)) text = '总 计';
      if (slot.role === 'value') text = padValue(text, rng, noisy && style.padding);
      lines.push(`\t${text}`);
    }
    lines.push('');
  });
  return lines;
}

function renderTabRows(build: TableBuild, style: Style): string[] {
  const { rng } = style;
  return build.grid.map((row) => {
    let slots = row;
    const trim = rng.int(0, 2); // 0: keep every empty cell, 1: drop trailing fillers, 2: keep one
    if (trim > 0) {
      let end = slots.length;
      while (end > 0 && isFiller(slots[end - 1]!)) end--;
      slots = slots.slice(0, trim === 2 && end < slots.length ? end + 1 : end);
    }
    return slots.map(slotText).join('\t');
  });
}

function renderPipeRows(build: TableBuild): string[] {
  return build.grid.map((row) => {
    const cells = row.filter((s) => s.t === 'cell').map((s) => (slotText(s) === '' ? '|' : `${slotText(s)} |`));
    const fillers = row.filter(isFiller).length;
    return cells.join(' ') + (fillers > 0 ? ` |${'|'.repeat(fillers - 1)}` : '');
  });
}

function renderPipeCells(build: TableBuild): string[] {
  const lines: string[] = [];
  for (const row of build.grid) {
    let run = 0;
    for (const slot of row) {
      if (isFiller(slot)) {
        run++;
        continue;
      }
      if (run > 0) lines.push('|'.repeat(run));
      run = 0;
      lines.push(slotText(slot) === '' ? ' |' : `${slotText(slot)} |`);
    }
    if (run > 0) lines.push('|'.repeat(run));
  }
  return lines;
}

function renderParagraphCells(build: TableBuild, style: Style): string[] {
  const { rng } = style;
  const pad = rng.pick(['    ', '  ', '　　', '\u00a0\u00a0 ']);
  const lines: string[] = [];
  for (const row of build.grid) {
    for (const slot of row) {
      if (slot.t !== 'cell') continue;
      if (slot.role === 'value') lines.push(`${pad}${slot.text}${pad}`);
      else lines.push(rng.chance(0.3) ? `  ${slot.text}` : slot.text);
      lines.push('');
    }
  }
  return lines;
}

function renderFused(build: TableBuild): string[] {
  return [build.grid.map((row) => row.map(slotText).join('')).join('')];
}

/** A label broken mid-word by a space (`本年度办 理结果`), as PDF text extraction does. */
function pdfBreak(text: string, rng: Rng): string {
  if (text.length < 5 || !rng.chance(0.3)) return text;
  const at = rng.int(2, text.length - 2);
  return `${text.slice(0, at)} ${text.slice(at)}`;
}

function renderPdf(build: TableBuild, table: TableId, style: Style, page: { n: number }): string[] {
  const { rng } = style;
  const lines: string[] = [];
  const gap = (): string => ' '.repeat(rng.int(1, 3));
  const footerAt = build.grid.length > 3 ? rng.int(2, build.grid.length - 1) : -1;
  build.grid.forEach((row, r) => {
    if (r === footerAt) {
      lines.push(`- ${page.n++} -`);
      if (rng.chance(0.5)) lines.push('');
    }
    const cells = row.filter((s): s is Extract<Slot, { t: 'cell' }> => s.t === 'cell' && s.text !== '');
    // 表四's second header row: the five narrow headers come out one character per line.
    if (table === 'appeals' && r === 1) {
      for (const c of cells.slice(0, 5)) for (const ch of c.text) lines.push(ch);
      lines.push(cells.slice(5).map((c) => c.text).join(gap()));
      return;
    }
    const texts = cells.map((c) => {
      if (c.role === 'header' && table === 'applications' && c.text.length === 4 && rng.chance(0.5)) return [...c.text].join(' ');
      if (c.role === 'label' || c.role === 'corner') return pdfBreak(c.text, rng);
      return c.text;
    });
    const firstValue = cells.findIndex((c) => c.role === 'value');
    // A long label wraps: its first part on a line of its own, the rest with the numbers.
    if (firstValue > 0 && texts[firstValue - 1]!.length > 16 && rng.chance(0.4)) {
      const label = texts[firstValue - 1]!;
      const at = rng.int(8, label.length - 4);
      lines.push([...texts.slice(0, firstValue - 1), label.slice(0, at)].join(gap()));
      lines.push([label.slice(at), ...texts.slice(firstValue)].join(gap()));
      return;
    }
    lines.push(texts.join(gap()));
  });
  return lines;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '“': '&ldquo;', '”': '&rdquo;' };

function htmlText(text: string, rng: Rng): string {
  let s = text.replace(/[&<>“”]/g, (c) => HTML_ESCAPES[c]!);
  if (s === '') return rng.chance(0.7) ? '&nbsp;' : '';
  s = s.replace(/\u00a0/g, '&nbsp;');
  return s;
}

function renderHtmlTable(build: TableBuild, style: Style): string[] {
  const { rng } = style;
  const width = build.grid[0]?.length ?? 0;
  const wrapInP = rng.chance(0.5);
  const lines: string[] = [`<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse" width="${width * 60}">`, '<tbody>'];
  build.grid.forEach((row, r) => {
    const tds: string[] = [];
    row.forEach((slot, c) => {
      if (slot.t !== 'cell') return;
      let colspan = 1;
      while (c + colspan < row.length && row[c + colspan]!.t === 'hfill') colspan++;
      let rowspan = 1;
      while (r + rowspan < build.grid.length && build.grid[r + rowspan]![c]?.t === 'vcont') rowspan++;
      const attrs = `${colspan > 1 ? ` colspan="${colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}`;
      const inner = htmlText(slot.text, rng);
      const content = wrapInP ? `<p style="text-align:center"><span style="font-size:14px">${inner}</span></p>` : inner;
      tds.push(`<td${attrs} valign="center">${content}</td>`);
    });
    lines.push(`<tr>${tds.join('')}</tr>`);
  });
  lines.push('</tbody>', '</table>');
  return rng.chance(0.4) ? [lines.join('')] : lines;
}

// ---------------------------------------------------------------------------------------------
// The document around the tables.

const SECTION_HEADINGS: Record<number, string[]> = {
  1: ['总体情况'],
  2: ['主动公开政府信息情况'],
  3: ['收到和处理政府信息公开申请情况'],
  4: ['政府信息公开行政复议、行政诉讼情况', '因政府信息公开工作被申请行政复议、提起行政诉讼情况'],
  5: ['存在的主要问题及改进情况', '政府信息公开工作存在的主要问题及改进情况'],
  6: ['其他需要报告的事项'],
};
const NUMERALS = ['', '一', '二', '三', '四', '五', '六'];

function narrative(section: number, format: FormatVersion, year: number, values: Values, style: Style): string[] {
  const { rng } = style;
  const n = (k: string): number | null | undefined => values[k];
  const lq = style.straightQuotes ? '"' : '“';
  const rq = style.straightQuotes ? '"' : '”';
  switch (section) {
    case 1: {
      const paras = [
        `${year}年，我单位认真贯彻落实《中华人民共和国政府信息公开条例》，坚持${lq}公开为常态、不公开为例外${rq}，不断提高政府信息公开工作质量。`,
      ];
      const subs = format === '2021'
        ? ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障']
        : ['主动公开政府信息情况', '依申请公开政府信息情况', '政府信息管理情况', '监督保障情况'];
      const bullet = (i: number): string => (style.asciiPunct ? `(${NUMERALS[i + 1]})` : `（${NUMERALS[i + 1]}）`);
      subs.forEach((sub, i) => {
        paras.push(`${bullet(i)}${sub}`);
        if (i === 1 && typeof n('applications.new.total') === 'number') {
          paras.push(`全年共收到政府信息公开申请${n('applications.new.total')}件，均在法定期限内予以答复。`);
        } else {
          paras.push(rng.pick([
            '严格落实政府信息公开保密审查制度，做到先审查、后公开，一事一审、全面审查。',
            '通过政府网站、政务新媒体等渠道及时发布工作动态和政策文件，方便群众查询。',
            '明确专人负责政府信息公开工作，定期开展业务培训，提升工作人员业务能力。',
            '将政府信息公开工作纳入年度目标考核，接受社会监督，本年度未发生责任追究情况。',
          ]));
        }
      });
      return paras;
    }
    case 5:
      return [
        '一是公开内容还不够丰富，政策解读形式较为单一；二是工作人员业务水平有待提高。',
        `下一步，我们将进一步加强学习培训，丰富公开形式，提升${year + 1}年政府信息公开工作水平。`,
      ];
    case 6:
      return format === '2021'
        ? [rng.pick(['本年度未收取信息处理费。', '依据《政府信息公开信息处理费管理办法》，本机关未收取信息处理费。']), '无其他需要报告的事项。']
        : ['无。'];
    default:
      return [];
  }
}

function titleLines(meta: RenderMetadata, style: Style): string[] {
  const { bodyName: body, year } = meta;
  switch (style.titleVariant) {
    case 0:
      return [body, `${year}年政府信息公开工作年度报告`];
    case 1:
      return [`${body}${year}年政府信息公开工作年度报告`];
    case 2:
      return [`${body} ${year} 年政府信息公开工作年度报告`];
    default:
      return [body, `${year}年度政府信息公开工作年度报告`];
  }
}

function dateLine(iso: string, style: Style): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (style.dateStyle === 1) return `${y}年${String(m).padStart(2, '0')}月${String(d).padStart(2, '0')}日`;
  return `${y}年${m}月${d}日`;
}

function heading(numeral: number, style: Style): string {
  const text = style.rng.pick(SECTION_HEADINGS[numeral]!);
  return `${style.headingIndent ? '    ' : ''}${NUMERALS[numeral]}${style.headingSep}${text}`;
}

/** Breaks a long narrative line into PDF-width lines. */
function pdfWrap(line: string, rng: Rng): string[] {
  const width = rng.int(32, 40);
  const out: string[] = [];
  for (let i = 0; i < line.length; i += width) out.push(line.slice(i, i + width));
  return out.length > 0 ? out : [''];
}

// ---------------------------------------------------------------------------------------------

export function renderReport(options: RenderOptions): RenderedReport {
  const rng = mulberry32(options.seed ?? 1);
  const noise = options.noise ?? true;
  const style = makeStyle(rng, noise);
  const { format, values, metadata } = options;

  const tableRenderings = {} as Record<TableId, RenderingKind>;
  if (options.rendering === 'mixed') {
    const pool = rng.shuffle(RENDERINGS.filter((r) => r !== 'html-js'));
    TABLE_IDS.forEach((t, i) => (tableRenderings[t] = options.tableRenderings?.[t] ?? pool[i]!));
  } else {
    for (const t of TABLE_IDS) tableRenderings[t] = options.rendering;
  }
  style.choices.push(`tables=${TABLE_IDS.map((t) => `${t}:${tableRenderings[t]}`).join(',')}`);

  const result: RenderedReport = { text: '', tableRenderings, ambiguous: [], unreadable: [], choices: style.choices };
  const page = { n: 2 };

  const tableLines = (table: TableId): string[] => {
    const kind = tableRenderings[table];
    const fused = kind === 'fused';
    const amountStyle = fused
      ? rng.pick(['wan-cell', 'yuan-cell', 'wan-header', 'plain'] as const)
      : rng.pick(['wan-cell', 'yuan-cell', 'wan-header', 'plain'] as const);
    const ctx: CellContext = { style, noisy: noise && !fused, amountStyle, dashes: new Set(options.dashes ?? []), extraRow: options.extraRow ?? false };
    if (options.extraRow && table === 'proactive') style.choices.push('extraRow');
    if (table === 'proactive') style.choices.push(`amount=${amountStyle}`);
    const build =
      table === 'proactive'
        ? proactiveGrid(format, values, ctx)
        : table === 'applications'
          ? applicationsGrid(format, values, ctx)
          : appealsGrid(values, ctx);
    if (fused) {
      const oracle = fusedOracle(format, table, new Map(build.dataRows.map((d) => [d.row, d.texts.join('')])));
      result.ambiguous.push(...oracle.ambiguous);
      result.unreadable.push(...oracle.unreadable);
    }
    switch (kind) {
      case 'tab-cells':
        return renderTabCells(build, table, style, noise);
      case 'tab-rows':
        return renderTabRows(build, style);
      case 'pipe-rows':
        return renderPipeRows(build);
      case 'pipe-cells':
        return renderPipeCells(build);
      case 'paragraph-cells':
        return renderParagraphCells(build, style);
      case 'fused':
        return renderFused(build);
      case 'pdf':
        return renderPdf(build, table, style, page);
      case 'html':
      case 'html-js':
        return renderHtmlTable(build, style);
    }
  };

  const doc = options.rendering;
  const tableOf: Record<number, TableId> = { 2: 'proactive', 3: 'applications', 4: 'appeals' };
  const title = titleLines(metadata, style);
  const intro = `本报告根据《中华人民共和国政府信息公开条例》第五十条规定编制。本报告中所列数据的统计期限自${metadata.year}年1月1日起至${metadata.year}年12月31日止。`;
  const signature = [metadata.bodyName, ...(metadata.publicationDate ? [dateLine(metadata.publicationDate, style)] : [])];

  if (doc === 'html' || doc === 'html-js') {
    const body: string[] = [];
    const p = (t: string): string => `<p style="text-indent:2em">${htmlText(t, rng)}</p>`;
    body.push(p(intro));
    for (let s = 1; s <= 6; s++) {
      body.push(`<p><strong>${htmlText(heading(s, style).trim(), rng)}</strong></p>`);
      for (const para of narrative(s, format, metadata.year, values, style)) body.push(p(para));
      if (tableOf[s]) body.push(...tableLines(tableOf[s]!));
    }
    body.push(...signature.map((l) => `<p style="text-align:right">${htmlText(l, rng)}</p>`));
    const titleText = title.join(title.length > 1 ? '' : '');
    const head = ['<!DOCTYPE html>', '<html>', '<head>', '<meta charset="utf-8">', `<title>${htmlText(titleText, rng)}</title>`, '</head>', '<body>'];
    const h1 = `<h1 class="article-title">${title.map((t) => htmlText(t, rng)).join('<br>')}</h1>`;
    let lines: string[];
    if (doc === 'html') {
      lines = [...head, h1, '<div class="article-content">', ...body, '</div>', '</body>', '</html>'];
    } else {
      const jsStyle = rng.int(0, 1);
      style.choices.push(`js=${jsStyle === 0 ? 'u003c' : 'slash'}`);
      const content = body.join(jsStyle === 0 ? '' : '\n');
      const escaped =
        jsStyle === 0
          ? content.replace(/"/g, '\\"').replace(/</g, (m, offset: number) => (offset === 0 ? m : '\\u003c'))
          : content.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\//g, '\\/').replace(/\n/g, '\\n');
      lines = [
        ...head,
        h1,
        '<div id="zoom"></div>',
        '<script type="text/javascript">',
        `var html = "${escaped}";`,
        'document.getElementById("zoom").innerHTML = html;',
        '</script>',
        '</body>',
        '</html>',
      ];
    }
    result.text = finish(lines, style);
    return result;
  }

  const lines: string[] = [...title, ''];
  const pdf = doc === 'pdf';
  const push = (line: string): void => {
    if (pdf) lines.push(...pdfWrap(line, rng));
    else lines.push(line);
  };
  push(intro);
  for (let s = 1; s <= 6; s++) {
    lines.push(heading(s, style));
    for (const para of narrative(s, format, metadata.year, values, style)) push(para);
    if (tableOf[s]) {
      if (doc === 'paragraph-cells') lines.push('');
      lines.push(...tableLines(tableOf[s]!));
      if (doc !== 'pdf') lines.push('');
    }
    if (pdf && s === 1) lines.push(`- ${page.n - 1} -`);
  }
  lines.push('', ...signature);

  if (doc === 'fused') {
    // Everything after the title runs together on a few lines.
    const bodyText = lines.slice(title.length + 1, lines.length - signature.length - 1);
    const cut = rng.int(1, bodyText.length - 1);
    const joined = [bodyText.slice(0, cut).join(''), bodyText.slice(cut).join('')].filter((l) => l !== '');
    result.text = finish([...title, ...joined, ...signature], style);
    return result;
  }
  result.text = finish(lines, style);
  return result;
}

function finish(lines: string[], style: Style): string {
  const text = lines.join(style.crlf ? '\r\n' : '\n') + (style.crlf ? '\r\n' : '\n');
  return (style.bom ? '\ufeff' : '') + text;
}

/** A plausible body name and dates for a format version, drawn from a seed. */
export function randomMetadata(format: FormatVersion, rng: Rng): RenderMetadata {
  const bodies = [
    '满洲里市应急管理局',
    '北京市大兴区应急管理局',
    '杭州市滨江区应急管理局',
    '海东市应急管理局',
    '武汉市江岸区人民政府',
    '宜昌市夷陵区教育局',
    '成都市武侯区市场监督管理局',
    '苏州市吴中区人民政府办公室',
    '哈尔滨市道里区卫生健康局',
    '广州市天河区财政局',
    '遵义市红花岗区司法局',
    '湖北省自然资源厅',
    '昆明市五华区民政局',
    '长沙市岳麓区住房和城乡建设局',
  ];
  const year = format === '2019' ? rng.int(2019, 2020) : rng.int(2021, 2025);
  const month = rng.chance(0.8) ? 1 : rng.int(2, 3);
  const day = rng.int(5, 28);
  return {
    bodyName: rng.pick(bodies),
    year,
    publicationDate: `${year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  };
}
