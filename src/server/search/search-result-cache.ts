import type { SearchQuery, SearchResponse } from '../../shared/search.schema.ts';
import type { Actor } from '../auth/actor.ts';
import type { SearchStateRow } from './search-index.repository.ts';
import type { PreparedTerm } from './search-query.ts';

/**
 * Answers computed by this instance, reused while nothing they depend on has changed: the key holds
 * the index generation, the vocabulary and practices stamps (read from the database on every
 * request, so another instance's write is seen at once), who asks, and the whole query. Ratings
 * (the small "helpful" boost) may lag by up to TTL_MS. As-you-type requests repeat a lot.
 */
export interface CachedAnswer {
  response: Omit<SearchResponse, 'tookMs' | 'queryId'>;
  /** The analysed query words, for storing the query (knowledge gaps); undefined when it had none. */
  terms: PreparedTerm[] | undefined;
  matching: number;
}

const CAPACITY = 2000;
const TTL_MS = 60_000;
/**
 * Each answer is kept as its JSON in a Buffer, outside the JavaScript heap: kept as objects, every
 * answer was copied into the old generation by the next young garbage collection (a few thousand
 * small objects each), which made those pauses during searches about twice as long.
 */
const answers = new Map<string, { json: Buffer; at: number }>();

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
  return JSON.parse(entry.json.toString('utf8')) as CachedAnswer;
}

/** Whether this instance has an answer under the key that is still fresh (without reading it). */
export function hasCachedAnswer(key: string, now = Date.now()): boolean {
  const entry = answers.get(key);
  return entry !== undefined && now - entry.at <= TTL_MS;
}

export function rememberAnswer(key: string, answer: CachedAnswer, now = Date.now()): void {
  answers.set(key, { json: Buffer.from(JSON.stringify(answer), 'utf8'), at: now });
  if (answers.size > CAPACITY) answers.delete(answers.keys().next().value ?? '');
}
