import type { Role, UserCredential } from '../../shared/users.schema.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { insertBranch } from '../branches/branches.service.ts';
import type { Database } from '../db/database.ts';
import { importStarterPractices } from '../practices/practice-seed.ts';
import { seedDemoReferrals } from '../referrals/referrals-demo.ts';
import { insertUser, listUsers } from '../users/users.service.ts';
import { allBranches } from './branch.ts';
import { type CliContext, cliConfig, OPERATOR, printLine } from './context.ts';
import { withDatabase } from './database.ts';

const DEMO_BRANCHES = [
  { name: 'Filia nr 1 — Śródmieście', address: 'ul. Marszałkowska 12, 00-001 Warszawa', phone: '22 100 10 01' },
  { name: 'Filia nr 5 — Bielany', address: 'ul. Kasprowicza 50, 01-001 Warszawa', phone: '22 100 10 05' },
];

const DEMO_USERS: { email: string; name: string; role: Role; branches: number[] }[] = [
  { email: 'kierowniczka@demo.relacja.local', name: 'Anna Kowalska', role: 'manager', branches: [0, 1] },
  { email: 'bibliotekarka@demo.relacja.local', name: 'Katarzyna Nowak', role: 'librarian', branches: [0] },
  { email: 'bibliotekarz@demo.relacja.local', name: 'Piotr Wiśniewski', role: 'librarian', branches: [1] },
];

async function ensureBranches(db: Database): Promise<{ ids: string[]; created: string[] }> {
  const existing = await allBranches(db);
  const ids: string[] = [];
  const created: string[] = [];
  for (const branch of DEMO_BRANCHES) {
    const found = existing.find((candidate) => candidate.name.toLocaleLowerCase('pl') === branch.name.toLocaleLowerCase('pl'));
    if (found) {
      ids.push(found.id);
      continue;
    }
    const inserted = await insertBranch(db, branch);
    await recordAudit(db, {
      actor: null,
      actorLabel: 'cli',
      action: 'branch.created',
      target: { type: 'branch', id: inserted.id },
      ip: '',
    });
    ids.push(inserted.id);
    created.push(inserted.name);
  }
  return { ids, created };
}

async function ensureUsers(db: Database, branchIds: readonly string[]): Promise<{ created: UserCredential[]; kept: string[] }> {
  const created: UserCredential[] = [];
  const kept: string[] = [];
  for (const user of DEMO_USERS) {
    const matches = await listUsers(db, OPERATOR, { q: user.email });
    if (matches.some((match) => match.email === user.email)) {
      kept.push(user.email);
      continue;
    }
    const branches = user.branches.flatMap((index) => (branchIds[index] ? [branchIds[index]] : []));
    const credential = await insertUser(db, { ...user, branchIds: branches, credential: 'one_time_password' });
    const details = { email: user.email, role: user.role, branchIds: branches, credential: 'one_time_password' };
    await recordAudit(db, {
      actor: null,
      actorLabel: 'cli',
      action: 'user.created',
      target: { type: 'user', id: credential.user.id },
      ip: '',
      details,
    });
    created.push(credential);
  }
  return { created, kept };
}

/** `relacja seed --demo`: safe to run again — it only adds what is missing and never changes a password it did not just create. */
export async function seedDemo(context: CliContext): Promise<void> {
  const { branches, users, referrals, practices } = await withDatabase(cliConfig(context), 'existing', async (db) => {
    const people = await db.transaction().execute(async (trx) => {
      const created = await ensureBranches(trx);
      return { branches: created, users: await ensureUsers(trx, created.ids), referrals: await seedDemoReferrals(trx, created.ids) };
    });
    return { ...people, practices: await importStarterPractices(db, { createOnly: true }) };
  });
  printLine(context, `Branches: ${branches.created.length} created, ${DEMO_BRANCHES.length - branches.created.length} already there.`);
  for (const credential of users.created) {
    printLine(
      context,
      `Created ${credential.user.role} ${credential.user.email} (${credential.user.name}) — one-time password: ${credential.oneTimePassword ?? ''}`,
    );
  }
  for (const email of users.kept) printLine(context, `Account ${email} already exists; its password was not changed.`);
  if (users.created.length > 0) printLine(context, 'The passwords are shown only now; Relacja asks for a new one at the first sign-in.');
  printLine(context, `Starter practices: ${practices.created} added, ${practices.unchanged} already there.`);
  printLine(context, `Referral directory (demo): ${referrals.created} added, ${referrals.kept} already there.`);
}
