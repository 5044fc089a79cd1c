// A report as a drafter makes it in Word from the blank official template: the tables are Word
// tables (merged headers as gridSpan / vMerge, the template's fonts and widths), and the numbers
// are typed into the template's cells — so they come as Word stores typing, not as a converter
// writes: a number split over several runs (a run per editing session, a spelling mark or a
// bookmark between them), some cells wrapped in content controls, long labels in two paragraphs
// of one cell, empty cells holding an empty paragraph. Built from the page of render.ts (its
// paragraphs and its tables' rowspan/colspan), zipped with fflate; never committed.
import { strToU8, zipSync } from 'fflate';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { mulberry32, type Rng } from './rng';
import type { ReportPage } from './documents';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const FONT = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="21"/></w:rPr>';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const isElement = (node: Node): node is Element => 'tagName' in node;
const children = (node: Node): Node[] => ('childNodes' in node ? (node.childNodes as Node[]) : []);

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (isElement(node) && node.tagName === 'br') return '\n';
  return children(node).map(textOf).join('');
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** A run of text as typed: a number may be split over runs with a mark between them. */
function typedRuns(text: string, rng: Rng): string {
  const run = (t: string) => `<w:r w:rsidR="00${rng.int(100000, 999999)}">${FONT}<w:t xml:space="preserve">${escape(t)}</w:t></w:r>`;
  if (/^\d{2,}$/.test(text) && rng.chance(0.6)) {
    const at = 1 + rng.int(0, text.length - 2);
    const between = rng.chance(0.5) ? '<w:proofErr w:type="spellStart"/>' : `<w:bookmarkStart w:id="${rng.int(1, 99)}" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>`;
    return run(text.slice(0, at)) + between + run(text.slice(at));
  }
  return text ? run(text) : '';
}

function paragraph(text: string, rng: Rng, props = ''): string {
  return `<w:p><w:pPr>${props}</w:pPr>${typedRuns(text, rng)}</w:p>`;
}

/** One cell's content: a long label in two paragraphs, a number perhaps in a content control. */
function cellContent(text: string, rng: Rng): string {
  const centred = '<w:jc w:val="center"/>';
  if (/^[\d.]+$/.test(text) && rng.chance(0.3)) {
    return `<w:sdt><w:sdtPr><w:alias w:val="填写数字"/><w:tag w:val="n${rng.int(1, 9999)}"/></w:sdtPr><w:sdtContent>${paragraph(text, rng, centred)}</w:sdtContent></w:sdt>`;
  }
  if (text.length > 12 && !/\d{2,}/.test(text) && rng.chance(0.5)) {
    const at = Math.floor(text.length / 2);
    return paragraph(text.slice(0, at), rng) + paragraph(text.slice(at), rng);
  }
  return paragraph(text, rng, /^[\d.]*$/.test(text) ? centred : '');
}

/** A page table as a Word table: the grid from rowspan/colspan, covered slots as vMerge continuations. */
function wordTable(table: Element, rng: Rng): string {
  const rows = [...walk(table)].filter((n): n is Element => isElement(n) && n.tagName === 'tr');
  type Slot = { start: boolean; span: number; text: string; down: boolean };
  const grid: Array<Array<Slot | undefined>> = rows.map(() => []);
  rows.forEach((tr, r) => {
    let c = 0;
    for (const cell of children(tr).filter((n): n is Element => isElement(n) && (n.tagName === 'td' || n.tagName === 'th'))) {
      while (grid[r]![c]) c++;
      const colspan = Math.max(1, Number(attr(cell, 'colspan') ?? 1));
      const rowspan = Math.max(1, Number(attr(cell, 'rowspan') ?? 1));
      const text = textOf(cell).replace(/\s+/g, ' ').trim();
      for (let dr = 0; dr < rowspan && r + dr < rows.length; dr++) {
        grid[r + dr]![c] = { start: dr === 0, span: colspan, text: dr === 0 ? text : '', down: rowspan > 1 };
        for (let dc = 1; dc < colspan; dc++) grid[r + dr]![c + dc] = { start: false, span: 0, text: '', down: false };
      }
      c += colspan;
    }
  });
  const width = Math.max(...grid.map((row) => row.length));
  const body = grid
    .map((row) => {
      const cells: string[] = [];
      for (let c = 0; c < width; c++) {
        const slot = row[c];
        if (!slot) {
          cells.push('<w:tc><w:p/></w:tc>');
          continue;
        }
        if (slot.span === 0) continue; // covered by a gridSpan to its left
        const span = slot.span > 1 ? `<w:gridSpan w:val="${slot.span}"/>` : '';
        const merge = slot.down ? (slot.start ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '';
        const content = slot.start ? cellContent(slot.text, rng) : '<w:p/>';
        cells.push(`<w:tc><w:tcPr><w:tcW w:w="${600 * Math.max(1, slot.span)}" w:type="dxa"/>${span}${merge}<w:vAlign w:val="center"/></w:tcPr>${content}</w:tc>`);
      }
      return `<w:tr><w:trPr><w:jc w:val="center"/></w:trPr>${cells.join('')}</w:tr>`;
    })
    .join('');
  const gridCols = Array.from({ length: width }, () => '<w:gridCol w:w="600"/>').join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${gridCols}</w:tblGrid>${body}</w:tbl>`;
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of children(node)) yield* walk(child);
}

/** The page's blocks in order: paragraphs and headings as Word paragraphs, tables as Word tables. */
function bodyOf(node: Node, rng: Rng, out: string[]): void {
  for (const child of children(node)) {
    if (!isElement(child)) continue;
    if (child.tagName === 'table') out.push(wordTable(child, rng));
    else if (/^(p|h[1-6])$/.test(child.tagName)) {
      const style = child.tagName.startsWith('h') ? '<w:pStyle w:val="Heading1"/><w:jc w:val="center"/>' : '';
      for (const line of textOf(child).split('\n')) if (line.trim()) out.push(paragraph(line.trim(), rng, style));
    } else if (child.tagName === 'script' || child.tagName === 'style') continue;
    else bodyOf(child, rng, out);
  }
}

/** The report of `page` as a Word document filled in from the blank template. */
export function templateDocx(page: ReportPage): Uint8Array {
  const rng = mulberry32(page.seed * 31 + 7);
  const blocks: string[] = [];
  bodyOf(parse(page.html), rng, blocks);
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${blocks.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(document),
  });
}
