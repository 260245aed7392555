import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedStarterPracticesIfEmpty } from './practices/practice-seed.ts';
import { prepareSearch } from './search/search-index.ts';
import { ensureFirstAdmin } from './users/users.service.ts';

/** Migrates, then creates the first administrator and prints their one-time password exactly once. */
export async function prepareDatabase(db: Database, config: Config, log: FastifyBaseLogger): Promise<void> {
  const applied = await migrateToLatest(db);
  if (applied.length > 0) log.info({ applied }, 'migrations applied');
  await prepareSearch(db, log);
  const firstAdmin = await ensureFirstAdmin(db);
  if (firstAdmin?.oneTimePassword) {
    const banner = [
      '',
      '================================================================',
      ' Relacja: utworzono pierwszego administratora / first administrator created',
      `   e-mail / login:        ${firstAdmin.user.email}`,
      `   hasło jednorazowe:     ${firstAdmin.oneTimePassword}`,
      ' Zapisz je teraz — nie zostanie pokazane ponownie. Po zalogowaniu ustaw nowe hasło.',
      ' Save it now — it will not be shown again. Set a new password after signing in.',
      '================================================================',
      '',
    ].join('\n');
    process.stdout.write(banner);
  }
  if (config.seedStarterContent) {
    const seeded = await seedStarterPracticesIfEmpty(db);
    if (seeded) log.info({ practices: seeded.created }, 'starter practices loaded');
  }
}
