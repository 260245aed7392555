import type { Locator, Page } from 'playwright-core';

/** What a person does in the app, written once so the journeys read like the story they tell. */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A form field by its visible label; required fields add an asterisk to the label that screen readers do not hear. */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`));
}

export async function heading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await field(page, 'Adres e-mail').fill(email);
  await field(page, 'Hasło').fill(password);
  await page.getByRole('button', { name: 'Zaloguj się', exact: true }).click();
}

export async function setOwnPassword(page: Page, current: string, next: string): Promise<void> {
  await field(page, 'Obecne hasło').fill(current);
  await field(page, 'Nowe hasło').fill(next);
  await field(page, 'Powtórz nowe hasło').fill(next);
  await page.getByRole('button', { name: 'Zmień hasło', exact: true }).click();
}

export async function openUserMenu(page: Page): Promise<Locator> {
  await page.getByTestId('user-menu').click();
  const menu = page.getByRole('menu');
  await menu.waitFor();
  return menu;
}

export async function chooseFromUserMenu(page: Page, item: string): Promise<void> {
  const menu = await openUserMenu(page);
  await menu.getByRole('menuitem', { name: item, exact: true }).click();
  await menu.waitFor({ state: 'hidden' });
}

/** Follows a link of the navigation bar, as a mouse user would, and waits for the page's heading. */
export async function openFromNavigation(page: Page, link: string, title = link): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
  await heading(page, title);
}

export async function signOut(page: Page): Promise<void> {
  await chooseFromUserMenu(page, 'Wyloguj się');
  await page.waitForURL('**/login');
}
