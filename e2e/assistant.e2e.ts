import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { callApi } from './practices-support.ts';
import { teamJourney } from './practices-team.ts';
import { heading, openFromNavigation } from './support/app.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { E2E_DATABASES } from './support/database.ts';

const GAP_WORDING = 'hulajnoga elektryczna';

const stepHeading = (page: Page) => page.locator('#assistant-step-heading');

/** The element with focus, as a screen reader would announce it. */
async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent ?? '');
}

/** Presses Tab until the focused element's text starts with `text`, as a keyboard user would. */
async function tabTo(page: Page, text: string): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)).startsWith(text)) return;
  }
  throw new Error(`"${text}" was never focused`);
}

for (const database of E2E_DATABASES) {
  describe(`desk assistant and knowledge gaps journey on ${database}`, () => {
    let suggested = '';
    const { session: as, step } = teamJourney('assistant', database);

    step('a librarian opens the assistant with Alt+A and answers five questions with number keys', async () => {
      const { page } = as('lena');
      await page.goto('/');
      await heading(page, 'Dzień dobry, Lena');
      await page.keyboard.press('Alt+a');
      await heading(page, 'Asystent obsługi');
      expect(await stepHeading(page).textContent()).toBe('Krok 1 z 5: Czego potrzebuje czytelnik?');
      await expectNoSeriousA11yViolations(page);
      await page.keyboard.press('4');
      await expect.poll(() => focusedText(page)).toBe('Krok 2 z 5: Jak jest nastawiony?');
      await page.keyboard.press('4');
      await page.keyboard.press('1');
      await page.keyboard.press('2');
      await expect.poll(() => focusedText(page)).toBe('Krok 5 z 5: Co sprawi, że wróci?');
      await page.keyboard.press('2');
      expect(await page.getByRole('button', { name: 'Odezwiemy się wybranym kanałem', exact: true }).getAttribute('aria-pressed')).toBe(
        'true',
      );
      await expectNoSeriousA11yViolations(page);
    });

    step('Esc goes back and Enter goes on; the result names the answers and reads the best practice inline', async () => {
      const { page } = as('lena');
      await page.keyboard.press('Escape');
      await expect.poll(() => focusedText(page)).toBe('Krok 4 z 5: Czy to w możliwościach biblioteki?');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedText(page)).toBe('Propozycje');
      const first = page.getByTestId('assistant-first');
      await first.getByRole('heading', { level: 4, name: 'Co robić' }).waitFor();
      suggested = (await first.getByRole('heading', { level: 3 }).textContent()) ?? '';
      expect(suggested).not.toBe('');
      expect(await page.getByText(/^Dla: Opłaty · Negatywnie · Tak, prosi o konkret · Częściowo · Odezwiemy się/).count()).toBe(1);
      await page.getByRole('heading', { level: 2, name: 'Gdzie skierować czytelnika' }).waitFor();
      await expectNoSeriousA11yViolations(page);
    });

    step('she opens the suggested practice by keyboard and comes back to the same result', async () => {
      const { page } = as('lena');
      await tabTo(page, 'Otwórz praktykę');
      await page.keyboard.press('Enter');
      await heading(page, suggested);
      await page.goBack();
      await page.getByRole('heading', { level: 2, name: 'Propozycje' }).waitFor();
      expect(await page.getByTestId('assistant-first').getByRole('heading', { level: 3 }).textContent()).toBe(suggested);
    });

    step('she logs the contact from the result, pre-filled with what the assistant learned', async () => {
      const { page, context } = as('lena');
      await page.getByTestId('assistant-log-contact').focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Zapisz kontakt' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(suggested);
      await expectNoSeriousA11yViolations(page);
      await dialog.getByRole('button', { name: 'Zapisz kontakt', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      const mine = await callApi(context, 'GET', '/api/interactions?mine=true&limit=1');
      const [entry] = mine.body.items as {
        needs: string[];
        attitude: string;
        practices: { title: string }[];
        returnSuggestions: string[];
      }[];
      expect(entry).toMatchObject({ needs: ['fees'], attitude: 'negative', returnSuggestions: ['follow_up'] });
      expect(entry?.practices.map((practice) => practice.title)).toEqual([suggested]);
    });

    step('an aggressive reader brings the difficult-situation mode at once', async () => {
      const { page } = as('lena');
      await page.getByRole('button', { name: 'Nowa rozmowa' }).click();
      await page.keyboard.press('1');
      await page.keyboard.press('5');
      await expect.poll(() => focusedText(page)).toContain('Otwórz tryb trudnej sytuacji');
      await page.keyboard.press('Enter');
      const protocol = page.getByRole('dialog', { name: 'Trudna sytuacja' });
      await protocol.waitFor();
      await expectNoSeriousA11yViolations(page);
      await page.keyboard.press('Escape');
      await protocol.waitFor({ state: 'hidden' });
    });

    step('a description nobody opens a practice for becomes a knowledge gap', async () => {
      const { page, context } = as('lena');
      await page.getByRole('button', { name: 'Nowa rozmowa' }).click();
      await page.getByLabel('Opis sytuacji (opcjonalnie)').fill(GAP_WORDING);
      for (let question = 0; question < 5; question++) await page.getByLabel('Opis sytuacji (opcjonalnie)').press('Enter');
      await page.getByRole('heading', { level: 2, name: 'Propozycje' }).waitFor();
      await expect.poll(async () => (await page.locator('[aria-live="polite"]').allTextContents()).join(' ')).not.toContain('Szukam');
      const again = await context.request.get(`/api/search?q=${encodeURIComponent('hulajnogi elektryczne')}`);
      expect(again.status()).toBe(200);
    });

    step('a manager sees the gap grouped, turns it into a draft and marks it as handled', async () => {
      const { page, context } = as('maria');
      await page.goto('/');
      await openFromNavigation(page, 'Luki w bazie', 'Luki w bazie praktyk');
      const group = page.getByTestId('gap-group').filter({ has: page.getByRole('heading', { name: /hulajnog/i }) });
      await group.waitFor();
      expect(await group.count()).toBe(1);
      expect(await group.getByText(/^2 razy$/).count()).toBe(1);
      await expectNoSeriousA11yViolations(page);
      await group.getByRole('link', { name: /^Utwórz praktykę z tego/ }).click();
      await heading(page, 'Nowa praktyka');
      expect(await page.getByLabel(/^Tytuł/).inputValue()).toMatch(/^hulajnog/i);
      await page.keyboard.press('Control+s');
      await page.waitForURL(/\/practices\/hulajnog/);
      const drafts = await callApi(context, 'GET', '/api/practices?status=draft&limit=100');
      expect((drafts.body.items as { title: string }[]).some((item) => /^hulajnog/i.test(item.title))).toBe(true);
      await page.goto('/gaps');
      await heading(page, 'Luki w bazie praktyk');
      await group.getByRole('button', { name: /^Oznacz jako załatwione/ }).click();
      await group.waitFor({ state: 'detached' });
    });

    step('nothing went wrong in the browsers along the way', async () => {
      expect(as('lena').browserErrors).toEqual([]);
      expect(as('maria').browserErrors).toEqual([]);
    });
  });
}
