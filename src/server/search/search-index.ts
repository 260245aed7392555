import type { FastifyBaseLogger } from 'fastify';
import { warmUpAnalyzer } from './analyzer/index.ts';
import type { Database } from '../db/database.ts';
import { documentTokens, FIELD_GROUPS, type GroupTokens } from './search-document.ts';
import {
  adjustSearchState,
  adjustTermFrequencies,
  clearIndex,
  deleteDocument,
  findStoredDocument,
  type IndexSource,
  lockIndexForRebuild,
  practicesToIndex,
  readSearchState,
  renewPracticesStamp,
  type StateDelta,
  setIndexKey,
  vacuumRebuiltIndex,
  writeDocument,
  writeRebuiltTotals,
} from './search-index.repository.ts';
import { preloadDocuments } from './search-documents.ts';
import { type LoadedVocabulary, loadVocabulary } from './search-vocabulary.ts';

const REBUILD_PAGE = 500;

function distinct(groups: GroupTokens | undefined): Set<string> {
  return new Set(groups === undefined ? [] : FIELD_GROUPS.flatMap((group) => groups[group]));
}

function lengths(groups: GroupTokens | undefined, sign: number): StateDelta {
  const size = (group: keyof GroupTokens) => sign * (groups?.[group].length ?? 0);
  return {
    doc_count: groups === undefined ? 0 : sign,
    title_length: size('title'),
    main_length: size('main'),
    detail_length: size('detail'),
    body_length: size('body'),
  };
}

function frequencyDeltas(before: Set<string>, after: Set<string>): Map<string, number> {
  const deltas = new Map<string, number>();
  for (const token of after) if (!before.has(token)) deltas.set(token, 1);
  for (const token of before) if (!after.has(token)) deltas.set(token, -1);
  return deltas;
}

/**
 * Re-indexes one practice inside the caller's transaction, so the index never disagrees with the
 * committed practices. Called by every write of a practice's content (practice-changes.ts).
 */
export async function indexPractice(db: Database, practice: IndexSource): Promise<void> {
  const state = await readSearchState(db);
  const vocabulary = await loadVocabulary(db, state.vocabulary_stamp);
  const { language, groups } = documentTokens(practice, vocabulary.domainWords);
  const stored = await findStoredDocument(db, practice.id);
  await writeDocument(db, practice.id, language, groups, stored?.docId);
  await adjustTermFrequencies(db, frequencyDeltas(distinct(stored?.groups), distinct(groups)));
  const before = lengths(stored?.groups, -1);
  const after = lengths(groups, 1);
  await adjustSearchState(db, {
    doc_count: before.doc_count + after.doc_count,
    title_length: before.title_length + after.title_length,
    main_length: before.main_length + after.main_length,
    detail_length: before.detail_length + after.detail_length,
    body_length: before.body_length + after.body_length,
  });
}

/** Takes a deleted practice out of the index, inside the caller's transaction. */
export async function unindexPractice(db: Database, practiceId: string): Promise<void> {
  const stored = await findStoredDocument(db, practiceId);
  if (!stored) return;
  await deleteDocument(db, stored.docId);
  await adjustTermFrequencies(db, frequencyDeltas(distinct(stored.groups), new Set()));
  await adjustSearchState(db, lengths(stored.groups, -1));
}

function addTotals(totals: StateDelta, groups: GroupTokens): void {
  totals.doc_count += 1;
  totals.title_length += groups.title.length;
  totals.main_length += groups.main.length;
  totals.detail_length += groups.detail.length;
  totals.body_length += groups.body.length;
}

/**
 * A write that leaves the text alone (a status change, an archive): the index stays, but cached
 * answers must not outlive it, since who sees the practice may have changed.
 */
export async function notePracticeChange(db: Database): Promise<void> {
  await renewPracticesStamp(db);
}

/** Empties the index and builds it again from every practice, within the caller's transaction. */
export async function rebuildSearchIndex(db: Database, vocabulary: LoadedVocabulary): Promise<number> {
  await clearIndex(db);
  const terms = new Map<string, number>();
  const totals: StateDelta = { doc_count: 0, title_length: 0, main_length: 0, detail_length: 0, body_length: 0 };
  let after = '';
  for (;;) {
    const page = await practicesToIndex(db, after, REBUILD_PAGE);
    for (const practice of page) {
      const { language, groups } = documentTokens(practice, vocabulary.domainWords);
      await writeDocument(db, practice.id, language, groups, undefined);
      for (const token of distinct(groups)) terms.set(token, (terms.get(token) ?? 0) + 1);
      addTotals(totals, groups);
    }
    const last = page.at(-1);
    if (last === undefined || page.length < REBUILD_PAGE) break;
    after = last.id;
    // Long rebuilds yield now and then, so a server keeps answering while it runs.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await writeRebuiltTotals(db, terms, totals);
  await setIndexKey(db, vocabulary.indexKey);
  return totals.doc_count;
}

export type ReindexResult = { rebuilt: boolean; documents: number; ms: number };

/**
 * Rebuilds in one transaction (then vacuums the new index on PostgreSQL); `force` rebuilds even when
 * the analyzer version and domain words are unchanged.
 */
export async function reindexSearch(db: Database, force: boolean): Promise<ReindexResult> {
  const started = performance.now();
  const result = await db.transaction().execute(async (trx) => {
    await lockIndexForRebuild(trx);
    const state = await readSearchState(trx);
    const vocabulary = await loadVocabulary(trx, state.vocabulary_stamp);
    if (!force && state.index_key === vocabulary.indexKey) return { rebuilt: false, documents: state.doc_count, ms: 0 };
    const documents = await rebuildSearchIndex(trx, vocabulary);
    return { rebuilt: true, documents, ms: 0 };
  });
  if (!result.rebuilt) return result;
  await vacuumRebuiltIndex(db);
  return { ...result, ms: Math.round(performance.now() - started) };
}

/** At start: load the dictionary once, and rebuild the index when it was made by another analyzer version. */
export async function prepareSearch(db: Database, log: FastifyBaseLogger): Promise<void> {
  const warmUp = warmUpAnalyzer();
  log.info({ analyzer: warmUp }, 'search analyzer loaded');
  const result = await reindexSearch(db, false);
  if (result.rebuilt) log.info({ documents: result.documents, ms: result.ms }, 'search index rebuilt');
}

/**
 * After start, in the background: reads the index documents into this instance's memory, so the
 * first searches do not wait for them. Returns a function that stops it (on shutdown).
 */
export function startDocumentPreload(db: Database, log: FastifyBaseLogger): () => void {
  let stopped = false;
  const started = performance.now();
  preloadDocuments(db, () => stopped).then(
    (documents) => {
      if (!stopped) log.info({ documents, ms: Math.round(performance.now() - started) }, 'search documents read into memory');
    },
    (error: unknown) => {
      if (!stopped) log.warn({ err: error }, 'search documents could not be read into memory; searches read them as needed');
    },
  );
  return () => {
    stopped = true;
  };
}
