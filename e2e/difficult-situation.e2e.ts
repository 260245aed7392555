import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { callApi, signInFirstTime } from './practices-support.ts';
import { field, heading, openFromNavigation } from './support/app.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { type BrowserSession, launchBrowser, openSession } from './support/browser.ts';
import { E2E_DATABASES } from './support/database.ts';
import { journey } from './support/journey.ts';
import { type RunningServer, startServer } from './support/server.ts';

const PEOPLE = {
  ewa: { name: 'Ewa Zielińska', email: 'ewa.zielinska@example.org', role: 'librarian', branch: 'wola', password: 'Spokojna-Lada-2026' },
  jan: { name: 'Jan Malinowski', email: 'jan.malinowski@example.org', role: 'librarian', branch: 'wola', password: 'Cicha-Czytelnia-2026' },
  maria: {
    name: 'Maria Kierownik',
    email: 'maria.kierownik@example.org',
    role: 'manager',
    branch: 'wola',
    password: 'Kierowniczka-Woli-2026',
  },
  tomek: { name: 'Tomek Daleki', email: 'tomek.daleki@example.org', role: 'librarian', branch: 'ursus', password: 'Daleka-Filia-2026' },
} as const;
type Person = keyof typeof PEOPLE;
const ALERT_TITLE = 'Ewa Zielińska z filii Filia na Woli prosi o wsparcie przy ladzie';

/** Waits until the page's event stream is open, so a call for a colleague sent now reaches it. */
async function openWithEvents(page: Page, path: string): Promise<void> {
  const stream = page.waitForResponse((response) => response.url().endsWith('/api/events') && response.status() === 200);
  await page.goto(path);
  await stream.catch((error: unknown) => {
    throw new Error(`no event stream opened on ${path}: ${String(error)}`);
  });
}

for (const database of E2E_DATABASES) {
  describe(`difficult situation journey on ${database}`, () => {
    let server: RunningServer | undefined;
    let browser: Browser | undefined;
    const sessions: Partial<Record<Person, BrowserSession>> = {};
    let current: Page | undefined;
    const page = (person: Person): Page => {
      const session = sessions[person];
      if (!session) throw new Error(`${person} is not signed in`);
      current = session.page;
      return session.page;
    };
    const step = journey(`difficult-situation-${database}`, { page: () => current, serverOutput: () => server?.output() ?? '' });

    beforeAll(async () => {
      server = await startServer(database);
      browser = await launchBrowser();
      const admin = await openSession(browser, server.baseUrl);
      await signInFirstTime(admin.context, server.admin.email, server.admin.oneTimePassword, 'Filia-na-Rynku-2026');
      const branches: Record<string, string> = {};
      for (const [key, name] of [
        ['wola', 'Filia na Woli'],
        ['ursus', 'Filia w Ursusie'],
      ]) {
        const created = await callApi(admin.context, 'POST', '/api/branches', { name });
        branches[key ?? ''] = String(created.body.id);
      }
      for (const [key, person] of Object.entries(PEOPLE)) {
        const body = { name: person.name, email: person.email, role: person.role, branchIds: [branches[person.branch]] };
        const created = await callApi(admin.context, 'POST', '/api/users', body);
        expect(created.status, `creating ${person.email}`).toBe(201);
        const session = await openSession(browser, server.baseUrl);
        await signInFirstTime(session.context, person.email, String(created.body.oneTimePassword), person.password);
        sessions[key as Person] = session;
      }
      await admin.context.close();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    step('a manager sets the branch safety contacts', async () => {
      await page('maria').goto('/');
      await openFromNavigation(page('maria'), 'Kontakty bezpieczeństwa');
      await expectNoSeriousA11yViolations(page('maria'));
      await page('maria').getByRole('link', { name: 'Filia na Woli', exact: true }).click();
      await heading(page('maria'), 'Kontakty bezpieczeństwa — Filia na Woli');
      await page('maria').getByText('Filia nie ma jeszcze własnej listy — pracownicy widzą tylko numer 112.').waitFor();
      await page('maria').getByRole('group', { name: 'Kontakt 1: Policja / numer alarmowy' }).waitFor();
      await page('maria').getByRole('button', { name: 'Dodaj kontakt', exact: true }).click();
      const added = page('maria').getByRole('group', { name: 'Kontakt 2: Ochrona' });
      await field(added, 'Telefon').fill('22 000 00 01');
      await field(added, 'Uwagi').fill('Portiernia, parter');
      await expectNoSeriousA11yViolations(page('maria'));
      await page('maria').getByRole('button', { name: 'Zapisz kontakty', exact: true }).click();
      await page('maria').getByText('Zapisano kontakty bezpieczeństwa.').waitFor();
    });

    step('colleagues of the branch and of another branch have Relacja open', async () => {
      await openWithEvents(page('jan'), '/');
      await openWithEvents(page('tomek'), '/');
      await openWithEvents(page('maria'), '/team-support');
      await heading(page('maria'), 'Wsparcie zespołu');
    });

    step('Alt+T opens the protocol at once, with the safety contacts and the steps', async () => {
      await openWithEvents(page('ewa'), '/');
      await page('ewa')
        .getByRole('button', { name: /^Trudna sytuacja/ })
        .waitFor();
      await page('ewa').keyboard.press('Alt+t');
      const dialog = page('ewa').getByRole('dialog', { name: 'Trudna sytuacja' });
      await dialog.waitFor();
      await dialog.getByRole('link', { name: 'Zadzwoń: Ochrona, 22 000 00 01' }).waitFor();
      expect(await dialog.getByRole('link', { name: 'Zadzwoń: Ochrona, 22 000 00 01' }).getAttribute('href')).toBe('tel:220000001');
      expect(await dialog.getByRole('link', { name: 'Zadzwoń: Policja / numer alarmowy, 112' }).getAttribute('href')).toBe('tel:112');
      await dialog.getByRole('heading', { name: 'Co robić — krok po kroku' }).waitFor();
      await dialog.getByRole('button', { name: 'Czytelnik krzyczy i obraża przy ladzie' }).waitFor();
      await dialog.getByRole('button', { name: 'Groźby lub agresja fizyczna w bibliotece' }).waitFor();
      await dialog.getByRole('listitem').first().waitFor();
      await expectNoSeriousA11yViolations(page('ewa'));
    });

    step('one tap calls the colleagues of the branch, and the sender sees how many were notified', async () => {
      const dialog = page('ewa').getByRole('dialog', { name: 'Trudna sytuacja' });
      await field(dialog, 'Krótka informacja (nieobowiązkowa)').fill('Głośna rozmowa przy ladzie');
      await dialog.getByRole('button', { name: 'Wezwij pomoc koleżanki/kolegi', exact: true }).click();
      await dialog.getByText('Powiadomiono 2 osoby', { exact: true }).waitFor();
      await expectNoSeriousA11yViolations(page('ewa'));
    });

    step('colleagues of the same branch see the call until they dismiss it; another branch does not', async () => {
      for (const person of ['jan', 'maria'] as const) {
        const alert = page(person).getByRole('alert').filter({ hasText: ALERT_TITLE });
        await alert.waitFor();
        await alert.getByText('Głośna rozmowa przy ladzie').waitFor();
      }
      await expectNoSeriousA11yViolations(page('jan'));
      await page('jan').waitForTimeout(1000);
      await page('jan').getByRole('alert').filter({ hasText: ALERT_TITLE }).waitFor();
      expect(await page('tomek').getByText(ALERT_TITLE).count()).toBe(0);
      await page('jan')
        .getByRole('button', { name: `Zamknij powiadomienie: ${ALERT_TITLE}` })
        .click();
      await page('jan').getByRole('alert').filter({ hasText: ALERT_TITLE }).waitFor({ state: 'hidden' });
    });

    step('afterwards the librarian writes a note without the reader’s identity and a private check-in', async () => {
      const dialog = page('ewa').getByRole('dialog', { name: 'Trudna sytuacja' });
      await dialog.getByRole('link', { name: 'Po sytuacji: krótka notatka i chwila dla siebie' }).click();
      await heading(page('ewa'), 'Po trudnej sytuacji');
      const happened = field(page('ewa'), 'Co się stało');
      await happened.fill('Czytelnik o numerze PESEL 44051401359 krzyczał przy ladzie.');
      await page('ewa')
        .getByText(/Usuń z tekstu: PESEL/)
        .waitFor();
      expect(await page('ewa').getByRole('button', { name: 'Zapisz', exact: true }).isDisabled()).toBe(true);
      await happened.fill('Czytelnik krzyczał przy ladzie o karę za przetrzymanie.');
      await field(page('ewa'), 'Co pomogło').fill('Spokojny ton i kolega obok.');
      await page('ewa').getByRole('radio', { name: '4 — duże' }).check();
      await page('ewa').getByRole('checkbox', { name: 'Spacer' }).check();
      await page('ewa').getByRole('checkbox', { name: 'Chcę porozmawiać z kierownikiem' }).check();
      await expectNoSeriousA11yViolations(page('ewa'));
      await page('ewa').getByRole('button', { name: 'Zapisz', exact: true }).click();
      await page('ewa').getByText('Kierownik filii dostał Twoją prośbę o rozmowę.').waitFor();
      await page('ewa').getByRole('link', { name: 'Moje notatki' }).first().click();
      await heading(page('ewa'), 'Moje notatki');
      await page('ewa').getByText('Czytelnik krzyczał przy ladzie o karę za przetrzymanie.').waitFor();
      await page('ewa').getByText('4 — duże').waitFor();
      await expectNoSeriousA11yViolations(page('ewa'));
    });

    step('the librarian corrects the note the same day from “Moje notatki”', async () => {
      await page('ewa')
        .getByRole('button', { name: /^Popraw notatkę/ })
        .click();
      const dialog = page('ewa').getByRole('dialog', { name: 'Popraw notatkę' });
      await dialog.getByText(/^Możesz ją poprawić do /).waitFor();
      const helped = dialog.getByRole('textbox', { name: 'Co pomogło' });
      expect(await helped.inputValue()).toBe('Spokojny ton i kolega obok.');
      await helped.fill('Spokojny ton, kolega obok i propozycja rozłożenia kary na raty.');
      await expectNoSeriousA11yViolations(page('ewa'));
      await dialog.getByRole('button', { name: 'Zapisz poprawki' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page('ewa').getByText('Spokojny ton, kolega obok i propozycja rozłożenia kary na raty.').waitFor();
      await page('ewa').reload();
      await page('ewa').getByText('Spokojny ton, kolega obok i propozycja rozłożenia kary na raty.').waitFor();
    });

    step('the manager sees who asked to talk and how many situations, never the note or the tension', async () => {
      await page('maria').reload();
      await heading(page('maria'), 'Wsparcie zespołu');
      await page('maria').getByText('Ewa Zielińska (Filia na Woli) prosi o rozmowę').waitFor();
      const table = page('maria').getByRole('table');
      await table.getByRole('row', { name: /Filia na Woli 1 1 1/ }).waitFor();
      expect(await page('maria').getByText('Czytelnik krzyczał').count()).toBe(0);
      expect(await page('maria').getByText('4 — duże').count()).toBe(0);
      await expectNoSeriousA11yViolations(page('maria'));
      await page('maria').getByRole('button', { name: 'Oznacz rozmowę z Ewa Zielińska jako odbytą' }).click();
      await page('maria').getByText('Nikt nie czeka na rozmowę.').waitFor();
    });

    step('the librarian erases the text of the note for good; the branch still counts the situation', async () => {
      await page('ewa')
        .getByRole('button', { name: /^Usuń treść notatki/ })
        .click();
      const dialog = page('ewa').getByRole('dialog', { name: 'Usunąć treść notatki?' });
      await dialog.getByText(/Tego nie da się cofnąć/).waitFor();
      await expectNoSeriousA11yViolations(page('ewa'));
      await dialog.getByRole('button', { name: 'Usuń na zawsze' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page('ewa')
        .getByText(/^Treść notatki została usunięta \(przez Ciebie/)
        .waitFor();
      await page('ewa').reload();
      await page('ewa')
        .getByText(/^Treść notatki została usunięta \(przez Ciebie/)
        .waitFor();
      expect(await page('ewa').getByText('Czytelnik krzyczał przy ladzie').count()).toBe(0);
      expect(
        await page('ewa')
          .getByRole('button', { name: /^Usuń treść notatki/ })
          .count(),
      ).toBe(0);
      await page('maria').reload();
      await page('maria')
        .getByRole('table')
        .getByRole('row', { name: /Filia na Woli 1 1 1/ })
        .waitFor();
    });

    step('the librarian writes a check-in on its own and later erases her words in it', async () => {
      await page('ewa').getByRole('button', { name: 'Jak się czuję? (check-in)' }).click();
      const form = page('ewa').getByRole('dialog', { name: 'Jak się teraz czujesz?' });
      await form.getByRole('radio', { name: '2 — lekkie' }).check();
      await form.getByRole('checkbox', { name: 'Coś innego' }).check();
      await form.getByRole('textbox', { name: 'Co jeszcze?' }).fill('Telefon do siostry');
      await form.getByRole('button', { name: 'Zapisz check-in' }).click();
      await form.waitFor({ state: 'hidden' });
      await page('ewa').getByText('Telefon do siostry').waitFor();
      await page('ewa')
        .getByRole('button', { name: /^Usuń swój opis z check-inu/ })
        .click();
      const dialog = page('ewa').getByRole('dialog', { name: 'Usunąć Twój opis z check-inu?' });
      await dialog.getByText(/Twój opis „Telefon do siostry”/).waitFor();
      await expectNoSeriousA11yViolations(page('ewa'));
      await dialog.getByRole('button', { name: 'Usuń na zawsze' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page('ewa').reload();
      await heading(page('ewa'), 'Moje notatki');
      await page('ewa').getByText('1 osobny check-in').waitFor();
      expect(await page('ewa').getByText('Telefon do siostry').count()).toBe(0);
      expect(
        await page('ewa')
          .getByRole('button', { name: /^Usuń swój opis/ })
          .count(),
      ).toBe(0);
    });

    step('the manager adds a referral and the librarian finds it without Polish letters and prints a handout', async () => {
      await openFromNavigation(page('maria'), 'Gdzie skierować');
      await page('maria').getByRole('button', { name: 'Dodaj wpis', exact: true }).click();
      const dialog = page('maria').getByRole('dialog', { name: 'Nowy wpis' });
      await field(dialog, 'Nazwa').fill('Ośrodek Pomocy Społecznej Wola');
      await field(dialog, 'Adres').fill('ul. Przykładowa 1');
      await field(dialog, 'Telefon').fill('22 000 00 02');
      await expectNoSeriousA11yViolations(page('maria'));
      await dialog.getByRole('button', { name: 'Dodaj wpis', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page('ewa').goto('/referrals');
      await heading(page('ewa'), 'Gdzie skierować');
      await field(page('ewa'), 'Szukaj').fill('osrodek pomocy spolecznej');
      await page('ewa').getByRole('heading', { name: 'Ośrodek Pomocy Społecznej Wola' }).waitFor();
      expect(
        await page('ewa')
          .getByRole('button', { name: /Edytuj wpis/ })
          .count(),
      ).toBe(0);
      await expectNoSeriousA11yViolations(page('ewa'));
      await page('ewa').getByRole('link', { name: 'Ulotka do druku' }).click();
      await heading(page('ewa'), 'Gdzie szukać pomocy');
      await page('ewa').getByText('22 000 00 02').waitFor();
      await expectNoSeriousA11yViolations(page('ewa'));
      await page('ewa').emulateMedia({ media: 'print' });
      expect(await page('ewa').getByRole('navigation').first().isVisible()).toBe(false);
      expect(await page('ewa').getByRole('button', { name: 'Drukuj' }).isVisible()).toBe(false);
      expect(await page('ewa').getByRole('heading', { name: 'Ośrodek Pomocy Społecznej Wola' }).isVisible()).toBe(true);
      await page('ewa').emulateMedia({ media: 'screen' });
    });

    step('no page of the journey threw or logged an error', async () => {
      for (const [person, session] of Object.entries(sessions)) expect(session?.browserErrors ?? [], person).toEqual([]);
    });
  });
}
