// Screenshots of key moments, asked for by the suite and taken by the code-server harness: the
// suite logs a marker line (the harness reads the extension host's console), the harness saves
// NAME.png and NAME.json (what the page showed, e.g. the tables in the preview's webview) in the
// folder it passed down in the environment, and the suite waits for NAME.json. Under
// @vscode/test-electron there is no harness and no such folder: no screenshots.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SCREENSHOT_ENV = 'NIANBAO_E2E_SCREENSHOTS';
const MARKER = /\[nianbao-e2e:screenshot:([\w-]+)\]/;

/** The screenshot a console line asks for, if any (harness side). */
export function screenshotRequest(line: string): string | undefined {
  return MARKER.exec(line)?.[1];
}

/** What the harness saw when it took the screenshot. */
export interface PageFacts {
  /** Tables rendered in the preview's webview (0 when no preview is open). */
  tables: number;
  /** The active editor tab's title as shown. */
  activeTab?: string;
  /** The preview's line naming the file it shows (null when no preview is open). */
  showing?: string | null;
  /** The text of every cell of the preview, by cell key. */
  cells?: Record<string, string>;
  /** The id of the table at the top of the preview's viewport (null: none). */
  topTable?: string | null;
}

/** Asks for a screenshot and waits until it is taken; undefined when no harness takes them. */
export async function screenshot(name: string, timeoutMs = 15_000): Promise<PageFacts | undefined> {
  const dir = process.env[SCREENSHOT_ENV];
  if (!dir) return undefined;
  const facts = join(dir, `${name}.json`);
  console.log(`[nianbao-e2e:screenshot:${name}]`);
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(facts)) {
    if (Date.now() > deadline) throw new Error(`the harness took no screenshot "${name}" within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return JSON.parse(readFileSync(facts, 'utf8')) as PageFacts;
}
