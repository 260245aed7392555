import { PostgresAdapter, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { PracticeStatus } from '../../shared/practices.schema.ts';

/** A match as the database ranks it, with the facts that change without re-indexing (status, ratings). */
export interface RankedRow {
  docId: number;
  practiceId: string;
  revision: string;
  status: PracticeStatus;
  authorId: string | null;
  branchId: string | null;
  helpfulCount: number;
  notHelpfulCount: number;
}

type RankedRecord = {
  doc_id: number;
  practice_id: string;
  revision: string;
  status: PracticeStatus;
  author_id: string | null;
  branch_id: string | null;
  helpful_count: number;
  not_helpful_count: number;
};

const RANKED_COLUMNS = sql.raw(
  'd.doc_id, d.practice_id, d.revision, p.status, p.author_id, p.branch_id, p.helpful_count, p.not_helpful_count',
);

/**
 * ts_rank reads every matching tsvector (from TOAST), about 4 µs each: past this many matches of a
 * (very unspecific) query, PostgreSQL ranks only the first ones it finds.
 */
const PG_RANKED_MATCHES = 3000;

/**
 * The database's best `limit` matches by its own full-text rank (FTS5 bm25 with column weights, or
 * ts_rank with weights A–D): the candidates for the final scoring. One statement whose text never
 * changes, driven by the full-text subquery.
 */
export async function rankCandidates(db: Database, query: { fts: string; tsquery: string }, limit: number): Promise<RankedRow[]> {
  const result = isPostgres(db)
    ? await sql<RankedRecord>`
        select ${RANKED_COLUMNS}
        from (select doc_id from (select doc_id, vector from search_documents where vector @@ ${query.tsquery}::tsquery limit ${PG_RANKED_MATCHES}) m
              order by ts_rank('{0.1, 0.2, 0.4, 1.0}'::float4[], vector, ${query.tsquery}::tsquery) desc limit ${limit}) f
        join search_documents d on d.doc_id = f.doc_id join practices p on p.id = d.practice_id`.execute(db)
    : await sql<RankedRecord>`
        select ${RANKED_COLUMNS}
        from (select rowid as doc_id from search_fts where search_fts match ${query.fts}
              order by bm25(search_fts, 10.0, 4.0, 2.0, 1.0) limit ${limit}) f
        join search_documents d on d.doc_id = f.doc_id join practices p on p.id = d.practice_id`.execute(db);
  return result.rows.map((row) => ({
    docId: Number(row.doc_id),
    practiceId: row.practice_id,
    revision: row.revision,
    status: row.status,
    authorId: row.author_id,
    branchId: row.branch_id,
    helpfulCount: Number(row.helpful_count),
    notHelpfulCount: Number(row.not_helpful_count),
  }));
}

export interface DocumentRow {
  practice_id: string;
  revision: string;
  title_tokens: string;
  main_tokens: string;
  detail_tokens: string;
  body_tokens: string;
  slug: string;
  title: string;
  summary: string;
  language: string;
  needs: string;
  channels: string;
  attitudes: string;
  tags: string;
}

/** Stored tokens and content facts of documents an instance has not cached yet. */
export async function findDocuments(db: Database, docIds: readonly number[]): Promise<DocumentRow[]> {
  if (docIds.length === 0) return [];
  const wanted = isPostgres(db)
    ? sql`d.doc_id = any(${[...docIds]}::bigint[])`
    : sql`d.doc_id in (select value from json_each(${JSON.stringify(docIds)}))`;
  const result = await sql<DocumentRow>`
    select d.practice_id, d.revision, d.title_tokens, d.main_tokens, d.detail_tokens, d.body_tokens,
           p.slug, p.title, p.summary, p.language, p.needs, p.channels, p.attitudes, p.tags
    from search_documents d join practices p on p.id = d.practice_id
    where ${wanted}`.execute(db);
  return result.rows;
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
