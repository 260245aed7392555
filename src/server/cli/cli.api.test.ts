import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingMigrations } from '../db/migrate.ts';
import { DIALECTS, createTestDatabase, type TestDatabase } from '../test/test-db.ts';
import { runCliInProcess, runCliProcess } from './cli-harness.ts';

// The SQLite side of the CLI is covered by the unit tests beside this file; here the same commands run against PostgreSQL.
for (const dialect of DIALECTS.filter((candidate) => candidate === 'postgres')) {
  describe(`relacja CLI on ${dialect}`, () => {
    let migrated: TestDatabase;
    let empty: TestDatabase;
    const env = () => ({ DATABASE_URL: migrated.location });

    beforeAll(async () => {
      [migrated, empty] = await Promise.all([createTestDatabase(dialect), createTestDatabase(dialect, { migrate: false })]);
    });

    afterAll(async () => {
      await Promise.all([migrated.drop(), empty.drop()]);
    });

    it('adds a branch and a librarian of it; the rows and the audit entries are in PostgreSQL', async () => {
      const branch = await runCliInProcess(['branch', 'add', '--name', 'Filia Zachód'], env());
      expect(branch.code).toBe(0);
      const args = ['user', 'add', '--email', 'ewa@biblioteka.pl', '--name', 'Ewa Lis', '--role', 'librarian', '--branch', 'filia zachód'];
      const added = await runCliProcess(args, env());
      expect(added.stderr).toBe('');
      expect(added.code).toBe(0);
      expect(added.stdout).toMatch(/^Created librarian ewa@biblioteka\.pl \(Ewa Lis\)\.\nOne-time password \(shown only now\): \S+\n/);

      const user = await migrated.db.selectFrom('users').selectAll().where('email', '=', 'ewa@biblioteka.pl').executeTakeFirstOrThrow();
      expect(user).toMatchObject({ name: 'Ewa Lis', role: 'librarian', must_change_password: 1, active: 1 });
      const links = await migrated.db
        .selectFrom('user_branches')
        .innerJoin('branches', 'branches.id', 'user_branches.branch_id')
        .select('name')
        .where('user_id', '=', user.id)
        .execute();
      expect(links).toEqual([{ name: 'Filia Zachód' }]);
      const audit = await migrated.db.selectFrom('audit_log').select(['action', 'actor_label', 'target_id']).orderBy('at').execute();
      expect(audit.map((entry) => entry.action)).toEqual(['branch.created', 'user.created']);
      expect(audit.every((entry) => entry.actor_label === 'cli')).toBe(true);
      expect(audit[1]?.target_id).toBe(user.id);

      const duplicate = await runCliInProcess(args, env());
      expect(duplicate).toEqual({ code: 1, stdout: '', stderr: 'error: An account with the address ewa@biblioteka.pl already exists.\n' });
      const list = await runCliInProcess(['user', 'list'], env());
      expect(list.stdout).toMatch(/ewa@biblioteka\.pl\s+Ewa Lis\s+librarian\s+Filia Zachód\s+yes/);
    });

    it('refuses to add a user while migrations are pending, and migrate applies them', async () => {
      const refused = await runCliInProcess(['user', 'add', '--email', 'x@biblioteka.pl', '--name', 'X', '--role', 'admin'], {
        DATABASE_URL: empty.location,
      });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /^error: the database schema is not up to date \(pending: 2026-11-29T12-00-00_foundation.*\) — run `relacja migrate` first\n$/,
      );

      const migrate = await runCliProcess(['migrate'], { DATABASE_URL: empty.location });
      expect(migrate.code).toBe(0);
      expect(migrate.stdout).toContain('PostgreSQL postgres://');
      expect(migrate.stdout).toContain('  2026-11-29T12-00-00_foundation\n');
      expect(await pendingMigrations(empty.db)).toEqual([]);
    });

    it('names an unreachable database on one line', async () => {
      const result = await runCliInProcess(['user', 'list'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/relacja' });
      expect(result).toMatchObject({ code: 1, stdout: '' });
      expect(result.stderr).toMatch(
        /^error: cannot open the database \(PostgreSQL postgres:\/\/nobody@127\.0\.0\.1:1\/relacja\): .*ECONNREFUSED.*\n$/,
      );
    });
  });
}
