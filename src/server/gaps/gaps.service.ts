import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import {
  type CreateGapDismissal,
  GAP_DEFAULT_PERIOD_DAYS,
  type GapDismissal,
  type GapList,
  type GapListQuery,
  type GapMatch,
} from '../../shared/gaps.schema.ts';
import { addDays, localPeriod, localToday } from '../../shared/library-time.ts';
import { ChannelSchema, NeedSchema } from '../../shared/practices.schema.ts';
import type { Actor, RequestContext } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import { assertBranchesExist } from '../branches/branches.service.ts';
import type { Database } from '../db/database.ts';
import { toIso } from '../db/dialect.ts';
import { AppError } from '../errors.ts';
import { listContactsWithoutPractice } from '../interactions/interactions.service.ts';
import { listNotHelpfulAnswers } from '../practices/practice-feedback.service.ts';
import { listUnansweredQueries } from '../search/search.service.ts';
import { type Dismissal, type GapOccurrence, groupGaps, matchKey, parseWords } from './gap-grouping.ts';
import { type GapDismissalRow, insertDismissalRow, listDismissalRows } from './gaps.repository.ts';

/** Enough for a busy network's quarter; the newest are read first. */
const MAX_PER_SOURCE = 5000;
/** Placeholders the search leaves where it removed personal data are no wording. */
const REDACTION = /\[(?:pesel|email|phone|card_number)\]/gu;

/** The branches the list covers: null for the whole library (an administrator without a filter). */
function branchScope(actor: Actor, branchId: string | undefined): readonly string[] | null {
  if (branchId === undefined) return actor.role === 'admin' ? null : actor.branchIds;
  if (actor.role !== 'admin' && !actor.branchIds.includes(branchId)) throw new AppError('forbidden', 403, {}, { field: 'branchId' });
  return [branchId];
}

function periodOf(query: GapListQuery, now = new Date()) {
  const to = query.to ?? localToday(now);
  const from = query.from ?? addDays(to, 1 - GAP_DEFAULT_PERIOD_DAYS);
  return { from, to, ...localPeriod(from, to) };
}

type Period = ReturnType<typeof periodOf>;

function inScope(scope: readonly string[] | null, branchIds: readonly string[]): boolean {
  return scope === null || branchIds.some((id) => scope.includes(id));
}

async function searchOccurrences(db: Database, actor: Actor, period: Period, scope: readonly string[] | null): Promise<GapOccurrence[]> {
  const queries = await listUnansweredQueries(db, actor, { since: period.start, limit: MAX_PER_SOURCE });
  return queries
    .filter((query) => query.createdAt < period.end && inScope(scope, query.branchId === null ? [] : [query.branchId]))
    .map((query) => ({
      source: query.resultCount === 0 ? 'no_results' : 'not_opened',
      text: query.query.replace(REDACTION, ' ').replace(/\s+/gu, ' ').trim(),
      at: query.createdAt,
      branchIds: query.branchId === null ? [] : [query.branchId],
      practice: null,
      contact: null,
    }));
}

async function feedbackOccurrences(db: Database, period: Period, scope: readonly string[] | null): Promise<GapOccurrence[]> {
  const answers = await listNotHelpfulAnswers(db, { start: period.start, end: period.end, branchIds: scope, limit: MAX_PER_SOURCE });
  return answers.map((answer) => ({
    source: 'not_helpful',
    text: answer.comment ?? answer.practice.title,
    at: answer.createdAt,
    branchIds: answer.branchIds,
    practice: answer.practice,
    contact: null,
  }));
}

async function contactOccurrences(db: Database, period: Period, scope: readonly string[] | null): Promise<GapOccurrence[]> {
  const contacts = await listContactsWithoutPractice(db, { start: period.start, end: period.end, branchIds: scope, limit: MAX_PER_SOURCE });
  return contacts
    .filter((contact) => contact.needs.length > 0)
    .map((contact) => ({
      source: 'no_practice',
      text: contact.note ?? '',
      at: contact.occurredAt,
      branchIds: [contact.branchId],
      practice: null,
      contact: { needs: contact.needs, channel: contact.channel },
    }));
}

const BranchIdsSchema = z.array(z.string()).catch([]);

function parseBranchIds(text: string | null): string[] | null {
  return text === null ? null : BranchIdsSchema.parse(JSON.parse(text));
}

function toDismissal(row: GapDismissalRow): Dismissal {
  return { kind: row.kind, key: row.match_key, branchIds: parseBranchIds(row.branch_ids), upTo: toIso(row.up_to) };
}

/** Searches nobody found an answer to, "Nie pomogło" answers and contacts with no practice, grouped into gaps. */
export async function listGaps(db: Database, context: RequestContext, query: GapListQuery): Promise<GapList> {
  const { actor } = context;
  assertCan(actor, 'gap:manage');
  const scope = branchScope(actor, query.branchId);
  const period = periodOf(query);
  const [searches, feedback, contacts, dismissals] = await Promise.all([
    searchOccurrences(db, actor, period, scope),
    feedbackOccurrences(db, period, scope),
    contactOccurrences(db, period, scope),
    listDismissalRows(db, period.start),
  ]);
  const groups = groupGaps([...searches, ...feedback, ...contacts], dismissals.map(toDismissal), query.sort);
  return { from: period.from, to: period.to, sort: query.sort, total: groups.length, groups: groups.slice(0, query.limit) };
}

async function dismissalBranches(db: Database, actor: Actor, branchId: string | undefined): Promise<string[] | null> {
  if (branchId === undefined) return actor.role === 'admin' ? null : [...actor.branchIds];
  await assertBranchesExist(db, [branchId]).catch(() => {
    throw new AppError('unknown_branch', 400, {}, { field: 'branchId' });
  });
  if (actor.role !== 'admin' && !actor.branchIds.includes(branchId)) throw new AppError('forbidden', 403, {}, { field: 'branchId' });
  return [branchId];
}

function matchFrom(row: GapDismissalRow): GapMatch {
  if (row.kind === 'wording') return { kind: 'wording', words: parseWords(row.match_key) };
  const [needs = '', channel = ''] = row.match_key.split('|');
  return { kind: 'contact', needs: z.array(NeedSchema).parse(needs.split(',')), channel: ChannelSchema.parse(channel) };
}

/**
 * "Oznacz jako załatwione": what the group held up to its newest occurrence is hidden; anything newer
 * brings it back. A time in the future is taken as now, so a dismissal never hides what has yet to come.
 */
export async function dismissGap(db: Database, context: RequestContext, input: CreateGapDismissal): Promise<GapDismissal> {
  const { actor } = context;
  assertCan(actor, 'gap:manage');
  const branchIds = await dismissalBranches(db, actor, input.branchId);
  const now = new Date();
  const row: GapDismissalRow = {
    id: uuidv7(),
    kind: input.match.kind,
    match_key: matchKey(input.match),
    branch_ids: branchIds === null ? null : JSON.stringify(branchIds),
    up_to: new Date(Math.min(Date.parse(input.lastSeenAt), now.getTime())).toISOString(),
    dismissed_by: actor.id,
    dismissed_at: now.toISOString(),
  };
  await db.transaction().execute((trx) => insertDismissalRow(trx, row));
  return {
    id: row.id,
    match: matchFrom(row),
    upTo: row.up_to,
    branchIds,
    dismissedBy: { id: actor.id, name: actor.name },
    dismissedAt: row.dismissed_at,
  };
}
