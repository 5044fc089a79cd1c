// Heading candidates read again only around an edit (the incremental parser's path for a long
// report) equal a scan of the whole edited text, for texts made of heading-like pieces.
import assert from 'node:assert/strict';
import test from 'node:test';
import { applyDrawnEdit } from '../../support/edits';
import fc from 'fast-check';
import { rescanHeadings, scanHeadings } from '../../../server/src/core/parse/headings';

// Numerals, heading words, list items, white space of every kind and line breaks (and the
// other line terminators, which send the rescan back to a full scan).
const PIECES = ['一、', '二.', '三，', '第四部分', '五、', '5、', '1.', '3', '.', '第', '部分', '、', '总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况',
  '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项', '本年新收', '概述', '。', '\n', '\n', ' ', '\t', '\u3000', '[书签]', 'a', '\u2028'];
const pieces = (max: number) => fc.array(fc.constantFrom(...PIECES), { maxLength: max }).map((p) => p.join(''));

test('rescanHeadings after edit after edit equals scanHeadings of the edited text', () => {
  let checked = 0;
  fc.assert(
    fc.property(pieces(60), fc.array(fc.tuple(fc.nat(), fc.nat(6), pieces(3)), { minLength: 1, maxLength: 20 }), (first, edits) => {
      let text = first;
      let scan = scanHeadings(text);
      for (const drawn of edits) {
        const { text: next, from, oldTo, newTo, inserted } = applyDrawnEdit(text, drawn);
        scan = rescanHeadings(scan, next, from, oldTo, newTo);
        assert.deepEqual(scan, scanHeadings(next), JSON.stringify({ text, from, oldTo, inserted }));
        text = next;
        checked++;
      }
    }),
    { numRuns: 1500, seed: 20261123 },
  );
  assert.ok(checked > 3000, `${checked} edits`);
});
