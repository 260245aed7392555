import { v7 as uuidv7 } from 'uuid';
import { findPersonalData } from '../../shared/personal-data.ts';
import type { SearchOpenedInput } from '../../shared/search.schema.ts';
import type { Actor } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import type { Database } from '../db/database.ts';
import { nowIso, toIso } from '../db/dialect.ts';
import { notFound } from '../errors.ts';
import type { PreparedTerm } from './search-query.ts';
import { deleteSearchQueriesBefore, findUnansweredQueries, insertSearchQuery, markQueryOpened } from './search-queries.repository.ts';

const STORED_LENGTH = 300;
const DIGIT = /\p{N}/u;

/** The query as typed, with whatever looks like a reader's personal data replaced by its kind. */
export function redactQuery(text: string): { text: string; redacted: boolean; removed: string[] } {
  const clean = text.replace(/\s+/gu, ' ').trim().slice(0, STORED_LENGTH);
  const found = findPersonalData(clean);
  if (found.length === 0) return { text: clean, redacted: false, removed: [] };
  let output = '';
  let position = 0;
  for (const match of found) {
    output += `${clean.slice(position, match.start)}[${match.kind}]`;
    position = match.end;
  }
  return {
    text: output + clean.slice(position),
    redacted: true,
    removed: found.map((match) => clean.slice(match.start, match.end).toLocaleLowerCase('pl')),
  };
}

/** Base forms of the query words in order of appearance, so that inflected wordings group together. */
function normalizedForm(terms: readonly PreparedTerm[], removed: readonly string[]): string {
  const words = terms.filter(
    (term) => removed.length === 0 || (!DIGIT.test(term.text) && !removed.some((part) => part.includes(term.text))),
  );
  const bases = words.map((term) => term.alternatives.find((alternative) => !alternative.prefix)?.tokens.join(' ') ?? term.text);
  return [...new Set(bases)].sort().join(' ');
}

export async function storeQuery(
  db: Database,
  actor: Actor,
  q: string,
  terms: readonly PreparedTerm[],
  resultCount: number,
): Promise<string> {
  const { text, redacted, removed } = redactQuery(q);
  const id = uuidv7();
  await insertSearchQuery(db, {
    id,
    query: text,
    normalized: normalizedForm(terms, removed),
    redacted: redacted ? 1 : 0,
    result_count: resultCount,
    branch_id: actor.branchIds[0] ?? null,
    created_at: nowIso(),
    opened_at: null,
    opened_practice_id: null,
  });
  return id;
}

export async function recordSearchOpened(db: Database, actor: Actor, queryId: string, input: SearchOpenedInput): Promise<void> {
  assertCan(actor, 'practice:read');
  if (!(await markQueryOpened(db, queryId, input.practiceId, nowIso()))) throw notFound();
}

/** For the retention job: stored queries older than the cutoff are deleted. Returns how many. */
export async function eraseSearchQueriesBefore(db: Database, cutoff: Date | string): Promise<number> {
  return deleteSearchQueriesBefore(db, new Date(cutoff).toISOString());
}

export interface UnansweredQuery {
  id: string;
  query: string;
  normalized: string;
  redacted: boolean;
  resultCount: number;
  opened: boolean;
  branchId: string | null;
  createdAt: string;
}

/**
 * For knowledge gaps: recent queries that found nothing or whose results nobody opened, newest first.
 * Managers see their branches' queries, administrators all.
 */
export async function listUnansweredQueries(
  db: Database,
  actor: Actor,
  options: { since: Date | string; limit?: number },
): Promise<UnansweredQuery[]> {
  assertCan(actor, 'practice:review');
  const rows = await findUnansweredQueries(db, {
    since: new Date(options.since).toISOString(),
    branchIds: actor.role === 'admin' ? 'all' : actor.branchIds,
    limit: Math.min(options.limit ?? 500, 5000),
  });
  return rows.map((row) => ({
    id: row.id,
    query: row.query,
    normalized: row.normalized,
    redacted: row.redacted === 1,
    resultCount: Number(row.result_count),
    opened: row.opened_at !== null,
    branchId: row.branch_id,
    createdAt: toIso(row.created_at),
  }));
}
