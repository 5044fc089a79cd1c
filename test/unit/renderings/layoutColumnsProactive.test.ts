// 表二 of Chromium's PDF of a Word page leaving zeros blank (pdftotext -layout; the matrix's word
// 2021 seed 8): every label and header wrapped a character a line. Its rows read by layoutColumns*:
// a label wrapped around its number beside the next row's (行/政/4/处/罚/行/政/强/制: the number is
// 行政处罚's, the second 行政 spelling 行政强制 below it, layoutColumnsRows.ts `aroundNumbers`); rows
// with blanks under headers whose caption wraps (`第二十条第（一）` / `项`, layoutColumnsUnderHeaders.ts),
// each number starting where its header starts; a group's last row with no number, blank
// (layoutColumnsBlankGroups.ts `readBlankTails`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FORMATS } from '../../../server/src/core/formats';
import { readBlankGroups } from '../../../server/src/core/parse/renderings/layoutColumnsBlankGroups';
import { findRows, layoutLines, readCells } from '../../../server/src/core/parse/renderings/layoutColumnsRows';
import { readUnderHeaders } from '../../../server/src/core/parse/renderings/layoutColumnsUnderHeaders';
import { splitLines } from '../../../server/src/core/parse/renderings/lines';

const PROACTIVE = `               第二十条第（一）
                        项
                  本         本   现
              信   年         年   行
              息   制         废   有
              内   发         止   效
              容   件         件   件
                  数         数   数
              规
                   4            265
              章
              行
              政
              规
              范   823           5
              性
              文
              件
\f    第二十条第
    （五）项
信
息   本年处理决定
内     数量
容
行
政
       98
许
可
    第二十条第
    （六）项
信
息     本年
内   处理决定数量
容
行
政
       4
处
罚
行
政
强
制
    第二十条第
    （八）项
信
     本年收费金
息
     额（单位：
内
      万元）
容
行
政
事
业
性
收
费
`;

const FORMAT = FORMATS['2021'];
const TABLES = FORMAT.tables.filter((t) => t.section === 'proactive');

/** Each row found: its cells' values (null: blank), or 'unread'. */
function read(text: string): Map<string, Array<number | null> | 'unread'> {
  const lines = splitLines(text);
  const tablesOf = () => TABLES;
  const zone = layoutLines(text, lines, 0, lines.length);
  const rows = findRows(text, zone, FORMAT, tablesOf);
  readCells(text, zone, rows, FORMAT.relations);
  readUnderHeaders(text, zone, rows, FORMAT, tablesOf);
  readBlankGroups(text, zone, rows, FORMAT, tablesOf);
  return new Map(rows.map((r) => [r.row.id, r.cells ? r.cells.map((n) => (n ? n.value : null)) : 'unread']));
}

test('the page\u2019s 表二 read whole', () => {
  const rows = read(PROACTIVE);
  assert.deepEqual(rows.get('regulations'), [4, null, 265]);
  assert.deepEqual(rows.get('normative-documents'), [823, null, 5]);
  assert.deepEqual(rows.get('licensing'), [98]);
  assert.deepEqual(rows.get('penalties'), [4]);
  assert.deepEqual(rows.get('coercion'), [null]);
});

test('a label around the number that shares its words with another spelled as closely: neither row', () => {
  // 行/政/4/处/罚/强/制: 行政强制 can only take the 行政 above the number too.
  const rows = read(PROACTIVE.replace(/\n行\n政\n强\n制\n/, '\n强\n制\n'));
  assert.notDeepEqual(rows.get('penalties'), [4]);
  assert.notDeepEqual(rows.get('coercion'), [4]);
});

test('a number starting between two headers is under neither (Chromium centres it): its row unread', () => {
  const rows = read(PROACTIVE.replace('                   4            265', '                      4         265'));
  assert.equal(rows.get('regulations') ?? 'unread', 'unread');
});

test('a caption on two lines that do not spell it together heads nothing', () => {
  const rows = read(PROACTIVE.replace(/( +)项\n/, '$1页\n'));
  assert.equal(rows.get('regulations') ?? 'unread', 'unread');
});

test('a group\u2019s last row is blank only where the words after the rows read spell its label and nothing more', () => {
  const rows = read(PROACTIVE.replace(/\n强\n制\n/, '\n强\n制\n其\n他\n'));
  assert.notDeepEqual(rows.get('coercion'), [null]);
});
