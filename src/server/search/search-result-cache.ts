import type { SearchQuery, SearchResponse } from '../../shared/search.schema.ts';
import type { Actor } from '../auth/actor.ts';
import type { SearchStateRow } from './search-index.repository.ts';
import type { PreparedTerm } from './search-query.ts';

/** A search response without what belongs to one request (its time, the stored query). */
export type AnswerBody = Omit<SearchResponse, 'tookMs' | 'queryId'>;

/** What storing the query needs (knowledge gaps). */
export interface AnswerLog {
  /** The analysed query words; undefined when the query had none. */
  terms: PreparedTerm[] | undefined;
  matching: number;
}

/**
 * An answer as JSON in Buffers, outside the JavaScript heap: kept as objects, every answer was
 * copied into the old generation by the next young garbage collection (a few thousand small objects
 * each), which made those pauses during searches about twice as long. The API sends `body` as it is.
 */
export interface EncodedAnswer {
  /** `{"results":…,"facets":…,"total":…}` */
  body: Buffer;
  log: Buffer;
}

/**
 * Answers computed by this instance, reused while nothing they depend on has changed: the key holds
 * the index generation, the vocabulary and practices stamps (read from the database on every
 * request, so another instance's write is seen at once), who asks, and the whole query. Ratings
 * (the small "helpful" boost) may lag by up to TTL_MS. As-you-type requests repeat a lot.
 */
const answers = new Map<string, { answer: EncodedAnswer; at: number }>();
const CAPACITY = 2000;
const TTL_MS = 60_000;

export function encodeAnswer(body: AnswerBody, log: AnswerLog): EncodedAnswer {
  return { body: Buffer.from(JSON.stringify(body), 'utf8'), log: Buffer.from(JSON.stringify(log), 'utf8') };
}

export function decodeBody(answer: EncodedAnswer): AnswerBody {
  return JSON.parse(answer.body.toString('utf8')) as AnswerBody;
}

export function decodeLog(answer: EncodedAnswer): AnswerLog {
  return JSON.parse(answer.log.toString('utf8')) as AnswerLog;
}

/** The whole response as JSON: the answer's body with this request's time and stored query added. */
export function responseJson(answer: EncodedAnswer, tookMs: number, queryId: string | null): Buffer {
  const { body } = answer;
  const tail = Buffer.from(`,"tookMs":${JSON.stringify(tookMs)},"queryId":${JSON.stringify(queryId)}}`, 'utf8');
  return Buffer.concat([body.subarray(0, body.length - 1), tail]);
}

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

/** The answer kept under the key, while fresh. Its Buffers are shared: read them, never write to them. */
export function cachedAnswer(key: string, now = Date.now()): EncodedAnswer | undefined {
  const entry = answers.get(key);
  if (entry === undefined) return undefined;
  answers.delete(key);
  if (now - entry.at > TTL_MS) return undefined;
  answers.set(key, entry);
  return entry.answer;
}

/** Whether this instance has an answer under the key that is still fresh (without reading it). */
export function hasCachedAnswer(key: string, now = Date.now()): boolean {
  const entry = answers.get(key);
  return entry !== undefined && now - entry.at <= TTL_MS;
}

export function rememberAnswer(key: string, answer: EncodedAnswer, now = Date.now()): void {
  answers.set(key, { answer, at: now });
  if (answers.size > CAPACITY) answers.delete(answers.keys().next().value ?? '');
}
