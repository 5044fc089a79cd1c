// Fixes through the core: each repair, the code-action menu, fix-all of one rule and of all,
// idempotence of fix-all, and edits that never reach outside the cells they repair.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport, parseReport, type Finding, type ReportModel } from '../../../server/src/core';
import {
  applyEdits,
  codeActionsFor,
  composeEdits,
  fixAll,
  fixFor,
  type TextEdit,
} from '../../../server/src/core/fixes';
import { fixturePath, repoRoot } from '../../support/fixtures';
import { mulberry32 } from '../../support/rng';
import { readFixture, replaceOnce } from '../rules/support';

const BASE_2020 = readFixture('base-2020.txt');
const BASE_2022 = readFixture('base-2022.txt');

function analyse(text: string): { model: ReportModel; findings: Finding[] } {
  const model = parseReport(text);
  return { model, findings: checkReport(model, text) };
}

function only(findings: Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

/** Every edit replaces exactly a cell of the model, or inserts text without removing any. */
function assertConfined(model: ReportModel, edits: TextEdit[]): void {
  const cells = model.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => `${c.span.offset}-${c.span.endOffset}`)));
  for (const edit of edits) {
    if (edit.start === edit.end) continue;
    assert.ok(cells.includes(`${edit.start}-${edit.end}`), `edit ${JSON.stringify(edit)} is not a cell`);
  }
}

function assertIdempotent(text: string, label: string): string {
  const first = analyse(text);
  const edits = fixAll(first.model, text, first.findings);
  assertConfined(first.model, edits);
  const fixed = applyEdits(text, edits);
  const second = analyse(fixed);
  assert.deepEqual(fixAll(second.model, fixed, second.findings), [], `${label}: a second fix-all changes nothing`);
  return fixed;
}

test('composeEdits equals applying the two passes one after the other', () => {
  const rng = mulberry32(7);
  const randomEdits = (text: string): TextEdit[] => {
    const edits: TextEdit[] = [];
    let at = 0;
    while (at <= text.length && edits.length < 4) {
      const start = at + Math.floor(rng.next() * 4);
      if (start > text.length) break;
      const end = Math.min(text.length, start + Math.floor(rng.next() * 3));
      edits.push({ start, end, newText: 'xyz'.slice(0, Math.floor(rng.next() * 4)) });
      at = end + 1;
    }
    return edits;
  };
  for (let i = 0; i < 500; i++) {
    const t0 = 'abcdefghijkl'.slice(0, 3 + Math.floor(rng.next() * 9));
    const base = randomEdits(t0);
    const t1 = applyEdits(t0, base);
    const next = randomEdits(t1);
    const t2 = applyEdits(t1, next);
    assert.equal(applyEdits(t0, composeEdits(base, next, t1)), t2, JSON.stringify({ t0, base, next }));
  }
});

test('a wrong total: set to the computed value, preferred on the cell the rule localised', () => {
  const text = replaceOnce(BASE_2022, '\t（七）总计\t\t18\t', '\t（七）总计\t\t19\t');
  const { model, findings } = analyse(text);
  const broken = findings.filter((f) => f.code.startsWith('applications-'));
  // The cell breaks its row, its column and the balance: one finding speaks for all three.
  assert.equal(broken.length, 1, broken.map((f) => f.code).join());
  const at = text.indexOf('\t（七）总计\t\t19') + '\t（七）总计\t\t'.length;
  for (const finding of broken) {
    const fix = fixFor(model, text, finding);
    assert.ok(fix, finding.code);
    assert.deepEqual(fix.edits, [{ start: at, end: at + 2, newText: '18' }]);
    assert.equal(fix.preferred, true);
    assert.match(fix.title, /将表三“（七）总计”行“自然人”列改为 18/);
  }
  // The menu merges the findings that share the repair into one preferred action.
  const actions = codeActionsFor(model, text, findings, broken[0]!.range);
  const quick = actions.filter((a) => a.edits);
  assert.equal(quick.length, 1);
  assert.equal(quick[0]!.isPreferred, true);
  assert.equal(quick[0]!.findings.length, broken.length);
  const fixed = applyEdits(text, quick[0]!.edits!);
  assert.equal(fixed, BASE_2022);
});

test('a repair suggested for a cell the finding does not point at is not preferred', () => {
  const text = replaceOnce(BASE_2022, '\t（七）总计\t\t18\t', '\t（七）总计\t\t19\t');
  const { model, findings } = analyse(text);
  const finding = findings.find((f) => f.code.startsWith('applications-'))!;
  const elsewhere = { ...finding, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
  assert.equal(fixFor(model, text, elsewhere)?.preferred, false);
});

test('an empty cell the relations determine, and empty count cells whose relations require zero', () => {
  let text = replaceOnce(BASE_2022, '2.重复申请\t0\t0\t0\t0\t0\t0\t0', '2.重复申请\t0\t\t0\t\t0\t0\t0');
  text = replaceOnce(text, '（七）总计\t\t18\t1\t0\t0\t0\t0\t19', '（七）总计\t\t18\t1\t0\t\t0\t0\t19');
  const { model, findings } = analyse(text);
  const empty = only(findings, 'cell-empty');
  assert.equal(empty.length, 3);
  const fixes = empty.map((f) => fixFor(model, text, f));
  assert.ok(fixes.every((f) => f && f.edits.length === 1 && f.edits[0]!.newText === '0' && f.edits[0]!.start === f.edits[0]!.end));
  assert.ok(fixes.some((f) => /勾稽关系要求为 0/.test(f!.title)), 'the zero-fill names its reason');
  const ofRule = fixAll(model, text, findings, { rule: 'cell-empty' });
  assert.equal(applyEdits(text, ofRule), BASE_2022);
});

test('a cell no relation pins down gets no fix, until fix-all has repaired its neighbours', () => {
  let text = replaceOnce(BASE_2022, '（一）予以公开\t\t15\t1\t0\t0\t0\t0\t16', '（一）予以公开\t\t15\t\t\t0\t0\t0\t16');
  text = replaceOnce(text, '（七）总计\t\t18\t1\t', '（七）总计\t\t18\t\t');
  const { model, findings } = analyse(text);
  const granted = only(findings, 'cell-empty').filter((f) => /予以公开”行“商业企业/.test(f.message));
  assert.equal(granted.length, 1);
  for (const finding of granted) assert.equal(fixFor(model, text, finding), null, finding.message);
  // Pass 1 fills the total row's cell from its row and 科研机构 from its column; pass 2 the rest.
  assert.equal(applyEdits(text, fixAll(model, text, findings)), BASE_2022);
});

test('an amount in 元 where the format asks for 万元 is converted', () => {
  const text = replaceOnce(BASE_2022, '行政事业性收费\t0', '行政事业性收费\t4339000.00元');
  const { model, findings } = analyse(text);
  const finding = only(findings, 'amount-unit')[0]!;
  const fix = fixFor(model, text, finding)!;
  assert.match(fix.title, /由元换算为万元：433\.9/);
  assert.equal(fix.preferred, true);
  const fixed = applyEdits(text, fix.edits);
  assert.match(fixed, /行政事业性收费\t433\.9\n/);
  assert.deepEqual(only(analyse(fixed).findings, 'amount-unit'), []);
});

test('missing headings are inserted in their place; 六 with “无”', () => {
  let text = replaceOnce(BASE_2022, '五、政府信息公开工作存在的主要问题及改进情况\n', '');
  text = replaceOnce(text, '六、其他需要报告的事项\n', '');
  const { model, findings } = analyse(text);
  assert.equal(only(findings, 'section-missing').length, 2);
  const fixed = applyEdits(text, fixAll(model, text, findings));
  assert.match(fixed, /\t0\n五、存在的主要问题及改进情况\n\n一是公开内容/);
  assert.match(fixed, /六、其他需要报告的事项\n无\n\n示例市示例局\n2023年1月20日\n?$/);
  assert.deepEqual(only(analyse(fixed).findings, 'section-missing'), []);
});

test('a missing heading in the middle goes before the next section, or before its own table', () => {
  const withoutThree = replaceOnce(BASE_2022, '三、收到和处理政府信息公开申请情况\n', '');
  const three = analyse(withoutThree);
  const fixed = applyEdits(withoutThree, fixAll(three.model, withoutThree, three.findings));
  assert.match(fixed, /三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为/);
  assert.deepEqual(only(analyse(fixed).findings, 'section-missing'), []);
  const withoutOne = replaceOnce(BASE_2022, '一、总体情况\n', '');
  const one = analyse(withoutOne);
  const fixedOne = applyEdits(withoutOne, fixAll(one.model, withoutOne, one.findings));
  assert.match(fixedOne, /一、总体情况\n二、主动公开政府信息情况/);
});

test('the menu: fix, fix all of the rule, fix all (source.fixAll), documentation', () => {
  let text = replaceOnce(BASE_2022, '2.重复申请\t0\t0\t0\t0\t0\t0\t0', '2.重复申请\t0\t\t0\t\t0\t0\t0');
  text = replaceOnce(text, '行政事业性收费\t0', '行政事业性收费\t4339000.00元');
  const { model, findings } = analyse(text);
  const first = only(findings, 'cell-empty')[0]!;
  const actions = codeActionsFor(model, text, findings, first.range);
  const titles = actions.map((a) => `${a.kind}:${a.title}`);
  assert.equal(actions[0]!.kind, 'quickfix');
  assert.ok(actions[0]!.edits && actions[0]!.isPreferred);
  assert.ok(actions.some((a) => a.fixAll?.rule === 'cell-empty' && a.findings.length === 2), titles.join('\n'));
  const all = actions.find((a) => a.kind === 'source.fixAll');
  assert.ok(all && all.fixAll && !all.fixAll.rule && all.findings.length === 3, titles.join('\n'));
  assert.ok(actions.some((a) => a.documentation === 'cell-empty' && /查看规则 cell-empty 的说明/.test(a.title)));
  // A range with no finding offers nothing.
  assert.deepEqual(codeActionsFor(model, text, findings, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }), []);
  // English titles.
  assert.match(codeActionsFor(model, text, findings, first.range, 'en')[0]!.title, /^Set Table 3, row “（五）不予处理 2.重复申请”, column “商业企业” to 0$/);
});

test('fix-all is idempotent and confined to cells on many broken variants', () => {
  const rng = mulberry32(11);
  for (const base of [BASE_2020, BASE_2022]) {
    for (let i = 0; i < 40; i++) {
      // Blank or change a few numbers of 表三 and 表四.
      const lines = base.split('\n');
      for (let k = 0; k < 3; k++) {
        const index = lines.findIndex((l, n) => n > 35 && n < 70 && /\t\d+$/.test(l) && rng.next() < 0.15);
        if (index < 0) continue;
        const cells = lines[index]!.split('\t');
        const j = cells.length - 1 - Math.floor(rng.next() * 7);
        if (j > 0 && /^\d+$/.test(cells[j]!)) cells[j] = rng.next() < 0.5 ? '' : String(Number(cells[j]) + 1 + Math.floor(rng.next() * 5));
        lines[index] = cells.join('\t');
      }
      assertIdempotent(lines.join('\n'), `variant ${i}`);
    }
  }
});

test('fix-all is idempotent on the samples and every rendering fixture; a clean report gets no edits', () => {
  assert.deepEqual(fixAll(analyse(BASE_2022).model, BASE_2022, analyse(BASE_2022).findings), []);
  const folders = [join(repoRoot(), 'samples'), fixturePath('renderings')];
  for (const folder of folders) {
    for (const name of readdirSync(folder).filter((n) => /\.(txt|html)$/.test(n))) {
      assertIdempotent(readFileSync(join(folder, name), 'utf8'), name);
    }
  }
});
