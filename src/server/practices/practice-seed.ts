import fs from 'node:fs';
import path from 'node:path';
import type { ImportReport } from '../../shared/practices.schema.ts';
import type { Actor } from '../auth/actor.ts';
import type { Database } from '../db/database.ts';
import { CONTENT_DIR } from '../paths.ts';
import { decodeFile } from './practice-interchange.ts';
import { type ImportOptions, importPractices } from './practice-import.service.ts';
import { countPractices } from './practices.repository.ts';

export const STARTER_PRACTICES_FILE = path.join(CONTENT_DIR, 'practices.pl.jsonl');

/** Relacja itself, for content it ships: the starter practices have no author and no owner until a manager takes them on. */
const SYSTEM: Actor = { id: 'system', email: 'system', name: 'Relacja', role: 'admin', branchIds: [], locale: 'pl' };

/** The starter base as published practices; `createOnly` leaves practices that exist untouched. */
export async function importStarterPractices(
  db: Database,
  options: { createOnly: boolean; file?: string } = { createOnly: true },
): Promise<ImportReport> {
  const importOptions: ImportOptions = {
    format: 'jsonl',
    text: decodeFile(fs.readFileSync(options.file ?? STARTER_PRACTICES_FILE)),
    dryRun: false,
    skipInvalid: false,
    status: 'published',
    locale: 'pl',
    createOnly: options.createOnly,
  };
  const report = await importPractices(db, { actor: SYSTEM, authorId: null }, importOptions);
  if (!report.committed)
    throw new Error(`the starter practices could not be imported: ${JSON.stringify(report.lines.filter((l) => l.errors.length > 0))}`);
  return report;
}

/**
 * On the first start with no practice at all. Two instances starting together on one PostgreSQL
 * database may both try: the loser's insert fails on the unique slug, and the base is there anyway.
 */
export async function seedStarterPracticesIfEmpty(db: Database): Promise<ImportReport | undefined> {
  if ((await countPractices(db)) > 0) return undefined;
  try {
    return await importStarterPractices(db, { createOnly: true });
  } catch (error) {
    if ((await countPractices(db)) > 0) return undefined;
    throw error;
  }
}
