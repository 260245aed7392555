import type { Generated } from 'kysely';

/**
 * One row per indexed practice. The token columns hold the analyzer's index tokens of each field
 * group, space-separated and in text order: the full-text index is built from them, and the final
 * scoring reads term frequencies and positions from them. On PostgreSQL the row also carries a
 * `vector tsvector` (GIN-indexed), and on SQLite the contentless FTS5 table `search_fts` has one row
 * per document under `doc_id`; both are written with raw SQL only, so they are not typed here.
 */
export interface SearchDocumentsTable {
  doc_id: Generated<number>;
  practice_id: string;
  language: string;
  title_tokens: string;
  main_tokens: string;
  detail_tokens: string;
  body_tokens: string;
  /**
   * A fresh random stamp on every (re-)indexing of the row: with the practice id it names one exact
   * version of the tokens, so instances may cache parsed documents under it.
   */
  revision: string;
}

/** Index tokens with the number of documents containing them: IDF for scoring, and typo correction. */
export interface SearchTermsTable {
  token: string;
  df: number;
}

/** The single row (id 1) describing the index as a whole. */
export interface SearchStateTable {
  id: number;
  /** ANALYZER_VERSION and a hash of the domain words the index tokens were made with; '' before the first build. */
  index_key: string;
  /**
   * A fresh random stamp on every change of the index, so every instance (and every database in one
   * process) knows when its copy of the term list is stale; '' for the empty index after migration.
   */
  generation: string;
  /** A fresh random stamp on every change of the synonyms or domain words; '' for the starter lists. */
  vocabulary_stamp: string;
  /** A fresh random stamp on every write of any practice (also status only): cached answers are per stamp. */
  practices_stamp: string;
  doc_count: number;
  /** Sums of token counts per field group, for the average lengths in BM25. */
  title_length: number;
  main_length: number;
  detail_length: number;
  body_length: number;
}

/** Queries people searched for, kept for the knowledge-gaps list; erased after the retention period. */
export interface SearchQueriesTable {
  id: string;
  /** As typed (normalised), with personal data replaced by `[kind]`. */
  query: string;
  /** Sorted distinct base tokens, so that differently inflected wordings group together. */
  normalized: string;
  /** 1 when personal data was found and replaced. */
  redacted: number;
  result_count: number;
  branch_id: string | null;
  created_at: string;
  opened_at: string | null;
  opened_practice_id: string | null;
}
