// Section headings, title, year, body and date (docs/report-format.md §2, §5).
import assert from 'node:assert/strict';
import test from 'node:test';
import { decodeReportBytes, parseReport } from '../../../server/src/core';

const sections = (text: string) => parseReport(text).sections.map((s) => [s.numeral, s.id, s.match]);

test('official headings at a line start, after bookmark debris, and with other separators', () => {
  const text = '某局2021年政府信息公开工作年度报告\n[bookmark: _GoBack]一、总体情况\n略。\n  二. 主动公开政府信息情况\n三，收到和处理政府信息公开申请情况\n';
  assert.deepEqual(sections(text), [
    [1, 'overview', 'official'],
    [2, 'proactive', 'official'],
    [3, 'applications', 'official'],
  ]);
});

test('headings run into the text of a copied web page are found mid-line', () => {
  const text = '某局2021年政府信息公开工作年度报告一、总体情况2021年，我局认真贯彻……四、因政府信息公开工作被申请行政复议、提起行政诉讼情况无。';
  assert.deepEqual(sections(text), [
    [1, 'overview', 'official'],
    [4, 'appeals', 'variant'],
  ]);
});

test('表三 row labels and lists inside a section are not headings', () => {
  const text = [
    '三、收到和处理政府信息公开申请情况',
    '一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1',
    '三、本年度办理结果\t（一）予以公开\t1\t0\t0\t0\t0\t0\t1',
    '四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0',
    '五、存在的主要问题及改进情况',
    '一、认识不到位',
    '二、人员不足',
    '六、其他需要报告的事项',
  ].join('\n');
  assert.deepEqual(sections(text), [
    [3, 'applications', 'official'],
    [5, 'problems', 'official'],
    [6, 'other', 'official'],
  ]);
});

test('reworded headings are known by their words; 第X部分 and 1、 numbering', () => {
  assert.deepEqual(sections('第一部分 总体情况\n略\n第二部分 主动公开政府信息情况\n五、存在问题与不足\n六、下一步工作计划\n'), [
    [1, 'overview', 'official'],
    [2, 'proactive', 'official'],
    [5, 'problems', 'reworded'],
    [6, 'problems', 'reworded'],
  ]);
  assert.deepEqual(sections('1、总体情况\n2、主动公开政府信息情况\n1、加强学习\n'), [
    [1, 'overview', 'official'],
    [2, 'proactive', 'official'],
  ]);
});

test('title, body and year in the forms reports use', () => {
  const a = parseReport('满洲里市应急管理局\n2020年政府信息公开工作年度报告\n一、总体情况\n').metadata;
  assert.deepEqual([a.bodyName, a.titleYear], ['满洲里市应急管理局', 2020]);
  const b = parseReport('海东市应急管理局 2021 年政府信息公开工作年度报告\n一、总体情况\n').metadata;
  assert.deepEqual([b.bodyName, b.titleYear], ['海东市应急管理局', 2021]);
  const c = parseReport('某某县人民政府二〇二二年度政府信息公开工作年度报告\n一、总体情况\n').metadata;
  assert.deepEqual([c.bodyName, c.titleYear], ['某某县人民政府', 2022]);
  const d = parseReport('某某局XXXX年政府信息公开工作年度报告\n一、总体情况\n').metadata;
  assert.equal(d.unfilledYear, true);
  assert.equal(d.titleYear, undefined);
  // A web page's source line break inside a word, shown as a space by a text browser.
  const e = parseReport('哈尔滨市道里区卫生健康局2024年政 府信息公开工作年度报 告\n一、总体情况\n').metadata;
  assert.deepEqual([e.bodyName, e.titleYear], ['哈尔滨市道里区卫生健康局', 2024]);
});

test("title, body and signature date wrapped in inline markup (pandoc's Markdown of a Word page keeps its <span>s)", () => {
  const style = '<span style="font-size:22.0pt;font-family:方正小标宋简体">';
  const m = parseReport(
    `${style}苏州市吴中区人民政府办公室2020年政府信息公开工作年度报告</span>\n\n一、总体情况\n\n六、其他需要报告的事项\n\n无。\n\n` +
      '<span style="font-size:16.0pt;font-family:仿宋_GB2312">苏州市吴中区人民政府办公室</span>\n\n<span style="font-size:16.0pt;font-family:仿宋_GB2312">2021年2月13日</span>\n',
  ).metadata;
  assert.equal(m.bodyName, '苏州市吴中区人民政府办公室', 'the title match starts inside the long tag: its tail is no part of the name');
  assert.equal(m.titleYear, 2020);
  assert.equal(m.publicationDate, '2021-02-13', 'a date alone on its line but for its tags is the signature');
  // A date in a line of text is still no signature, tags or not.
  const n = parseReport('某局2020年政府信息公开工作年度报告\n一、总体情况\n六、其他需要报告的事项\n<span>我们于2021年1月27日召开了政务公开工作会议，研究部署了下一年度的工作。</span>\n').metadata;
  assert.equal(n.publicationDate, undefined);
});

test('statistics period and publication date', () => {
  const m = parseReport('本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n一、总体情况\n略\n六、其他需要报告的事项\n无。\n\n某某局\n二〇二一年一月二十七日\n');
  assert.equal(m.metadata.periodYear, 2020);
  assert.equal(m.year, 2020);
  assert.equal(m.metadata.publicationDate, '2021-01-27');
  const n = parseReport('某局2020年政府信息公开工作年度报告\n一、总体情况\n六、其他需要报告的事项\n无。\n2021年1月27日        \n');
  assert.equal(n.metadata.publicationDate, '2021-01-27');
});

test('decoding: UTF-8 with BOM, GB18030, UTF-16 with BOM; binary is refused', () => {
  const text = '二、主动公开政府信息情况';
  const utf8 = decodeReportBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
  assert.deepEqual(utf8.ok && utf8.text, text);
  // GB18030 bytes of 年报 (C4EA B1A8).
  const gbk = decodeReportBytes(Uint8Array.from([0xc4, 0xea, 0xb1, 0xa8]));
  assert.ok(gbk.ok && gbk.encoding === 'gb18030' && gbk.text === '年报');
  const utf16 = decodeReportBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  assert.deepEqual(utf16.ok && utf16.text, text);
  const binary = decodeReportBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]));
  assert.equal(binary.ok, false);
});
