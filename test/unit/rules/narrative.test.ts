// narrative-consistency reads only sentences that clearly name a table quantity.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readStatements } from '../../../server/src/core/rules/narrativeConsistency';
import { buildModel } from './support';
import { mulberry32 } from '../../support/rng';
import { DocumentMemo, type Revision, type SourceEdit } from '../../../server/src/core/revision';
import { LineIndex } from '../../../server/src/core/text/lineIndex';

const model = buildModel('2019', {}, { year: 2020 });
// The hand-built model's tables sit far beyond these short texts: no text is inside a table.
for (const t of model.tables) t.span = { ...t.span, offset: 1e9, endOffset: 1e9 + 1 };

function read(text: string): Array<[string, number]> {
  return readStatements(text, model).map((s) => [s.quantity, s.value]);
}

test('reads the common ways of stating the counts', () => {
  assert.deepEqual(read('本年度共收到政府信息公开申请21件。'), [['received', 21]]);
  assert.deepEqual(read('2020年度，本局共接到21件政府信息公开申请，均已按期答复。'), [['received', 21]]);
  assert.deepEqual(read('全年收到依申请公开申请二十一件。'), [['received', 21]]);
  assert.deepEqual(read('本年度我局未收到依申请公开申请。'), [['received', 0]]);
  assert.deepEqual(read('行政复议3件，其中维持2件。'), [['review-total', 3], ['review-upheld', 2]]);
  assert.deepEqual(read('无行政复议或行政诉讼情况。'), [['review-total', 0], ['litigation-total', 0]]);
  assert.deepEqual(read('未发生政府信息公开的行政复议、行政诉讼案件。'), [['review-total', 0], ['litigation-total', 0]]);
  assert.deepEqual(read('结转下年度继续办理3件。'), [['carried-forward', 3]]);
  assert.deepEqual(read('上年结转政府信息公开申请1件。'), [['carried-over', 1]]);
  // A received count that includes the carried-over ones is not compared; the carried-over one is.
  assert.deepEqual(read('共收到政府信息公开申请25件（含上年结转4件）。'), [['carried-over', 4]]);
  assert.deepEqual(read('作出行政许可决定34件，行政处罚决定6件。'), [['licensing-decisions', 34], ['penalty-decisions', 6]]);
});

test('stays silent where the quantity is not clearly the table’s', () => {
  const silent = [
    '2019年共收到政府信息公开申请15件。', // another year
    '共收到政府信息公开申请21件，比上年增加5件。', // comparison
    '共收到政府信息公开申请约20件。', // approximate
    '共收到政府信息公开申请100余件。',
    '累计收到政府信息公开申请300件。',
    '依法公开行政许可结果信息34条。', // published items, not decisions
    '收到申请人提交的材料3件。',
    '按期答复率100%。',
    '行政诉讼1件，其中维持1件。', // an outcome after a lawsuit: which group is unclear
    '无论行政复议还是行政诉讼，我局均积极应诉。',
  ];
  for (const text of silent) {
    const statements = read(text).filter(([q]) => q !== 'litigation-total');
    assert.deepEqual(statements, [], text);
  }
});

test('a long text read again after edits (only the changed lines) gives what a fresh read gives', () => {
  const sentences = ['本年度共收到政府信息公开申请21件。', '行政复议3件，其中维持2件；', '无行政复议或行政诉讼情况。', '2019年收到申请5件。', '结转下年度继续办理3件', '\n', '\n', '。', '作出行政许可决定34件，行政处罚决定6件。', '一般的叙述文字，不涉及数量。'];
  const rng = mulberry32(42);
  const pick = () => sentences[rng.int(0, sentences.length - 1)]!;
  let text = Array.from({ length: 1500 }, pick).join('');
  assert.ok(text.length > 10_000);
  // Revisions of one document as a ReportParser would give them: a copy of the model per text,
  // tied to the document's memo and to the edit from the revision before.
  const memo = new DocumentMemo();
  let revision = 1;
  const nextRevision = (t: string, edit?: SourceEdit): Revision => ({
    memo,
    id: ++revision,
    lines: new LineIndex(t),
    ...(edit ? { edit: { ...edit, from: revision - 1 } } : {}),
  });
  readStatements(text, model, nextRevision(text));
  let statements = 0;
  for (let i = 0; i < 200; i++) {
    const at = rng.int(0, text.length);
    const removed = Math.min(text.length - at, rng.chance(0.5) ? rng.int(0, 30) : 0);
    const inserted = rng.chance(0.7) ? pick() : '';
    text = text.slice(0, at) + inserted + text.slice(at + removed);
    const incremental = readStatements(text, model, nextRevision(text, { start: at, oldEnd: at + removed, newEnd: at + inserted.length }));
    // The model without a revision: a whole read.
    assert.deepEqual(incremental, readStatements(text, model), `edit ${i}`);
    statements += incremental.length;
  }
  assert.ok(statements > 200 * 100, `${statements} statements compared`);
});
