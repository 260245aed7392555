import fs from 'node:fs';
import path from 'node:path';
import Fastify from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCliInProcess, temporaryDirectory } from '../cli/cli-harness.ts';
import { loadConfig } from '../config.ts';
import { createDatabase } from '../db/create-db.ts';
import type { Database } from '../db/database.ts';
import { prepareDatabase } from '../startup.ts';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test/test-db.ts';
import { STARTER_PRACTICES_FILE } from './practice-seed.ts';

const silent = Fastify({ logger: false }).log;
const starterCount = fs
  .readFileSync(STARTER_PRACTICES_FILE, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '').length;

function config(seed: boolean) {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '/tmp/relacja-test-unused', SEED_STARTER_CONTENT: String(seed) });
}

for (const dialect of DIALECTS) {
  describe(`starter practices and the practices CLI (${dialect})`, () => {
    let test: TestDatabase | undefined;
    afterEach(async () => {
      vi.restoreAllMocks();
      await test?.drop();
      test = undefined;
    });

    async function published(db: Database): Promise<number> {
      const row = await db
        .selectFrom('practices')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', '=', 'published')
        .executeTakeFirstOrThrow();
      return Number(row.n);
    }

    it('loads at least 40 published practices on the first start, once, and not when switched off', async () => {
      vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      test = await createTestDatabase(dialect, { migrate: false });
      await prepareDatabase(test.db, config(true), silent);
      const count = await published(test.db);
      expect(count).toBeGreaterThanOrEqual(40);
      expect(count).toBe(starterCount);
      const sample = await test.db.selectFrom('practices').selectAll().limit(1).executeTakeFirstOrThrow();
      expect(sample).toMatchObject({ author_id: null, language: 'pl' });
      expect(sample.review_by).not.toBeNull();
      await prepareDatabase(test.db, config(true), silent);
      expect(await published(test.db)).toBe(count);
    });

    it('leaves the practices table empty when SEED_STARTER_CONTENT is false', async () => {
      vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      test = await createTestDatabase(dialect, { migrate: false });
      await prepareDatabase(test.db, config(false), silent);
      expect(await published(test.db)).toBe(0);
    });

    it('relacja seed --demo creates branches, accounts and the starter base, and is idempotent', async () => {
      test = await createTestDatabase(dialect);
      const env: Record<string, string> =
        dialect === 'postgres' ? { DATABASE_URL: test.location } : { DATA_DIR: temporaryDirectory('seed') };
      if (dialect === 'sqlite') await migrateSqlite(env.DATA_DIR ?? '');
      const first = await runCliInProcess(['seed', '--demo'], env);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/Created manager kierowniczka@demo\.relacja\.local .* one-time password: \S+/);
      expect(first.stdout).toContain(`Starter practices: ${starterCount} added`);
      const second = await runCliInProcess(['seed', '--demo'], env);
      expect(second.code).toBe(0);
      expect(second.stdout).toContain('Branches: 0 created, 2 already there.');
      expect(second.stdout).toContain('its password was not changed');
      expect(second.stdout).toContain(`Starter practices: 0 added, ${starterCount} already there.`);
      const db = env.DATA_DIR ? createDatabase({ kind: 'sqlite', file: path.join(env.DATA_DIR, 'relacja.db') }) : test.db;
      try {
        const branches = await db.selectFrom('branches').select('name').orderBy('name').execute();
        expect(branches.map((b) => b.name)).toEqual(['Filia nr 1 — Śródmieście', 'Filia nr 5 — Bielany']);
        const users = await db.selectFrom('users').select(['email', 'role']).orderBy('email').execute();
        expect(users.map((u) => u.role)).toEqual(['librarian', 'librarian', 'manager']);
        expect(await published(db)).toBe(starterCount);
      } finally {
        if (db !== test.db) await db.destroy();
      }
    });

    it('relacja import and export round-trip a file and report errors by line', async () => {
      test = await createTestDatabase(dialect);
      const directory = temporaryDirectory('practices-cli');
      const env: Record<string, string> = dialect === 'postgres' ? { DATABASE_URL: test.location } : { DATA_DIR: directory };
      if (dialect === 'sqlite') await migrateSqlite(directory);
      const file = path.join(directory, 'wejscie.jsonl');
      const lines = [
        { id: 'cli-pierwsza', title: 'Pierwsza z wiersza poleceń', language: 'pl', tags: ['cli'], status: 'published' },
        { id: 'cli-druga', title: 'Druga z wiersza poleceń', language: 'pl' },
      ];
      fs.writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n'));
      const dry = await runCliInProcess(['import', file, '--dry-run'], env);
      expect(dry.stdout).toContain('Dry run, nothing written: would import 2 new');
      const imported = await runCliInProcess(['import', file, '--status', 'published'], env);
      expect(imported.code).toBe(0);
      expect(imported.stdout).toContain('Imported: 2 new, 0 updated');
      const out = path.join(directory, 'wyjscie.jsonl');
      const exported = await runCliInProcess(['export', '--status', 'published', out], env);
      expect(exported.stdout).toContain('Exported 2 practices');
      const back = fs
        .readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(back.map((p) => [p.id, p.status, p.tags])).toEqual([
        ['cli-druga', 'published', []],
        ['cli-pierwsza', 'published', ['cli']],
      ]);
      const bad = path.join(directory, 'zle.jsonl');
      fs.writeFileSync(bad, `${JSON.stringify(lines[0])}\n{"id": "cli-zla", "title": "ab", "language": "pl"}\n`);
      const refused = await runCliInProcess(['import', bad], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('Line 2, field title: Enter at least 3 characters.');
      expect(refused.stderr).toContain('nothing was imported');
      const latin2 = path.join(directory, 'latin2.jsonl');
      fs.writeFileSync(latin2, Buffer.from('{"id":"zolw","title":"\xbf\xf3\xb3w","language":"pl"}\n', 'latin1'));
      const encoding = await runCliInProcess(['import', latin2], env);
      expect(encoding.code).toBe(1);
      expect(encoding.stderr).toContain('The file is not encoded in UTF-8 (line 1)');
    });
  });
}

async function migrateSqlite(directory: string): Promise<void> {
  const result = await runCliInProcess(['migrate'], { DATA_DIR: directory });
  if (result.code !== 0) throw new Error(result.stderr);
}
