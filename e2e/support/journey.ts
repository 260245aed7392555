import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { it } from 'vitest';

const SCREENSHOT_DIR = path.resolve('test-results/e2e');

function fileNameOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

async function screenshot(page: Page | undefined, name: string): Promise<string | undefined> {
  if (!page || page.isClosed()) return undefined;
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${fileNameOf(name)}.png`);
  try {
    await page.screenshot({ path: file, fullPage: true, timeout: 10_000 });
    return file;
  } catch {
    return undefined;
  }
}

/**
 * A journey is a sequence of dependent steps: once one throws, the rest are skipped instead of failing for the same
 * reason. Any failing step (also a soft accessibility failure) leaves a screenshot in test-results/e2e/ and prints
 * the server's recent log.
 */
export function journey(name: string, current: { page: () => Page | undefined; serverOutput: () => string }) {
  let broken = false;
  return function step(title: string, body: () => Promise<void>): void {
    it(title, async (context) => {
      if (broken) context.skip(`an earlier step of ${name} failed`);
      context.onTestFailed(async () => {
        const file = await screenshot(current.page(), `${name}-${title}`);
        const log = current.serverOutput().split('\n').slice(-25).join('\n');
        console.error(`Step failed: ${name} › ${title}\nScreenshot: ${file ?? '(none)'}\nServer log (last lines):\n${log}`);
      });
      try {
        await body();
      } catch (error) {
        broken = true;
        throw error;
      }
    });
  };
}
