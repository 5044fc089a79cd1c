// Every UI string of the extension exists in Chinese and in English, with the same placeholders:
// the runtime strings (client/src/uiStrings.ts), the preview page's strings, the contributed
// strings (package.nls*.json) and every `%key%` package.json refers to.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { PREVIEW_STRINGS_EN, PREVIEW_STRINGS_ZH } from '../../../client/src/preview/strings';
import { localeLanguage, UI_STRINGS } from '../../../client/src/uiStrings';
import { repoRoot } from '../../support/fixtures';

const HAN = /[\u4e00-\u9fff]/;
const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
const readJson = (name: string) => JSON.parse(readFileSync(join(repoRoot(), name), 'utf8')) as unknown;

test('every runtime string has Chinese and English with the same placeholders', () => {
  const ids = Object.keys(UI_STRINGS) as Array<keyof typeof UI_STRINGS>;
  assert.ok(ids.length >= 20);
  for (const id of ids) {
    const { zh, en } = UI_STRINGS[id];
    assert.ok(zh.trim() && en.trim(), `${id}: both languages`);
    // A string of placeholders and punctuation only (`{0}/{1}：{2}`) has no words to translate.
    if (/\p{L}/u.test(zh)) assert.match(zh, HAN, `${id}: the Chinese string is Chinese`);
    assert.doesNotMatch(en, HAN, `${id}: the English string has no Chinese`);
    assert.deepEqual(placeholders(zh), placeholders(en), `${id}: same placeholders`);
  }
});

test('the preview page has the same strings in both languages', () => {
  assert.deepEqual(Object.keys(PREVIEW_STRINGS_ZH).sort(), Object.keys(PREVIEW_STRINGS_EN).sort());
  for (const [key, zh] of Object.entries(PREVIEW_STRINGS_ZH)) {
    const en = (PREVIEW_STRINGS_EN as unknown as Record<string, string>)[key]!;
    assert.ok(zh.trim() && en.trim(), `${key}: both languages`);
    assert.deepEqual(placeholders(zh), placeholders(en), `${key}: same placeholders`);
  }
});

test('package.nls.json and package.nls.zh-cn.json hold the same keys, and every %key% of package.json is in both', () => {
  const en = readJson('package.nls.json') as Record<string, string>;
  const zh = readJson('package.nls.zh-cn.json') as Record<string, string>;
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  for (const [key, text] of Object.entries(zh)) {
    if (key !== 'command.category' || text !== en[key]) assert.match(text, HAN, `${key}: Chinese`);
  }
  const manifest = readFileSync(join(repoRoot(), 'package.json'), 'utf8');
  const referenced = [...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]!);
  assert.ok(referenced.length >= 15);
  for (const key of referenced) {
    assert.ok(en[key], `package.nls.json has ${key}`);
    assert.ok(zh[key], `package.nls.zh-cn.json has ${key}`);
  }
  // Every command is titled through the tables, never in one language only.
  const commands = (JSON.parse(manifest) as { contributes: { commands: Array<{ command: string; title: string }> } }).contributes.commands;
  for (const command of commands) assert.match(command.title, /^%[\w.-]+%$/, `${command.command} is titled by a %key%`);
});

test('nianbao.locale picks the language; auto follows the display language', () => {
  assert.equal(localeLanguage('zh', 'en'), 'zh');
  assert.equal(localeLanguage('en', 'zh-cn'), 'en');
  assert.equal(localeLanguage('auto', 'zh-CN'), 'zh');
  assert.equal(localeLanguage('auto', 'zh-tw'), 'zh');
  assert.equal(localeLanguage('auto', 'en'), 'en');
  assert.equal(localeLanguage(undefined, 'de'), 'en');
});
