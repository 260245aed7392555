import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { chooseFromUserMenu, field, heading, openFromNavigation, openUserMenu, setOwnPassword, signIn, signOut } from './support/app.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { type BrowserSession, launchBrowser, openSession } from './support/browser.ts';
import { E2E_DATABASES } from './support/database.ts';
import { journey } from './support/journey.ts';
import { type RunningServer, startServer } from './support/server.ts';

const ADMIN_PASSWORD = 'Filia-na-Rynku-2026';
const BRANCH = { name: 'Filia nr 4 — Śródmieście', address: 'ul. Książęca 12\n00-498 Warszawa', phone: '+48 22 123 45 67' };
const LIBRARIAN = { name: 'Anna Żółkiewska', email: 'anna.zolkiewska@example.org', password: 'Spokojna-Czytelnia-42' };

for (const database of E2E_DATABASES) {
  describe(`foundation journey on ${database}`, () => {
    let server: RunningServer | undefined;
    let browser: Browser | undefined;
    let session: BrowserSession | undefined;
    let librarianOneTimePassword = '';
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

    step('the admin adds a branch', async () => {
      await openFromNavigation(page(), 'Filie');
      await page().getByText('Nie ma jeszcze żadnej filii. Dodaj pierwszą.', { exact: true }).waitFor();
      await expectNoSeriousA11yViolations(page());
      await page()
        .getByRole('button', { name: /^Dodaj filię/ })
        .click();
      const dialog = page().getByRole('dialog', { name: 'Nowa filia' });
      await field(dialog, 'Nazwa').fill(BRANCH.name);
      await field(dialog, 'Adres').fill(BRANCH.address);
      await field(dialog, 'Telefon').fill(BRANCH.phone);
      await expectNoSeriousA11yViolations(page());
      await dialog.getByRole('button', { name: 'Dodaj filię', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      const table = page().getByRole('table', { name: 'Filie biblioteki' });
      await table.getByRole('rowheader', { name: BRANCH.name, exact: true }).waitFor();
      await table.getByRole('link', { name: BRANCH.phone, exact: true }).waitFor();
      await page().getByText('1 filia', { exact: true }).waitFor();
      await expectNoSeriousA11yViolations(page());
    });

    step('the admin adds a librarian of that branch and sees the one-time password once', async () => {
      await openFromNavigation(page(), 'Użytkownicy');
      await expectNoSeriousA11yViolations(page());
      await page().keyboard.press('n');
      const form = page().getByRole('dialog', { name: 'Nowy użytkownik' });
      await field(form, 'Imię i nazwisko').fill(LIBRARIAN.name);
      await field(form, 'Adres e-mail').fill(LIBRARIAN.email);
      expect(await field(form, 'Rola').inputValue()).toBe('bibliotekarz');
      await field(form, 'Filie').click();
      await page().getByRole('option', { name: BRANCH.name, exact: true }).click();
      await form.getByRole('radio', { name: 'Hasło jednorazowe' }).check();
      await expectNoSeriousA11yViolations(page());
      await form.getByRole('button', { name: 'Utwórz konto', exact: true }).click();

      const credential = page().getByRole('dialog', { name: `Dane logowania: ${LIBRARIAN.name}` });
      await credential.getByText(`Login (adres e-mail): ${LIBRARIAN.email}`, { exact: true }).waitFor();
      librarianOneTimePassword = await field(credential, 'Hasło jednorazowe').inputValue();
      expect(librarianOneTimePassword.length).toBeGreaterThanOrEqual(10);
      await expectNoSeriousA11yViolations(page());
      await credential.getByRole('button', { name: 'Zapisane, zamknij', exact: true }).click();
      await credential.waitFor({ state: 'hidden' });

      const row = page().getByRole('table', { name: 'Konta pracowników' }).getByRole('row').filter({ hasText: LIBRARIAN.email });
      await row.getByText('bibliotekarz', { exact: true }).waitFor();
      await row.getByText(BRANCH.name, { exact: true }).waitFor();
      await row.getByText('czeka na zmianę hasła jednorazowego', { exact: true }).waitFor();
      await expectNoSeriousA11yViolations(page());
    });

    step('the audit log shows who added the branch and the account', async () => {
      await openFromNavigation(page(), 'Dziennik zdarzeń');
      const table = page().getByRole('table', { name: 'Zdarzenia' });
      await table.getByText('Dodanie filii', { exact: true }).waitFor();
      await table.getByText('Utworzenie konta', { exact: true }).waitFor();
      await expectNoSeriousA11yViolations(page());
    });

    step('the admin signs out', async () => {
      await signOut(page());
      await heading(page(), 'Relacja');
    });

    step('the librarian signs in with the one-time password and sets their own', async () => {
      await signIn(page(), LIBRARIAN.email, librarianOneTimePassword);
      await page().waitForURL('**/account/password');
      await heading(page(), 'Zmiana hasła');
      await setOwnPassword(page(), librarianOneTimePassword, LIBRARIAN.password);
      await page().waitForURL((url) => url.pathname === '/');
      await heading(page(), 'Dzień dobry, Anna');
      await expect.poll(() => page().getByRole('link', { name: 'Użytkownicy' }).count()).toBe(0);
      await expectNoSeriousA11yViolations(page());
    });

    step('the librarian cannot open the administration pages', async () => {
      await page().goto('/admin/users');
      await heading(page(), 'Nie ma takiej strony');
      await expectNoSeriousA11yViolations(page());
      await page().goto('/');
      await heading(page(), 'Dzień dobry, Anna');
    });

    step('switching to English changes the interface and is remembered after a reload', async () => {
      await openUserMenu(page());
      await expectNoSeriousA11yViolations(page());
      await page().keyboard.press('Escape');
      await page().getByRole('menu').waitFor({ state: 'hidden' });
      await chooseFromUserMenu(page(), 'Switch to English');
      await heading(page(), 'Good day, Anna');
      await page().getByRole('link', { name: 'Home', exact: true }).waitFor();
      expect(await page().locator('html').getAttribute('lang')).toBe('en');
      await expectNoSeriousA11yViolations(page());
      await page().reload();
      await heading(page(), 'Good day, Anna');
    });

    step('the language belongs to the account: a fresh browser shows English right after sign-in', async () => {
      const fresh = await openSession(await launchedBrowser(), running().baseUrl);
      try {
        await signIn(fresh.page, LIBRARIAN.email, LIBRARIAN.password);
        await heading(fresh.page, 'Good day, Anna');
        expect(fresh.browserErrors).toEqual([]);
      } finally {
        await fresh.context.close();
      }
    });

    step('switching back to Polish', async () => {
      await chooseFromUserMenu(page(), 'Przełącz na polski');
      await heading(page(), 'Dzień dobry, Anna');
      expect(await page().locator('html').getAttribute('lang')).toBe('pl');
      await page().reload();
      await heading(page(), 'Dzień dobry, Anna');
    });

    step('the shortcut help opens with ? and closes with Escape', async () => {
      await page().keyboard.press('Shift+Slash');
      const dialog = page().getByRole('dialog', { name: 'Skróty klawiszowe' });
      await dialog.getByRole('cell', { name: 'Pokaż tę listę skrótów' }).waitFor();
      await expectNoSeriousA11yViolations(page());
      await page().keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    });

    step('on a phone every header control is on screen and named', async () => {
      const desktop = page().viewportSize();
      await page().setViewportSize({ width: 390, height: 844 });
      try {
        await heading(page(), 'Dzień dobry, Anna');
        const header = page().locator('header');
        for (const name of ['Szukaj praktyk', 'Trudna sytuacja', 'Zapisz kontakt']) {
          const box = await header.getByRole('button', { name }).boundingBox();
          expect(box, name).not.toBeNull();
          expect((box?.x ?? 0) + (box?.width ?? 0), name).toBeLessThanOrEqual(390);
        }
        const menu = await header.getByTestId('user-menu').boundingBox();
        expect(menu).not.toBeNull();
        expect((menu?.x ?? 0) + (menu?.width ?? 0)).toBeLessThanOrEqual(390);
        expect(await page().evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        await expectNoSeriousA11yViolations(page());
      } finally {
        if (desktop) await page().setViewportSize(desktop);
      }
    });

    step('signing out leads back to the sign-in page', async () => {
      await signOut(page());
      await heading(page(), 'Relacja');
      await page().goto('/');
      await page().waitForURL('**/login?next=%2F');
    });

    step('a wrong password shows the Polish error', async () => {
      await signIn(page(), LIBRARIAN.email, 'to-nie-jest-moje-haslo');
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
