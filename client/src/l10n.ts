// Runtime UI strings of the extension, Chinese first; English when the setting `nianbao.locale`
// says `en`, or says `auto` and VS Code's display language is not Chinese (the findings follow
// the same setting). Contributed strings — commands, settings — are in package.nls*.json, which
// VS Code picks by its display language alone.
import * as vscode from 'vscode';
import { SECTION } from './constants';
import { localeLanguage, UI_STRINGS as STRINGS, type StringId } from './uiStrings';

export type { StringId };

export function isChinese(): boolean {
  const setting = vscode.workspace.getConfiguration(SECTION).get<string>('locale', 'auto');
  return localeLanguage(setting, vscode.env.language) === 'zh';
}

export function t(id: StringId, ...args: Array<string | number>): string {
  const template = STRINGS[id][isChinese() ? 'zh' : 'en'];
  return template.replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)] ?? ''));
}
