import { v7 as uuidv7 } from 'uuid';
import type { PracticeContent, RevisionKind } from '../../shared/practices.schema.ts';
import type { Database } from '../db/database.ts';
import { nowIso } from '../db/dialect.ts';
import { insertRevisionRow, nextRevisionNumber, type RevisionRow } from './practice-revisions.repository.ts';
import {
  contentColumns,
  insertPracticeRow,
  type PracticeRow,
  replaceFacets,
  toContent,
  updatePracticeRow,
} from './practices.repository.ts';
import type { ReviewState } from './practices.table.ts';
import { indexPractice, notePracticeChange } from '../search/search-index.ts';

/**
 * Every write of a practice goes through the two functions below, always inside the caller's
 * transaction: the row, its facets and its revision change together. This is the one seam where
 * derived data (the search index) is kept in step with the practice.
 */
export interface RevisionInput {
  id?: string;
  kind: RevisionKind;
  authorId: string | null;
  comment: string;
  /** The proposed text, when it differs from the row (a proposal). */
  content?: PracticeContent;
  reviewState?: ReviewState;
  baseVersion?: number;
  at?: string;
}

/** A revision that changes nothing in the row (a verification). */
export async function addRevision(db: Database, row: PracticeRow, input: RevisionInput): Promise<RevisionRow> {
  const revision: RevisionRow = {
    id: input.id ?? uuidv7(),
    practice_id: row.id,
    number: await nextRevisionNumber(db, row.id),
    kind: input.kind,
    status: row.status,
    author_id: input.authorId,
    created_at: input.at ?? nowIso(),
    comment: input.comment,
    review_state: input.reviewState ?? null,
    reviewer_id: null,
    reviewed_at: null,
    review_comment: null,
    base_version: input.baseVersion ?? null,
    content: JSON.stringify(input.content ?? toContent(row)),
  };
  await insertRevisionRow(db, revision);
  return revision;
}

export async function insertPractice(db: Database, row: PracticeRow, revision: RevisionInput): Promise<RevisionRow> {
  await insertPracticeRow(db, row);
  await replaceFacets(db, row.id, toContent(row));
  await indexPractice(db, row);
  return addRevision(db, row, revision);
}

export type PracticeChanges = Partial<Omit<PracticeRow, 'id' | 'version' | 'slug' | 'created_at'>>;

/**
 * Applies the changes when the row is still at `before.version` and bumps the version; undefined
 * when someone else changed it first (the caller reports the conflict).
 */
export async function updatePractice(
  db: Database,
  before: PracticeRow,
  changes: PracticeChanges,
  revision: RevisionInput,
): Promise<{ row: PracticeRow; revision: RevisionRow } | undefined> {
  const row: PracticeRow = { ...before, ...changes, version: before.version + 1 };
  const { id, ...columns } = row;
  if (!(await updatePracticeRow(db, id, before.version, columns))) return undefined;
  const content = toContent(row);
  if (!sameContent(content, toContent(before))) {
    await replaceFacets(db, id, content);
    await indexPractice(db, row);
  } else await notePracticeChange(db);
  return { row, revision: await addRevision(db, row, revision) };
}

export function sameContent(a: PracticeContent, b: PracticeContent): boolean {
  return JSON.stringify(contentColumns(a)) === JSON.stringify(contentColumns(b));
}
