import { PostgresAdapter, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { PracticeStatus } from '../../shared/practices.schema.ts';
import { readSearchState, type SearchStateRow } from './search-index.repository.ts';

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
 * ts_rank reads every matching tsvector, about 1–4 µs each: past this many matches of a (very
 * unspecific) query, PostgreSQL ranks only the first ones it finds.
 */
const PG_RANKED_MATCHES = 1000;
const PG_WEIGHTS = sql.raw(`'{0.1, 0.2, 0.4, 1.0}'::float4[]`);

/** The retrieval expressions of a query: the OR-ed one, and the narrow one (two rarest words) when there is one. */
export interface Retrieval {
  fts: string;
  tsquery: string;
  narrow: { fts: string; tsquery: string } | undefined;
}

function rankedRow(row: RankedRecord): RankedRow {
  return {
    docId: Number(row.doc_id),
    practiceId: row.practice_id,
    revision: row.revision,
    status: row.status,
    authorId: row.author_id,
    branchId: row.branch_id,
    helpfulCount: Number(row.helpful_count),
    notHelpfulCount: Number(row.not_helpful_count),
  };
}

/** The candidates, and the index state they were read under (in the same statement on PostgreSQL). */
export interface RankedCandidates {
  rows: RankedRow[];
  state: SearchStateRow;
}

type StateJson = { [K in keyof SearchStateRow]: SearchStateRow[K] | string };

function stateOf(row: StateJson): SearchStateRow {
  return {
    id: Number(row.id),
    index_key: String(row.index_key),
    generation: String(row.generation),
    vocabulary_stamp: String(row.vocabulary_stamp),
    practices_stamp: String(row.practices_stamp),
    doc_count: Number(row.doc_count),
    title_length: Number(row.title_length),
    main_length: Number(row.main_length),
    detail_length: Number(row.detail_length),
    body_length: Number(row.body_length),
  };
}

/**
 * The candidates for the final scoring: the database's best `limit` matches by its own full-text
 * rank (FTS5 bm25 with column weights, or ts_rank with weights A–D, equal ranks by document id).
 * The narrow retrieval comes first when there is one; when it finds fewer than `enough`, the
 * OR-ed retrieval adds its best matches after them. On PostgreSQL both run in one statement whose
 * text never changes (the OR-ed part is skipped by the server when the narrow part found enough),
 * which also reads the index state, so a search needs one round trip; SQLite reads the state first.
 */
export async function rankCandidates(db: Database, query: Retrieval, limit: number, enough: number): Promise<RankedCandidates> {
  if (isPostgres(db)) {
    // Without a narrow retrieval its part is skipped; the OR-ed query only stands in for valid syntax.
    const narrow = query.narrow?.tsquery ?? query.tsquery;
    const result = await sql<{ state: string | null } & RankedRecord>`/* prepared:search_rank */
      with narrow as materialized (
        select doc_id, practice_id, revision, ts_rank(${PG_WEIGHTS}, vector, ${narrow}::tsquery) as score
        from (select doc_id, practice_id, revision, vector from search_documents
              where ${query.narrow !== undefined} and vector @@ ${narrow}::tsquery limit ${PG_RANKED_MATCHES}) m
        order by score desc, doc_id limit ${limit}),
      wide as (
        select doc_id, practice_id, revision, ts_rank(${PG_WEIGHTS}, vector, ${query.tsquery}::tsquery) as score
        from (select doc_id, practice_id, revision, vector from search_documents
              where (select count(*) from narrow) < ${enough} and vector @@ ${query.tsquery}::tsquery limit ${PG_RANKED_MATCHES}) m
        order by score desc, doc_id limit ${limit}),
      f as (
        select * from (select 0 as part, * from narrow
                       union all
                       select 1 as part, * from wide where doc_id not in (select doc_id from narrow)) u
        order by part, score desc, doc_id limit ${limit})
      select k.state, k.doc_id, k.practice_id, k.revision, p.status, p.author_id, p.branch_id, p.helpful_count, p.not_helpful_count
      from (select 0 as kind, 0 as part, 0::real as score, null::bigint as doc_id, null as practice_id, null as revision,
                   row_to_json(s)::text as state
            from search_state s where s.id = 1
            union all
            select 1, part, score, doc_id, practice_id, revision, null from f) k
      left join practices p on p.id = k.practice_id
      where k.kind = 0 or p.id is not null
      order by k.kind, k.part, k.score desc, k.doc_id`.execute(db);
    const [first, ...ranked] = result.rows;
    if (first?.state == null) throw new Error('search_state has no row');
    return { rows: ranked.map(rankedRow), state: stateOf(JSON.parse(first.state) as StateJson) };
  }
  const state = await readSearchState(db);
  const narrow = query.narrow === undefined ? [] : await rankSqlite(db, query.narrow.fts, limit);
  if (query.narrow !== undefined && narrow.length >= enough) return { rows: narrow, state };
  const seen = new Set(narrow.map((row) => row.docId));
  const wide = (await rankSqlite(db, query.fts, limit)).filter((row) => !seen.has(row.docId));
  return { rows: [...narrow, ...wide].slice(0, limit), state };
}

async function rankSqlite(db: Database, fts: string, limit: number): Promise<RankedRow[]> {
  const result = await sql<RankedRecord>`
    select ${RANKED_COLUMNS}
    from (select rowid as doc_id from search_fts where search_fts match ${fts}
          order by bm25(search_fts, 10.0, 4.0, 2.0, 1.0) limit ${limit}) f
    join search_documents d on d.doc_id = f.doc_id join practices p on p.id = d.practice_id`.execute(db);
  return result.rows.map(rankedRow);
}

export interface DocumentRow {
  doc_id: number;
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

const DOCUMENT_COLUMNS = sql.raw(
  'd.doc_id, d.practice_id, d.revision, d.title_tokens, d.main_tokens, d.detail_tokens, d.body_tokens, ' +
    'p.slug, p.title, p.summary, p.language, p.needs, p.channels, p.attitudes, p.tags',
);

/** Stored tokens and content facts of documents an instance has not cached yet. */
export async function findDocuments(db: Database, docIds: readonly number[]): Promise<DocumentRow[]> {
  if (docIds.length === 0) return [];
  const wanted = isPostgres(db)
    ? sql`d.doc_id = any(${[...docIds]}::bigint[])`
    : sql`d.doc_id in (select value from json_each(${JSON.stringify(docIds)}))`;
  const result = await sql<DocumentRow>`
    select ${DOCUMENT_COLUMNS}
    from search_documents d join practices p on p.id = d.practice_id
    where ${wanted}`.execute(db);
  return result.rows;
}

/** The next `limit` documents after `afterDocId`, in document order (for reading the index into memory). */
export async function findDocumentsAfter(db: Database, afterDocId: number, limit: number): Promise<DocumentRow[]> {
  const result = await sql<DocumentRow>`
    select ${DOCUMENT_COLUMNS}
    from search_documents d join practices p on p.id = d.practice_id
    where d.doc_id > ${afterDocId}
    order by d.doc_id
    limit ${limit}`.execute(db);
  return result.rows;
}

export interface PracticeTexts {
  id: string;
  /** The index revision of the practice's document, under which the texts may be cached. */
  revision: string;
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

const TEXT_COLUMNS = sql.raw(
  'p.id, d.revision, p.language, p.title, p.summary, p.situation, p.signals, p.steps, p.say, p.avoid, p.tags, p.body',
);

/** The texts snippets are cut from; on PostgreSQL one prepared statement whatever the number of ids. */
export async function findPracticeTexts(db: Database, ids: readonly string[]): Promise<PracticeTexts[]> {
  if (ids.length === 0) return [];
  const result = isPostgres(db)
    ? await sql<PracticeTexts>`/* prepared:search_texts */
        select ${TEXT_COLUMNS} from practices p join search_documents d on d.practice_id = p.id
        where p.id = any(${[...ids]}::text[])`.execute(db)
    : await sql<PracticeTexts>`
        select ${TEXT_COLUMNS} from practices p join search_documents d on d.practice_id = p.id
        where p.id in (select value from json_each(${JSON.stringify(ids)}))`.execute(db);
  return result.rows;
}

function isPostgres(db: Database): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
