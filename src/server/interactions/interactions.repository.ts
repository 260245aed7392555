import { type ExpressionBuilder, PostgresAdapter, type Selectable, sql, type Updateable } from 'kysely';
import { z } from 'zod';
import { type Interaction, ReturnSuggestionSchema } from '../../shared/interactions.schema.ts';
import type { Channel, Need } from '../../shared/practices.schema.ts';
import { batchedPerTurn } from '../db/batch.ts';
import type { Database, Tables } from '../db/database.ts';
import { toIso } from '../db/dialect.ts';
import type { InteractionsTable } from './interactions.table.ts';

export type InteractionRow = Selectable<InteractionsTable> & { author_name: string; branch_name: string };

/** Whose entries a caller may see; managers also see their own entries made in other branches. */
export type InteractionScope =
  | { kind: 'all' }
  | { kind: 'own'; authorId: string }
  | { kind: 'branches'; branchIds: readonly string[]; authorId: string };

export interface InteractionFilter {
  scope: InteractionScope;
  /** Half-open UTC range [start, end). */
  start?: string;
  end?: string;
  branchId?: string;
  channel?: Channel;
  authorId?: string;
}

type InteractionsEb = ExpressionBuilder<Tables, 'interactions'>;

function scopeExpression(eb: InteractionsEb, scope: InteractionScope) {
  if (scope.kind === 'all') return eb.lit(true);
  if (scope.kind === 'own') return eb('interactions.author_id', '=', scope.authorId);
  const own = eb('interactions.author_id', '=', scope.authorId);
  if (scope.branchIds.length === 0) return own;
  return eb.or([eb('interactions.branch_id', 'in', [...scope.branchIds]), own]);
}

/** One WHERE for the list, the statistics and the export, so they always count the same entries. */
export function matchesFilter(eb: InteractionsEb, filter: InteractionFilter) {
  const conditions = [scopeExpression(eb, filter.scope)];
  if (filter.start) conditions.push(eb('interactions.occurred_at', '>=', filter.start));
  if (filter.end) conditions.push(eb('interactions.occurred_at', '<', filter.end));
  if (filter.branchId) conditions.push(eb('interactions.branch_id', '=', filter.branchId));
  if (filter.channel) conditions.push(eb('interactions.channel', '=', filter.channel));
  if (filter.authorId) conditions.push(eb('interactions.author_id', '=', filter.authorId));
  return eb.and(conditions);
}

function withNames(db: Database) {
  return db
    .selectFrom('interactions')
    .innerJoin('users', 'users.id', 'interactions.author_id')
    .innerJoin('branches', 'branches.id', 'interactions.branch_id')
    .selectAll('interactions')
    .select(['users.name as author_name', 'branches.name as branch_name']);
}

export async function findInteractionRow(db: Database, id: string): Promise<InteractionRow | undefined> {
  return withNames(db).where('interactions.id', '=', id).executeTakeFirst();
}

/** Stored contacts by author and client id, with their needs and practices (a retry's answer). */
const storedContacts = batchedPerTurn<string, { row: InteractionRow; details: InteractionDetails }>(async (db, keys) => {
  const asked = keys.map((key) => JSON.parse(key) as [authorId: string, clientId: string]);
  const rows = await withNames(db)
    .where((eb) =>
      eb.or(
        asked.map(([authorId, clientId]) =>
          eb.and([eb('interactions.author_id', '=', authorId), eb('interactions.client_id', '=', clientId)]),
        ),
      ),
    )
    .execute();
  const details = await loadDetails(
    db,
    rows.map((row) => row.id),
  );
  return new Map(rows.map((row) => [JSON.stringify([row.author_id, row.client_id]), { row, details }]));
});

/**
 * The stored contact of an author with a client id; the retries of one turn of the event loop share
 * their three statements.
 */
export async function findStoredContact(db: Database, authorId: string, clientId: string) {
  return storedContacts(db, JSON.stringify([authorId, clientId]));
}

export async function listInteractionRows(db: Database, filter: InteractionFilter, page: { limit: number; offset: number }) {
  return withNames(db)
    .where((eb: InteractionsEb) => matchesFilter(eb, filter))
    .orderBy('interactions.occurred_at', 'desc')
    .orderBy('interactions.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countInteractionRows(db: Database, filter: InteractionFilter): Promise<number> {
  const row = await db
    .selectFrom('interactions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => matchesFilter(eb, filter))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

interface NewContact {
  row: InteractionsTable;
  needs: readonly Need[];
  practiceIds: readonly string[];
}

/**
 * A new contact with its needs and practices, all or nothing; false when its client id was already
 * stored. The contacts that arrive together are written together (see insertContactsTogether).
 */
export async function insertContactOnce(
  db: Database,
  row: InteractionsTable,
  needs: readonly Need[],
  practiceIds: readonly string[],
): Promise<boolean> {
  const contact = { row, needs, practiceIds };
  return db.isTransaction ? insertOne(db, contact) : insertContactsTogether(db, contact);
}

const isPostgres = (db: Database) => db.getExecutor().adapter instanceof PostgresAdapter;

/** One contact: a group of one (one statement on PostgreSQL, one transaction on SQLite). */
async function insertOne(db: Database, contact: NewContact): Promise<boolean> {
  return (await insertGroup(db, [contact]))[0] ?? false;
}

/**
 * SQLite: the group's rows in one multi-row insert that skips a stored (author, client id), or one
 * earlier in the group, and returns the inserted ids; then the children of those, one insert per
 * table. Three statements for the whole group, in the caller's transaction.
 */
async function insertGroupSqlite(trx: Database, group: readonly NewContact[]): Promise<boolean[]> {
  const created = await trx
    .insertInto('interactions')
    .values(group.map((contact) => contact.row))
    .onConflict((oc) => oc.columns(['author_id', 'client_id']).doNothing())
    .returning('id')
    .execute();
  const ids = new Set(created.map((row) => row.id));
  const stored = group.filter((contact) => ids.has(contact.row.id));
  const needs = stored.flatMap(({ row, needs }) => needs.map((need) => ({ interaction_id: row.id, need })));
  if (needs.length > 0) await trx.insertInto('interaction_needs').values(needs).execute();
  const practices = stored.flatMap(({ row, practiceIds }) =>
    practiceIds.map((practiceId) => ({ interaction_id: row.id, practice_id: practiceId })),
  );
  if (practices.length > 0) await trx.insertInto('interaction_practices').values(practices).execute();
  return group.map((contact) => ids.has(contact.row.id));
}

/**
 * Contacts, each with its needs and practices, in one statement: the rows come from arrays (unnest),
 * a row whose (author, client id) is stored already (or earlier in the same group) is skipped with its
 * children. Answers per contact whether it was inserted.
 */
async function insertGroupPostgres(db: Database, group: readonly NewContact[]): Promise<boolean[]> {
  const rows = group.map((contact) => contact.row);
  const column = <K extends keyof InteractionsTable>(key: K) => rows.map((row) => row[key]);
  const needs = group.flatMap(({ row, needs }) => needs.map((need) => [row.id, need] as const));
  const practices = group.flatMap(({ row, practiceIds }) => practiceIds.map((practiceId) => [row.id, practiceId] as const));
  // the text does not depend on the group's size, so PostgreSQL parses and plans it once per connection
  const result = await sql<{ id: string }>`/* prepared:insert_contacts */
    with created as (
      insert into interactions (id, client_id, author_id, branch_id, channel, attitude, effort, outcome, return_suggestions, note, note_erased_at, occurred_at, created_at, updated_at)
      select * from unnest(${column('id')}::text[], ${column('client_id')}::text[], ${column('author_id')}::text[],
        ${column('branch_id')}::text[], ${column('channel')}::text[], ${column('attitude')}::text[], ${column('effort')}::int[],
        ${column('outcome')}::text[], ${column('return_suggestions')}::text[], ${column('note')}::text[],
        ${column('note_erased_at')}::timestamptz[], ${column('occurred_at')}::timestamptz[], ${column('created_at')}::timestamptz[],
        ${column('updated_at')}::timestamptz[])
      on conflict (author_id, client_id) do nothing
      returning id
    ), added_needs as (
      insert into interaction_needs (interaction_id, need)
      select given.interaction_id, given.need
      from unnest(${needs.map(([id]) => id)}::text[], ${needs.map(([, need]) => need)}::text[]) as given(interaction_id, need)
      join created on created.id = given.interaction_id
    ), added_practices as (
      insert into interaction_practices (interaction_id, practice_id)
      select given.interaction_id, given.practice_id
      from unnest(${practices.map(([id]) => id)}::text[], ${practices.map(([, practiceId]) => practiceId)}::text[]) as given(interaction_id, practice_id)
      join created on created.id = given.interaction_id
    )
    select id from created`.execute(db);
  const inserted = new Set(result.rows.map((row) => row.id));
  return rows.map((row) => inserted.has(row.id));
}

/** A group in one go: one statement on PostgreSQL, one transaction on SQLite. */
async function insertGroup(db: Database, group: readonly NewContact[]): Promise<boolean[]> {
  if (isPostgres(db)) return insertGroupPostgres(db, group);
  if (db.isTransaction) return insertGroupSqlite(db, group);
  return db.transaction().execute((trx) => insertGroupSqlite(trx, group));
}

interface Waiting extends NewContact {
  done: (inserted: boolean) => void;
  failed: (error: unknown) => void;
}

/** The contacts of the current turn of the event loop, per database, until they are written. */
const waitingFor = new WeakMap<Database, Waiting[]>();
/** Enough to share the cost, few enough that one statement stays small. */
const MAX_TOGETHER = 64;

/**
 * Group commit. The contacts that reach this point in the same turn of the event loop are written
 * together right after that turn (setImmediate: no timer, no wait when the server is idle). On SQLite
 * they share one transaction: committing is most of what a contact costs there (each commit appends
 * every page it touched to the WAL, and a contact touches the table, five indexes and two child
 * tables). On PostgreSQL they share one statement, one round trip and one WAL flush; the groups of
 * successive turns do not wait for each other. Each caller is answered only after its group committed.
 * If a group fails (say a practice was deleted meanwhile), nothing of it is kept and each contact is
 * retried alone, so one bad contact never takes the others down.
 */
function insertContactsTogether(db: Database, contact: NewContact): Promise<boolean> {
  return new Promise((done, failed) => {
    let waiting = waitingFor.get(db);
    if (!waiting) {
      const turn: Waiting[] = [];
      waitingFor.set(db, turn);
      setImmediate(() => {
        waitingFor.delete(db);
        void writeTurn(db, turn);
      });
      waiting = turn;
    }
    waiting.push({ ...contact, done, failed });
  });
}

async function writeTurn(db: Database, waiting: readonly Waiting[]): Promise<void> {
  const groups: Waiting[][] = [];
  for (let start = 0; start < waiting.length; start += MAX_TOGETHER) groups.push(waiting.slice(start, start + MAX_TOGETHER));
  await Promise.all(groups.map((group) => writeGroup(db, group)));
}

async function writeGroup(db: Database, group: readonly Waiting[]): Promise<void> {
  let inserted: boolean[] = [];
  try {
    inserted = await insertGroup(db, group);
  } catch (error) {
    const [alone] = group;
    if (alone && group.length === 1) return alone.failed(error);
    // the others are retried one by one below
  }
  if (inserted.length === group.length) {
    for (const [i, contact] of group.entries()) contact.done(inserted[i] ?? false);
    return;
  }
  for (const contact of group) await insertOne(db, contact).then(contact.done, contact.failed);
}

export async function insertNeeds(db: Database, interactionId: string, needs: readonly Need[]): Promise<void> {
  if (needs.length === 0) return;
  await db
    .insertInto('interaction_needs')
    .values(needs.map((need) => ({ interaction_id: interactionId, need })))
    .execute();
}

export async function insertPractices(db: Database, interactionId: string, practiceIds: readonly string[]): Promise<void> {
  if (practiceIds.length === 0) return;
  await db
    .insertInto('interaction_practices')
    .values(practiceIds.map((practiceId) => ({ interaction_id: interactionId, practice_id: practiceId })))
    .execute();
}

export async function replaceNeeds(db: Database, interactionId: string, needs: readonly Need[]): Promise<void> {
  await db.deleteFrom('interaction_needs').where('interaction_id', '=', interactionId).execute();
  await insertNeeds(db, interactionId, needs);
}

export async function replacePractices(db: Database, interactionId: string, practiceIds: readonly string[]): Promise<void> {
  await db.deleteFrom('interaction_practices').where('interaction_id', '=', interactionId).execute();
  await insertPractices(db, interactionId, practiceIds);
}

export async function updateInteractionRow(db: Database, id: string, changes: Updateable<InteractionsTable>): Promise<void> {
  await db.updateTable('interactions').set(changes).where('id', '=', id).execute();
}

export async function deleteInteractionRow(db: Database, id: string): Promise<void> {
  await db.deleteFrom('interaction_needs').where('interaction_id', '=', id).execute();
  await db.deleteFrom('interaction_practices').where('interaction_id', '=', id).execute();
  await db.deleteFrom('interactions').where('id', '=', id).execute();
}

export interface ContactReferences {
  /** The branch's name; undefined when no branch was asked for or it does not exist. */
  branch: { id: string; name: string } | undefined;
  /** The practices found among those asked for, by title. */
  practices: { id: string; title: string }[];
}

interface ReferencesAsked {
  branchId: string | undefined;
  practiceIds: readonly string[];
}

/** Branch and practice names by id, in one statement; the practices by title. */
async function findReferenceNames(db: Database, branchIds: readonly string[], practiceIds: readonly string[]) {
  const branches = db
    .selectFrom('branches')
    .select([sql.lit('branch').as('kind'), 'id', 'name as label'])
    .where('id', 'in', [...branchIds]);
  const practices = db
    .selectFrom('practices')
    .select([sql.lit('practice').as('kind'), 'id', 'title as label'])
    .where('id', 'in', [...practiceIds]);
  if (branchIds.length === 0) return practiceIds.length === 0 ? [] : practices.orderBy('label').execute();
  return (practiceIds.length === 0 ? branches : branches.unionAll(practices)).orderBy('label').execute();
}

/** The contacts of one turn of the event loop share the statement (keys: JSON of ReferencesAsked). */
const contactReferences = batchedPerTurn<string, ContactReferences>(async (db, keys) => {
  const asked = keys.map((key) => JSON.parse(key) as ReferencesAsked);
  const branchIds = new Set(asked.flatMap((one) => (one.branchId === undefined ? [] : [one.branchId])));
  const practiceIds = new Set(asked.flatMap((one) => one.practiceIds));
  const rows = await findReferenceNames(db, [...branchIds], [...practiceIds]);
  const branches = new Map<string, { id: string; name: string }>();
  const practices = new Map<string, { id: string; title: string }>();
  for (const row of rows) {
    if (row.kind === 'branch') branches.set(row.id, { id: row.id, name: row.label });
    else practices.set(row.id, { id: row.id, title: row.label });
  }
  // Map keeps the rows' order, which is by title
  const byTitle = [...practices.values()];
  return new Map(
    keys.map((key, i) => {
      const one = asked[i] as ReferencesAsked;
      const wanted = new Set(one.practiceIds);
      return [
        key,
        {
          branch: one.branchId === undefined ? undefined : branches.get(one.branchId),
          practices: byTitle.filter((practice) => wanted.has(practice.id)),
        },
      ];
    }),
  );
});

/**
 * A contact's branch and practices (one round trip on every logged contact, shared by the contacts
 * logged at the same moment). They are read here only for their names and existence, the way a report
 * joins its lookup tables.
 */
export async function findContactReferences(
  db: Database,
  branchId: string | undefined,
  practiceIds: readonly string[],
): Promise<ContactReferences> {
  if (branchId === undefined && practiceIds.length === 0) return { branch: undefined, practices: [] };
  const found = await contactReferences(db, JSON.stringify({ branchId, practiceIds }));
  return { branch: found?.branch, practices: [...(found?.practices ?? [])] };
}

export interface InteractionDetails {
  needs: Map<string, Need[]>;
  practices: Map<string, { id: string; title: string }[]>;
}

export async function loadDetails(db: Database, ids: readonly string[]): Promise<InteractionDetails> {
  const details: InteractionDetails = { needs: new Map(), practices: new Map() };
  if (ids.length === 0) return details;
  const needRows = await db
    .selectFrom('interaction_needs')
    .selectAll()
    .where('interaction_id', 'in', [...ids])
    .orderBy('need')
    .execute();
  for (const row of needRows) details.needs.set(row.interaction_id, [...(details.needs.get(row.interaction_id) ?? []), row.need]);
  const practiceRows = await db
    .selectFrom('interaction_practices')
    .innerJoin('practices', 'practices.id', 'interaction_practices.practice_id')
    .select(['interaction_practices.interaction_id', 'practices.id', 'practices.title'])
    .where('interaction_practices.interaction_id', 'in', [...ids])
    .orderBy('practices.title')
    .execute();
  for (const row of practiceRows) {
    const list = details.practices.get(row.interaction_id) ?? [];
    details.practices.set(row.interaction_id, [...list, { id: row.id, title: row.title }]);
  }
  return details;
}

const suggestions = z.array(ReturnSuggestionSchema).catch([]);

export function toInteraction(row: InteractionRow, details: InteractionDetails, editWindowMs: number): Interaction {
  const createdAt = toIso(row.created_at);
  return {
    id: row.id,
    clientId: row.client_id,
    author: { id: row.author_id, name: row.author_name },
    branch: { id: row.branch_id, name: row.branch_name },
    channel: row.channel,
    needs: details.needs.get(row.id) ?? [],
    attitude: row.attitude,
    effort: row.effort,
    outcome: row.outcome,
    practices: details.practices.get(row.id) ?? [],
    returnSuggestions: suggestions.parse(JSON.parse(row.return_suggestions)),
    note: row.note,
    noteErasedAt: row.note_erased_at === null ? null : toIso(row.note_erased_at),
    occurredAt: toIso(row.occurred_at),
    createdAt,
    updatedAt: toIso(row.updated_at),
    editableUntil: new Date(Date.parse(createdAt) + editWindowMs).toISOString(),
  };
}

/** Retention: the note goes, the counted categories stay. Idempotent, so several instances may run it at once. */
export async function eraseNotesBefore(db: Database, cutoff: string, now: string): Promise<number> {
  const result = await db
    .updateTable('interactions')
    .set({ note: null, note_erased_at: now })
    .where('note', 'is not', null)
    .where('occurred_at', '<', cutoff)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface WithoutPracticeFilter {
  /** Half-open UTC range [start, end). */
  start: string;
  end: string;
  /** null for every branch. */
  branchIds: readonly string[] | null;
  limit: number;
}

/** Contacts where no practice was used, newest first (the knowledge gaps). */
export async function listRowsWithoutPractice(db: Database, filter: WithoutPracticeFilter) {
  if (filter.branchIds !== null && filter.branchIds.length === 0) return [];
  let query = db
    .selectFrom('interactions')
    .select(['id', 'branch_id', 'channel', 'note', 'occurred_at'])
    .where('occurred_at', '>=', filter.start)
    .where('occurred_at', '<', filter.end)
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('interaction_practices').select('practice_id').whereRef('interaction_id', '=', 'interactions.id'))),
    );
  if (filter.branchIds !== null) query = query.where('branch_id', 'in', [...filter.branchIds]);
  return query.orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
}
