import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { heading } from './support/app.ts';
import { E2E_DATABASES } from './support/database.ts';
import { callApi, pdfPageTexts, XSS, XSS_BODY } from './practices-support.ts';
import { teamJourney } from './practices-team.ts';

const TAG = 'xss-korpus';
const ACTIVE_MARKUP = 'main script, main iframe, main [onerror], main [onload], main [onclick], a[href^="javascript" i]';

/** Nothing from the corpus ran, and no element it describes exists; the markup is there as text instead. */
async function expectInert(page: Page, visibleText: string = XSS[0]) {
  await page.getByText(visibleText, { exact: true }).first().waitFor();
  expect(await page.evaluate(() => Reflect.get(window, '__xss'))).toBeUndefined();
  expect(await page.locator(ACTIVE_MARKUP).count()).toBe(0);
}

function practiceWithCorpus() {
  return {
    title: `Próba ${XSS[1]}`,
    summary: XSS.join(' '),
    situation: XSS.join('\n'),
    signals: [...XSS],
    steps: [...XSS],
    say: [...XSS],
    avoid: [...XSS],
    tags: [TAG, ...XSS.filter((item) => item.length <= 60)],
    body: XSS_BODY,
    source: XSS[2],
    channels: ['desk'],
    attitudes: ['neutral'],
    needs: ['other'],
  };
}

for (const database of E2E_DATABASES) {
  describe(`practices XSS corpus on ${database}`, () => {
    let slug = '';
    const { session, as, step } = teamJourney('practices-xss', database);

    step('markup in every field is saved as written, then published, and a change is proposed', async () => {
      const [lena, maria, olek] = [session('lena'), session('maria'), session('olek')];
      const created = await callApi(lena.context, 'POST', '/api/practices', practiceWithCorpus());
      expect(created.status).toBe(201);
      slug = String(created.body.slug);
      expect(created.body.steps).toEqual([...XSS]);
      const submitted = await callApi(lena.context, 'POST', `/api/practices/${slug}/submit`, { expectedVersion: created.body.version });
      const published = await callApi(maria.context, 'POST', `/api/practices/${slug}/publish`, { expectedVersion: submitted.body.version });
      expect(published.status).toBe(200);
      const proposed = await callApi(olek.context, 'POST', `/api/practices/${slug}/proposals`, {
        expectedVersion: published.body.version,
        summary: `${XSS[3]} ${XSS[4]}`,
      });
      expect(proposed.status).toBe(201);
    });

    step('the practice page shows the markup as text and runs none of it', async () => {
      const page = as('lena');
      await page.goto(`/practices/${slug}`);
      await heading(page, `Próba ${XSS[1]}`);
      await expectInert(page);
      await expectInert(page, '<div onclick="window.__xss = 1">blok HTML</div>');
      await page.getByText('link markdown', { exact: true }).waitFor();
    });

    step('the list, the proposal editor preview and the history stay inert', async () => {
      const page = as('lena');
      await page.goto(`/practices?tags=${TAG}`);
      await expectInert(page, `Próba ${XSS[1]}`);
      const olek = as('olek');
      await olek.goto(`/practices/${slug}/propose`);
      await olek.getByRole('tab', { name: 'Podgląd' }).click();
      await expectInert(olek, '<div onclick="window.__xss = 1">blok HTML</div>');
      as('lena');
      await page.goto(`/practices/${slug}/history`);
      await page.getByRole('radio', { name: 'Porównaj od wersji 1', exact: true }).waitFor();
      expect(await page.evaluate(() => Reflect.get(window, '__xss'))).toBeUndefined();
      expect(await page.locator(ACTIVE_MARKUP).count()).toBe(0);
    });

    step('the review queue diff of a proposal with markup stays inert', async () => {
      const page = as('maria');
      await page.goto('/practices/review-queue');
      await page.locator('del', { hasText: 'window.__xss = "script"' }).first().waitFor();
      expect(await page.evaluate(() => Reflect.get(window, '__xss'))).toBeUndefined();
      expect(await page.locator(ACTIVE_MARKUP).count()).toBe(0);
    });

    step('the printed card and binder carry the markup as text', async () => {
      const page = as('lena');
      await page.goto(`/practices/binder?tags=${TAG}`);
      await page.locator('.practice-chapter').first().waitFor();
      await expectInert(page);
      const text = pdfPageTexts(await page.pdf({ format: 'A4' })).join(' ');
      expect(text).toContain('<script>window.__xss');
    });
  });
}
