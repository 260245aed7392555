import { v7 as uuidv7 } from 'uuid';
import {
  type CreatePracticeInput,
  CreatePracticeSchema,
  PracticeContentSchema,
  type PracticeStatus,
} from '../../shared/practices.schema.ts';
import type { Database } from '../db/database.ts';
import { nowIso } from '../db/dialect.ts';
import type { TestClient } from '../test/test-app.ts';
import { insertPractice } from './practice-changes.ts';
import { insertFeedbackRow } from './practice-feedback.repository.ts';
import { addMonths } from './practice-settings.service.ts';
import { slugify } from './practice-slug.ts';
import { emptyRow } from './practices.service.ts';

let counter = 0;

/** A complete practice body for tests; every call gives a different title. */
export function practiceInput(overrides: Partial<CreatePracticeInput> = {}): CreatePracticeInput {
  counter += 1;
  return {
    title: `Czytelnik pyta o zwrot książki ${counter}`,
    summary: 'Sprawdź konto i wyjaśnij spokojnie.',
    situation: 'Czytelnik nie pamięta terminu zwrotu.',
    signals: ['Pyta o termin', 'Jest niepewny'],
    steps: ['Przywitaj się', 'Sprawdź konto', 'Wyjaśnij', 'Zaproponuj przypomnienie'],
    say: ['„Sprawdzę to dla Pana.”'],
    avoid: ['„Trzeba było pamiętać.”'],
    channels: ['desk', 'phone'],
    attitudes: ['uncertain'],
    needs: ['loan'],
    tags: ['zwrot', 'termin'],
    body: 'Tekst **Markdown**.',
    ...overrides,
  };
}

export async function createDraft(client: TestClient, overrides: Partial<CreatePracticeInput> = {}) {
  const response = await client.request('POST', '/api/practices', practiceInput(overrides));
  if (response.statusCode !== 201) throw new Error(`create failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** A published practice, created and published by a reviewer. */
export async function createPublished(reviewer: TestClient, overrides: Partial<CreatePracticeInput> = {}) {
  const draft = await createDraft(reviewer, overrides);
  const response = await reviewer.request('POST', `/api/practices/${draft.id}/publish`, { expectedVersion: draft.version });
  if (response.statusCode !== 200) throw new Error(`publish failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

export interface TestPracticeOptions {
  status?: PracticeStatus;
  authorId?: string | null;
  ownerId?: string | null;
  branchId?: string | null;
  reviewBy?: string | null;
  content?: Partial<CreatePracticeInput>;
}

/** A practice written straight to the database (through the same change functions as the services). */
export async function insertTestPractice(db: Database, options: TestPracticeOptions = {}) {
  const input = practiceInput(options.content);
  const content = PracticeContentSchema.parse({ ...CreatePracticeSchema.parse(input), language: input.language ?? 'pl' });
  const now = nowIso();
  const status = options.status ?? 'published';
  const base = emptyRow(uuidv7(), `${slugify(content.title)}-${uuidv7().slice(-12)}`, content, now);
  const row = {
    ...base,
    status,
    author_id: options.authorId ?? null,
    owner_id: options.ownerId ?? options.authorId ?? null,
    branch_id: options.branchId ?? null,
    published_at: status === 'published' || status === 'archived' ? now : null,
    review_by: options.reviewBy === undefined ? (status === 'published' ? addMonths(now, 12) : null) : options.reviewBy,
  };
  const revision = await insertPractice(db, row, { kind: 'create', authorId: row.author_id, comment: '' });
  return { id: row.id, slug: row.slug, version: row.version, revisionId: revision.id };
}

export async function insertTestFlag(db: Database, practiceId: string, userId: string | null, comment = 'Brakuje kroku o kaucji.') {
  const id = uuidv7();
  await insertFeedbackRow(db, {
    id,
    practice_id: practiceId,
    user_id: userId,
    helpful: 0,
    comment,
    created_at: nowIso(),
    resolved_at: null,
    resolved_by: null,
    resolution: null,
  });
  return id;
}
