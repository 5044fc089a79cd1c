// PDF text in aligned columns (pdftotext -layout): a row is read where the format's label is spelled
// by the words of its line and the lines around it, and its numbers are exactly its columns (or
// fewer, placed by the full rows of its page); anything else stays unread, never read as another
// number. On the real tool's text of LibreOffice and Chromium PDFs: no wrong cell.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { checkReport, modelCells, modelValues, parseReport } from '../../../server/src/core';
import { ReportParser } from '../../../server/src/core/parse/parseReport';
import { layoutColumns } from '../../../server/src/core/parse/renderings/layoutColumns';
import { splitLines } from '../../../server/src/core/parse/renderings/lines';
import { fixtures, score, TOOLS, wordFixtures } from '../../accuracy/matrix';
import { closeBrowser } from '../../support/browser';

after(() => closeBrowser());

/** A table line: the label in a column 40 wide, then the numbers (or '' for a blank) in columns 7 wide, right-aligned. */
const line = (label: string, cells: Array<number | ''>) => label.padEnd(40, ' ') + cells.map((c) => String(c).padStart(7, ' ')).join('');

/** The second piece of numbers wrapped in their cells (`line` puts three digits at a cell's column 4): starting at the same column. */
const under = (label: string, cells: Array<number | ''>) => label.padEnd(40, ' ') + cells.map((c) => String(c).padStart(5, ' ').padEnd(7, ' ')).join('');

const HEAD = ['某某区人民政府', '2023年政府信息公开工作年度报告', '一、总体情况', '本机关认真贯彻落实条例。', '二、主动公开政府信息情况'];

function report(applications: string[], appeals: number[] = [0, 1, 0, 0, 1, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0]): string {
  return [
    ...HEAD,
    '第二十条第（一）项',
    line('信息内容', []) + '  本年制发件数    本年废止件数    现行有效件数',
    line('规章', [3, 0, 12]),
    '第二十条第（六）项',
    line('信息内容', []) + '  本年处理决定数量',
    line('行政处罚', [7]),
    line('行政强制', [3]),
    '',
    '三、收到和处理政府信息公开申请情况',
    '                                          申请人情况',
    '                         自然人    商业企业    科研机构    社会公益组织    法律服务机构    其他    总计',
    ...applications,
    '- 2 -',
    '\f四、政府信息公开行政复议、行政诉讼情况',
    '   行政复议                  行政诉讼',
    ' 结果维持  结果纠正  其他结果  尚未审结  总计',
    '',
    appeals.map((n) => String(n).padStart(5, ' ')).join(''),
    '',
    '五、存在的主要问题及改进情况',
    '无。',
    '六、其他需要报告的事项',
    '无。',
    '\f',
  ].join('\n');
}

const cellsOf = (text: string) => new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));
const row = (cells: Map<string, { value: unknown; status: string }>, id: string) =>
  ['natural-person', 'commercial', 'research', 'social-welfare', 'legal-services', 'other-entity', 'total'].map((c) => {
    const cell = cells.get(`applications.${id}.${c}`);
    return cell?.status === 'ok' ? cell.value : cell?.status ?? 'absent';
  });

test('rows read by their labels, wrapped above and below their numbers, group labels beside them left out', () => {
  const text = report([
    line('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8]),
    '',
    line('二、上年结转政府信息', [1, 0, 0, 0, 0, 0, 1]),
    '    公开申请数量',
    '',
    '三、本年   （一）予以公开',
    line('度办理', [3, 1, 0, 0, 0, 1, 5]),
    '结果',
    '',
    '        （二）部分公开（区分处理',
    line('        的，只计这一情形，不计', [1, 0, 0, 0, 0, 0, 1]),
    '        其他情形）',
  ]);
  assert.ok(layoutColumns.mayOccur(text));
  const cells = cellsOf(text);
  assert.equal(cells.get('proactive.regulations.in-force')?.value, 12);
  assert.equal(cells.get('proactive.penalties.decisions')?.value, 7);
  assert.equal(cells.get('proactive.coercion.decisions')?.value, 3);
  assert.deepEqual(row(cells, 'new'), [5, 1, 0, 0, 0, 2, 8]);
  assert.deepEqual(row(cells, 'carried-over'), [1, 0, 0, 0, 0, 0, 1]);
  assert.deepEqual(row(cells, 'granted'), [3, 1, 0, 0, 0, 1, 5]);
  assert.deepEqual(row(cells, 'partially-granted'), [1, 0, 0, 0, 0, 0, 1]);
  assert.equal(cells.get('appeals.cases.review-total')?.value, 1);
  assert.equal(cells.get('appeals.cases.direct-total')?.value, 2);
  // Text that is not plain (an `&`, a `<`): still read whole, not section by section.
  assert.deepEqual(modelValues(parseReport(text.replace('本机关认真贯彻落实条例。', '本机关R&D <b>条例。'))), modelValues(parseReport(text)));
});

test('a row with blanks is placed by the full rows of its page; a row that breaks its relation, or whose places are in doubt, is not read', () => {
  const text = report([
    line('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8]),
    line('二、上年结转政府信息公开申请数量', [1, '', 0, 0, '', 0, 1]),
    line('（一）予以公开', [3, 1, 0, 0, 0, 1, 9]), // 3 + 1 + 1 ≠ 9
    // Five numbers each about halfway between two columns (the total in its place): no place is sure.
    line('1.属于国家秘密', []) + '   ' + [1, 0, 0, 0, 0].map((n) => String(n).padStart(7, ' ')).join('') + '1'.padStart(11, ' '),
  ]);
  const cells = cellsOf(text);
  assert.deepEqual(row(cells, 'new'), [5, 1, 0, 0, 0, 2, 8]);
  assert.deepEqual(row(cells, 'carried-over'), [1, 'empty', 0, 0, 'empty', 0, 1]);
  // A row left unplaced may still give its total (its last number, the sum of the others): layoutColumnsUnread.ts.
  for (const id of ['granted', 'denied-state-secret']) {
    for (const v of row(cells, id).slice(0, -1)) assert.ok(typeof v !== 'number', `${id}: ${v}`);
  }
});

test('full rows that disagree on the columns (a long label pushes its numbers left) place no row with blanks', () => {
  // The second full row five columns left of the first: its columns run into the first's next ones.
  const shifted = (label: string, cells: Array<number | ''>) => line(label, cells).replace(/^(\S+) {5}/, '$1');
  const text = report([
    line('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8]),
    shifted('二、上年结转政府信息公开申请数量', [1, 2, 0, 0, 0, 0, 3]),
    shifted('（一）予以公开', [3, '', 0, 0, '', 1, 4]),
  ]);
  const cells = cellsOf(text);
  assert.deepEqual(row(cells, 'new'), [5, 1, 0, 0, 0, 2, 8]);
  assert.deepEqual(row(cells, 'carried-over'), [1, 2, 0, 0, 0, 0, 3]);
  // A row left unplaced may still give its total (its last number, the sum of the others): layoutColumnsUnread.ts.
  for (const v of row(cells, 'granted').slice(0, -1)) assert.ok(typeof v !== 'number', `granted: ${v}`);
  assert.equal(row(cells, 'granted')[6], 4);
});

test('a 表二 row spread over lines (no sum to vouch for it): read only where every line with numbers of its group is read', () => {
  const base = report([line('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8])]);
  const spread = ['', '', place([8, '规章'], [44, 0]), place([16, 3], [56, 12])].join('\n');
  const regulations = (text: string) => ['issued', 'repealed', 'in-force'].map((c) => cellsOf(text).get(`proactive.regulations.${c}`)?.value);
  assert.deepEqual(regulations(base.replace('\n' + line('规章', [3, 0, 12]), spread)), [3, 0, 12]);
  // A line of numbers no row reads in the group: one of them may be 规章's.
  const stray = regulations(base.replace('\n' + line('规章', [3, 0, 12]), spread + '\n\n' + place([30, 5])));
  assert.ok(stray.every((v) => typeof v !== 'number'), String(stray));
});

test('表四 with its numbers on two lines (centred cells of two heights): read left to right where their order is sure and its totals hold', () => {
  // review 0 0 4 0 | 4, direct 0 48 0 4 | 52, after review 0 0 0 5 | 5: the taller cells' numbers one line below.
  const two = [place([1, 0], [7, 0], [13, 4], [27, 0], [46, 0], [62, 52], [82, 0], [100, 5]), place([17, 0], [21, 4], [31, 48], [54, 4], [71, 0], [88, 0], [105, 5])];
  const base = report([line('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8])]);
  const appealsLine = [0, 1, 0, 0, 1, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0].map((n) => String(n).padStart(5, ' ')).join('');
  const cells = cellsOf(base.replace(appealsLine, two.join('\n')));
  const appeals = ['review-upheld', 'review-corrected', 'review-other', 'review-pending', 'review-total', 'direct-upheld', 'direct-corrected', 'direct-other', 'direct-pending', 'direct-total'];
  assert.deepEqual(
    appeals.map((c) => cells.get(`appeals.cases.${c}`)?.value),
    [0, 0, 4, 0, 4, 0, 48, 0, 4, 52],
  );
  assert.equal(cells.get('appeals.cases.after-review-total')?.value, 5);
  // A number of the second line under one of the first (a wrapped piece, or an order not sure): not read.
  const doubtful = cellsOf(base.replace(appealsLine, [two[0], two[1]!.replace(/^ {17}0/, '0'.padStart(14, ' ') + '   ')].join('\n')));
  assert.notEqual(doubtful.get('appeals.cases.review-total')?.status, 'ok');
});

test('numbers wrapped in narrow cells: the piece above and the piece below the middle line, at one column, are one number', () => {
  const text = report([
    line('一、本年新收政府信息', ['', '', '', 458, '', 151, 632]),
    line('', [0, 0, 0, '', 214, '', '']),
    under('  公开申请数量', ['', '', '', 9, '', 8, 1]),
    '',
    // The run does not stand alone (numbers on the line after it): not joined, not read.
    line('二、上年结转政府信息', ['', '', '', 290, '', '', 290]),
    line('', [0, 0, 0, '', 0, 0, '']),
    under('  公开申请数量', ['', '', '', 4, '', '', 4]),
    line('', [1]),
    '',
    line('（一）予以公开', [3, 1, 0, 0, 0, 1, 5]),
  ]);
  const cells = cellsOf(text);
  assert.deepEqual(row(cells, 'new'), [0, 0, 0, 4589, 214, 1518, 6321]);
  assert.deepEqual(row(cells, 'granted'), [3, 1, 0, 0, 0, 1, 5]);
  for (const v of row(cells, 'carried-over')) assert.ok(typeof v !== 'number', `carried-over: ${v}`);
});

test('a number wrapped below its line (top-aligned cells) is never read as a row of its own, nor its line as the whole row', () => {
  const text = report([line('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8]), line('（一）予以公开', [3, 1, 0, 0, 0, 1, 5])]).replace(
    line('规章', [3, 0, 12]),
    [line('规章', [3, 0, 12]), '', line('行政', [2, 0, 12]), line('规范', ['', '', 5]).replace(/ 5$/, '5 '), '性文件'].join('\n'),
  );
  const cells = cellsOf(text);
  assert.equal(cells.get('proactive.regulations.in-force')?.value, 12);
  // Neither `5` as the row (规范性文件 below) nor `2 0 12` as it: the piece below joined (its line
  // the rest of the row's own label, layoutColumnsLabelAround.test.ts).
  assert.deepEqual(['issued', 'repealed', 'in-force'].map((c) => cells.get(`proactive.normative-documents.${c}`)?.value), [2, 0, 125]);
});

test('a number wrapped below its top-aligned cell is joined where the row relation vouches for it', () => {
  const text = report([
    line('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8]),
    '',
    line('    4.无正当', [561, 0, 0, 0, 0, 0, 56]),
    // The rest of 561 under the 56 of the total column (it ends at column 89).
    '    理由大量'.padEnd(87, ' ') + '1',
    '    反复申请',
    '',
    line('（一）予以公开', [3, 1, 0, 0, 0, 1, 5]),
  ]);
  const cells = cellsOf(text);
  assert.deepEqual(row(cells, 'rejected-excessive'), [561, 0, 0, 0, 0, 0, 561]);
});

test('text lines between two rows of numbers: a label the next row spells alone is the next row\'s', () => {
  const text = report([
    line('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8]),
    line('5.要', [0, 0, 0, 0, 1, 0, 1]),
    '    求行政机关确认或重新出具已获取信息',
    // Words of both: the next row's label (its alias ends here) opens below this row's.
    '（六） 1.申请人无正当理由逾期不补正、',
    line('其他处理 行政机关不再处', [6, 8, 0, 0, 2, 0, 16]),
    '    理其政府信息公开申请',
  ]);
  const cells = cellsOf(text);
  assert.deepEqual(row(cells, 'rejected-confirmation'), [0, 0, 0, 0, 1, 0, 1]);
  assert.deepEqual(row(cells, 'other-no-correction'), [6, 8, 0, 0, 2, 0, 16]);
});

/** A line of words and numbers each starting at its column (a CJK character one column, as pdftotext -layout counts). */
const place = (...parts: Array<[number, string | number]>) => parts.reduce<string>((s, [at, t]) => s.padEnd(at, ' ') + String(t), '');

test('a row whose numbers the PDF spread over the lines of its block (centred cells): read in column order where its label, the order and its sum leave no doubt', () => {
  const text = report([
    line('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8]),
    '',
    // One row over three lines, its group label's pieces beside: 2 0 1 0 0 0 3.
    place([11, '1.属于国家'], [30, 2], [62, 0]),
    place([3, '（三）'], [11, '秘密'], [38, 0], [46, 1], [54, 0], [70, 0], [78, 3]),
    place([3, '不予公开']),
    '',
    // Two rows in one block, each over two lines: one cutting reads it.
    place([11, '2.其他法律行政'], [30, 7], [78, 9]),
    place([11, '法规禁止公开'], [38, 2], [46, 0], [54, 0], [62, 0], [70, 0]),
    place([11, '3.危及“三安全'], [30, 1], [54, 0]),
    place([11, '一稳定”'], [38, 0], [46, 0], [62, 0], [70, 5], [78, 6]),
    '',
    // Two numbers of different lines side by side (spans touching): their order is in doubt.
    place([11, '4.保护第三方'], [30, 1], [62, 0]),
    place([11, '合法权益'], [31, 0], [46, 0], [54, 0], [70, 0], [78, 1]),
    '',
    // A piece of the next row's label in the block: its numbers may be that row's.
    place([11, '5.属于三类内部'], [30, 4], [62, 0]),
    place([11, '事务信息'], [38, 0], [46, 0], [54, 0], [70, 0], [78, 4]),
    place([11, '6.属于']),
    '',
    line('（一）予以公开', [3, 1, 0, 0, 0, 1, 5]),
  ]);
  const cells = cellsOf(text);
  assert.deepEqual(row(cells, 'new'), [5, 1, 0, 0, 0, 2, 8]);
  assert.deepEqual(row(cells, 'denied-state-secret'), [2, 0, 1, 0, 0, 0, 3]);
  assert.deepEqual(row(cells, 'denied-prohibited-by-law'), [7, 2, 0, 0, 0, 0, 9]);
  assert.deepEqual(row(cells, 'denied-security-stability'), [1, 0, 0, 0, 0, 5, 6]);
  for (const id of ['denied-third-party', 'denied-internal-affairs']) {
    for (const v of row(cells, id).slice(0, -1)) assert.ok(typeof v !== 'number', `${id}: ${v}`);
  }
  // Its numbers' order in doubt, the row's total is still its largest number, the sum of the others
  // (layoutColumnsBlocks.ts readBlockTotals); not where another row's label piece is in the block.
  assert.equal(row(cells, 'denied-third-party')[6], 1);
  assert.notEqual(row(cells, 'denied-internal-affairs')[6], 4);
  // Without the row sum holding: not read.
  const broken = cellsOf(text.replace(place([11, '一稳定”'], [38, 0], [46, 0], [62, 0], [70, 5], [78, 6]), place([11, '一稳定”'], [38, 0], [46, 0], [62, 0], [70, 5], [78, 7])));
  for (const v of row(broken, 'denied-security-stability')) assert.ok(typeof v !== 'number', `denied-security-stability: ${v}`);
});

test('not claimed: text without form feeds; raw pdftotext text (no aligned columns)', () => {
  const text = report([line('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8])]);
  assert.equal(layoutColumns.mayOccur(text.replace(/\f/g, '')), false);
  const raw = text.replace(/ {2,}/g, '\n');
  assert.deepEqual(layoutColumns.read(raw, splitLines(raw)), []);
});

test('an edit inside the region reads as the edited text parsed afresh (PDF text is parsed whole)', () => {
  const narrative = '本机关认真贯彻落实条例，扎实推进政府信息公开工作。'.repeat(2500);
  const text = report([line('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8]), line('（一）予以公开', [3, 1, 0, 0, 0, 1, 5])]).replace(
    '本机关认真贯彻落实条例。',
    narrative,
  );
  const parser = new ReportParser();
  parser.parse(text);
  const at = text.lastIndexOf('      5');
  const edited = parser.applyChanges([{ start: at + 6, end: at + 7, text: '6' }]);
  const fresh = parseReport(text.slice(0, at + 6) + '6' + text.slice(at + 7));
  assert.deepEqual(modelValues(edited), modelValues(fresh));
  assert.notEqual(modelValues(fresh)['applications.granted.total'], 5);
});

test('LibreOffice and Chromium PDFs through pdftotext -layout: no cell read as another number, our pages and Word/WPS/CMS pages', async () => {
  for (const tool of ['LibreOffice PDF pdftotext -layout', 'chromium PDF pdftotext -layout']) {
    const ours = await score(tool, fixtures(2));
    assert.equal(ours.wrong, 0, ours.failures.join('\n'));
    assert.equal(ours.reproduced, ours.cells - ours.ambiguous, `${tool}: every cell of our pages\n${ours.failures.slice(0, 10).join('\n')}`);
    const word = await score(tool, wordFixtures(1));
    assert.equal(word.wrong, 0, word.failures.filter((f) => / read as ok /.test(f)).join('\n'));
    assert.ok(word.reproduced > 0);
  }
});

test('rows -layout text leaves unread are one table-unreadable per table, not a row-missing and cell-missing each', async () => {
  // A Word page (2019 seed 1): in Chromium's PDF, 结转下年度继续办理's numbers stand right of
  // 总计's, the one full row of their page; moved further right, nothing places them.
  const page = wordFixtures(1).find((f) => f.name.includes('2019 seed 1'));
  assert.ok(page, 'the Word page of the matrix');
  const lines = (await TOOLS['chromium PDF pdftotext -layout']!(page.html)).split('\n');
  const at = lines.findIndex((l) => l.includes('结转下年度')) + 1;
  const text = [...lines.slice(0, at), '        ' + lines[at], ...lines.slice(at + 1)].join('\n');
  const findings = checkReport(parseReport(text), text);
  const unreadable = findings.filter((f) => f.code === 'table-unreadable');
  assert.ok(unreadable.length > 0, 'the unread rows are named');
  for (const f of unreadable) assert.equal((f.data as { text?: string }).text, 'layout');
  assert.ok(/错落在几行上|scattered/.test(unreadable[0]!.message), unreadable[0]!.message);
  const applications = unreadable.find((f) => (f.data as { table: string }).table === 'applications');
  assert.ok(applications, '表三 has rows left unread');
  const inApplications = (data: unknown) => {
    const d = data as { table?: string; key?: string };
    return d.table === 'applications' || (d.key?.startsWith('applications.') ?? false);
  };
  const cascade = findings.filter((f) => (f.code === 'cell-missing' || f.code === 'row-missing') && inApplications(f.data));
  assert.deepEqual(cascade.map((f) => f.message), [], 'no cell-missing or row-missing in 表三 beside the one finding');
});

test('a row holding all its numbers on the last line of a page is read though the next page opens with numbers of a row scattered over lines', () => {
  // LibreOffice's PDF of a CMS page (the matrix's word 2021 seed 1): 3.要求提供公开出版物 ends page 1,
  // 4.无正当理由大量反复申请's numbers open page 2 on two lines.
  const snippet = [
    "      理      2.重复申请     0                                           0",
    "                                  0          7        0                  0        7",
    "",
    "         3.要求提供公开出版物         0    0              0    0            123       0    123",
    "\f                4.无正当理由大量反复申             0        0                    0",
    "                                                           476             0           0        476",
    "                请",
  ];
  const pageBreak = snippet.findIndex((l) => l.includes('\f'));
  assert.ok(pageBreak > 0, 'the snippet spans a page break');
  // The scattered row's sum broken (476 → 477 in its 总计): it is read by no one.
  const broken = snippet.map((l) => l.replace(/476$/, '477'));
  assert.notDeepEqual(broken, snippet);
  const split = cellsOf(report(broken));
  assert.deepEqual(row(split, 'rejected-publication'), [0, 0, 0, 0, 123, 0, 123]);
  assert.ok(row(split, 'rejected-excessive').every((v) => typeof v !== 'number'));
  // On one page, the lines below may hold its numbers: unread.
  const onePage = cellsOf(report(broken.map((l) => l.replace('\f', ''))));
  assert.ok(row(onePage, 'rejected-publication').every((v) => typeof v !== 'number'), JSON.stringify(row(onePage, 'rejected-publication')));
});

test('a block of rows whose last label goes on at the next page\u2019s top is read with those lines', () => {
  // LibreOffice's PDF of a CMS page (the matrix's word 2019 seed 3): each row's numbers on two
  // lines; （四）1.本机关不掌握相关政府信息 ends page 1, 政府信息 opens page 2.
  const snippet = [
    "",
    "           6.属于四类过程性信                               0                  4            741",
    "                       667        0                     70                  0",
    "           息",
    "            7.属于行政执法案卷                 10                                               10",
    "                       0                       0        0         0         0",
    "                             0         0                               0",
    "           8.属于行政查询事项                          3        0                   0       3",
    "     （四） 1.本机关不掌握相关 0                  0            0        0    0             0   0",
    "\f                 政府信息",
    "           无法提",
    "               2.没有现成信息需要                56                                                 0                56",
    "            供                                     0           0            0                     0",
    "               另行制作",
  ];
  const cells = cellsOf(report(snippet));
  assert.deepEqual(row(cells, 'denied-process-information'), [667, 0, 0, 70, 4, 0, 741]);
  assert.deepEqual(row(cells, 'denied-query-matters'), [0, 0, 3, 0, 0, 0, 3]);
  assert.deepEqual(row(cells, 'unavailable-not-held'), [0, 0, 0, 0, 0, 0, 0]);
  // The label's end gone from the next page: the block spells no row there, nothing read.
  const cut = cellsOf(report(snippet.filter((l) => !l.includes('政府信息'))));
  for (const id of ['denied-process-information', 'denied-query-matters']) assert.ok(row(cut, id).every((v) => typeof v !== 'number'), id);
});

test('表二 rows scattered over lines right under their group\u2019s headers (no blank line between) are read, the headers no other row\u2019s label', () => {
  // LibreOffice's PDF of a CMS page (the matrix's word 2019 seed 3).
  const snippet = [
    "第二十条第（一）项",
    "                    本年新制作数量        本年新公开数量        对外公开总数量",
    "信息内容",
    "        规章                            0",
    "                0                            10",
    "                       0              0",
    "规范性文件                                        7",
  ];
  const text = (group: string[]) =>
    [...HEAD, ...group, '', '三、收到和处理政府信息公开申请情况', '', '\f四、政府信息公开行政复议、行政诉讼情况', '', '五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '无。', '\f'].join('\n');
  const proactive = (group: string[], id: string) => {
    const cells = cellsOf(text(group));
    return ['made', 'published', 'total-published'].map((c) => {
      const cell = cells.get(`proactive.${id}.${c}`);
      return cell?.status === 'ok' ? cell.value : (cell?.status ?? 'absent');
    });
  };
  assert.deepEqual(proactive(snippet, 'regulations'), [0, 0, 10]);
  assert.deepEqual(proactive(snippet, 'normative-documents'), [0, 0, 7]);
  // A word there that is no header nor label: another row's may be among them, nothing read.
  const stray = snippet.map((l) => (l.startsWith('信息内容') ? `${l}    备注` : l));
  assert.notDeepEqual(stray, snippet);
  assert.ok(proactive(stray, 'regulations').every((v) => typeof v !== 'number'), JSON.stringify(proactive(stray, 'regulations')));
});

test('a 表二 group with no number at all between its caption and the next is read blank where its lines spell its rows', () => {
  // LibreOffice's PDF of a WPS page leaving zeros blank (the matrix's word 2021 seed 3): 行政许可's
  // group, put before 第二十条第（六）项 of a report laid out as -layout text.
  const group = [
    " 第二十条第（五）项",
    "",
    "信息     本年处理决定数",
    "内容        量",
    "\f行政",
    "许可",
    "",
  ];
  const text = (lines: string[]) => report([line('三、本年度办理结果（一）予以公开', [1, 0, 0, 0, 0, 0, 1])]).replace('第二十条第（六）项', `${lines.join('\n')}\n第二十条第（六）项`);
  const decisions = (lines: string[], id: string) => {
    const cell = cellsOf(text(lines)).get(`proactive.${id}.decisions`);
    return cell?.status === 'ok' ? cell.value : (cell?.status ?? 'absent');
  };
  // Read, its cell blank.
  assert.equal(decisions(group, 'licensing'), 'empty');
  assert.equal(decisions(group, 'penalties'), 7);
  // A number among its lines that no row takes (its own, set apart from its label): not read blank.
  const numbered = [...group, '', '        7'];
  assert.ok(decisions(numbered, 'licensing') !== 'empty' && decisions(numbered, 'licensing') !== 7, String(decisions(numbered, 'licensing')));
});

test('a blank 表二 group whose caption wraps (第二十条第（九） / 项) is read blank too', async () => {
  // Chromium's PDF of a Word page (the matrix's word 2019 seed 1): 政府集中采购, both cells blank.
  const page = wordFixtures(1).find((f) => f.name.includes('2019 seed 1'));
  assert.ok(page, 'the Word page of the matrix');
  const text = await TOOLS['chromium PDF pdftotext -layout']!(page.html);
  assert.match(text, /第二十条第（九）\n {20,}项\n/);
  const status = (t: string) => ['projects', 'amount'].map((c) => cellsOf(t).get(`proactive.procurement.${c}`)?.status);
  assert.deepEqual(status(text), ['empty', 'empty']);
  // The caption's second line gone: which lines are the group's is not known, nothing read.
  assert.notDeepEqual(status(text.replace(/(第二十条第（九）)\n {20,}项\n/, '$1\n')), ['empty', 'empty']);
});

/** 表四 as pdftotext -layout gave it for LibreOffice's PDF of a Word page (the matrix's word 2021 seed 5): 361 wrapped over the page break, `36` / `1`. */
const APPEALS_OVER_PAGE = [
  "",
  "     行政复议                                                 行政诉讼",
  "",
  "                                 未经复议直接起诉                                复议后起诉",
  "结    结   其       尚",
  "果    果   他       未     总   结         结    其      尚                   结   结    其   尚",
  "维    纠   结       审     计   果         果    他      未         总         果   果    他   未         总",
  "持    正   果       结         维         纠    结      审         计         维   纠    结   审         计",
  "                           持         正    果      结                   持   正    果   结",
  "",
  "3    0       0    0    3   36        83          0         444                4   0         4",
  "\f             1",
];

test('表四: a number wrapped over a page break is joined where exactly one join makes the row\'s totals hold', () => {
  const withAppeals = (appeals: string[]) =>
    report([line('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8]), line('（一）予以公开', [3, 1, 0, 0, 0, 1, 5])]).replace(
      /(四、政府信息公开行政复议、行政诉讼情况\n)[^]*?(\n五、)/,
      (_, head: string, tail: string) => head + appeals.join('\n') + '\n' + tail,
    );
  const cells = cellsOf(withAppeals(APPEALS_OVER_PAGE));
  const appeals = ['review-upheld', 'review-corrected', 'review-other', 'review-pending', 'review-total', 'direct-upheld', 'direct-corrected', 'direct-other', 'direct-pending', 'direct-total', 'after-review-upheld', 'after-review-corrected', 'after-review-other', 'after-review-pending', 'after-review-total'];
  const read = (c: Map<string, { value: unknown; status: string }>) => appeals.map((id) => {
    const cell = c.get(`appeals.cases.${id}`);
    return cell?.status === 'ok' ? cell.value : cell?.status ?? 'absent';
  });
  assert.deepEqual(read(cells), [3, 0, 0, 0, 3, 361, 83, 'empty', 0, 444, 'empty', 'empty', 4, 0, 4]);
  // A piece no join makes hold (the total 445): nothing read.
  const unsure = read(cellsOf(withAppeals(APPEALS_OVER_PAGE.map((l) => l.replace(' 444 ', ' 445 ')))));
  assert.ok(unsure.every((v) => typeof v !== 'number'), String(unsure));
});

/** 表四 as pdftotext -layout gave it for Chromium's PDF of a CMS page (the matrix's word 2019 seed 6): 14276 and 24 run together. */
const APPEALS_RUN_TOGETHER = [
  "行政复议                                                                 行政诉讼",
  "",
  "",
  "                                           未经复议直接起诉                                     复议后起诉",
  "结果维 结果纠 其他结 尚未审 总",
  "持   正    果   结  计 结果维 结果纠 其他结 尚未审    结果维 结果纠 其他结 尚未审 总",
  "                                  总计",
  "                  持    正   果   结      持   正   果   结 计",
  "",
  "",
  "0        73   77      0    150   14230 0       46           0        1427624            0       0       37          61",
];

test('表四: two numbers run together are cut where exactly one cut makes the row\'s totals hold', () => {
  const withAppeals = (appeals: string[]) =>
    report([line('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 2, 8]), line('（一）予以公开', [3, 1, 0, 0, 0, 1, 5])]).replace(
      /(四、政府信息公开行政复议、行政诉讼情况\n)[^]*?(\n五、)/,
      (_, head: string, tail: string) => head + appeals.join('\n') + '\n' + tail,
    );
  const ids = ['review-upheld', 'review-corrected', 'review-other', 'review-pending', 'review-total', 'direct-upheld', 'direct-corrected', 'direct-other', 'direct-pending', 'direct-total', 'after-review-upheld', 'after-review-corrected', 'after-review-other', 'after-review-pending', 'after-review-total'];
  const read = (text: string) => {
    const c = cellsOf(text);
    return ids.map((id) => {
      const cell = c.get(`appeals.cases.${id}`);
      return cell?.status === 'ok' ? cell.value : cell?.status ?? 'absent';
    });
  };
  assert.deepEqual(read(withAppeals(APPEALS_RUN_TOGETHER)), [0, 73, 77, 0, 150, 14230, 0, 46, 0, 14276, 24, 0, 0, 37, 61]);
  // No cut makes the totals hold (the last total 62): nothing read.
  const unsure = read(withAppeals(APPEALS_RUN_TOGETHER.map((l) => l.replace(/61$/, '62'))));
  assert.ok(unsure.every((v) => typeof v !== 'number'), String(unsure));
});
