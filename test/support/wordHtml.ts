// HTML report pages as real programs and sites publish them (docs/report-format.md §5): Word's
// "save as web page" (class=MsoNormal paragraphs in every cell, spans with 仿宋_GB2312, `<o:p>`,
// `&nbsp;` in empty cells, unquoted attributes, source lines wrapped inside text), WPS's export
// (quoted attributes, 14.0000pt spans) and a government CMS's editor output (bare cells, some
// `<td>`/`<tr>` left unclosed), the latter two inside page chrome (navigation, breadcrumbs,
// article metadata, footer). The official tables with their merged headers: 表三's 申请人情况 /
// 法人或其他组织 header over three rows, 三、本年度办理结果 spanning all outcome rows, （三）不予公开
// spanning its eight items. Values are random but consistent (values.ts) and drawn from a seed;
// some fixtures leave zeros blank, and those cells are expected as null.
import type { FormatVersion } from '../../server/src/core/formats';
import { randomMetadata, type RenderMetadata } from './render';
import { deriveSeed, mulberry32, type Rng } from './rng';
import { formatDef, key, randomConsistentValues, type Values } from './values';

export type HtmlFlavour = 'word' | 'wps' | 'cms';
export const HTML_FLAVOURS: readonly HtmlFlavour[] = ['word', 'wps', 'cms'];

export interface WordHtmlFixture {
  html: string;
  format: FormatVersion;
  /** Expected values map `<table>.<row>.<column>` → number, null for a cell left blank. */
  values: Values;
  seed: number;
  flavour: HtmlFlavour;
  metadata: RenderMetadata;
  /** The random choices made (blank zeros, chrome, unclosed tags …), for failure messages. */
  choices: string[];
}

export interface WordHtmlOptions {
  flavour?: HtmlFlavour;
  /** Leave zero cells blank: none, about half of them, or all (default: drawn from the seed). */
  blankZeros?: 'none' | 'some' | 'all';
}

// ---------------------------------------------------------------------------------------------
// The tables as grids of slots: a real cell, the continuation of a cell merged from above
// (`V`) or from the left (`H`). Serialisation turns runs of them into rowspan/colspan.

interface Cell {
  t: 'cell';
  text: string;
  role: 'header' | 'label' | 'value' | 'caption';
}
type Slot = Cell | { t: 'V' } | { t: 'H' };
const V: Slot = { t: 'V' };
const H: Slot = { t: 'H' };
const c = (text: string, role: Cell['role']): Cell => ({ t: 'cell', text, role });
const fills = (n: number): Slot[] => Array.from({ length: n }, () => H);
type Grid = Slot[][];

/** The text of a value cell: the number, or nothing for a blank. */
type CellText = (k: string) => string;

function proactiveGrid(format: FormatVersion, text: CellText): Grid {
  const table = formatDef(format).tables.find((t) => t.id === 'proactive')!;
  const width = 4;
  const grid: Grid = [];
  for (const group of table.groups) {
    grid.push([c(group.caption ?? '', 'caption'), ...fills(width - 1)]);
    const headers = group.columns.map((col) => (format === '2019' && col.kind === 'amount' ? '采购总金额（万元）' : col.label));
    // A narrower group: its last column spans what is left of the table's width.
    const pad = (cells: Slot[]): Slot[] => [...cells, ...fills(width - cells.length)];
    grid.push(pad([c('信息内容', 'header'), ...headers.map((h) => c(h, 'header'))]));
    for (const row of group.rows) {
      grid.push(pad([c(row.label, 'label'), ...group.columns.map((col) => c(text(key('proactive', row.id, col.id)), 'value'))]));
    }
  }
  return grid;
}

const OUTCOME_GROUP = '三、本年度办理结果';
const OUTER_ROWS = new Set(['new', 'carried-over', 'carried-forward']);

function applicationsGrid(format: FormatVersion, text: CellText): Grid {
  const group = formatDef(format).tables.find((t) => t.id === 'applications')!.groups[0]!;
  const grid: Grid = [
    [c('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'header'), H, H, c('申请人情况', 'header'), ...fills(6)],
    [V, H, H, c('自然人', 'header'), c('法人或其他组织', 'header'), ...fills(4), c('总计', 'header')],
    [V, H, H, V, ...['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((h) => c(h, 'header')), V],
  ];
  let outerPrinted = false;
  let sub: string | undefined;
  let subPrinted = false;
  for (const row of group.rows) {
    if (row.groupLabel && row.groupLabel !== OUTCOME_GROUP) {
      sub = row.groupLabel;
      subPrinted = false;
    } else if (!row.enumerator || !/^\d/.test(row.enumerator)) {
      sub = undefined;
    }
    const values = group.columns.map((col) => c(text(key('applications', row.id, col.id)), 'value'));
    let labels: Slot[];
    if (OUTER_ROWS.has(row.id)) labels = [c(row.label, 'label'), H, H];
    else {
      const outer = outerPrinted ? V : c(OUTCOME_GROUP, 'label');
      outerPrinted = true;
      if (sub) {
        labels = [outer, subPrinted ? V : c(sub, 'label'), c(row.label, 'label')];
        subPrinted = true;
      } else labels = [outer, c(row.label, 'label'), H];
    }
    grid.push([...labels, ...values]);
  }
  return grid;
}

function appealsGrid(text: CellText): Grid {
  const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const columns = ['review', 'direct', 'after-review'].flatMap((p) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => `${p}-${o}`));
  return [
    [c('行政复议', 'header'), ...fills(4), c('行政诉讼', 'header'), ...fills(9)],
    [...outcomes.map((o) => c(o, 'header')), c('未经复议直接起诉', 'header'), ...fills(4), c('复议后起诉', 'header'), ...fills(4)],
    [V, V, V, V, V, ...outcomes.map((o) => c(o, 'header')), ...outcomes.map((o) => c(o, 'header'))],
    columns.map((col) => c(text(key('appeals', 'cases', col)), 'value')),
  ];
}

// ---------------------------------------------------------------------------------------------
// Serialisation by flavour.

interface Style {
  rng: Rng;
  flavour: HtmlFlavour;
  font: string;
  /** CMS: leave `</td>` / `</tr>` out (browsers and converters close them). */
  unclosedTd: boolean;
  unclosedTr: boolean;
  /** Word: wrap source lines inside long texts (a newline is whitespace to every HTML reader). */
  sourceWrap: boolean;
  /** Headers broken into two paragraphs / a `<br>` the way a narrow cell wraps in Word. */
  splitHeaders: boolean;
  choices: string[];
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Word's source wrapping: a newline after ~70 columns, inside the text itself. */
function wordWrap(s: string, style: Style): string {
  if (!style.sourceWrap || s.length < 16) return s;
  const at = style.rng.int(6, s.length - 4);
  return `${s.slice(0, at)}\n${s.slice(at)}`;
}

function wordSpan(text: string, style: Style, role: Cell['role']): string {
  const size = role === 'value' ? '12.0pt' : style.rng.pick(['12.0pt', '14.0pt']);
  const font = `font-size:${size};font-family:${style.font}`;
  if (text === '') return `<span lang=EN-US style='${font}'><o:p>&nbsp;</o:p></span>`;
  if (role === 'value') return `<span lang=EN-US style='${font}'>${escape(text)}<o:p></o:p></span>`;
  // Word puts Latin runs (digits, dots) in spans of their own.
  const runs = escape(text).split(/([0-9.]+)/).filter((r) => r !== '');
  return runs
    .map((r) => (/^[0-9.]+$/.test(r) ? `<span lang=EN-US style='${font}'>${r}</span>` : `<span style='${font}'>${wordWrap(r, style)}</span>`))
    .join('');
}

function cellInner(cell: Cell, style: Style): string {
  const { rng, flavour } = style;
  let text = cell.text;
  let second = '';
  if (style.splitHeaders && cell.role === 'header' && text.length >= 6 && text.length <= 12 && rng.chance(0.5)) {
    const at = rng.int(2, text.length - 3);
    second = text.slice(at);
    text = text.slice(0, at);
  }
  switch (flavour) {
    case 'word': {
      const p = (t: string): string => `<p class=MsoNormal align=center style='text-align:center;line-height:20.0pt'>${wordSpan(t, style, cell.role)}</p>`;
      return second ? p(text) + '\n' + p(second) : p(text);
    }
    case 'wps': {
      const span = (t: string): string =>
        t === '' ? `<span style="font-family:${style.font};font-size:14.0000pt;">&nbsp;</span>` : `<span style="font-family:${style.font};font-size:14.0000pt;">${escape(t)}</span>`;
      const inner = second ? `${span(text)}<br>${span(second)}` : span(text);
      return `<p class="MsoNormal" align="center" style="text-align:center;">${inner}</p>`;
    }
    case 'cms': {
      if (text === '') return rng.chance(0.7) ? '&nbsp;' : '';
      const inner = second ? `${escape(text)}<br/>${escape(second)}` : escape(text);
      return rng.chance(0.5) ? inner : `<p style="text-align:center;">${inner}</p>`;
    }
  }
}

function renderTable(grid: Grid, style: Style): string {
  const { flavour, rng } = style;
  const width = grid[0]!.length;
  const out: string[] = [];
  if (flavour === 'word') {
    out.push(`<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=${width * 40} style='border-collapse:collapse;border:none'>`);
  } else if (flavour === 'wps') {
    out.push(`<table class="MsoNormalTable" border="1" cellspacing="0" style="border-collapse:collapse;width:100%;border:none;">`, '<tbody>');
  } else {
    out.push(`<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;" width="100%">`, '<tbody>');
  }
  grid.forEach((row, r) => {
    const tds: string[] = [];
    row.forEach((slot, col) => {
      if (slot.t !== 'cell') return;
      let colspan = 1;
      while (col + colspan < row.length && row[col + colspan]!.t === 'H') colspan++;
      let rowspan = 1;
      while (r + rowspan < grid.length && grid[r + rowspan]![col]?.t === 'V') rowspan++;
      const inner = cellInner(slot, style);
      let attrs: string;
      if (flavour === 'word') {
        attrs = ` width=${colspan * 40}${rowspan > 1 ? ` rowspan=${rowspan}` : ''}${colspan > 1 ? ` colspan=${colspan}` : ''} valign=center style='width:${colspan * 30}.0pt;border:solid windowtext 1.0pt;${r > 0 ? 'border-top:none;' : ''}padding:0cm 5.4pt 0cm 5.4pt'`;
      } else if (flavour === 'wps') {
        attrs = ` width="${colspan * 40}" valign="center"${colspan > 1 ? ` colspan="${colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''} style="padding:0.0000pt 5.4000pt 0.0000pt 5.4000pt;border-left:1.0000pt solid windowtext;border-right:1.0000pt solid windowtext;border-top:1.0000pt solid windowtext;border-bottom:1.0000pt solid windowtext;"`;
      } else {
        attrs = `${colspan > 1 ? ` colspan="${colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''} style="border:1px solid #000000;"`;
      }
      tds.push(`<td${attrs}>${inner}${style.unclosedTd ? '' : '</td>'}`);
    });
    const trOpen = flavour === 'word' ? `<tr style='height:${rng.pick(['20.0pt', '28.35pt', '15.75pt'])}'>` : '<tr>';
    out.push(`${trOpen}\n${tds.join('\n')}${style.unclosedTr ? '' : '\n</tr>'}`);
  });
  if (flavour !== 'word') out.push('</tbody>');
  out.push('</table>');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The document around the tables.

const HEADINGS = ['', '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

function narrative(section: number, format: FormatVersion, meta: RenderMetadata, values: Values, rng: Rng): string[] {
  switch (section) {
    case 1: {
      const lines = [`${meta.year}年，我单位认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，不断提高政府信息公开工作质量。`];
      const received = values['applications.new.total'];
      if (typeof received === 'number' && received > 0) lines.push(`全年共收到政府信息公开申请${received}件，均在法定期限内予以答复。`);
      lines.push(rng.pick(['严格落实政府信息公开保密审查制度，做到先审查、后公开。', '通过政府网站、政务新媒体等渠道及时发布政策文件，方便群众查询。']));
      return lines;
    }
    case 5:
      return ['一是公开内容还不够丰富，政策解读形式较为单一；二是工作人员业务水平有待提高。', `下一步，我们将进一步加强学习培训，提升${meta.year + 1}年政府信息公开工作水平。`];
    case 6:
      return format === '2021' ? ['本年度未收取信息处理费。', '无其他需要报告的事项。'] : ['无。'];
    default:
      return [];
  }
}

function paragraph(text: string, style: Style, kind: 'body' | 'heading' | 'right' | 'title'): string {
  const t = escape(text);
  switch (style.flavour) {
    case 'word': {
      const font = kind === 'heading' ? '黑体' : kind === 'title' ? '方正小标宋简体' : style.font;
      const size = kind === 'title' ? '22.0pt' : '16.0pt';
      const span = `<span style='font-size:${size};font-family:${font}'>${wordWrap(t, style)}</span>`;
      if (kind === 'title') return `<p class=MsoNormal align=center style='text-align:center'>${span}</p>`;
      if (kind === 'right') return `<p class=MsoNormal align=right style='text-align:right'>${span}</p>`;
      return `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'>${kind === 'heading' ? `<b>${span}</b>` : span}</p>`;
    }
    case 'wps': {
      const align = kind === 'title' ? 'center' : kind === 'right' ? 'right' : 'justify';
      return `<p class="MsoNormal" style="text-align:${align};text-indent:32.0000pt;"><span style="font-family:${kind === 'heading' ? '黑体' : style.font};font-size:16.0000pt;">${t}</span></p>`;
    }
    case 'cms':
      if (kind === 'title') return `<p style="text-align:center;"><strong>${t}</strong></p>`;
      if (kind === 'heading') return `<p style="text-indent:2em;"><strong>${t}</strong></p>`;
      if (kind === 'right') return `<p style="text-align:right;">${t}</p>`;
      return `<p style="text-indent:2em;">${t}</p>`;
  }
}

const NAV = ['首页', '政务公开', '政务服务', '互动交流', '走进本局', '专题专栏'];

function chromeTop(meta: RenderMetadata, title: string, rng: Rng): string[] {
  const date = meta.publicationDate ?? `${meta.year + 1}-01-20`;
  return [
    '<div class="header"><div class="logo"><img src="/images/logo.png" alt="' + escape(meta.bodyName) + '"></div>',
    '<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>',
    `<ul class="nav">${NAV.map((n) => `<li><a href="#">${n}</a></li>`).join('')}</ul>`,
    `<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开年报</a></div>`,
    `<div class="article"><h1 class="article-title">${escape(title)}</h1>`,
    `<div class="article-meta"><span>发布时间：${date}</span> <span>来源：${escape(meta.bodyName)}</span> <span>浏览次数：${rng.int(20, 3000)}</span> <span>字体：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</span></div>`,
  ];
}

function chromeBottom(meta: RenderMetadata, rng: Rng): string[] {
  return [
    '<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>',
    '</div>',
    '<div class="related"><h3>相关链接</h3><ul><li><a href="#">中国政府网</a></li><li><a href="#">省人民政府</a></li></ul></div>',
    `<div class="footer"><p>主办单位：${escape(meta.bodyName)}　联系电话：0${rng.int(100, 999)}-${rng.int(1000000, 9999999)}</p>`,
    `<p>网站标识码：${rng.int(1000000000, 9999999999)}　<a href="#">京ICP备${rng.int(10000000, 99999999)}号</a>　公网安备 ${rng.int(10000000000000, 99999999999999)}号</p></div>`,
  ];
}

const WORD_HEAD = [
  '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">',
  '<head>',
  '<meta http-equiv=Content-Type content="text/html; charset=utf-8">',
  '<meta name=Generator content="Microsoft Word 15 (filtered)">',
  '<style>',
  '<!--',
  ' /* Font Definitions */',
  ' @font-face {font-family:仿宋_GB2312; panose-1:2 1 6 9 3 1 1 1 1 1;}',
  'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; text-align:justify; text-justify:inter-ideograph; font-size:10.5pt; font-family:等线;}',
  '.MsoChpDefault {font-family:等线;}',
  '@page WordSection1 {size:595.3pt 841.9pt; margin:72.0pt 90.0pt 72.0pt 90.0pt;}',
  'div.WordSection1 {page:WordSection1;}',
  '-->',
  '</style>',
  '</head>',
];

/** One report page of a flavour and format, values and choices drawn from `seed`. */
export function wordHtmlReport(format: FormatVersion, seed: number, options: WordHtmlOptions = {}): WordHtmlFixture {
  const rng = mulberry32(deriveSeed(seed, `word-html-${format}`));
  const flavour = options.flavour ?? rng.pick(HTML_FLAVOURS);
  const full = randomConsistentValues(format, rng);
  const metadata = randomMetadata(format, rng);
  const blankZeros = options.blankZeros ?? rng.pick(['none', 'none', 'some', 'all'] as const);
  const style: Style = {
    rng,
    flavour,
    font: rng.pick(['仿宋_GB2312', '仿宋', '宋体']),
    unclosedTd: flavour === 'cms' && rng.chance(0.4),
    unclosedTr: flavour === 'cms' && rng.chance(0.4),
    sourceWrap: flavour === 'word' && rng.chance(0.5),
    splitHeaders: rng.chance(0.5),
    choices: [],
  };

  const values: Values = {};
  for (const [k, v] of Object.entries(full)) {
    const blank = v === 0 && (blankZeros === 'all' || (blankZeros === 'some' && rng.chance(0.5)));
    values[k] = blank ? null : v;
  }
  const text: CellText = (k) => {
    const v = values[k];
    return v === null || v === undefined ? '' : String(v);
  };

  const chrome = flavour !== 'word' || rng.chance(0.3);
  style.choices.push(`flavour=${flavour}`, `blankZeros=${blankZeros}`, `font=${style.font}`, `chrome=${chrome}`);
  if (style.unclosedTd) style.choices.push('unclosed-td');
  if (style.unclosedTr) style.choices.push('unclosed-tr');
  if (style.sourceWrap) style.choices.push('source-wrap');
  if (style.splitHeaders) style.choices.push('split-headers');

  const titleText = `${metadata.bodyName}${metadata.year}年政府信息公开工作年度报告`;
  const grids: Record<number, Grid> = { 2: proactiveGrid(format, text), 3: applicationsGrid(format, text), 4: appealsGrid(text) };
  const body: string[] = [];
  if (!chrome) body.push(paragraph(titleText, style, 'title'));
  body.push(
    paragraph(
      `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定编制。本报告中所列数据的统计期限自${metadata.year}年1月1日起至${metadata.year}年12月31日止。`,
      style,
      'body',
    ),
  );
  for (let s = 1; s <= 6; s++) {
    body.push(paragraph(HEADINGS[s]!, style, 'heading'));
    for (const line of narrative(s, format, metadata, values, rng)) body.push(paragraph(line, style, 'body'));
    const grid = grids[s];
    if (grid) {
      body.push(flavour === 'word' ? `<div align=center>\n${renderTable(grid, style)}\n</div>` : renderTable(grid, style));
      if (flavour === 'word') body.push(`<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>`);
    }
  }
  body.push(paragraph(metadata.bodyName, style, 'right'));
  if (metadata.publicationDate) {
    const [y, m, d] = metadata.publicationDate.split('-').map(Number) as [number, number, number];
    body.push(paragraph(`${y}年${m}月${d}日`, style, 'right'));
  }

  let lines: string[];
  if (flavour === 'word' && !chrome) {
    lines = [...WORD_HEAD, `<body lang=ZH-CN style='word-wrap:break-word;text-justify-trim:punctuation'>`, '<div class=WordSection1>', ...body, '</div>', '</body>', '</html>'];
  } else {
    const head = ['<!DOCTYPE html>', '<html>', '<head>', '<meta charset="utf-8">', `<title>${escape(titleText)}_${escape(metadata.bodyName)}</title>`, '</head>', '<body>'];
    const content = flavour === 'word' ? ['<div class="article-content"><div class=WordSection1>', ...body, '</div></div>'] : ['<div class="article-content" id="zoom">', ...body, '</div>'];
    lines = [...head, ...chromeTop(metadata, titleText, rng), ...content, ...chromeBottom(metadata, rng), '</body>', '</html>'];
  }
  return { html: lines.join('\n') + '\n', format, values, seed, flavour, metadata, choices: style.choices };
}

/**
 * `count` fixtures per format, seeds `seed`, `seed + 1` …, flavours in turn (shifted by two
 * per format, so two fixtures per format already cover every flavour).
 */
export function wordHtmlFixtures(count: number, seed: number, formats: readonly FormatVersion[] = ['2019', '2021']): WordHtmlFixture[] {
  const out: WordHtmlFixture[] = [];
  formats.forEach((format, f) => {
    for (let i = 0; i < count; i++) out.push(wordHtmlReport(format, seed + i, { flavour: HTML_FLAVOURS[(i + 2 * f) % HTML_FLAVOURS.length]! }));
  });
  return out;
}

/** A one-line description of a fixture for failure messages (the seed reproduces it). */
export function describeFixture(f: WordHtmlFixture): string {
  return `${f.format} seed ${f.seed} (${f.choices.join(', ')})`;
}
