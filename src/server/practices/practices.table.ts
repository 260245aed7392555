import type { PracticeStatus, RevisionKind } from '../../shared/practices.schema.ts';

export interface PracticesTable {
  id: string;
  slug: string;
  language: string;
  status: PracticeStatus;
  branch_id: string | null;
  author_id: string | null;
  owner_id: string | null;
  reviewer_id: string | null;
  title: string;
  summary: string;
  situation: string;
  /** JSON arrays of strings, as text on both databases. */
  signals: string;
  steps: string;
  say: string;
  avoid: string;
  channels: string;
  attitudes: string;
  needs: string;
  tags: string;
  body: string;
  source: string;
  version: number;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  review_by: string | null;
  verified_at: string | null;
  verified_by: string | null;
  view_count: number;
  helpful_count: number;
  not_helpful_count: number;
  pending_revision_id: string | null;
}

export type ReviewState = 'pending' | 'approved' | 'returned' | 'superseded';

export interface PracticeRevisionsTable {
  id: string;
  practice_id: string;
  number: number;
  kind: RevisionKind;
  status: PracticeStatus;
  author_id: string | null;
  created_at: string;
  comment: string;
  review_state: ReviewState | null;
  reviewer_id: string | null;
  reviewed_at: string | null;
  review_comment: string | null;
  base_version: number | null;
  /** The full PracticeContent as JSON. */
  content: string;
}

export type FacetKind = 'need' | 'channel' | 'attitude' | 'tag';

export interface PracticeFacetsTable {
  practice_id: string;
  kind: FacetKind;
  value: string;
}

export interface PracticeFeedbackTable {
  id: string;
  practice_id: string;
  user_id: string | null;
  helpful: number;
  comment: string | null;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  resolution: string | null;
}
