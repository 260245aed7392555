import type { z } from 'zod';
import { type ExportQuerySchema, PRACTICE_STATUSES, type PracticeV1 } from '../../shared/practices.schema.ts';
import type { Actor } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import type { Database } from '../db/database.ts';
import { loadVisible } from './practice-access.ts';
import { toJsonl, toV1 } from './practice-interchange.ts';
import { toMarkdown } from './practice-markdown.ts';
import { visibilityFor } from './practices.policy.ts';
import { listPracticeRows, type PracticeFilter, type PracticeRow } from './practices.repository.ts';

type ExportQuery = z.output<typeof ExportQuerySchema>;

const PAGE = 500;

async function allRows(db: Database, actor: Actor, filter: PracticeFilter): Promise<PracticeRow[]> {
  const rows: PracticeRow[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await listPracticeRows(db, filter, visibilityFor(actor), { sort: 'slug', limit: PAGE, offset });
    rows.push(...page.rows);
    if (page.rows.length < PAGE) return rows;
  }
}

async function selectedIds(db: Database, actor: Actor, refs: readonly string[] | undefined): Promise<string[] | undefined> {
  if (!refs) return undefined;
  const ids: string[] = [];
  for (const ref of refs) ids.push((await loadVisible(db, actor, ref)).row.id);
  return ids;
}

/**
 * The practices the actor may see, as practice/v1 objects in slug order. Without a status filter:
 * every status for a whole export, any status for an explicit selection.
 */
export async function exportPractices(db: Database, actor: Actor, query: ExportQuery): Promise<PracticeV1[]> {
  assertCan(actor, 'practice:read');
  const ids = await selectedIds(db, actor, query.ids);
  const status = query.status && query.status.length > 0 ? query.status : [...PRACTICE_STATUSES];
  const rows = await allRows(db, actor, { status, ...(ids ? { ids } : {}) });
  return rows.map(toV1);
}

/** JSON Lines for another library or a backup: managers and administrators. */
export async function exportJsonl(db: Database, actor: Actor, query: ExportQuery): Promise<string> {
  assertCan(actor, 'practice:import');
  return toJsonl(await exportPractices(db, actor, query));
}

/** Markdown with front matter, for anyone who can read the practices: published ones unless chosen otherwise. */
export async function exportMarkdown(db: Database, actor: Actor, query: ExportQuery): Promise<string> {
  const status = query.status ?? (query.ids ? undefined : ['published' as const]);
  return toMarkdown(await exportPractices(db, actor, { ...query, status }));
}
