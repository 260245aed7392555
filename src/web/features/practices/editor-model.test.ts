import { describe, expect, it } from 'vitest';
import type { Practice } from '../../../shared/practices.schema.ts';
import {
  changedFields,
  cleaned,
  emptyContent,
  rebase,
  StoredDraftSchema,
  stateFrom,
  toProposeInput,
  toUpdateInput,
} from './editor-model.ts';

const actions = {
  edit: true,
  propose: false,
  submit: true,
  publish: false,
  return: false,
  archive: false,
  unarchive: false,
  verify: false,
  restoreRevision: false,
  deleteDraft: false,
};

function practice(version: number, changes: Partial<Practice> = {}): Practice {
  return {
    ...emptyContent('pl'),
    title: 'Czytelnik zgubił książkę',
    summary: 'Spokojnie ustal, co się stało.',
    steps: ['Wysłuchaj', 'Sprawdź konto'],
    id: '0191f3a2-7c1e-7a00-8000-000000000001',
    slug: 'czytelnik-zgubil-ksiazke',
    status: 'draft',
    branchId: null,
    author: null,
    owner: null,
    reviewer: null,
    version,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    publishedAt: null,
    reviewBy: null,
    stale: false,
    verifiedAt: null,
    verifiedBy: null,
    proposalPending: false,
    pendingProposal: null,
    actions,
    ...changes,
  };
}

describe('editor changes', () => {
  it('sends only the fields the user changed, with the version it started from', () => {
    const state = stateFrom(practice(4), 'edit');
    const edited = { ...state, content: { ...state.content, summary: 'Nowe streszczenie' }, comment: ' literówka ' };
    expect(toUpdateInput(edited)).toEqual({ summary: 'Nowe streszczenie', branchId: null, expectedVersion: 4, comment: 'literówka' });
  });

  it('sends the owner only when it was changed', () => {
    const state = stateFrom(practice(4, { owner: { id: '0191f3a2-7c1e-7a00-8000-0000000000aa', name: 'Lena' } }), 'edit');
    expect(toUpdateInput(state)).not.toHaveProperty('ownerId');
    const changed = { ...state, ownerId: '0191f3a2-7c1e-7a00-8000-0000000000bb' };
    expect(toUpdateInput(changed)).toMatchObject({ ownerId: '0191f3a2-7c1e-7a00-8000-0000000000bb' });
  });

  it('drops blank list items before comparing and sending', () => {
    const state = stateFrom(practice(2), 'propose');
    const edited = { ...state, content: { ...state.content, steps: ['Wysłuchaj', '  ', 'Sprawdź konto'] } };
    expect(changedFields(state.original, cleaned(edited.content))).toEqual([]);
    expect(toProposeInput(edited)).toEqual({ expectedVersion: 2, comment: '' });
  });

  it('starts a repeated proposal from the pending text, measured against the published one', () => {
    const published = practice(3, { status: 'published' });
    const state = stateFrom(published, 'propose', { ...published, steps: ['Wysłuchaj', 'Przeproś'] });
    expect(toProposeInput(state)).toEqual({ steps: ['Wysłuchaj', 'Przeproś'], expectedVersion: 3, comment: '' });
  });
});

describe('rebase after an edit conflict', () => {
  it("keeps the user's fields, takes the server's others, and moves to the current version", () => {
    const state = stateFrom(practice(4), 'edit');
    const mine = { ...state, content: { ...state.content, summary: 'Moje streszczenie' } };
    const current = practice(6, { title: 'Czytelnik zgubił lub zniszczył książkę', summary: 'Ich streszczenie' });
    const rebased = rebase(mine, current);
    expect(rebased.content.summary).toBe('Moje streszczenie');
    expect(rebased.content.title).toBe('Czytelnik zgubił lub zniszczył książkę');
    expect(rebased.baseVersion).toBe(6);
    expect(toUpdateInput(rebased)).toEqual({ summary: 'Moje streszczenie', branchId: null, expectedVersion: 6, comment: '' });
  });
});

describe('stored drafts', () => {
  it('accept a half-typed title but refuse an unknown channel', () => {
    const state = { ...stateFrom(practice(1), 'edit'), content: { ...emptyContent('pl'), title: 'Cz' } };
    expect(StoredDraftSchema.safeParse({ savedAt: '2026-11-29T10:00:00.000Z', state }).success).toBe(true);
    const broken = { ...state, content: { ...state.content, channels: ['pigeon'] } };
    expect(StoredDraftSchema.safeParse({ savedAt: '2026-11-29T10:00:00.000Z', state: broken }).success).toBe(false);
  });
});
