// Hovers through the core: captions, row labels, headers, section headings and number cells,
// on the clean base fixtures (2020 in the 2019 format, 2022 in the 2021 format) and on variants.
import test from 'node:test';
import assert from 'node:assert/strict';
import { parseReport } from '../../../server/src/core';
import { hoverAt } from '../../../server/src/core/hovers';
import { STATUTE } from '../../../server/src/core/hovers/statute';
import type { Locale } from '../../../server/src/core';
import { readFixture, replaceOnce } from '../rules/support';

const BASE_2020 = readFixture('base-2020.txt');
const BASE_2022 = readFixture('base-2022.txt');

/** The hover at `needle` (+ `delta` characters) in `text`. */
function hover(text: string, needle: string, delta = 0, locale: Locale = 'zh') {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `fixture lacks ${needle}`);
  return hoverAt(parseReport(text), text, at + delta, locale);
}

function markdown(text: string, needle: string, delta = 0, locale: Locale = 'zh'): string {
  const result = hover(text, needle, delta, locale);
  assert.ok(result, `no hover at ${needle}+${delta}`);
  return result.markdown;
}

test('statute data: full-width brackets as promulgated, no ASCII item brackets', () => {
  for (const [article, paragraphs] of Object.entries(STATUTE)) {
    for (const p of paragraphs) assert.doesNotMatch(p, /\([一二三四五六七八九十]+\)/, article);
  }
  assert.equal(STATUTE['第二十条']?.length, 16, 'Art. 20: opening sentence and fifteen items');
});

test('caption (2021 format): statutory item, what the format records, what changed since 2019', () => {
  const md = markdown(BASE_2022, '第二十条第（五）项', 2);
  assert.match(md, /（五）办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果；/);
  assert.doesNotMatch(md, /（六）实施行政处罚/, 'only item 5 is quoted');
  assert.match(md, /2021 年格式/);
  assert.match(md, /行：行政许可\n/);
  assert.match(md, /列：本年处理决定数量/);
  assert.match(md, /删去行“其他对外管理服务事项”/);
  assert.match(md, /删去列“上一年项目数量”“本年增\/减”/);
  assert.match(md, /列“处理决定数量”改为“本年处理决定数量”/);
  const range = hover(BASE_2022, '第二十条第（五）项', 2)!.range;
  assert.equal(range.end.character - range.start.character, '第二十条第（五）项'.length);
});

test('caption (2019 format): item 9 is recorded in 2019 and dropped in 2021; item 1 changed its columns', () => {
  const nine = markdown(BASE_2020, '第二十条第（九）项');
  assert.match(nine, /（九）政府集中采购项目的目录、标准及实施情况；/);
  assert.match(nine, /2019 年格式/);
  assert.match(nine, /行：政府集中采购/);
  assert.match(nine, /删去此项/);
  const one = markdown(BASE_2020, '第二十条第（一）项');
  assert.match(one, /（一）行政法规、规章和规范性文件；/);
  assert.match(one, /列：本年新制作数量、本年新公开数量、对外公开总数量/);
  assert.match(one, /行“规范性文件”改为“行政规范性文件”/);
  assert.match(one, /新增列“本年制发件数”“本年废止件数”“现行有效件数”/);
});

test('row labels of 表三: what is counted and the article quoted (only the items named)', () => {
  const secret = markdown(BASE_2022, '1.属于国家秘密', 3);
  assert.match(secret, /表三 · （三）不予公开 1\.属于国家秘密/);
  assert.match(secret, /统计内容/);
  assert.match(secret, /\*\*第十四条\*\* 依法确定为国家秘密的政府信息/);
  const notHeld = markdown(BASE_2022, '1.本机关不掌握相关政府信息', 3);
  assert.match(notHeld, /（四）经检索没有所申请公开信息的/);
  assert.match(notHeld, /（五）所申请公开信息不属于本行政机关负责公开的/);
  assert.doesNotMatch(notHeld, /（一）所申请公开信息已经主动公开的/);
  assert.match(markdown(BASE_2022, '6.属于四类过程性信息', 3), /讨论记录、过程稿、磋商信函、请示报告等过程性信息/);
  assert.match(markdown(BASE_2022, '8.属于行政查询事项', 3), /条例无单独条文/);
  assert.match(markdown(BASE_2022, '4.无正当理由大量反复申请', 3), /\*\*第三十五条\*\*/);
  assert.match(markdown(BASE_2022, '2.申请人逾期未按收费通知', 3), /\*\*第四十二条\*\* 行政机关依申请提供政府信息，不收取费用/);
  assert.match(markdown(BASE_2022, '二、上年结转政府信息公开申请数量', 3), /\*\*第三十三条\*\*/);
});

test('表四: its row is explained through its headers, with Art. 51', () => {
  const md = markdown(BASE_2022, '结果纠正', 1);
  assert.match(md, /表四 · 行政复议 › 结果纠正/);
  assert.match(md, /\*\*第五十一条\*\* 公民、法人或者其他组织认为行政机关在政府信息公开工作中侵犯其合法权益的/);
});

test('表二 row labels rest on their Art. 20 item', () => {
  assert.match(markdown(BASE_2022, '行政处罚\t', 1), /（六）实施行政处罚、行政强制的依据/);
});

test('section headings: what Art. 50 and the format ask', () => {
  const md = markdown(BASE_2022, '三、收到和处理政府信息公开申请情况', 4);
  assert.match(md, /应写的内容/);
  assert.match(md, /条例第五十条第（二）项/);
  assert.match(md, /（二）行政机关收到和处理政府信息公开申请的情况；/);
  const variant = markdown(BASE_2022, '五、政府信息公开工作存在的主要问题及改进情况', 4);
  assert.match(variant, /格式规定的标题：五、存在的主要问题及改进情况/);
  assert.match(variant, /工作考核、社会评议和责任追究结果情况/);
  const other = markdown(BASE_2022, '六、其他需要报告的事项', 2);
  assert.match(other, /信息处理费/);
});

test('number cells: row, column, and every relation through the cell with its sums and ✓', () => {
  const line = '\t（七）总计\t\t18';
  const md = markdown(BASE_2022, line, line.length - 1);
  assert.match(md, /表三 · （七）总计 · 自然人/);
  assert.match(md, /数值：18/);
  assert.match(md, /总计 = 自然人 \+ 商业企业.*：19 = 19（= [^）]+） ✓/);
  assert.match(md, /本年新收 \+ 上年结转 = 办理结果总计 \+ 结转下年度继续办理（“自然人”列）：21（= [^）]+） = 21（= [^）]+） ✓/);
  assert.match(md, /办理结果总计 = （一）至（六）各项之和（“自然人”列）：18 = 18（= [^）]+） ✓/);
  const hovered = hover(BASE_2022, line, line.length - 1)!;
  assert.equal(hovered.range.end.character - hovered.range.start.character, 2);
});

test('number cells: a broken relation shows both sums and the difference; the cursor after a number still hovers it', () => {
  const text = replaceOnce(BASE_2022, '\t（七）总计\t\t18\t', '\t（七）总计\t\t21\t');
  const line = '\t（七）总计\t\t21';
  const md = markdown(text, line, line.length);
  assert.match(md, /数值：21/);
  assert.match(md, /（“（七）总计”行）：19 ≠ 22（= [^）]+），相差 3 ✗/);
  assert.match(md, /各项之和（“自然人”列）：21 ≠ 18（= [^）]+），相差 3 ✗/);
});

test('表四 cells show the group total relation; 表二 count cells take part in none', () => {
  const row = '2\t1\t0\t0\t3\t1';
  const md = markdown(BASE_2022, row, 8);
  assert.match(md, /表四 · 行政复议 总计/);
  assert.match(md, /行政复议：总计 = 结果维持 \+ 结果纠正 \+ 其他结果 \+ 尚未审结：3 = 3（= [^）]+） ✓/);
  assert.match(markdown(BASE_2022, '行政许可\t34', 6), /不参与勾稽关系/);
});

test('empty cells say so, and relations through them cannot be checked', () => {
  const text = replaceOnce(BASE_2022, '（一）予以公开\t\t15\t1\t0', '（一）予以公开\t\t15\t\t0');
  const at = text.indexOf('（一）予以公开\t\t15\t') + '（一）予以公开\t\t15\t'.length;
  const result = hoverAt(parseReport(text), text, at, 'zh');
  assert.ok(result);
  assert.match(result.markdown, /商业企业/);
  assert.match(result.markdown, /空（没有数据时应填 0）/);
  assert.match(result.markdown, /无法核对/);
});

test('amounts: the unit and the text as written', () => {
  const text = replaceOnce(BASE_2022, '行政事业性收费\t0', '行政事业性收费\t4339000.00元');
  const md = markdown(text, '4339000.00元', 2);
  assert.match(md, /数值：433\.9 万元（原文“4339000\.00元”）/);
});

test('English locale: English section headings, Chinese report and statute text', () => {
  const md = markdown(BASE_2022, '1.属于国家秘密', 3, 'en');
  assert.match(md, /Table 3 · （三）不予公开 1\.属于国家秘密/);
  assert.match(md, /\*\*What is counted\*\*/);
  assert.match(md, /\*\*Legal basis\*\*/);
  assert.match(md, /依法确定为国家秘密/);
  const caption = markdown(BASE_2022, '第二十条第（一）项', 1, 'en');
  assert.match(caption, /\*\*The Regulation\*\*/);
  assert.match(caption, /Rows: 规章、行政规范性文件/);
  assert.match(caption, /compared with 2019: rows “规范性文件” renamed “行政规范性文件”|compared with 2019: .*renamed/);
});

test('prose, blank space and unreadable text give no hover', () => {
  assert.equal(hover(BASE_2022, '一是公开内容还不够丰富', 3), null);
  assert.equal(hoverAt(parseReport(''), '', 0), null);
  assert.equal(hoverAt(parseReport(BASE_2022), BASE_2022, BASE_2022.length + 5), null);
});
