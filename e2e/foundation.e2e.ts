import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { chooseFromUserMenu, heading, openUserMenu, setOwnPassword, signIn, signOut } from './support/app.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { type BrowserSession, launchBrowser, openSession } from './support/browser.ts';
import { E2E_DATABASES } from './support/database.ts';
import { journey } from './support/journey.ts';
import { type RunningServer, startServer } from './support/server.ts';

const ADMIN_PASSWORD = 'Filia-na-Rynku-2026';

for (const database of E2E_DATABASES) {
  describe(`foundation journey on ${database}`, () => {
    let server: RunningServer | undefined;
    let browser: Browser | undefined;
    let session: BrowserSession | undefined;
    const page = (): Page => {
      if (!session) throw new Error('the browser did not start');
      return session.page;
    };
    const running = (): RunningServer => {
      if (!server) throw new Error('the server did not start');
      return server;
    };
    const step = journey(`foundation-${database}`, { page: () => session?.page, serverOutput: () => server?.output() ?? '' });

    beforeAll(async () => {
      server = await startServer(database);
      browser = await launchBrowser();
      session = await openSession(browser, server.baseUrl);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    step('the admin signs in with the one-time password from the console and must set a new one', async () => {
      const { admin } = running();
      expect(admin.email).toBe('admin@relacja.local');
      await page().goto('/');
      await page().waitForURL('**/login?next=%2F');
      await heading(page(), 'Relacja');
      await expectNoSeriousA11yViolations(page());
      await signIn(page(), admin.email, admin.oneTimePassword);
      await page().waitForURL('**/account/password');
      await heading(page(), 'Zmiana hasła');
      await page().getByText('Ustaw własne hasło', { exact: true }).waitFor();
      await expectNoSeriousA11yViolations(page());
    });

    step('the admin sets a new password and reaches the home page', async () => {
      await setOwnPassword(page(), running().admin.oneTimePassword, ADMIN_PASSWORD);
      await page().waitForURL((url) => url.pathname === '/');
      await heading(page(), 'Dzień dobry, Administrator');
      await expectNoSeriousA11yViolations(page());
      await page().reload();
      await heading(page(), 'Dzień dobry, Administrator');
    });

    step('the shortcut help opens with ? and closes with Escape', async () => {
      await page().keyboard.press('Shift+Slash');
      const dialog = page().getByRole('dialog', { name: 'Skróty klawiszowe' });
      await dialog.waitFor();
      await dialog.getByRole('cell', { name: 'Pokaż tę listę skrótów' }).waitFor();
      await expectNoSeriousA11yViolations(page());
      await page().keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    });

    step('switching to English changes the interface and is remembered after a reload', async () => {
      await openUserMenu(page());
      await expectNoSeriousA11yViolations(page());
      await page().keyboard.press('Escape');
      await page().getByRole('menu').waitFor({ state: 'hidden' });
      await chooseFromUserMenu(page(), 'Switch to English');
      await heading(page(), 'Good day, Administrator');
      await page().getByRole('link', { name: 'Home', exact: true }).waitFor();
      expect(await page().locator('html').getAttribute('lang')).toBe('en');
      await expectNoSeriousA11yViolations(page());
      await page().reload();
      await heading(page(), 'Good day, Administrator');
    });

    step('the language belongs to the account: a fresh browser shows English right after sign-in', async () => {
      const fresh = await openSession(await launchedBrowser(), running().baseUrl);
      try {
        await signIn(fresh.page, running().admin.email, ADMIN_PASSWORD);
        await heading(fresh.page, 'Good day, Administrator');
        expect(fresh.browserErrors).toEqual([]);
      } finally {
        await fresh.context.close();
      }
    });

    step('switching back to Polish', async () => {
      await chooseFromUserMenu(page(), 'Przełącz na polski');
      await heading(page(), 'Dzień dobry, Administrator');
      expect(await page().locator('html').getAttribute('lang')).toBe('pl');
      await page().reload();
      await heading(page(), 'Dzień dobry, Administrator');
    });

    step('signing out leads back to the sign-in page', async () => {
      await signOut(page());
      await heading(page(), 'Relacja');
      await page().goto('/');
      await page().waitForURL('**/login?next=%2F');
    });

    step('a wrong password shows the Polish error', async () => {
      await signIn(page(), running().admin.email, 'to-nie-jest-moje-haslo');
      const alert = page().getByRole('alert');
      await alert.getByText('Nie udało się zalogować', { exact: true }).waitFor();
      await alert.getByText('Sprawdź adres e-mail i hasło, a potem spróbuj ponownie.', { exact: true }).waitFor();
      expect(new URL(page().url()).pathname).toBe('/login');
      await expectNoSeriousA11yViolations(page());
    });

    step('the API reference renders at /api/docs', async () => {
      await page().goto('/api/docs');
      await page()
        .getByRole('heading', { name: /Relacja API/ })
        .waitFor();
      await page().getByText('/api/auth/login', { exact: true }).first().waitFor();
      await expectNoSeriousA11yViolations(page());
    });

    step('nothing failed in the browser along the way', async () => {
      expect(session?.browserErrors).toEqual([]);
    });

    async function launchedBrowser(): Promise<Browser> {
      if (!browser) throw new Error('the browser did not start');
      return browser;
    }
  });
}
