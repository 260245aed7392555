import { type ExpressionBuilder, PostgresAdapter, sql } from 'kysely';
import type { Database, Tables } from '../db/database.ts';
import type { PracticeStatus } from '../../shared/practices.schema.ts';
import { splitTokens } from './search-index.repository.ts';
import type { GroupTokens } from './search-document.ts';

/** Who sees which practices; the same rule as the practices list (practices.policy.ts visibilityFor). */
export interface SearchVisibility {
  userId: string;
  scope: 'all' | 'none' | { readonly branchIds: readonly string[] };
}

export interface Candidate {
  practiceId: string;
  slug: string;
  title: string;
  summary: string;
  language: string;
  status: PracticeStatus;
  needs: string;
  channels: string;
  attitudes: string;
  tags: string;
  helpfulCount: number;
  notHelpfulCount: number;
  groups: GroupTokens;
}

type Eb = ExpressionBuilder<Tables & { p: Tables['practices'] }, 'p'>;

function visibleTo(eb: Eb, visibility: SearchVisibility & { scope: Exclude<SearchVisibility['scope'], 'all'> }) {
  const { scope } = visibility;
  const anyone = [eb('p.status', '=', 'published'), eb('p.author_id', '=', visibility.userId)];
  if (scope === 'none') return eb.or(anyone);
  const branches = [eb('p.branch_id', 'is', null)];
  if (scope.branchIds.length > 0) branches.push(eb('p.branch_id', 'in', [...scope.branchIds]));
  return eb.or([...anyone, ...branches]);
}

/** Document ids ranked by the database's own full-text rank: the candidates for the final scoring. */
export async function rankedDocumentIds(db: Database, query: { fts: string; tsquery: string }, limit: number): Promise<number[]> {
  if (isPostgres(db)) {
    const result = await sql<{ doc_id: number }>`
      select doc_id from search_documents where vector @@ ${query.tsquery}::tsquery
      order by ts_rank('{0.1, 0.2, 0.4, 1.0}'::float4[], vector, ${query.tsquery}::tsquery) desc limit ${limit}`.execute(db);
    return result.rows.map((row) => Number(row.doc_id));
  }
  const result = await sql<{ doc_id: number }>`
    select rowid as doc_id from search_fts where search_fts match ${query.fts}
    order by bm25(search_fts, 10.0, 4.0, 2.0, 1.0) limit ${limit}`.execute(db);
  return result.rows.map((row) => Number(row.doc_id));
}

export async function findCandidates(db: Database, docIds: readonly number[], visibility: SearchVisibility): Promise<Candidate[]> {
  if (docIds.length === 0) return [];
  let query = db
    .selectFrom('search_documents as d')
    .innerJoin('practices as p', 'p.id', 'd.practice_id')
    .select([
      'p.id',
      'p.slug',
      'p.title',
      'p.summary',
      'p.language',
      'p.status',
      'p.needs',
      'p.channels',
      'p.attitudes',
      'p.tags',
      'p.helpful_count',
      'p.not_helpful_count',
      'd.title_tokens',
      'd.main_tokens',
      'd.detail_tokens',
      'd.body_tokens',
    ])
    .where('d.doc_id', 'in', [...docIds]);
  const { userId, scope } = visibility;
  if (scope !== 'all') query = query.where((eb) => visibleTo(eb, { userId, scope }));
  const rows = await query.execute();
  return rows.map((row) => ({
    practiceId: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    language: row.language,
    status: row.status,
    needs: row.needs,
    channels: row.channels,
    attitudes: row.attitudes,
    tags: row.tags,
    helpfulCount: Number(row.helpful_count),
    notHelpfulCount: Number(row.not_helpful_count),
    groups: {
      title: splitTokens(row.title_tokens),
      main: splitTokens(row.main_tokens),
      detail: splitTokens(row.detail_tokens),
      body: splitTokens(row.body_tokens),
    },
  }));
}

export interface PracticeTexts {
  id: string;
  language: string;
  title: string;
  summary: string;
  situation: string;
  signals: string;
  steps: string;
  say: string;
  avoid: string;
  tags: string;
  body: string;
}

export async function findPracticeTexts(db: Database, ids: readonly string[]): Promise<PracticeTexts[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('practices')
    .select(['id', 'language', 'title', 'summary', 'situation', 'signals', 'steps', 'say', 'avoid', 'tags', 'body'])
    .where('id', 'in', [...ids])
    .execute();
}

function isPostgres(db: Database): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
