import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { callApi, signInFirstTime } from './practices-support.ts';
import { field, heading, openFromNavigation } from './support/app.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { type BrowserSession, launchBrowser, openSession } from './support/browser.ts';
import { E2E_DATABASES } from './support/database.ts';
import { journey } from './support/journey.ts';
import { type RunningServer, startServer } from './support/server.ts';

const ADMIN_PASSWORD = 'Rejestr-Kontaktow-2026';
const PEOPLE = {
  librarian: { name: 'Ola Bibliotekarka', email: 'ola@example.org', role: 'librarian', password: 'Szybki-Wpis-2026' },
  manager: { name: 'Piotr Kierownik', email: 'piotr@example.org', role: 'manager', password: 'Wykresy-Filii-2026' },
} as const;

interface Entry {
  id: string;
  clientId: string;
  needs: string[];
  practices: { id: string }[];
}

async function contacts(context: BrowserContext): Promise<Entry[]> {
  const answer = await callApi(context, 'GET', '/api/interactions?limit=100');
  expect(answer.status).toBe(200);
  const items = answer.body.items;
  return Array.isArray(items) ? items : [];
}

for (const database of E2E_DATABASES) {
  describe(`contact log journey on ${database}`, () => {
    let server: RunningServer | undefined;
    let browser: Browser | undefined;
    let admin: BrowserSession | undefined;
    let librarian: BrowserSession | undefined;
    let manager: BrowserSession | undefined;
    let current: Page | undefined;
    const use = (session: BrowserSession | undefined): Page => {
      if (!session) throw new Error('the browser session did not start');
      current = session.page;
      return session.page;
    };
    const context = (session: BrowserSession | undefined): BrowserContext => {
      if (!session) throw new Error('the browser session did not start');
      return session.context;
    };
    const step = journey(`interactions-${database}`, { page: () => current, serverOutput: () => server?.output() ?? '' });
    const dialog = (page: Page) => page.getByRole('dialog', { name: 'Zapisz kontakt' });

    beforeAll(async () => {
      server = await startServer(database);
      browser = await launchBrowser();
      admin = await openSession(browser, server.baseUrl);
      await signInFirstTime(admin.context, server.admin.email, server.admin.oneTimePassword, ADMIN_PASSWORD);
      const branch = await callApi(admin.context, 'POST', '/api/branches', { name: 'Filia przy Rynku' });
      for (const [key, person] of Object.entries(PEOPLE)) {
        const created = await callApi(admin.context, 'POST', '/api/users', {
          email: person.email,
          name: person.name,
          role: person.role,
          branchIds: [branch.body.id],
        });
        const session = await openSession(browser, server.baseUrl);
        await signInFirstTime(session.context, person.email, String(created.body.oneTimePassword), person.password);
        if (key === 'librarian') librarian = session;
        else manager = session;
      }
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    step('a librarian logs a contact in two taps from the keyboard shortcut', async () => {
      const page = use(librarian);
      await page.goto('/');
      await heading(page, 'Dzień dobry, Ola');
      await page.keyboard.press('Alt+l');
      await dialog(page).waitFor();
      await dialog(page).getByText('Wypożyczenie', { exact: true }).waitFor();
      await expectNoSeriousA11yViolations(page);
      await dialog(page).getByText('Wypożyczenie', { exact: true }).click();
      await dialog(page).getByRole('button', { name: 'Zapisz kontakt', exact: true }).click();
      await dialog(page).waitFor({ state: 'hidden' });
      await page.getByText('Zapisano kontakt.', { exact: true }).waitFor();
      const stored = await contacts(context(librarian));
      expect(stored.map((entry) => entry.needs)).toEqual([['loan']]);
    });

    step('a PESEL in the note is flagged as it is typed and the contact cannot be saved with it', async () => {
      const page = use(librarian);
      await page.getByRole('banner').getByRole('button', { name: 'Zapisz kontakt', exact: true }).click();
      await dialog(page).getByText('Informacja', { exact: true }).click();
      await dialog(page)
        .getByRole('button', { name: /Praktyki, powrót, notatka, czas/ })
        .click();
      await field(dialog(page), 'Notatka (opcjonalnie)').fill('Czytelnik podał PESEL 44051401359');
      await dialog(page).getByText('Notatka wygląda na dane osobowe', { exact: true }).waitFor();
      await expectNoSeriousA11yViolations(page);
      await dialog(page).getByRole('button', { name: 'Zapisz kontakt', exact: true }).click();
      await dialog(page).getByText('Usuń z notatki dane osobowe — takiej notatki nie da się zapisać.').waitFor();
      await field(dialog(page), 'Notatka (opcjonalnie)').fill('');
      await page.keyboard.press('Escape');
      await dialog(page).waitFor({ state: 'hidden' });
      expect(await contacts(context(librarian))).toHaveLength(1);
    });

    step('offline, a contact waits in the browser and the header says so', async () => {
      const page = use(librarian);
      await context(librarian).setOffline(true);
      await page.keyboard.press('Alt+l');
      await dialog(page).getByText('Informacja', { exact: true }).click();
      await dialog(page).getByText('Negatywne', { exact: true }).click();
      await dialog(page).getByRole('button', { name: 'Zapisz kontakt', exact: true }).click();
      await dialog(page).waitFor({ state: 'hidden' });
      await page.getByRole('banner').getByText('1 kontakt czeka na wysłanie', { exact: true }).waitFor();
      await expectNoSeriousA11yViolations(page);
      expect(await contacts(context(admin))).toHaveLength(1);
    });

    step('back online, the waiting contact is sent exactly once', async () => {
      const page = use(librarian);
      await context(librarian).setOffline(false);
      await page.getByText('Wysłano 1 zaległy kontakt.', { exact: true }).waitFor();
      await page.getByText('1 kontakt czeka na wysłanie', { exact: true }).waitFor({ state: 'detached' });
      const stored = await contacts(context(admin));
      expect(stored).toHaveLength(2);
      expect(new Set(stored.map((entry) => entry.clientId)).size).toBe(2);
      expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('relacja.contact-queue')))).toEqual([]);
    });

    step('from a practice page the contact is logged with the practice filled in', async () => {
      const page = use(librarian);
      const list = await callApi(context(librarian), 'GET', '/api/practices?limit=1');
      const [practice] = Array.isArray(list.body.items) ? list.body.items : [];
      await page.goto(`/practices/${practice.slug}`);
      await page.getByRole('button', { name: 'Zapisz kontakt z tą praktyką', exact: true }).click();
      await dialog(page).getByText(practice.title).first().waitFor();
      const needs = await dialog(page).getByRole('checkbox', { checked: true }).count();
      if (needs === 0) await dialog(page).getByText('Inne', { exact: true }).click();
      await dialog(page).getByRole('button', { name: 'Zapisz kontakt', exact: true }).click();
      await dialog(page).waitFor({ state: 'hidden' });
      const stored = await contacts(context(librarian));
      expect(stored.filter((entry) => entry.practices.some((used) => used.id === practice.id))).toHaveLength(1);
    });

    step('the contact log lists the own entries with the 24-hour correction', async () => {
      const page = use(librarian);
      await openFromNavigation(page, 'Rejestr kontaktów');
      const table = page.getByRole('table', { name: 'Zapisane kontakty, od najnowszych' });
      await expect.poll(() => table.getByRole('row').count()).toBe(4);
      await table
        .getByRole('button', { name: /^Popraw kontakt z/ })
        .first()
        .waitFor();
      await page.getByText('3 kontakty', { exact: true }).waitFor();
      await expectNoSeriousA11yViolations(page);
    });

    step('the manager sees the branch statistics as charts with data tables, and can download CSV', async () => {
      const page = use(manager);
      await page.goto('/');
      await openFromNavigation(page, 'Statystyki kontaktów');
      await page.getByText('Kontakty Twoich filii', { exact: true }).waitFor();
      await page.getByRole('img', { name: /Wykres słupkowy: Potrzeby/ }).waitFor();
      await page.getByText('Dane wykresu w tabeli: Potrzeby', { exact: true }).click();
      await page.getByRole('rowheader', { name: 'Wypożyczenie', exact: true }).waitFor();
      await expectNoSeriousA11yViolations(page);
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Pobierz CSV', exact: true }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^kontakty-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    });

    step('the admin reads what is kept and for how long, and changes the period', async () => {
      const page = use(admin);
      await page.goto('/');
      await openFromNavigation(page, 'Przechowywanie danych');
      await page.getByRole('table', { name: 'Co przechowujemy i jak długo' }).waitFor();
      await page.getByText('90 dni od kontaktu, potem notatka jest usuwana').waitFor();
      await expectNoSeriousA11yViolations(page);
      await field(page, 'Okres przechowywania (w dniach)').fill('30');
      await page.getByRole('button', { name: 'Zapisz okres', exact: true }).click();
      await page.getByText('30 dni od kontaktu, potem notatka jest usuwana').waitFor();
      const saved = await callApi(context(admin), 'GET', '/api/settings/retention');
      expect(saved.body.days).toBe(30);
    });
  });
}
