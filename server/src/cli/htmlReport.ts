// `nianbao check --format html --output FILE`: one self-contained page to send to colleagues who
// do not use VS Code — a summary of every report, then each report's findings. No script and no
// outside resource (a strict Content-Security-Policy says so to the browser); every text escaped,
// since report text is untrusted.
import { describeLocation, type Locale, type Severity } from '../core';
import type { CheckedFile } from './sarif';

const SEVERITY: Record<Severity, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '警告', en: 'Warning' },
  information: { zh: '提示', en: 'Info' },
  hint: { zh: '提示', en: 'Hint' },
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body{font:14px/1.5 system-ui,"Microsoft YaHei","PingFang SC",sans-serif;margin:2em;color:#1f2328}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em;border-bottom:1px solid #d0d7de}
table{border-collapse:collapse;margin:.5em 0;width:100%}th,td{border:1px solid #d0d7de;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.n{text-align:right;white-space:nowrap}.error{color:#cf222e;font-weight:bold}.warning{color:#9a6700}.information,.hint{color:#0969da}
code{font-family:ui-monospace,Consolas,monospace;font-size:.9em}.clean{color:#1a7f37}`;

export function formatHtmlReport(files: CheckedFile[], locale: Locale, generated: Date): string {
  const zh = locale !== 'en';
  const t = (cn: string, en: string) => (zh ? cn : en);
  const count = (f: CheckedFile, s: Severity) => f.findings.filter((x) => x.severity === s).length;
  const out: string[] = [];
  out.push('<!DOCTYPE html>', `<html lang="${zh ? 'zh-CN' : 'en'}">`, '<head>', '<meta charset="utf-8">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  out.push(`<title>${escapeHtml(t('政府信息公开年报检查结果', 'Annual report check results'))}</title>`, `<style>${STYLE}</style>`, '</head>', '<body>');
  out.push(`<h1>${escapeHtml(t('政府信息公开年报检查结果', 'Annual report check results'))}</h1>`);
  const total = files.reduce((n, f) => n + f.findings.length, 0);
  out.push(`<p>${escapeHtml(t(`共 ${files.length} 份报告，${total} 个问题。生成于 ${generated.toISOString().slice(0, 10)}（Nianbao）。`, `${files.length} reports, ${total} findings. Made ${generated.toISOString().slice(0, 10)} by Nianbao.`))}</p>`);
  out.push('<table>', `<tr><th>${t('文件', 'File')}</th><th>${t('错误', 'Errors')}</th><th>${t('警告', 'Warnings')}</th><th>${t('提示', 'Notes')}</th></tr>`);
  files.forEach((f, i) => {
    out.push(
      `<tr><td><a href="#r${i}">${escapeHtml(f.file)}</a></td><td class="n">${count(f, 'error')}</td><td class="n">${count(f, 'warning')}</td><td class="n">${count(f, 'information') + count(f, 'hint')}</td></tr>`,
    );
  });
  out.push('</table>');
  files.forEach((f, i) => {
    out.push(`<h2 id="r${i}">${escapeHtml(f.file)}</h2>`);
    if (f.findings.length === 0) {
      out.push(`<p class="clean">${escapeHtml(t('未发现问题。', 'No findings.'))}</p>`);
      return;
    }
    out.push('<table>', `<tr><th>${t('位置', 'Where')}</th><th>${t('严重程度', 'Severity')}</th><th>${t('说明', 'Message')}</th><th>${t('规则', 'Rule')}</th></tr>`);
    for (const finding of f.findings) {
      const where = `${finding.range.start.line + 1}:${finding.range.start.character + 1}${finding.location ? ` ${describeLocation(finding.location, locale)}` : ''}`;
      out.push(
        `<tr><td class="n">${escapeHtml(where)}</td><td class="${finding.severity}">${escapeHtml(SEVERITY[finding.severity][zh ? 'zh' : 'en'])}</td><td>${escapeHtml(finding.message)}</td><td><code>${escapeHtml(finding.code)}</code></td></tr>`,
      );
    }
    out.push('</table>');
  });
  out.push('</body>', '</html>', '');
  return out.join('\n');
}
