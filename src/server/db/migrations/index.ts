import type { Migration } from 'kysely';
import * as foundation from './2026-11-29T12-00-00_foundation.ts';
import * as practices from './2026-11-29T13-00-00_practices.ts';

/** Every migration in order; a new one is appended here under its dated name and never edited afterwards. */
export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-29T12-00-00_foundation': foundation,
  '2026-11-29T13-00-00_practices': practices,
};
