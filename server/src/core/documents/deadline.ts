// A time limit for the readers that run without pausing (DOCX, HTML). They cannot be stopped from
// outside, so they look at the clock as they go: every node or element they handle calls
// `check`, which throws ReadTimeout once the limit has passed. The reader turns that into an
// unreadable outcome with reason 'timeout' (docs/report-format.md §5), never a hang.
import type { ReadOutcome } from './types';

export class ReadTimeout extends Error {
  constructor(readonly limitMs: number) {
    super(`reading took over ${limitMs} ms`);
  }
}

export interface Deadline {
  /** Throws ReadTimeout when the limit has passed; cheap enough to call per element. */
  check(): void;
}

/** Reading the clock once every this many checks keeps a check at a counter increment. */
const CHECKS_PER_CLOCK_READ = 64;

export function deadline(limitMs: number): Deadline {
  const end = Date.now() + limitMs;
  let calls = 0;
  return {
    check() {
      // The first call reads the clock too, so that a limit already spent shows at once.
      if (calls++ % CHECKS_PER_CLOCK_READ === 0 && Date.now() >= end) throw new ReadTimeout(limitMs);
    },
  };
}

/** The unreadable outcome for a reader stopped by its time limit; `what` names the kind in both languages. */
export function timedOut(limitMs: number, what: { zh: string; en: string }): ReadOutcome {
  const seconds = limitMs / 1000;
  return {
    ok: false,
    reason: 'timeout',
    message: `读取${what.zh}超过 ${seconds} 秒，已停止；文件可能过大或结构异常（reading the ${what.en} took over ${seconds} s and was stopped: the file may be too large or malformed）`,
  };
}
