// Bad input: whatever bytes reach the parser, parseReport returns (it never throws or hangs),
// and text that is not a report gives an empty model with `problem` set.
//
// Each case runs in a worker thread (this same bundled file) so that a parser stuck in a
// synchronous loop is detected and terminated instead of blocking the test run.
import test from 'node:test';
import assert from 'node:assert/strict';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { parseReport } from '../../server/src/core';
import { renderReport } from '../support/render';
import { mulberry32 } from '../support/rng';
import { randomConsistentValues } from '../support/values';

interface Outcome {
  threw?: string;
  ms: number;
  problem?: { code: string; message: string } | undefined;
  format: string | null;
  year: number | null;
  tables: number;
  sections: number;
  length: number;
}

if (!isMainThread && workerData?.badInput) {
  const started = performance.now();
  let outcome: Outcome;
  try {
    const model = parseReport(workerData.text as string);
    outcome = {
      ms: performance.now() - started,
      problem: model.problem ? { code: model.problem.code, message: model.problem.message } : undefined,
      format: model.format,
      year: model.year,
      tables: model.tables.length,
      sections: model.sections.length,
      length: model.length,
    };
  } catch (error) {
    outcome = { threw: (error as Error).stack ?? String(error), ms: performance.now() - started, format: null, year: null, tables: 0, sections: 0, length: 0 };
  }
  parentPort!.postMessage(outcome);
} else {
  registerTests();
}

function parseInWorker(text: string, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(__filename, { workerData: { badInput: true, text } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`parseReport did not return within ${timeoutMs} ms (input of ${text.length} UTF-16 units)`));
    }, timeoutMs);
    worker.once('message', (m: Outcome) => {
      clearTimeout(timer);
      void worker.terminate();
      resolvePromise(m);
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

const ALL_CODES = ['empty', 'binary', 'too-large', 'not-a-report', 'encoding'];

function assertEmptyModel(o: Outcome, codes: string[], what: string): void {
  assert.equal(o.threw, undefined, `${what}: parseReport threw\n${o.threw}`);
  assert.ok(o.problem, `${what}: model.problem is not set`);
  assert.ok(codes.includes(o.problem.code), `${what}: problem code ${o.problem.code}, expected one of ${codes.join(', ')}`);
  assert.ok(o.problem.message.length > 0, `${what}: problem message is empty`);
  assert.equal(o.tables, 0, `${what}: model has ${o.tables} table(s)`);
  assert.equal(o.sections, 0, `${what}: model has ${o.sections} section(s)`);
  assert.equal(o.format, null, `${what}: format is ${o.format}`);
}

function randomBytes(seed: number, n: number): Uint8Array {
  const rng = mulberry32(seed);
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = rng.int(0, 255);
  return bytes;
}

/** A fused report whose digit runs are absurdly long: a parser that enumerates splits naively never returns. */
function pathologicalFused(): string {
  const values = randomConsistentValues('2021', mulberry32(7));
  const text = renderReport({ format: '2021', values, metadata: { bodyName: '某某县人民政府办公室', year: 2021 }, rendering: 'fused', seed: 3, noise: false }).text;
  // Every run of two or more digits becomes a run of 400 digits.
  return text.replace(/\d{2,}/g, (m) => m.repeat(Math.ceil(400 / m.length)).slice(0, 400));
}

const NEWS = `本报讯 今年以来，我市持续推进城乡环境整治工作，累计清理垃圾1200余吨，新增绿地面积35万平方米。
市城管局有关负责人表示，下一步将继续加大投入，巩固整治成果，让群众生活环境更加整洁美丽。
据了解，今年我市还将新建公园游园12处，改造老旧小区45个，惠及居民2.3万户。
（记者 王某某 通讯员 李某）
`;

const README = `# project

A small utility that converts CSV files to JSON.

## Usage

    npx csv2json input.csv > output.json

Options: --delimiter, --header, --pretty. See LICENSE for terms.
`;

function registerTests(): void {
  test('empty text', async () => {
    assertEmptyModel(await parseInWorker('', 10_000), ['empty'], 'empty text');
  });

  test('whitespace only (spaces, tabs, blank lines, a BOM)', async () => {
    assertEmptyModel(await parseInWorker('\ufeff  \n\n\t\r\n　\u00a0\n', 10_000), ['empty', 'not-a-report'], 'whitespace');
  });

  test('binary bytes (random bytes read as latin1, NULs included)', async () => {
    const text = Buffer.from(randomBytes(1, 64 * 1024)).toString('latin1');
    assertEmptyModel(await parseInWorker(text, 10_000), ['binary', 'encoding'], 'binary bytes');
  });

  test('binary bytes decoded as UTF-8 (replacement characters)', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(randomBytes(2, 32 * 1024))]);
    assertEmptyModel(await parseInWorker(png.toString('utf8'), 10_000), ['binary', 'encoding'], 'PNG as UTF-8');
  });

  test('a Chinese text that is not a report', async () => {
    assertEmptyModel(await parseInWorker(NEWS, 10_000), ['not-a-report'], 'news text');
  });

  test('an English text that is not a report', async () => {
    assertEmptyModel(await parseInWorker(README, 10_000), ['not-a-report'], 'README');
  });

  test('random garbage (random CJK, digits and punctuation)', async () => {
    const rng = mulberry32(3);
    const alphabet = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严０１２３４５６７８９0123456789，。、；：？！“”（）《》—…  \n\t';
    let s = '';
    for (let i = 0; i < 200_000; i++) s += alphabet[rng.int(0, alphabet.length - 1)];
    assertEmptyModel(await parseInWorker(s, 15_000), ['not-a-report', 'binary', 'encoding'], 'random garbage');
  });

  test('a 20 MB file', async () => {
    const para = '2020年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，不断完善政府信息公开工作机制，主动公开政府信息219条。\n';
    const text = `某某市某某局\n2020年政府信息公开工作年度报告\n一、总体情况\n${para.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(para, 'utf8')))}`;
    assert.ok(Buffer.byteLength(text, 'utf8') >= 20 * 1024 * 1024);
    assertEmptyModel(await parseInWorker(text, 20_000), ['too-large'], '20 MB file');
  });

  test('a huge single line (4 million characters, no line break)', async () => {
    const text = '政府信息公开0123456789，'.repeat(250_000);
    const o = await parseInWorker(text, 20_000);
    assertEmptyModel(o, ALL_CODES.filter((c) => c !== 'empty'), 'huge single line');
  });

  test('a huge single line of digits', async () => {
    const o = await parseInWorker('9'.repeat(3_000_000), 20_000);
    assertEmptyModel(o, ALL_CODES.filter((c) => c !== 'empty'), 'digits line');
  });

  test('a fused report with 400-digit runs returns promptly and does not throw', async () => {
    const o = await parseInWorker(pathologicalFused(), 10_000);
    assert.equal(o.threw, undefined, `parseReport threw\n${o.threw}`);
    assert.ok(o.ms < 5_000, `took ${Math.round(o.ms)} ms`);
  });

  test('lone surrogates and control characters inside a report-like text do not throw', async () => {
    const text = '某某局\n2021年政府信息公开工作年度报告\n一、总体情况\n\ud800\udfff\udc00\u0001\u0007\u001b[31m\n二、主动公开政府信息情况\n\t第二十条第（一）项\n\u0000\n';
    const o = await parseInWorker(text, 10_000);
    assert.equal(o.threw, undefined, `parseReport threw\n${o.threw}`);
  });
}
