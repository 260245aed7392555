import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createDatabase, databaseTarget } from './db/create-db.ts';
import { startRetentionSchedule } from './retention/retention.service.ts';
import { startDocumentPreload } from './search/search-index.ts';
import { prepareDatabase } from './startup.ts';

export async function serve(): Promise<void> {
  const config = loadConfig();
  const db = createDatabase(databaseTarget(config));
  const app = await buildApp({ config, db });
  await prepareDatabase(db, config, app.log);
  const stopRetention = startRetentionSchedule(db, app.log);

  let stopPreload = () => {};
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    stopRetention();
    stopPreload();
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ host: config.host, port: config.port });
  stopPreload = startDocumentPreload(db, app.log);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  serve().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
