import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { type BrowserSession, launchBrowser, openSession } from './support/browser.ts';
import type { E2eDatabase } from './support/database.ts';
import { journey } from './support/journey.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { callApi, signInFirstTime } from './practices-support.ts';

export interface Team {
  admin: BrowserSession;
  maria: BrowserSession;
  lena: BrowserSession;
  olek: BrowserSession;
}

const PEOPLE = {
  maria: { name: 'Maria Kierownik', email: 'maria.kierownik@example.org', role: 'manager', password: 'Kierowniczka-Filii-7' },
  lena: { name: 'Lena Nowak', email: 'lena.nowak@example.org', role: 'librarian', password: 'Czytelnia-Na-Rynku-8' },
  olek: { name: 'Olek Wiśniewski', email: 'olek.wisniewski@example.org', role: 'librarian', password: 'Wrzutnia-Przy-Drzwiach-9' },
} as const;

/**
 * The administrator (who has already been through the first sign-in in the foundation journey) adds a branch, a
 * manager and two librarians of it through the API; each signs in in a browser profile of their own.
 */
export async function signInTeam(server: RunningServer, open: () => Promise<BrowserSession>): Promise<Team> {
  const admin = await open();
  await signInFirstTime(admin.context, server.admin.email, server.admin.oneTimePassword, 'Filia-na-Rynku-2026');
  const branch = await callApi(admin.context, 'POST', '/api/branches', { name: 'Filia na Rynku', address: 'Rynek 1', phone: '' });
  expect(branch.status).toBe(201);
  const sessions: Partial<Record<keyof typeof PEOPLE, BrowserSession>> = {};
  for (const [key, person] of Object.entries(PEOPLE) as [keyof typeof PEOPLE, (typeof PEOPLE)[keyof typeof PEOPLE]][]) {
    const created = await callApi(admin.context, 'POST', '/api/users', {
      name: person.name,
      email: person.email,
      role: person.role,
      branchIds: [branch.body.id],
    });
    expect(created.status, `creating ${person.email}`).toBe(201);
    const session = await open();
    await signInFirstTime(session.context, person.email, String(created.body.oneTimePassword), person.password);
    sessions[key] = session;
  }
  const { maria, lena, olek } = sessions;
  if (!maria || !lena || !olek) throw new Error('the team is incomplete');
  return { admin, maria, lena, olek };
}

export interface TeamJourney {
  /** The member's browser profile; its page becomes the page a failing step screenshots. */
  session(member: keyof Team): BrowserSession;
  /** The member's page, which also becomes the page a failing step screenshots. */
  as(member: keyof Team): Page;
  /** Puts a new page in place of the member's closed one. */
  replacePage(member: keyof Team, page: Page): void;
  step: ReturnType<typeof journey>;
}

/** A fresh server and a signed-in team for one journey on one database, torn down after it. */
export function teamJourney(name: string, database: E2eDatabase): TeamJourney {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let team: Team | undefined;
  let current: Page | undefined;
  const session = (member: keyof Team): BrowserSession => {
    const signedIn = team?.[member];
    if (!signedIn) throw new Error('the team did not sign in');
    current = signedIn.page;
    return signedIn;
  };
  const as = (member: keyof Team): Page => session(member).page;
  const replacePage = (member: keyof Team, page: Page): void => {
    const session = team?.[member];
    if (session) session.page = page;
    current = page;
  };
  beforeAll(async () => {
    server = await startServer(database);
    browser = await launchBrowser();
    const running = server;
    const opened = browser;
    team = await signInTeam(running, () => openSession(opened, running.baseUrl));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const step = journey(`${name}-${database}`, { page: () => current, serverOutput: () => server?.output() ?? '' });
  return { session, as, replacePage, step };
}
