import { z } from 'zod';
import {
  AttitudeSchema,
  ChannelSchema,
  type CreatePracticeInput,
  NeedSchema,
  type Practice,
  type PracticeContent,
  PracticeLanguageSchema,
  type ProposePracticeInput,
  type UpdatePracticeInput,
} from '../../../shared/practices.schema.ts';

export type EditorMode = 'create' | 'edit' | 'propose';

export const CONTENT_FIELDS = [
  'title',
  'summary',
  'situation',
  'signals',
  'steps',
  'say',
  'avoid',
  'channels',
  'attitudes',
  'needs',
  'tags',
  'body',
  'source',
  'language',
] as const satisfies readonly (keyof PracticeContent)[];
export type ContentField = (typeof CONTENT_FIELDS)[number];

export const LIST_FIELDS = ['steps', 'say', 'avoid', 'signals'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/** What the editor holds: the text being written, and where it started from. */
export interface EditorState {
  mode: EditorMode;
  content: PracticeContent;
  branchId: string | null;
  /** Who answers for the practice once published; only reviewers may choose someone else. */
  ownerId: string | null;
  /** The owner when the editor opened, so an unchanged owner is not sent (a librarian may not send it at all). */
  originalOwnerId: string | null;
  slug: string;
  comment: string;
  /** The text the user started from (null when creating); changes are measured against it. */
  original: PracticeContent | null;
  /** The practice version the edit is based on; a save against an older one answers 409. */
  baseVersion: number | null;
}

/** Text typed so far may still break the API's rules (a two-letter title), so the stored copy is checked loosely. */
const LooseContentSchema = z.object({
  title: z.string(),
  language: PracticeLanguageSchema,
  summary: z.string(),
  situation: z.string(),
  signals: z.array(z.string()),
  steps: z.array(z.string()),
  say: z.array(z.string()),
  avoid: z.array(z.string()),
  channels: z.array(ChannelSchema),
  attitudes: z.array(AttitudeSchema),
  needs: z.array(NeedSchema),
  tags: z.array(z.string()),
  body: z.string(),
  source: z.string(),
});

export const StoredDraftSchema = z.object({
  savedAt: z.string(),
  state: z.object({
    mode: z.enum(['create', 'edit', 'propose']),
    content: LooseContentSchema,
    branchId: z.string().nullable(),
    ownerId: z.string().nullable(),
    originalOwnerId: z.string().nullable(),
    slug: z.string(),
    comment: z.string(),
    original: LooseContentSchema.nullable(),
    baseVersion: z.number().int().nullable(),
  }),
});
export type StoredDraft = z.infer<typeof StoredDraftSchema>;

export function emptyContent(language: 'pl' | 'en'): PracticeContent {
  return {
    title: '',
    language,
    summary: '',
    situation: '',
    signals: [],
    steps: [],
    say: [],
    avoid: [],
    channels: [],
    attitudes: [],
    needs: [],
    tags: [],
    body: '',
    source: '',
  };
}

function copyField<K extends ContentField>(target: Partial<PracticeContent>, source: PracticeContent, field: K): void {
  target[field] = source[field];
}

/** Only the content fields of a practice (or of anything carrying them). */
export function contentOf(source: PracticeContent): PracticeContent {
  const content = emptyContent(source.language);
  for (const field of CONTENT_FIELDS) copyField(content, source, field);
  return content;
}

export function newState(language: 'pl' | 'en', branchId: string | null): EditorState {
  return {
    mode: 'create',
    content: emptyContent(language),
    branchId,
    ownerId: null,
    originalOwnerId: null,
    slug: '',
    comment: '',
    original: null,
    baseVersion: null,
  };
}

/** Editing starts from the practice; proposing again starts from one's own pending proposal when there is one. */
export function stateFrom(practice: Practice, mode: 'edit' | 'propose', proposal?: PracticeContent): EditorState {
  const original = contentOf(practice);
  const content = contentOf(proposal ?? practice);
  const ownerId = practice.owner?.id ?? null;
  return {
    mode,
    content,
    branchId: practice.branchId,
    ownerId,
    originalOwnerId: ownerId,
    slug: practice.slug,
    comment: '',
    original,
    baseVersion: practice.version,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function fieldChanged(a: PracticeContent, b: PracticeContent, field: ContentField): boolean {
  return !same(a[field], b[field]);
}

export function changedFields(from: PracticeContent | null, to: PracticeContent): ContentField[] {
  return CONTENT_FIELDS.filter((field) => from === null || fieldChanged(from, to, field));
}

export function isDirty(state: EditorState, initial: EditorState): boolean {
  return !same({ ...state, original: null }, { ...initial, original: null });
}

/** Blank lines in a list are left-overs of editing, not content. */
export function cleaned(content: PracticeContent): PracticeContent {
  const trim = (items: readonly string[]) => items.map((item) => item.trim()).filter((item) => item !== '');
  return {
    ...content,
    title: content.title.trim(),
    signals: trim(content.signals),
    steps: trim(content.steps),
    say: trim(content.say),
    avoid: trim(content.avoid),
    tags: trim(content.tags),
  };
}

function pick(content: PracticeContent, fields: readonly ContentField[]): Partial<PracticeContent> {
  const picked: Partial<PracticeContent> = {};
  for (const field of fields) copyField(picked, content, field);
  return picked;
}

export function toCreateInput(state: EditorState): CreatePracticeInput {
  const slug = state.slug.trim();
  const owner = state.ownerId ? { ownerId: state.ownerId } : {};
  return { ...cleaned(state.content), branchId: state.branchId, comment: state.comment.trim(), ...owner, ...(slug ? { slug } : {}) };
}

/** Only what the user changed is sent, so a concurrent change to another field is never overwritten. */
export function toUpdateInput(state: EditorState): UpdatePracticeInput {
  const content = cleaned(state.content);
  const changes = pick(content, changedFields(state.original, content));
  const owner = state.ownerId === state.originalOwnerId ? {} : { ownerId: state.ownerId };
  return { ...changes, ...owner, branchId: state.branchId, expectedVersion: state.baseVersion ?? 1, comment: state.comment.trim() };
}

export function toProposeInput(state: EditorState): ProposePracticeInput {
  const content = cleaned(state.content);
  return {
    ...pick(content, changedFields(state.original, content)),
    expectedVersion: state.baseVersion ?? 1,
    comment: state.comment.trim(),
  };
}

/**
 * After an edit conflict: keeps every field the user changed, takes the server's text for every other field,
 * and bases the next save on the server's current version.
 */
export function rebase(state: EditorState, current: Practice): EditorState {
  const server = contentOf(current);
  const content = { ...server };
  for (const field of changedFields(state.original, state.content)) copyField(content, state.content, field);
  return { ...state, content, original: server, baseVersion: current.version };
}
