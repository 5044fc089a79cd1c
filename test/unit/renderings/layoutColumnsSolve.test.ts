// pdftotext -layout text of a WPS page that leaves every zero blank: hardly a row of 表三 is full,
// so no full row places the others' numbers. The table's sums do (layoutColumnsSolve.ts): each
// page's numbers fall into runs of columns, the headers' page anchors them, and one way of giving
// the runs their columns makes every row's and column's sum hold.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { modelCells, parseReport } from '../../../server/src/core';
import { TOOLS, wordFixtures } from '../../accuracy/matrix';
import { closeBrowser } from '../../support/browser';

after(() => closeBrowser());

/** 表三 as pdftotext -layout gave it for LibreOffice's PDF of a WPS page (the matrix's word 2021 seed 3), three pages. */
const APPLICATIONS = ` 三、收到和处理政府信息公开申请情况

                          申请人情况

                          法人或其
                           他组织
（本列数据的勾稽关系
为：第一项加第二项之
和，等于第三项加第四     自然             社     法           总
   项之和）         人         科   会     律           计
                    商业企   研   公     服     其
                     业    机   益     务     他
                          构   组     机
                              织     构

一、本年新收政府信息                    154               215
                    245             270   97
  公开申请数量                       4                 6

二、上年结转政府信息                                      124
                    667       352         225
  公开申请数量                                         4

三、   （一）予以公开        427       34    82    48    591
本年
度办   （二）部分公开
理结   （区分处理的，
 果   只计这一情形，
     不计其他情形）
\f    1.属于国
     家秘密

    2.其他法
    律行政法
    规禁止公
       开

     3.危及
    “三安全         100   5    83   188
    一稳定”

（   4.保护第
三   三方合法               12        12
）     权益
不
予   5.属于三
公   类内部事               25   2    27
开    务信息

    6.属于四
    类过程性         716             716
      信息

    7.属于行
    政执法案         54         43   97
       卷

    8.属于行
    政查询事
       项

    1.本机关
    不掌握相
                  7               7
    关政府信
（      息
四
）   2.没有现
无   成信息需
                 67    86        153
法   要另行制
提      作
供
    3.补正后
    申请内容    3                     3
    仍不明确

（   1.信访举
五   报投诉类                    27   27
）     申请
不
予   2.重复申   20              17   37
处      请
\f          3.要求提
          供公开出
            版物

          4.无正当
                                                   111
          理由大量          433      685
                                                    8
          反复申请
     理
          5.要求行
          政机关确
          认或重新                    38               38
          出具已获
           取信息

          1.申请人
          无正当理
          由逾期不
          补正、行
                        26                         26
          政机关不
          再处理其
          政府信息
     （    公开申请
     六
     ）
          2.申请人
     其
          逾期未按
     他
          收费通知
     处
          要求缴纳
     理
          费用、行                   194         97    291
          政机关不
          再处理其
          政府信息
          公开申请

           3.其他                   1    60          61

                                 189               339
         （七）总计          909            270   317
                                  6                 2

四、结转下年度继续办
                         3                    5     8
     理`;

/** The same page's 表三 from Chromium's PDF: `社会公` / `益组织` starts four columns left of its numbers, the last page spreads wider. */
const CHROMIUM_APPLICATIONS = ` 三、收到和处理政府信息公开申请情况

                                      申请人情况

（本列数据的勾稽关系为：                          法人或其
第一项加第二项之和，等于                          他组织
 第三项加第四项之和）         自然人                                      总计
                          商业企   科研机   社会公        法律服
                                                       其他
                           业     构    益组织        务机构

一、本年新收政府信息公开
                          245             1544   270   97    2156
    申请数量

二、上年结转政府信息公开
                          667             352          225   1244
    申请数量

三、本   （一）予以公开             427             34     82    48    591
年度办
理结果
       （二）部分公开
      （区分处理的，只
      计这一情形，不计
        其他情形）

      （三）不   1.属于
       予公开   国家秘
               密
\f       2.其他
       法律行
       政法规
       禁止公
         开

       3.危及
       “三安
              100   5    83   188
       全一稳
         定”

       4.保护
       第三方
                    12        12
       合法权
         益

       5.属于
       三类内
                    25   2    27
       部事务
        信息

       6.属于
       四类过
              716             716
       程性信
         息

       7.属于
       行政执    54         43   97
       法案卷

       8.属于
       行政查
       询事项

（四）无   1.本机
 法提供   关不掌
       握相关    7               7
       政府信
         息

       2.没有
       现成信
       息需要    67    86        153
       另行制
         作
\f       3.补正
       后申请
              3                 3
       内容仍
       不明确

       1.信访
       举报投
                          27   27
       诉类申
         请

       2.重复
              20          17   37
        申请

       3.要求
       提供公
       开出版
         物
（五）不
 予处理
       4.无正
       当理由
              433   685        1118
       大量反
       复申请

       5.要求
       行政机
       关确认
       或重新          38         38
       出具已
       获取信
         息

（六）其   1.申请
 他处理   人无正
       当理由
       逾期不
       补正、
       行政机    26               26
       关不再
       处理其
       政府信
       息公开
        申请

       2.申请         194   97   291
       人逾期
       未按收
\f                  费通知
                  要求缴
                   纳费
                  用、行
                  政机关
                  不再处
                  理其政
                  府信息
                  公开申
                   请

                      3.其他                              1         60                  61

            （七）总计                    909               1896       270     317         3392

 四、结转下年度继续办理                             3                                    5        8`;

/** 表四 of the same page (below its 四、 heading): nine numbers for fifteen columns, two wrapped (`809` / `2`). */
const APPEALS = `         行政复议                          行政诉讼

结    结    其     尚   总          未经                       复议后起诉
果    果    他     未   计        复议直接起诉
维    纠    结     审
                          结   结     其    尚          结   结   其     尚
                          果   果     他    未    总     果   果   他     未     总
 持     正    果   结
                          维   纠     结    审    计     维   纠   结     审     计
                          持   正     果    结          持   正   果     结

                              809             810
 79    60       8   147                   8                 8           8
                               2               0`;

const HEAD = ['某某区应急管理局', '2023年政府信息公开工作年度报告', '一、总体情况', '本机关认真贯彻落实条例。', '      二、主动公开政府信息情况', ''];
const TAIL = ['', '    四、政府信息公开行政复议、行政诉讼情况', '', '      五、存在的主要问题及改进情况', '      无。', '      六、其他需要报告的事项', '      无。', '\f'];

/** A blank cell. */
const _ = 'empty';
const COLUMNS = ['natural-person', 'commercial', 'research', 'social-welfare', 'legal-services', 'other-entity', 'total'];
const read = (applications: string) => {
  const cells = new Map(modelCells(parseReport([...HEAD, applications, ...TAIL].join('\n'))).map((c) => [c.key, c]));
  return (row: string) =>
    COLUMNS.map((c) => {
      const cell = cells.get(`applications.${row}.${c}`);
      return cell?.status === 'ok' ? cell.value : (cell?.status ?? 'absent');
    });
};

test('rows of a table whose zeros are all blank are placed where the sums leave one way, the headers anchoring the columns left blank throughout', () => {
  const row = read(APPLICATIONS);
  assert.deepEqual(row('granted'), [_, 427, _, 34, 82, 48, 591]);
  assert.deepEqual(row('denied-security-stability'), [_, _, _, 100, 5, 83, 188]);
  assert.deepEqual(row('unavailable-unclear'), [_, 3, _, _, _, _, 3]);
  assert.deepEqual(row('rejected-excessive'), [_, 433, _, 685, _, _, 1118]);
  assert.deepEqual(row('total'), [_, 909, _, 1896, 270, 317, 3392]);
  assert.deepEqual(row('carried-forward'), [_, 3, _, _, _, 5, 8]);
  // No number at all: blank, their labels filling the gaps between rows read.
  assert.deepEqual(row('partially-granted'), [_, _, _, _, _, _, _]);
  assert.deepEqual(row('denied-state-secret'), [_, _, _, _, _, _, _]);
  assert.deepEqual(row('rejected-publication'), [_, _, _, _, _, _, _]);
});

test('a header wrapped left of its numbers anchors them where it alone starts before them and the next header after them', () => {
  const row = read(CHROMIUM_APPLICATIONS);
  assert.deepEqual(row('new'), [_, 245, _, 1544, 270, 97, 2156]);
  assert.deepEqual(row('granted'), [_, 427, _, 34, 82, 48, 591]);
  assert.deepEqual(row('rejected-excessive'), [_, 433, _, 685, _, _, 1118]);
  assert.deepEqual(row('total'), [_, 909, _, 1896, 270, 317, 3392]);
  // Its header gone: 科研机构 or 社会公益组织, both blank elsewhere, the sums cannot tell. What every
  // whole table the sums allow agrees on is read all the same (layoutColumnsRelations.ts).
  const unheaded = read(CHROMIUM_APPLICATIONS.replace('社会公', '      ').replace('益组织', '      '));
  assert.deepEqual(unheaded('granted'), [_, 427, 'missing', 'missing', 'missing', 48, 591]);
  assert.deepEqual(unheaded('total'), [_, 909, 'missing', 'missing', 'missing', 317, 3392]);
});

test('without the headers, the sums cannot tell a column blank throughout from its neighbour: nothing placed', () => {
  const headerless = APPLICATIONS.replace(/申请人情况[\s\S]*?织     构\n/, '\n');
  assert.notEqual(headerless, APPLICATIONS);
  const row = read(headerless);
  // A row left unplaced may still give its total (its last number, the sum of the others): layoutColumnsUnread.ts.
  for (const id of ['granted', 'denied-security-stability', 'total', 'carried-forward']) {
    assert.ok(row(id).slice(0, -1).every((v) => typeof v !== 'number'), `${id}: ${JSON.stringify(row(id))}`);
  }
});

/**
 * 表三 of Chromium's PDF of a Word page (the matrix's word 2021 seed 5): no row full, and on its
 * first page 一、本年新收…'s long label crams its numbers a space apart (`25750 1026 1943 5309 70`),
 * so that the page's numbers fall into no runs; that row's numbers are given their columns apart,
 * in order, the sums telling which.
 */
const CRAMMED = `\f三、收到和处理政府 信息公开申请情况
                         申请人情况
                         法人或其他组织
（本列数据的勾稽
                                     法
关系为：第一项加                      社会
                         科           律
第二 项之和，等于 自然                  公
             商业          研           服 其      总计
第三项加第四项之   人                  益
             企业          机           务 他
    和）                        组
                         构           机
                              织
                                     构
一、本年新收政府
          25750 1026 1943 5309 70             34098
信息 公开申请数量
 二、上年结转政府信
                              2409   0    0   2409
 息公开申请数量
三、   （一）予以公
                     0    3    65    0    0    68
本年     开
度办   （二）部分公
理结   开（区分处 理
 果   的，只计这一      0        0    32         0    32
     情形，不计其
      他情形）
     （三） 1.属
     不予公 于国
                     0   78          51        129
      开  家秘
          密
           2.其
           他法
           律行
           政法        0    9    0               9
           规禁
           止公
            开
           3.危
            及
           “三
                                               0
           安全
           一稳
           定”
\f    4.保
    护第
    三方     0     49    0          0   0   49
    合法
    权益
    5.属
    于三
    类内
                       0     0        0
    部事
    务信
     息
    6.属
    于四
    类过     0     770         2    0       772
    程性
    信息
    7.属
    于行
    政执            0    357   0    0   0   357
    法案
     卷
    8.属
    于行
    政查    7479         1     41   4       7525
    询事
     项
（四） 1.本
无法提 机关
 供  不掌
    握相                 2                   2
    关政
    府信
     息
    2.没           0          0
    有现
    成信
    息需
    要另
\f     行制
      作
      3.补
     正后
     申请
            8         38     0     0        46
     内容
     仍不
     明确
     1.信
     访举
     报投     96   0    688    0         0    784
     诉类
     申请
      2.重
     复申     44   98   0      0              142
      请
      3.要
     求提
     供公     0    6    270    0              276
     开出
     版物
（五） 4.无
不予处 正当
 理  理由
        17987    4          7578   0   0   25569
    大量
    反复
    申请
      5.要
     求行
     政机
     关确
     认或
            91   96   0      0     0   0    187
     重新
     出具
     已获
     取信
      息
\f      1.申
      请人
      无正
      当理
      由逾
      期不
      补
      正、
      行政    0   0   75   0   8   83
      机关
      不再
      处理
      其政
      府信
      息公
      开申
      请
      2.申
（六）
      请人
其他处
      逾期
理
      未按
      收费
      通知
      要求
      缴纳
       费
      用、    3   0   8    0   7   18
      行政
      机关
      不再
      处理
      其政
      府信
      息公
      开申
       请
      3.其
                             0   0
      他
\f            （七）总计        25708 1023 1529 7718     70       36048

    四、结转下年度继
                           42    3   414                    459
      续办理
`;

test('a row whose numbers a long label crams together is placed apart from the runs of its page, by the sums', () => {
  const row = read(CRAMMED);
  assert.deepEqual(row('new'), [25750, 1026, 1943, 5309, 70, _, 34098]);
  assert.deepEqual(row('granted'), [_, 0, 3, 65, 0, 0, 68]);
  assert.deepEqual(row('total'), [25708, 1023, 1529, 7718, 70, _, 36048]);
  // One of its numbers changed, its row sum still holding (the total too): no way holds every column's sum, nothing placed.
  const broken = read(CRAMMED.replace('25750 1026 1943 5309 70             34098', '25751 1026 1943 5309 70             34099'));
  // A row left unplaced may still give its total (its last number, the sum of the others): layoutColumnsUnread.ts.
  for (const v of broken('new').slice(0, -1)) assert.ok(typeof v !== 'number', `new: ${v}`);
});

test('a number changed so that a column sum breaks (row sums still holding): no row placed by the sums', () => {
  // 其他处理 3.其他: 1 + 60 = 61 moved to 2 + 59 = 61; 社会公益组织 no longer adds up.
  const broken = APPLICATIONS.replace('3.其他                   1    60          61', '3.其他                   2    59          61');
  assert.notEqual(broken, APPLICATIONS);
  const row = read(broken);
  // A row left unplaced may still give its total (its last number, the sum of the others): layoutColumnsUnread.ts.
  for (const id of ['granted', 'other-other', 'total']) {
    assert.ok(row(id).slice(0, -1).every((v) => typeof v !== 'number'), `${id}: ${JSON.stringify(row(id))}`);
  }
});

test('a page whose numbers fit no way of columns leaves its rows unread; the other pages are placed by the sums that do not need them', async () => {
  // Chromium's PDF of a Word page (the matrix's word 2019 seed 1): 表三's rows stand a page or so
  // each, mostly with a blank. 总计's line, its label run into its numbers (`（七）总计 284 1184`),
  // places no line of numbers alone (readCells: Chromium sets such a line to a scale of its own,
  // the matrix's word 2019 seed 199). On the last page 结转下年度继续办理's `0 0 0 95 0 95` falls
  // into more runs than columns; merged into the run next to it (a zero's column no sum tells),
  // its runs of zeros alone fit, and every way that fits reads the row alike. Set eight columns
  // further right, its numbers fit no way of columns: the row is read where every whole table
  // the sums allow agrees, its last three cells.
  const page = wordFixtures(1).find((f) => f.name.includes('2019 seed 1'));
  assert.ok(page, 'the Word page of the matrix');
  const real = await TOOLS['chromium PDF pdftotext -layout']!(page.html);
  const lines = real.split('\n');
  const at = lines.findIndex((l) => l.includes('结转下年度')) + 1;
  assert.ok(at > 0 && /^ +(\d+ +)+\d+$/.test(lines[at]!), lines[at]);
  const readOf = (text: string) => {
    const cells = new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));
    return (row: string) =>
      COLUMNS.map((c) => {
        const cell = cells.get(`applications.${row}.${c}`);
        return cell?.status === 'ok' ? cell.value : (cell?.status ?? 'absent');
      });
  };
  const expected = (row: string) => COLUMNS.map((c) => page.values[`applications.${row}.${c}`] ?? _);
  assert.deepEqual(readOf(real)('carried-forward'), expected('carried-forward'));
  const text = [...lines.slice(0, at), '        ' + lines[at], ...lines.slice(at + 1)].join('\n');
  const cells = new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));
  const got = (row: string) =>
    COLUMNS.map((c) => {
      const cell = cells.get(`applications.${row}.${c}`);
      return cell?.status === 'ok' ? cell.value : (cell?.status ?? 'absent');
    });
  for (const row of ['denied-enforcement-files', 'denied-query-matters', 'unavailable-not-held', 'rejected-excessive', 'other']) assert.deepEqual(got(row), expected(row), row);
  // Not placed by its columns; what every whole table the sums allow agrees on is still read
  // (layoutColumnsRelations.ts), the rest missing.
  const left = got('carried-forward');
  assert.ok(left.includes('missing'), JSON.stringify(left));
  left.forEach((v, k) => v !== 'missing' && assert.equal(v, expected('carried-forward')[k], JSON.stringify(left)));
  assert.equal(left[6], expected('carried-forward')[6]);
});

const APPEAL_COLUMNS = ['review', 'direct', 'after-review'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => `appeals.cases.${g}-${o}`));
const appealsOf = (appeals: string) => {
  const text = [...HEAD, APPLICATIONS, '', '    四、政府信息公开行政复议、行政诉讼情况', appeals, ...TAIL.slice(2)].join('\n');
  const cells = new Map(modelCells(parseReport(text)).map((c) => [c.key, c]));
  return APPEAL_COLUMNS.map((k) => (cells.get(k)?.status === 'ok' ? cells.get(k)!.value : (cells.get(k)?.status ?? 'absent')));
};

test('表四 with fewer numbers than columns: each placed under the header it stands under, group by group', () => {
  assert.deepEqual(appealsOf(APPEALS), [79, 60, _, 8, 147, _, 8092, _, 8, 8100, _, _, 8, _, 8]);
});

/** 表四 of LibreOffice's PDF of a Word page leaving zeros blank (the matrix's word 2021 seed 8): its headers over a page break, the last `73` ending where `总` starts. */
const APPEALS_OFF = `
     行政复议                            行政诉讼


结   结   其   尚    总       未经复议直接起诉             复议后起诉
果   果   他   未    计
维   纠   结   审        结   结   其   尚   总    结   结    其   尚     总
                     果   果   他   未   计    果   果    他   未     计
\f                      维   纠   结   审       维    纠   结   审
                      持   正   果   结       持    正   果   结
  持   正   果   结

              7   7   4               4   73               73`;

test('表四: a number two columns off its header, every other header two further, is that header\u2019s; the sums hold', () => {
  assert.deepEqual(appealsOf(APPEALS_OFF), [_, _, _, 7, 7, 4, _, _, _, 4, 73, _, _, _, 73]);
  // Moved under `尚` (未审结, at 55): placed there, the group's sum fails, the row unread; the
  // groups' sums still cut the numbers one way only, which gives each group's total alone
  // (layoutColumnsGroupSums.ts).
  const moved = appealsOf(APPEALS_OFF.replace('               73', '            73   '));
  assert.deepEqual(moved.filter((v) => typeof v === 'number'), [7, 4, 73], JSON.stringify(moved));
  assert.deepEqual([moved[4], moved[9], moved[14]], [7, 4, 73]);
});

test('表四: numbers under no header of their own (the last group\u2019s headers cut off) leave the row unread but for the groups\u2019 totals', () => {
  const lines = APPEALS.split('\n');
  const numbersAt = lines.findIndex((l) => l.includes('809'));
  const headless = lines.map((l, k) => (k < numbersAt ? l.slice(0, 50).trimEnd() : l)).join('\n');
  assert.notEqual(headless, APPEALS);
  // Only the groups' totals, by the one cut of the numbers the groups' sums allow (layoutColumnsGroupSums.ts).
  const got = appealsOf(headless);
  assert.deepEqual(got.filter((v) => typeof v === 'number'), [147, 8100, 8], JSON.stringify(got));
  assert.deepEqual([got[4], got[9], got[14]], [147, 8100, 8]);
});
