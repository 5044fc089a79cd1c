// The few messages the server itself writes (rules write their own, in the locale asked for).
import type { Locale } from '../core';

const MESSAGES = {
  documentFailed: { zh: '检查文档时出错', en: 'Checking the document failed' },
  projectFileInvalid: { zh: '项目配置文件无法解析，已忽略', en: 'Project file could not be parsed and is ignored' },
  notAReport: { zh: '此文件看起来不是政府信息公开工作年度报告', en: 'This file does not look like an annual report' },
} satisfies Record<string, Record<Locale, string>>;

export type MessageId = keyof typeof MESSAGES;

export function message(id: MessageId, locale: Locale): string {
  return MESSAGES[id][locale];
}
