import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);
/** Enough elements to find the pattern; a themed library can repeat one fault a hundred times. */
const NODES_SHOWN = 5;
const STILL_FRAMES = 8;
/** A page that never stops moving is still checked, just not forever later. */
const STILL_TIMEOUT_MS = 10_000;

/**
 * Axe must not judge half-faded colours, nor a menu that is about to unmount. Mantine starts its transitions a couple
 * of frames after the state changes, so wait until no finite animation has run for several frames in a row; endless
 * animations (spinners) do not count.
 */
async function waitUntilStill(page: Page): Promise<void> {
  await page.evaluate(
    ({ framesNeeded, timeoutMs }) =>
      new Promise<void>((resolve) => {
        const deadline = performance.now() + timeoutMs;
        let still = 0;
        const tick = () => {
          const moving = document.getAnimations().some((animation) => {
            const end = animation.effect?.getComputedTiming().endTime;
            return animation.playState === 'running' && end !== Number.POSITIVE_INFINITY;
          });
          still = moving ? 0 : still + 1;
          if (still >= framesNeeded || performance.now() > deadline) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { framesNeeded: STILL_FRAMES, timeoutMs: STILL_TIMEOUT_MS },
  );
}

function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.slice(0, NODES_SHOWN).map((node) => {
        const summary = (node.failureSummary ?? '').replace(/\n/g, '\n        ');
        return `    - ${node.target.join(' ')}\n      ${node.html}\n        ${summary}`;
      });
      const hidden = violation.nodes.length - NODES_SHOWN;
      const more = hidden > 0 ? [`    … and ${hidden} more element(s)`] : [];
      const title = `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.nodes.length} element(s))`;
      return [title, `    ${violation.helpUrl}`, ...nodes, ...more].join('\n');
    })
    .join('\n');
}

/**
 * Runs axe-core on the page as it is now; any serious or critical violation fails the current test with a readable
 * list, yet lets the journey go on so that every later page is still checked.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await waitUntilStill(page);
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''));
  expect.soft(describeViolations(blocking), `serious or critical axe violations on ${page.url()}`).toBe('');
}
