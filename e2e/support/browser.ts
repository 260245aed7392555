import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
/** The browser logs every 4xx answer, and a signed-out visitor or a wrong password gets exactly that. */
const EXPECTED_CONSOLE_ERROR = /^Failed to load resource: the server responded with a status of 4\d\d/;
/** Generous, because CI machines are small and shared; Playwright waits only as long as it must. */
export const E2E_TIMEOUT_MS = 20_000;

/** Debian's Chromium, headless; never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors in the page, which would otherwise pass unnoticed. */
  browserErrors: string[];
}

/** A fresh browser profile (no cookies, no local storage) of a Polish-speaking librarian. */
export async function openSession(browser: Browser, baseUrl: string): Promise<BrowserSession> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'pl-PL',
    timezoneId: 'Europe/Warsaw',
    viewport: { width: 1280, height: 800 },
  });
  context.setDefaultTimeout(E2E_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(E2E_TIMEOUT_MS);
  const page = await context.newPage();
  const browserErrors: string[] = [];
  page.on('pageerror', (error) => browserErrors.push(`${page.url()}: uncaught ${error.stack ?? error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error' || EXPECTED_CONSOLE_ERROR.test(message.text())) return;
    browserErrors.push(`${page.url()}: console.error ${message.text()}`);
  });
  return { context, page, browserErrors };
}
