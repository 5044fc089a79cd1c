// Driving VS Code's web workbench from Playwright: helpers shared by the e2e drivers.
import type { Frame, Page } from 'playwright-core';

/** Runs a command by its title through the command palette. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** The webview's DOM lives in nested iframes; finds the frame for which `test` holds. */
export async function waitForFrame(page: Page, test: (frame: Frame) => Promise<boolean>, timeoutMs = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) if (await test(frame).catch(() => false)) return frame;
    await page.waitForTimeout(250);
  }
  throw new Error('no webview frame rendered the preview');
}
