// The skeleton of a long text (gathered as character codes) and of a short one (runs sliced and
// joined) are the same function of the text: checked against a plain reference on random text
// of every length around the switch, with every kind of character the skeleton keeps or drops.
import assert from 'node:assert/strict';
import test from 'node:test';
import { buildSkeleton, skeletonOf } from '../../../server/src/core/text/skeleton';
import { mulberry32 } from '../../support/rng';

function reference(text: string, from: number, to: number): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const ideograph = (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
    let kept: number | undefined;
    if (ideograph || (c >= 48 && c <= 57) || (c >= 97 && c <= 122)) kept = c;
    else if (c >= 65 && c <= 90) kept = c + 32;
    else if (c >= 0xff10 && c <= 0xff19) kept = c - 0xfee0;
    if (kept === undefined) continue;
    out += String.fromCharCode(kept);
    at.push(i);
  }
  return { text: out, at };
}

const ALPHABET = ['政', '府', '〇', '㐀', '豈', '0', '9', 'a', 'Z', 'Ａ', '１', '９', ' ', '\t', '\n', '，', '（', '、', '.', '|', '\u3000', '\ud83d', 'é'];

test('buildSkeleton is the plain reference for short and long texts and ranges', () => {
  const rng = mulberry32(7);
  for (const length of [0, 1, 50, 255, 256, 257, 300, 1000, 5000]) {
    for (let k = 0; k < 5; k++) {
      let text = '';
      for (let i = 0; i < length; i++) text += rng.pick(ALPHABET);
      const from = k === 0 ? 0 : rng.int(0, Math.floor(length / 4));
      const to = k === 0 ? length : length - rng.int(0, Math.floor(length / 4));
      const got = buildSkeleton(text, from, to);
      const want = reference(text, from, to);
      assert.equal(got.text, want.text, `length ${length}, [${from}, ${to})`);
      assert.deepEqual([...got.at], want.at, `length ${length}, [${from}, ${to})`);
    }
  }
});

// skeletonOf skips NFKC for text whose characters NFKC cannot change the skeleton of: the same
// skeleton as normalising first, for every such character alone, for random strings of them,
// and for strings mixing in characters NFKC does change (compatibility forms, a combining accent).
test('skeletonOf is the skeleton of the NFKC form', () => {
  const plain = (text: string) => buildSkeleton(text.normalize('NFKC')).text;
  const fast: string[] = [];
  for (let c = 0; c < 0x10000; c++) {
    if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff) || c === 0x3001 || c === 0x3002 || (c >= 0xff01 && c <= 0xff20)) fast.push(String.fromCharCode(c));
  }
  for (const ch of fast) assert.equal(skeletonOf(ch), plain(ch), `U+${ch.charCodeAt(0).toString(16)}`);
  const others = ['①', 'Ａ', 'ｂ', '\u3000', '豈', '⼀', '\u0301', '㈠', '（', '）', 'ﬁ', '²'];
  const rng = mulberry32(11);
  for (let k = 0; k < 3000; k++) {
    let text = '';
    const length = rng.int(1, 12);
    for (let i = 0; i < length; i++) text += k % 2 === 0 || rng.int(0, 3) > 0 ? rng.pick(fast) : rng.pick(others);
    assert.equal(skeletonOf(text), plain(text), JSON.stringify(text));
  }
});
