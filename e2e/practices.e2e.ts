import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { field, heading } from './support/app.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { E2E_DATABASES } from './support/database.ts';
import { pdfPageTexts } from './practices-support.ts';
import { teamJourney } from './practices-team.ts';

const TITLE = 'Czytelnik oddaje książki przez wrzutnię';
const SUMMARY = 'Wyjaśnij, kiedy zwrot przez wrzutnię pojawi się na koncie, i uspokój czytelnika.';
const PROPOSED = 'Wyjaśnij, że zwrot z wrzutni trafia na konto następnego dnia roboczego, i uspokój czytelnika.';
const ADMIN_TITLE = 'Czytelnik oddaje książki przez wrzutnię po godzinach';
const MANAGER_SUMMARY = 'Powiedz, kiedy zwrot z wrzutni pojawi się na koncie, i zaproponuj sprawdzenie jutro.';
const DISCARDED = 'Szkic do wyrzucenia: pomyłka';
const DRAFT_KEYS = "Object.keys(localStorage).filter((key) => key.startsWith('relacja.practice-draft'))";

const normalized = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ');

async function chooseTransition(page: Page, button: string, dialogTitle: string, confirm: string, comment?: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: dialogTitle });
  if (comment !== undefined) await dialog.getByRole('textbox').fill(comment);
  await dialog.getByRole('button', { name: confirm, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Chips are checkboxes underneath: reached with the keyboard and toggled with Space. */
async function toggleChip(page: Page, name: string) {
  const chip = page.getByRole('checkbox', { name, exact: true });
  await chip.focus();
  await page.keyboard.press('Space');
  expect(await chip.isChecked()).toBe(true);
}

async function summaryShown(page: Page, text: string) {
  await page.locator('.practice-summary').getByText(text, { exact: true }).waitFor();
}

for (const database of E2E_DATABASES) {
  describe(`practices journey on ${database}`, () => {
    let slug = '';
    const { as, replacePage, step } = teamJourney('practices', database);

    step('the starter base is there on a fresh start', async () => {
      const page = as('lena');
      await page.goto('/practices');
      await heading(page, 'Dobre praktyki');
      const count = await page.getByText(/^\d+ praktyk/).textContent();
      expect(Number(count?.split(' ')[0])).toBeGreaterThanOrEqual(40);
      await expectNoSeriousA11yViolations(page);
    });

    step('a librarian writes a draft from the keyboard, and a closed tab loses nothing', async () => {
      const page = as('lena');
      await page.keyboard.press('n');
      await heading(page, 'Nowa praktyka');
      await field(page, 'Tytuł').fill(TITLE);
      await field(page, 'W skrócie').fill(SUMMARY);
      await field(page, 'Kiedy stosować').fill('Czytelnik oddał książki wieczorem przez wrzutnię, a rano widzi je jeszcze na koncie.');
      await page.getByRole('button', { name: 'Dodaj krok' }).click();
      await page.keyboard.type('Przywitaj czytelnika i wysłuchaj go.');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Sprawdź w systemie datę zwrotu.');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Podziękuj za cierpliwość.');
      await page.keyboard.press('Alt+ArrowUp');
      expect(await page.getByLabel('Krok 2', { exact: true }).inputValue()).toBe('Podziękuj za cierpliwość.');
      await page.getByRole('button', { name: 'Przesuń w dół: Krok 2' }).click();
      expect(await page.getByLabel('Krok 3', { exact: true }).inputValue()).toBe('Podziękuj za cierpliwość.');
      await page.getByRole('button', { name: 'Dodaj zwrot' }).click();
      await page.keyboard.type('„Zwroty z wrzutni księgujemy rano, wszystko jest w porządku.”');
      await page.getByRole('button', { name: 'Dodaj punkt' }).click();
      await page.keyboard.type('Sugerowania, że czytelnik nie oddał książek.');
      await page.getByRole('button', { name: 'Dodaj sygnał' }).click();
      await page.keyboard.type('Czytelnik pokazuje powiadomienie o przetrzymaniu.');
      await toggleChip(page, 'Przy ladzie');
      await toggleChip(page, 'Niepewny');
      await toggleChip(page, 'Wypożyczenie');
      await page.getByRole('combobox', { name: 'Tagi' }).fill('wrzutnia');
      await page.keyboard.press('Enter');
      await field(page, 'Więcej o tej sytuacji').fill('**Ważne:** wrzutnię opróżniamy codziennie o 8:00.');
      await page.getByRole('tab', { name: 'Podgląd' }).click();
      await page.getByRole('tabpanel').locator('strong', { hasText: 'Ważne:' }).waitFor();
      await expectNoSeriousA11yViolations(page);

      await page.close();
      const reopened = await page.context().newPage();
      replacePage('lena', reopened);
      await reopened.goto('/practices/new');
      await reopened.getByText('Przywrócono niezapisane zmiany', { exact: true }).waitFor();
      expect(await field(reopened, 'Tytuł').inputValue()).toBe(TITLE);
      expect(await reopened.getByLabel('Krok 3', { exact: true }).inputValue()).toBe('Podziękuj za cierpliwość.');
      await field(reopened, 'Tytuł').focus();
      await reopened.keyboard.press('Control+s');
      await reopened.waitForURL((url) => url.pathname.startsWith('/practices/czytelnik-oddaje'));
      slug = new URL(reopened.url()).pathname.split('/')[2] ?? '';
      await heading(reopened, TITLE);
      await reopened.getByText('Szkic', { exact: true }).waitFor();
      const steps = await reopened.locator('.practice-step-list li').allTextContents();
      expect(steps).toEqual(['Przywitaj czytelnika i wysłuchaj go.', 'Sprawdź w systemie datę zwrotu.', 'Podziękuj za cierpliwość.']);
      expect(await reopened.evaluate(DRAFT_KEYS)).toEqual([]);
      await expectNoSeriousA11yViolations(reopened);
    });

    step('the librarian submits the draft for review', async () => {
      const page = as('lena');
      await chooseTransition(page, 'Wyślij do przeglądu', 'Wysłać do przeglądu?', 'Wyślij', 'Proszę o przejrzenie.');
      await page.getByText('W przeglądzie', { exact: true }).waitFor();
    });

    step('the manager finds it in the review queue and publishes it', async () => {
      const page = as('maria');
      await page.goto('/');
      await page.getByRole('link', { name: '1 pozycja czeka na Twój przegląd' }).click();
      await heading(page, 'Do przeglądu');
      const card = page.getByRole('article').filter({ hasText: TITLE });
      await card.getByText('Nowa praktyka', { exact: true }).waitFor();
      await card.getByText('Komentarz: Proszę o przejrzenie.', { exact: true }).waitFor();
      await expectNoSeriousA11yViolations(page);
      await chooseTransition(page, 'Opublikuj', 'Opublikować?', 'Opublikuj');
      await page.getByText('Nic nie czeka na przegląd', { exact: true }).waitFor();
    });

    step('a second librarian proposes a change while the published text stays in force', async () => {
      const page = as('olek');
      await page.goto(`/practices/${slug}`);
      await heading(page, TITLE);
      await page.keyboard.press('e');
      await heading(page, `Propozycja zmiany: ${TITLE}`);
      await field(page, 'W skrócie').fill(PROPOSED.replace('następnego dnia roboczego', 'jutro'));
      await page.getByRole('button', { name: /^Wyślij propozycję/ }).click();
      await page.getByText('Propozycja zmiany czeka na przegląd', { exact: true }).waitFor();
      await summaryShown(page, SUMMARY);
      await expectNoSeriousA11yViolations(page);
    });

    step('the manager sees the word diff and returns the proposal with a comment', async () => {
      const page = as('maria');
      await page.goto('/practices/review-queue');
      const card = page.getByRole('article').filter({ hasText: 'Propozycja zmiany' });
      await card.locator('ins', { hasText: 'jutro' }).first().waitFor();
      await card.locator('del').first().waitFor();
      await expectNoSeriousA11yViolations(page);
      await chooseTransition(page, 'Zwróć z komentarzem', 'Zwrócić do poprawy?', 'Zwróć', 'Napisz „następnego dnia roboczego”.');
    });

    step('the librarian reads the comment, proposes again, and the manager approves', async () => {
      const olek = as('olek');
      await olek.goto('/practices/mine');
      const proposal = olek.getByRole('article').filter({ hasText: TITLE });
      await proposal.getByText('Zwrócona', { exact: true }).waitFor();
      await proposal.getByText('Odpowiedź (Maria Kierownik): Napisz „następnego dnia roboczego”.', { exact: true }).waitFor();
      await expectNoSeriousA11yViolations(olek);
      await olek.goto(`/practices/${slug}/propose`);
      await field(olek, 'W skrócie').fill(PROPOSED);
      await field(olek, 'Komentarz do zmiany').fill('Poprawione według uwag.');
      await olek.getByRole('button', { name: /^Wyślij propozycję/ }).click();
      await olek.getByText('Propozycja zmiany czeka na przegląd', { exact: true }).waitFor();

      const maria = as('maria');
      await maria.goto('/practices/review-queue');
      await chooseTransition(maria, 'Zatwierdź i opublikuj', 'Opublikować?', 'Opublikuj');
      await maria.goto(`/practices/${slug}`);
      await summaryShown(maria, PROPOSED);
    });

    step('a stale edit keeps the manager’s text, shows what changed, and saves on top', async () => {
      const maria = as('maria');
      await maria.goto(`/practices/${slug}/edit`);
      await field(maria, 'W skrócie').fill(MANAGER_SUMMARY);
      const admin = as('admin');
      await admin.goto(`/practices/${slug}/edit`);
      await field(admin, 'Tytuł').fill(ADMIN_TITLE);
      await admin.getByRole('button', { name: /^Zapisz zmiany/ }).click();
      await heading(admin, ADMIN_TITLE);

      as('maria');
      await maria.getByRole('button', { name: /^Zapisz zmiany/ }).click();
      const conflict = maria.getByRole('alert').filter({ hasText: 'W międzyczasie ktoś zmienił tę praktykę' });
      await conflict.locator('ins', { hasText: 'po' }).first().waitFor();
      expect(await field(maria, 'W skrócie').inputValue()).toBe(MANAGER_SUMMARY);
      await expectNoSeriousA11yViolations(maria);
      await conflict.getByRole('button', { name: 'Zapisz moje zmiany na aktualnej wersji' }).click();
      await heading(maria, ADMIN_TITLE);
      await summaryShown(maria, MANAGER_SUMMARY);
    });

    step('the history compares any two revisions and the manager restores the first one', async () => {
      const page = as('maria');
      await page.keyboard.press('h');
      await heading(page, `Historia: ${ADMIN_TITLE}`);
      const table = page.getByRole('table');
      await table.getByText('Propozycja zmiany', { exact: true }).first().waitFor();
      await page.getByRole('radio', { name: 'Porównaj od wersji 1', exact: true }).check();
      await page.locator('dl ins', { hasText: 'po godzinach' }).first().waitFor();
      await page.getByText('Obok siebie', { exact: true }).click();
      await page.getByText('Wersja 1', { exact: true }).first().waitFor();
      await expectNoSeriousA11yViolations(page);
      await page.getByRole('button', { name: 'Przywróć wersję 1', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Przywrócić wersję 1?' });
      await dialog.getByRole('button', { name: 'Przywróć', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      await table.getByText('Przywrócenie wersji', { exact: true }).waitFor();
      await page.goto(`/practices/${slug}`);
      await heading(page, TITLE);
      await summaryShown(page, SUMMARY);
    });

    step('librarians rate it, a comment flags it, and the manager resolves the flag', async () => {
      const lena = as('lena');
      await lena.goto(`/practices/${slug}`);
      await lena.getByRole('button', { name: 'Nie pomogło' }).click();
      await field(lena, 'Czego zabrakło?').fill('Brakuje godzin opróżniania wrzutni w soboty.');
      await lena.getByRole('button', { name: 'Wyślij opinię' }).click();
      await lena.getByText('Twoja ocena została zapisana, a komentarz przekazany do poprawy praktyki.').waitFor();
      const olek = as('olek');
      await olek.goto(`/practices/${slug}`);
      await olek.getByRole('button', { name: 'Pomogło', exact: true }).click();
      await olek.getByRole('button', { name: 'Wyślij opinię' }).click();
      await olek.getByText('Twoja ocena została zapisana.', { exact: true }).waitFor();

      const maria = as('maria');
      await maria.goto(`/practices/${slug}`);
      const stats = maria.getByRole('region', { name: 'Jak praktyka się sprawdza' });
      await stats.getByText('50%', { exact: true }).waitFor();
      await stats.getByText('Brakuje godzin opróżniania wrzutni w soboty.', { exact: true }).waitFor();
      await expectNoSeriousA11yViolations(maria);
      await stats.getByRole('button', { name: 'Oznacz jako załatwione' }).click();
      await stats.getByText('Zgłoszenia do poprawy', { exact: true }).waitFor({ state: 'detached' });
    });

    step('the practice prints as a one-page desk card without navigation', async () => {
      const page = as('lena');
      await page.goto(`/practices/${slug}`);
      await heading(page, TITLE);
      const pages = pdfPageTexts(await page.pdf({ format: 'A4', printBackground: true })).map(normalized);
      expect(pages).toHaveLength(1);
      const text = pages[0] ?? '';
      for (const expected of [TITLE, SUMMARY, 'Co robić', 'Co mówić', 'Czego unikać', 'Sprawdź w systemie datę zwrotu.']) {
        expect(text).toContain(expected);
      }
      for (const chrome of ['Moje szkice', 'Czy ta praktyka pomogła', 'Wszystkie praktyki', 'Historia']) expect(text).not.toContain(chrome);
    });

    step('a binder prints the chosen selection with a table of contents', async () => {
      const page = as('lena');
      const requested: string[] = [];
      const noteRequest = (request: { url: () => string }) => requested.push(new URL(request.url()).pathname);
      page.on('request', noteRequest);
      await page.goto('/practices/binder?attitudes=aggressive');
      await heading(page, 'Segregator dobrych praktyk');
      const count = Number((await page.getByText(/praktyk\w* w segregatorze$/).textContent())?.split(' ')[0]);
      expect(count).toBeGreaterThan(1);
      await page
        .locator('.practice-chapter')
        .nth(count - 1)
        .waitFor();
      page.off('request', noteRequest);
      // The whole practices come in one request, not one request per chapter.
      expect(requested.filter((path) => path === '/api/practices/binder')).toHaveLength(1);
      expect(requested.filter((path) => /^\/api\/practices\/[0-9a-f-]{36}$/u.test(path))).toEqual([]);
      await expectNoSeriousA11yViolations(page);
      const titles = await page.locator('.practice-chapter h2').allTextContents();
      const pages = pdfPageTexts(await page.pdf({ format: 'A4', printBackground: true })).map(normalized);
      expect(pages.length).toBeGreaterThanOrEqual(count + 1);
      expect(pages[0]).toContain('Spis treści');
      for (const title of titles) expect(pages.join(' ')).toContain(title.replace(/^\d+\. /, ''));
      expect(pages.join(' ')).not.toContain('Pokaż filtry');
    });

    step('a librarian discards a draft that is no longer needed, after one question', async () => {
      const page = as('lena');
      await page.goto('/practices/new');
      await heading(page, 'Nowa praktyka');
      await field(page, 'Tytuł').fill(DISCARDED);
      await page.keyboard.press('Control+s');
      await heading(page, DISCARDED);
      await page.getByRole('button', { name: 'Usuń szkic' }).click();
      const dialog = page.getByRole('dialog', { name: 'Usunąć szkic?' });
      await expectNoSeriousA11yViolations(page);
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden' });
      await heading(page, DISCARDED);
      await page.getByRole('button', { name: 'Usuń szkic' }).click();
      await dialog.getByRole('button', { name: 'Usuń na zawsze' }).click();
      await page.getByText('Szkic usunięty.').waitFor();
      expect(new URL(page.url()).pathname).toBe('/practices/mine');
      await page.getByText('Nie masz szkiców.').waitFor();
      expect(await page.getByText(DISCARDED).count()).toBe(0);
      expect(await page.evaluate(DRAFT_KEYS)).toEqual([]);
    });
  });
}
