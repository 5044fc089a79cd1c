import test from 'node:test';
import assert from 'node:assert/strict';
import { parseNumber } from '../../../server/src/core/text/numerals';

test('parseNumber reads Arabic digits, full-width digits and thousands separators', () => {
  assert.equal(parseNumber('21'), 21);
  assert.equal(parseNumber('２１'), 21);
  assert.equal(parseNumber('1,234'), 1234);
  assert.equal(parseNumber('14.4'), 14.4);
});

test('parseNumber reads Chinese numerals', () => {
  const cases: Array<[string, number]> = [
    ['零', 0], ['一', 1], ['十', 10], ['十五', 15], ['二十', 20], ['二十一', 21], ['两百', 200],
    ['一百零三', 103], ['一千二百', 1200], ['一千零五', 1005], ['一千零一十', 1010], ['一千零十', 1010], ['三万二千', 32000], ['九十九', 99],
    ['二〇二〇', 2020],
  ];
  for (const [text, value] of cases) assert.equal(parseNumber(text), value, text);
});

test('parseNumber refuses what is not a number', () => {
  for (const text of ['', '无', '二十一件', '十十', '百十', 'abc']) assert.equal(parseNumber(text), null, text);
});
