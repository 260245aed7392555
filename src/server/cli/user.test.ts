import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/passwords.ts';
import { createDatabase } from '../db/create-db.ts';
import { runCliInProcess, runCliProcess, temporaryDirectory } from './cli-harness.ts';

let dataDir: string;
const env = () => ({ DATA_DIR: dataDir });

async function passwordHashOf(email: string): Promise<string> {
  const db = createDatabase({ kind: 'sqlite', file: path.join(dataDir, 'relacja.db') });
  try {
    const row = await db.selectFrom('users').select('password_hash').where('email', '=', email).executeTakeFirstOrThrow();
    return row.password_hash ?? '';
  } finally {
    await db.destroy();
  }
}

function oneTimePassword(stdout: string): string {
  const match = /One-time password \(shown only now\): (\S+)/.exec(stdout);
  expect(match, stdout).not.toBeNull();
  return match?.[1] ?? '';
}

beforeAll(() => {
  dataDir = temporaryDirectory('cli-user');
});

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('relacja user and branch commands (child processes, SQLite)', { timeout: 60_000 }, () => {
  it('refuses to work on a database that does not exist yet, then migrate creates it', async () => {
    const early = await runCliInProcess(['user', 'list'], env());
    expect(early.code).toBe(1);
    expect(early.stderr).toBe(
      `error: there is no database at ${path.join(dataDir, 'relacja.db')} — check DATA_DIR, or create it with \`relacja migrate\`\n`,
    );
    expect(fs.existsSync(path.join(dataDir, 'relacja.db'))).toBe(false);

    const migrate = await runCliInProcess(['migrate'], env());
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toContain('2026-11-29T12-00-00_foundation');
    const again = await runCliInProcess(['migrate'], env());
    expect(again.stdout).toMatch(/up to date, no migrations to apply/);
  });

  it('adds a branch and a manager of it (branch named in another letter case); user list shows the account', async () => {
    const branch = await runCliInProcess(
      ['branch', 'add', '--name', 'Filia nr 3', '--address', 'ul. Lipowa 5', '--phone', '81 532 10 10'],
      env(),
    );
    expect(branch).toMatchObject({ code: 0, stderr: '' });
    expect(branch.stdout).toMatch(/^Created branch “Filia nr 3” \(id [0-9a-f-]{36}\)\.\n$/);

    const args = [
      'user',
      'add',
      '--email',
      'Anna.Nowak@Biblioteka.pl',
      '--name',
      'Anna Nowak',
      '--role',
      'manager',
      '--branch',
      'FILIA NR 3',
    ];
    const added = await runCliProcess(args, env());
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Created manager anna.nowak@biblioteka.pl (Anna Nowak).');
    expect(await verifyPassword(oneTimePassword(added.stdout), await passwordHashOf('anna.nowak@biblioteka.pl'))).toBe(true);

    const [list, branches] = await Promise.all([
      runCliProcess(['user', 'list'], env()),
      runCliInProcess(['branch', 'list', '--json'], env()),
    ]);
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n')[0]).toMatch(/^EMAIL\s+NAME\s+ROLE\s+BRANCHES\s+ACTIVE$/);
    expect(list.stdout).toMatch(/anna\.nowak@biblioteka\.pl\s+Anna Nowak\s+manager\s+Filia nr 3\s+yes/);
    expect(JSON.parse(branches.stdout)).toEqual([
      expect.objectContaining({ name: 'Filia nr 3', address: 'ul. Lipowa 5', phone: '81 532 10 10' }),
    ]);
  });

  it('fails with one line and exit 1 on a duplicate e-mail, an unknown branch or invalid input; exit 2 on an unknown role', async () => {
    const [duplicate, role] = await Promise.all([
      runCliProcess(['user', 'add', '--email', 'anna.nowak@biblioteka.pl', '--name', 'Anna', '--role', 'librarian'], env()),
      runCliProcess(['user', 'add', '--email', 'jan@biblioteka.pl', '--name', 'Jan', '--role', 'boss'], env()),
    ]);
    const unknownBranch = await runCliInProcess(
      ['user', 'add', '--email', 'jan@biblioteka.pl', '--name', 'Jan', '--role', 'librarian', '--branch', 'Filia nr 9'],
      env(),
    );
    const invalid = await runCliInProcess(['user', 'add', '--email', 'not-an-address', '--name', 'Jan', '--role', 'librarian'], env());
    const polish = await runCliInProcess(['user', 'add', '--email', 'anna.nowak@biblioteka.pl', '--name', 'Anna', '--role', 'librarian'], {
      ...env(),
      LANG: 'pl_PL.UTF-8',
    });
    expect(duplicate).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: An account with the address anna.nowak@biblioteka.pl already exists.\n',
    });
    expect(unknownBranch).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: unknown branch “Filia nr 9” (existing: “Filia nr 3”) — add it with `relacja branch add --name …`\n',
    });
    expect(invalid).toEqual({ code: 1, stdout: '', stderr: 'error: --email: Enter a valid e-mail address.\n' });
    expect(polish.stderr).toBe('error: Konto z adresem anna.nowak@biblioteka.pl już istnieje.\n');
    expect(role.code).toBe(2);
    expect(role.stderr).toBe("error: option '--role <role>' argument 'boss' is invalid. Allowed choices are admin, manager, librarian.\n");

    const list = await runCliInProcess(['user', 'list', '--json'], env());
    expect(JSON.parse(list.stdout).map((user: { email: string }) => user.email)).toEqual(['anna.nowak@biblioteka.pl']);
  });

  it('reset-password prints a new one-time password and the old one stops working', async () => {
    const before = await passwordHashOf('anna.nowak@biblioteka.pl');
    const reset = await runCliProcess(['user', 'reset-password', '--email', 'ANNA.NOWAK@biblioteka.pl'], env());
    expect(reset.code).toBe(0);
    const fresh = oneTimePassword(reset.stdout);
    const after = await passwordHashOf('anna.nowak@biblioteka.pl');
    expect(after).not.toBe(before);
    expect(await verifyPassword(fresh, after)).toBe(true);
    expect(await verifyPassword(fresh, before)).toBe(false);

    const missing = await runCliInProcess(['user', 'reset-password', '--email', 'nobody@biblioteka.pl'], env());
    expect(missing).toEqual({ code: 1, stdout: '', stderr: 'error: there is no account with the e-mail address nobody@biblioteka.pl\n' });
  });
});
