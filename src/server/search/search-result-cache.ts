import type { SearchQuery, SearchResponse } from '../../shared/search.schema.ts';
import type { Actor } from '../auth/actor.ts';
import type { SearchStateRow } from './search-index.repository.ts';
import type { PreparedQuery } from './search-query.ts';

/**
 * Answers computed by this instance, reused while nothing they depend on has changed: the key holds
 * the index generation, the vocabulary and practices stamps (read from the database on every
 * request, so another instance's write is seen at once), who asks, and the whole query. Ratings
 * (the small "helpful" boost) may lag by up to TTL_MS. As-you-type requests repeat a lot.
 */
export interface CachedAnswer {
  response: Omit<SearchResponse, 'tookMs' | 'queryId'>;
  prepared: PreparedQuery | undefined;
  matching: number;
}

const CAPACITY = 2000;
const TTL_MS = 60_000;
const answers = new Map<string, { answer: CachedAnswer; at: number }>();

/** Which practices the actor may see depends on the role, the branches, and their own drafts. */
function viewer(actor: Actor): string {
  if (actor.role === 'admin') return 'admin';
  return `${actor.role}:${actor.id}:${[...actor.branchIds].sort().join(',')}`;
}

export function answerKey(state: SearchStateRow, actor: Actor, query: SearchQuery, extra: unknown): string {
  const { q, needs, channels, attitudes, tags, status, limit, offset } = query;
  return JSON.stringify([
    state.generation,
    state.vocabulary_stamp,
    state.practices_stamp,
    viewer(actor),
    q.trim(),
    needs,
    channels,
    attitudes,
    tags,
    status,
    limit,
    offset,
    extra,
  ]);
}

export function cachedAnswer(key: string, now = Date.now()): CachedAnswer | undefined {
  const entry = answers.get(key);
  if (entry === undefined) return undefined;
  answers.delete(key);
  if (now - entry.at > TTL_MS) return undefined;
  answers.set(key, entry);
  return entry.answer;
}

/**
 * Keys of answers computed once within TTL_MS. An answer is kept the second time its key is
 * computed: most questions are asked once, and keeping every answer made each young garbage
 * collection during searches copy them all into the old generation (about 2 ms of its 3.5 ms).
 */
const seen = new Map<string, number>();

export function rememberAnswer(key: string, answer: CachedAnswer, now = Date.now()): void {
  const first = seen.get(key);
  seen.delete(key);
  if (first === undefined || now - first > TTL_MS) {
    seen.set(key, now);
    if (seen.size > CAPACITY) seen.delete(seen.keys().next().value ?? '');
    return;
  }
  answers.set(key, { answer, at: now });
  if (answers.size > CAPACITY) answers.delete(answers.keys().next().value ?? '');
}
