// The readers that run without pausing (DOCX, HTML) stop at their time limit with one clear
// answer instead of hanging: a limit already spent stops them at once, a small limit stops a page
// whose spans take about a second to lay out, and `nianbao check` reports such files as unreadable
// (status 2) while it still checks the others.
import assert from 'node:assert/strict';
import test from 'node:test';
import { readDocument } from '../../../server/src/core/documents';
import { DOCX_LIMITS } from '../../../server/src/core/documents/docx';
import { HTML_LIMITS } from '../../../server/src/core/documents/html';
import { runCheck } from '../../../server/src/cli/check';
import { runCaptured, tempFolder } from '../../support/cli';
import { officeDocument, reportPage } from '../../support/documents';

/** Runs `body` with the readers' limits set to `ms`, and puts the limits back whatever happens. */
async function withLimits<T>(ms: { docx?: number; html?: number }, body: () => Promise<T>): Promise<T> {
  const saved = { docx: DOCX_LIMITS.timeoutMs, html: HTML_LIMITS.timeoutMs };
  if (ms.docx !== undefined) DOCX_LIMITS.timeoutMs = ms.docx;
  if (ms.html !== undefined) HTML_LIMITS.timeoutMs = ms.html;
  try {
    return await body();
  } finally {
    DOCX_LIMITS.timeoutMs = saved.docx;
    HTML_LIMITS.timeoutMs = saved.html;
  }
}

test('DOCX and HTML: read within the default limit, a timeout with a clear message once the limit is spent', async () => {
  const page = reportPage('2021', 1);
  const docx = officeDocument(page, 'docx');
  const html = Buffer.from(page.html, 'utf8');
  assert.ok((await readDocument(docx, 'r.docx')).ok);
  assert.ok((await readDocument(html, 'r.html')).ok);
  await withLimits({ docx: 0, html: 0 }, async () => {
    for (const [bytes, name, zh] of [[docx, 'r.docx', 'DOCX'], [html, 'r.html', '网页']] as const) {
      const read = await readDocument(bytes, name);
      assert.equal(read.ok, false, name);
      if (read.ok) return;
      assert.equal(read.reason, 'timeout', name);
      assert.match(read.message, new RegExp(`读取\\s*${zh}\\s*超过 0 秒，已停止`), name);
      assert.match(read.message, /took over 0 s and was stopped/, name);
    }
  });
});

test('HTML: a page whose spans would take long to lay out is stopped by a small limit', async () => {
  // Every cell spans 100 × 100 places: 400 rows are 4 million places to fill (about 0.9 s unlimited).
  const rows = Array.from({ length: 400 }, () => '<tr><td rowspan="100" colspan="100">1</td></tr>').join('');
  const html = Buffer.from(`<html><body><p>标题</p><table>${rows}</table></body></html>`, 'utf8');
  const read = await withLimits({ html: 30 }, () => readDocument(html, 'slow.html'));
  assert.equal(read.ok, false);
  if (!read.ok) assert.equal(read.reason, 'timeout');
});

test('check: a document over its time limit is unreadable (status 2, one line naming it); the others are still checked', async () => {
  const page = reportPage('2021', 1);
  const dir = tempFolder('nianbao-limits-', {
    'r/a.docx': officeDocument(page, 'docx'),
    'r/c.html': page.html,
  });
  const r = await withLimits({ docx: 0 }, () => runCaptured((io) => runCheck(['--format', 'json', 'r'], io), dir));
  assert.equal(r.status, 2);
  assert.deepEqual((JSON.parse(r.out) as Array<{ file: string }>).map((f) => f.file), ['r/c.html']);
  const lines = r.err.split('\n').filter((l) => l.startsWith('r/a.docx'));
  assert.equal(lines.length, 1, r.err);
  assert.match(lines[0]!, /document-unreadable/);
  assert.match(lines[0]!, /超过 0 秒/);
});
