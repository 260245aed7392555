import { expect } from 'vitest';
import type { BrowserSession } from './support/browser.ts';
import type { RunningServer } from './support/server.ts';
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
