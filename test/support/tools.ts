// The real programs people use to turn a report page into text or a document (Debian packages:
// w3m, elinks, links, lynx, pandoc, poppler-utils, libreoffice-writer-nogui, chromium), run over
// our own HTML fixtures. Outputs are cached under out/tool-cache by a hash of tool and input, so
// a test run converts each fixture once. `available(tool)` tells a missing program from a failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './fixtures';

/** Programs that turn an HTML page into text. */
export type TextTool = 'w3m' | 'elinks' | 'links' | 'lynx' | 'pandoc-gfm' | 'pandoc-plain' | 'lo-text';

const WIDTH = '160';
const COMMANDS: Record<Exclude<TextTool, 'lo-text'>, (file: string) => [string, string[]]> = {
  w3m: (f) => ['w3m', ['-dump', '-cols', WIDTH, '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', f]],
  elinks: (f) => ['elinks', ['-dump', '-dump-width', WIDTH, '-no-references', '-no-numbering', '-dump-charset', 'utf-8', f]],
  links: (f) => ['links', ['-dump', '-width', WIDTH, '-codepage', 'utf-8', f]],
  lynx: (f) => ['lynx', ['-dump', '-nolist', `-width=${WIDTH}`, '-assume_charset=utf-8', '-display_charset=utf-8', f]],
  'pandoc-gfm': (f) => ['pandoc', ['-f', 'html', '-t', 'gfm', '--wrap=none', f]],
  'pandoc-plain': (f) => ['pandoc', ['-f', 'html', '-t', 'plain', '--wrap=none', f]],
};

const PROGRAM: Record<string, string> = {
  w3m: 'w3m', elinks: 'elinks', links: 'links', lynx: 'lynx', 'pandoc-gfm': 'pandoc', 'pandoc-plain': 'pandoc',
  'lo-text': 'soffice', soffice: 'soffice', pdftotext: 'pdftotext', chromium: 'chromium',
};

/** Whether the program behind a tool name is installed. */
export function available(tool: string): boolean {
  const program = PROGRAM[tool] ?? tool;
  return spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).status === 0;
}

function cacheDir(): string {
  const dir = join(repoRoot(), 'out', 'tool-cache');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Where the output of `kind` over `input` is kept. */
function cachePath(kind: string, input: Buffer | string, ext: string): string {
  const hash = createHash('sha256').update(kind).update('\0').update(input).digest('hex').slice(0, 24);
  return join(cacheDir(), `${hash}.${ext}`);
}

// Outputs are made under a name of the process's own and renamed into place: two runs sharing the
// cache (the unit tests beside an accuracy run) never read a file another is still writing.
export function cached(kind: string, input: Buffer | string, ext: string, make: (outFile: string) => void): string {
  const file = cachePath(kind, input, ext);
  if (!existsSync(file)) {
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      make(tmp);
      renameSync(tmp, file);
    } finally {
      rmSync(tmp, { force: true });
    }
  }
  return file;
}

/** Runs a text tool over an HTML page (its content, not a path); returns the text it printed. */
export function htmlToTextWith(tool: TextTool, html: string): string {
  if (tool === 'lo-text') {
    const docx = libreOfficeConvert(Buffer.from(html, 'utf8'), 'html', 'docx');
    return readFileSync(libreOfficeConvertFile(docx, 'txt'), 'utf8');
  }
  const file = cached(`${tool}`, html, 'txt', (out) => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-tool-'));
    try {
      const page = join(dir, 'report.html');
      writeFileSync(page, html);
      const [program, args] = COMMANDS[tool](page);
      const text = execFileSync(program, args, { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, LANG: 'C.UTF-8', TERM: 'dumb' } });
      writeFileSync(out, text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  return readFileSync(file, 'utf8');
}

const LO_FILTERS: Record<string, string> = {
  docx: 'docx:MS Word 2007 XML',
  pdf: 'pdf:writer_pdf_Export',
  // A PDF that asks for a password to open ("secret"): what an encrypted report is.
  'locked.pdf': 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}',
  txt: 'txt:Text (encoded):UTF8',
  html: 'html:HTML (StarWriter)',
};

/** Converts a document with LibreOffice (`from` names the input's type); returns the cached output file. */
export function libreOfficeConvert(input: Buffer, from: 'html' | 'docx', to: 'docx' | 'pdf' | 'txt' | 'locked.pdf'): string {
  return cached(`soffice:${from}->${to}`, input, to === 'locked.pdf' ? 'pdf' : to, (out) => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-lo-'));
    try {
      const src = join(dir, `report.${from}`);
      writeFileSync(src, input);
      const args = ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`];
      if (from === 'html') args.push('--infilter=HTML (StarWriter)');
      args.push('--convert-to', LO_FILTERS[to]!, '--outdir', join(dir, 'out'), src);
      execFileSync('soffice', args, { stdio: 'pipe', timeout: 120_000 });
      const produced = readdirSync(join(dir, 'out'))[0];
      if (!produced) throw new Error(`soffice made no ${to} of ${from}`);
      writeFileSync(out, readFileSync(join(dir, 'out', produced)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

/** LibreOffice conversion of a file already on disk (a cached output of `libreOfficeConvert`). */
export function libreOfficeConvertFile(path: string, to: 'docx' | 'pdf' | 'txt'): string {
  const from = path.endsWith('.docx') ? 'docx' : 'html';
  return libreOfficeConvert(readFileSync(path), from, to);
}

/** pdftotext over a PDF file: `layout` keeps the columns (`-layout`), otherwise reading order. */
export function pdfToText(pdfPath: string, layout: boolean): string {
  const file = cached(`pdftotext:${layout}`, readFileSync(pdfPath), 'txt', (out) => {
    execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', pdfPath, out], { stdio: 'pipe' });
  });
  return readFileSync(file, 'utf8');
}

/** Like `cached`, for outputs made asynchronously (a browser). */
export async function cachedAsync(kind: string, input: Buffer | string, ext: string, make: () => Promise<Buffer | string>): Promise<string> {
  const file = cachePath(kind, input, ext);
  if (!existsSync(file)) {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, await make());
    renameSync(tmp, file);
  }
  return file;
}

/** Every sheet of a workbook as CSV text, converted by LibreOffice Calc (sheet name → CSV). */
export function libreOfficeSheets(xlsxPath: string): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-calc-'));
  try {
    const args = ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`];
    // Filter options: comma, double quote, UTF-8, from line 1, …, and the last token -1: every sheet to its own file.
    args.push('--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', join(dir, 'out'), xlsxPath);
    execFileSync('soffice', args, { stdio: 'pipe', timeout: 120_000 });
    const sheets = new Map<string, string>();
    for (const name of readdirSync(join(dir, 'out'))) {
      const sheet = /-([^-]+)\.csv$/.exec(name)?.[1];
      if (sheet) sheets.set(sheet, readFileSync(join(dir, 'out', name), 'utf8'));
    }
    return sheets;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
