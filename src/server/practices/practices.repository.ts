import type { ExpressionBuilder, Selectable, Updateable } from 'kysely';
import { z } from 'zod';
import {
  AttitudeSchema,
  ChannelSchema,
  NeedSchema,
  type PracticeContent,
  type PracticeListQuery,
  PracticeLanguageSchema,
} from '../../shared/practices.schema.ts';
import type { Database, Tables } from '../db/database.ts';
import type { FacetKind, PracticesTable } from './practices.table.ts';

export type PracticeRow = Selectable<PracticesTable>;

const strings = z.array(z.string());
const channels = z.array(ChannelSchema);
const attitudes = z.array(AttitudeSchema);
const needs = z.array(NeedSchema);

function parseList<T>(schema: z.ZodType<T[]>, text: string): T[] {
  const parsed = schema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : [];
}

/** The JSON-in-text columns back to arrays; identical on SQLite and PostgreSQL. */
export function toContent(row: PracticeRow): PracticeContent {
  return {
    title: row.title,
    language: PracticeLanguageSchema.catch('pl').parse(row.language),
    summary: row.summary,
    situation: row.situation,
    signals: parseList(strings, row.signals),
    steps: parseList(strings, row.steps),
    say: parseList(strings, row.say),
    avoid: parseList(strings, row.avoid),
    channels: parseList(channels, row.channels),
    attitudes: parseList(attitudes, row.attitudes),
    needs: parseList(needs, row.needs),
    tags: parseList(strings, row.tags),
    body: row.body,
    source: row.source,
  };
}

export function contentColumns(content: PracticeContent) {
  return {
    title: content.title,
    language: content.language,
    summary: content.summary,
    situation: content.situation,
    signals: JSON.stringify(content.signals),
    steps: JSON.stringify(content.steps),
    say: JSON.stringify(content.say),
    avoid: JSON.stringify(content.avoid),
    channels: JSON.stringify(content.channels),
    attitudes: JSON.stringify(content.attitudes),
    needs: JSON.stringify(content.needs),
    tags: JSON.stringify(content.tags),
    body: content.body,
    source: content.source,
  };
}

export async function findPracticeRow(db: Database, id: string): Promise<PracticeRow | undefined> {
  return db.selectFrom('practices').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPracticeRowBySlug(db: Database, slug: string): Promise<PracticeRow | undefined> {
  return db.selectFrom('practices').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function findPracticeRowsBySlugs(db: Database, slugs: readonly string[]): Promise<PracticeRow[]> {
  if (slugs.length === 0) return [];
  return db
    .selectFrom('practices')
    .selectAll()
    .where('slug', 'in', [...slugs])
    .execute();
}

export async function insertPracticeRow(db: Database, row: PracticeRow): Promise<void> {
  await db.insertInto('practices').values(row).execute();
}

/** Optimistic concurrency in SQL: false when someone changed the version meanwhile. */
export async function updatePracticeRow(
  db: Database,
  id: string,
  expectedVersion: number,
  changes: Updateable<PracticesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('practices')
    .set(changes)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Removes a practice with its facets, ratings and revisions, when its version is still `expectedVersion`. */
export async function deletePracticeRows(db: Database, id: string, expectedVersion: number): Promise<boolean> {
  await db.deleteFrom('practice_facets').where('practice_id', '=', id).execute();
  await db.deleteFrom('practice_feedback').where('practice_id', '=', id).execute();
  await db.deleteFrom('practice_revisions').where('practice_id', '=', id).execute();
  const result = await db.deleteFrom('practices').where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Logged contacts name the practices used in them; such a practice stays (it can be archived). */
export async function isPracticeUsedInContacts(db: Database, id: string): Promise<boolean> {
  const used = await db.selectFrom('interaction_practices').select('practice_id').where('practice_id', '=', id).limit(1).executeTakeFirst();
  return used !== undefined;
}

export async function setVerification(
  db: Database,
  id: string,
  changes: { verified_at: string; verified_by: string; review_by: string; owner_id: string | null },
): Promise<void> {
  await db.updateTable('practices').set(changes).where('id', '=', id).execute();
}

export async function replaceFacets(db: Database, practiceId: string, content: PracticeContent): Promise<void> {
  await db.deleteFrom('practice_facets').where('practice_id', '=', practiceId).execute();
  const facets: { practice_id: string; kind: FacetKind; value: string }[] = [
    ...content.needs.map((value) => ({ practice_id: practiceId, kind: 'need' as const, value })),
    ...content.channels.map((value) => ({ practice_id: practiceId, kind: 'channel' as const, value })),
    ...content.attitudes.map((value) => ({ practice_id: practiceId, kind: 'attitude' as const, value })),
    ...content.tags.map((value) => ({ practice_id: practiceId, kind: 'tag' as const, value })),
  ];
  if (facets.length > 0) await db.insertInto('practice_facets').values(facets).execute();
}

/** Which non-published practices a user may see besides their own. */
export type ReviewScope = 'all' | 'none' | { branchIds: readonly string[] };

export interface Visibility {
  userId: string;
  scope: ReviewScope;
}

type PracticesEb = ExpressionBuilder<Tables, 'practices'>;

function visibleTo(eb: PracticesEb, visibility: Visibility & { scope: 'none' | { branchIds: readonly string[] } }) {
  const { scope } = visibility;
  const anyone = [eb('practices.status', '=', 'published'), eb('practices.author_id', '=', visibility.userId)];
  if (scope === 'none') return eb.or(anyone);
  const branches = [eb('practices.branch_id', 'is', null)];
  if (scope.branchIds.length > 0) branches.push(eb('practices.branch_id', 'in', [...scope.branchIds]));
  return eb.or([...anyone, ...branches]);
}

function hasFacet(eb: PracticesEb, kind: FacetKind, values: readonly string[]) {
  return eb.exists(
    eb
      .selectFrom('practice_facets')
      .select('practice_facets.practice_id')
      .whereRef('practice_facets.practice_id', '=', 'practices.id')
      .where('practice_facets.kind', '=', kind)
      .where('practice_facets.value', 'in', [...values]),
  );
}

export type PracticeFilter = Omit<PracticeListQuery, 'sort' | 'limit' | 'offset'> & {
  staleBefore?: string;
  ids?: readonly string[];
  withProposal?: boolean;
};

function filtered(db: Database, filter: PracticeFilter, visibility: Visibility) {
  let query = db.selectFrom('practices');
  const { scope, userId } = visibility;
  if (scope !== 'all') query = query.where((eb) => visibleTo(eb, { userId, scope }));
  query = query.where('practices.status', 'in', filter.status && filter.status.length > 0 ? filter.status : ['published']);
  const facets: [FacetKind, readonly string[] | undefined][] = [
    ['need', filter.needs],
    ['channel', filter.channels],
    ['attitude', filter.attitudes],
    ['tag', filter.tags],
  ];
  for (const [kind, values] of facets) {
    if (values && values.length > 0) query = query.where((eb) => hasFacet(eb, kind, values));
  }
  if (filter.branch === 'library') query = query.where('practices.branch_id', 'is', null);
  else if (filter.branch) query = query.where('practices.branch_id', '=', filter.branch);
  if (filter.author) query = query.where('practices.author_id', '=', filter.author);
  if (filter.owner) query = query.where('practices.owner_id', '=', filter.owner);
  if (filter.language) query = query.where('practices.language', '=', filter.language);
  if (filter.withProposal) query = query.where('practices.pending_revision_id', 'is not', null);
  if (filter.staleBefore) query = query.where('practices.review_by', '<', filter.staleBefore);
  if (filter.ids) query = query.where('practices.id', 'in', filter.ids.length > 0 ? [...filter.ids] : ['']);
  return query;
}

export type PracticeSort = PracticeListQuery['sort'] | 'review_by' | 'slug';

export async function listPracticeRows(
  db: Database,
  filter: PracticeFilter,
  visibility: Visibility,
  page: { sort: PracticeSort; limit: number; offset: number },
): Promise<{ rows: PracticeRow[]; total: number }> {
  const base = filtered(db, filter, visibility);
  let query = base.selectAll('practices');
  if (page.sort === 'views') query = query.orderBy('practices.view_count', 'desc');
  if (page.sort === 'helpful') query = query.orderBy('practices.helpful_count', 'desc').orderBy('practices.not_helpful_count', 'asc');
  if (page.sort === 'review_by') query = query.orderBy('practices.review_by', 'asc');
  if (page.sort === 'slug') query = query.orderBy('practices.slug', 'asc');
  query = query.orderBy('practices.updated_at', 'desc').orderBy('practices.id', 'desc');
  const [rows, count] = await Promise.all([
    query.limit(page.limit).offset(page.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export async function countPractices(db: Database): Promise<number> {
  const row = await db
    .selectFrom('practices')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function namesOf(db: Database, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function userExists(db: Database, id: string): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function incrementViewCount(db: Database, id: string): Promise<void> {
  await db
    .updateTable('practices')
    .set((eb) => ({ view_count: eb('view_count', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function incrementFeedbackCount(db: Database, id: string, helpful: boolean): Promise<void> {
  await db
    .updateTable('practices')
    .set((eb) => (helpful ? { helpful_count: eb('helpful_count', '+', 1) } : { not_helpful_count: eb('not_helpful_count', '+', 1) }))
    .where('id', '=', id)
    .execute();
}
