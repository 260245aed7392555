import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { heading } from './support/app.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { E2E_DATABASES } from './support/database.ts';
import { teamJourney } from './practices-team.ts';

const LOST_BOOK = 'Czytelnik zgubił lub zniszczył książkę';
const NOTHING = 'xqzv kosmiczny teleport';
const SUMMARY = /^(\d+) (wynik|wyniki|wyników) w (<1|\d+) ms$/;

const paletteField = (page: Page): Locator => page.getByRole('combobox', { name: 'Opisz sytuację lub wpisz szukane słowa' });
const palette = (page: Page): Locator => page.getByRole('dialog', { name: 'Szukaj dobrych praktyk' });

/** Moves the active option with the arrow keys until it is the one named, as a keyboard user would. */
async function arrowTo(page: Page, name: string): Promise<void> {
  const field = paletteField(page);
  const options = await page.getByRole('option').allTextContents();
  const index = options.findIndex((text) => text.startsWith(name));
  expect(index, `"${name}" among ${JSON.stringify(options)}`).toBeGreaterThanOrEqual(0);
  for (let step = 0; step < index; step++) await page.keyboard.press('ArrowDown');
  const active = await field.getAttribute('aria-activedescendant');
  expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
  expect(await page.locator(`[id="${active}"]`).textContent()).toMatch(new RegExp(`^${name}`));
}

async function resultCount(page: Page): Promise<number> {
  const summary = page.locator('[aria-live="polite"]').filter({ hasText: SUMMARY });
  await summary.waitFor();
  return Number(SUMMARY.exec((await summary.textContent()) ?? '')?.[1]);
}

for (const database of E2E_DATABASES) {
  describe(`search journey on ${database}`, () => {
    const { as, step } = teamJourney('search', database);

    step('a librarian presses Ctrl+K and sees results while typing without Polish letters', async () => {
      const page = as('lena');
      await page.goto('/');
      await heading(page, 'Dzień dobry, Lena');
      await page.getByRole('button', { name: 'Szukaj praktyk' }).waitFor();
      await page.keyboard.press('Control+k');
      await paletteField(page).waitFor();
      await page.keyboard.type('czytelnik zgubil ksiazke', { delay: 25 });
      await palette(page)
        .getByRole('option', { name: new RegExp(`^${LOST_BOOK}`) })
        .waitFor();
      const titles = (await page.getByRole('option').allTextContents()).slice(0, 3);
      expect(
        titles.some((title) => title.startsWith(LOST_BOOK)),
        JSON.stringify(titles),
      ).toBe(true);
      expect(await palette(page).getByRole('status').textContent()).toMatch(/^\d+ (wynik|wyniki|wyników)$/);
      expect(await palette(page).locator('mark').count()).toBeGreaterThan(0);
      expect(await palette(page).locator('mark').first().textContent()).toMatch(/zgubi|czytelnik|książ/i);
      await expectNoSeriousA11yViolations(page);
    });

    step('arrows and Enter open the practice, and the opened result is reported', async () => {
      const page = as('lena');
      await arrowTo(page, LOST_BOOK);
      const reported = page.waitForResponse((response) => /\/api\/search\/queries\/[\w-]+\/opened$/.test(response.url()));
      await page.keyboard.press('Enter');
      await heading(page, LOST_BOOK);
      expect((await reported).status()).toBe(204);
      await palette(page).waitFor({ state: 'hidden' });
    });

    step('a search that finds nothing offers to report the gap as a new practice', async () => {
      const page = as('lena');
      await page.keyboard.press('/');
      await paletteField(page).waitFor();
      expect(await paletteField(page).inputValue()).toBe('');
      await page.keyboard.type(NOTHING);
      await palette(page).getByText(`Nie znaleziono praktyki dla „${NOTHING}”`, { exact: true }).waitFor();
      expect(await paletteField(page).getAttribute('aria-expanded')).toBe('false');
      await expectNoSeriousA11yViolations(page);
      await palette(page).getByRole('link', { name: 'Zgłoś brak w bazie' }).click();
      await heading(page, 'Nowa praktyka');
      expect(await page.getByRole('textbox', { name: /^Tytuł/ }).inputValue()).toBe(NOTHING);
    });

    step('a typo gets a clickable "did you mean", and the last option leads to all results', async () => {
      const page = as('lena');
      await page.goto('/');
      await heading(page, 'Dzień dobry, Lena');
      await page.getByRole('button', { name: 'Szukaj praktyk' }).click();
      await page.keyboard.type('awantura o stolk');
      const suggestion = palette(page).getByRole('button', { name: 'awantura o stolik' });
      await suggestion.click();
      expect(await paletteField(page).inputValue()).toBe('awantura o stolik');
      await suggestion.waitFor({ state: 'hidden' });
      await palette(page)
        .getByRole('option', { name: /^Zobacz wszystkie wyniki/ })
        .waitFor();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      await heading(page, 'Wyniki wyszukiwania');
      expect(new URL(page.url()).searchParams.get('q')).toBe('awantura o stolik');
      expect(await resultCount(page)).toBeGreaterThan(0);
      expect(await page.getByRole('article').first().locator('mark').count()).toBeGreaterThan(0);
      await expectNoSeriousA11yViolations(page);
    });

    step('a facet narrows the results, and the address keeps it', async () => {
      const page = as('lena');
      const before = await resultCount(page);
      const facet = page.getByRole('group', { name: 'Potrzeby' }).getByRole('checkbox', { name: /^Przestrzeń i miejsce \(\d+\)$/ });
      const label = await page
        .getByRole('group', { name: 'Potrzeby' })
        .getByText(/^Przestrzeń i miejsce \(\d+\)$/)
        .textContent();
      const expected = Number(/\((\d+)\)$/.exec(label ?? '')?.[1]);
      await facet.check();
      await page.waitForURL((url) => url.searchParams.get('needs') === 'space');
      await expect.poll(() => resultCount(page)).toBe(expected);
      expect(expected).toBeLessThanOrEqual(before);
      await page.reload();
      await heading(page, 'Wyniki wyszukiwania');
      expect(await page.getByRole('checkbox', { name: /^Przestrzeń i miejsce/ }).isChecked()).toBe(true);
      expect(await resultCount(page)).toBe(expected);
      await expectNoSeriousA11yViolations(page);
    });

    step('a librarian has no vocabulary editor', async () => {
      const page = as('lena');
      expect(await page.getByRole('navigation').getByRole('link', { name: 'Słownik wyszukiwania' }).count()).toBe(0);
    });

    step('a manager is told which line is wrong, then adds a synonym that works at once', async () => {
      const page = as('maria');
      await page.goto('/');
      await page.getByRole('navigation').getByRole('link', { name: 'Słownik wyszukiwania', exact: true }).click();
      await heading(page, 'Słownik wyszukiwania');
      const synonyms = page.getByRole('textbox', { name: 'Grupy synonimów' });
      const starter = await synonyms.inputValue();
      const lines = starter.split('\n').length;
      await synonyms.fill(`${starter}\nrejwach`);
      await page.getByRole('button', { name: /^Zapisz słownik/ }).click();
      await page.getByRole('alert').filter({ hasText: 'Nie zapisano: popraw wskazane wiersze.' }).waitFor();
      await page.getByRole('button', { name: new RegExp(`^Wiersz ${lines + 1}: `) }).waitFor();
      expect(await synonyms.getAttribute('aria-invalid')).toBe('true');
      await expectNoSeriousA11yViolations(page);

      await synonyms.fill(`${starter}\nrejwach, hałas`);
      await page.keyboard.press('Control+s');
      await page.getByRole('status').filter({ hasText: 'Zapisano. Zmiany już działają.' }).waitFor();
      await page.keyboard.press('Control+k');
      await page.keyboard.type('rejwach');
      await palette(page)
        .getByRole('option', { name: /^Hałas w czytelni/ })
        .waitFor();
      await page.keyboard.press('Escape');
      await palette(page).waitFor({ state: 'hidden' });
    });
  });
}
