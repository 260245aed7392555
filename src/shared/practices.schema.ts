import { z } from 'zod';
import { ProblemSchema } from './errors.ts';

export const PRACTICE_FORMAT = 'practice/v1';

export const CHANNELS = ['desk', 'phone', 'email', 'chat', 'social', 'letter', 'outreach'] as const;
export const ATTITUDES = ['friendly', 'neutral', 'uncertain', 'negative', 'aggressive'] as const;
export const NEEDS = [
  'information',
  'loan',
  'account',
  'fees',
  'space',
  'digital',
  'events',
  'complaint',
  'accessibility',
  'social',
  'other',
] as const;
export const PRACTICE_STATUSES = ['draft', 'in_review', 'published', 'archived'] as const;
export const PRACTICE_LANGUAGES = ['pl', 'en'] as const;

export const ChannelSchema = z.enum(CHANNELS);
export const AttitudeSchema = z.enum(ATTITUDES);
export const NeedSchema = z.enum(NEEDS);
export const PracticeStatusSchema = z.enum(PRACTICE_STATUSES);
export const PracticeLanguageSchema = z.enum(PRACTICE_LANGUAGES);
export type Channel = z.infer<typeof ChannelSchema>;
export type Attitude = z.infer<typeof AttitudeSchema>;
export type Need = z.infer<typeof NeedSchema>;
export type PracticeStatus = z.infer<typeof PracticeStatusSchema>;

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SlugSchema = z.string().max(120).regex(SLUG_PATTERN);

function uniqueList<T extends z.ZodType>(item: T, maxItems?: number) {
  const list = maxItems === undefined ? z.array(item) : z.array(item).max(maxItems);
  return list.refine((items) => new Set(items).size === items.length, { params: { code: 'not_unique' } });
}

const textList = (maxLength: number) => z.array(z.string().max(maxLength)).max(30);

/** The content fields exactly as `practice-v1.schema.json` constrains them. */
const contentShape = {
  title: z.string().min(3).max(200),
  language: PracticeLanguageSchema,
  summary: z.string().max(1000),
  situation: z.string().max(4000),
  signals: textList(500),
  steps: textList(1000),
  say: textList(500),
  avoid: textList(500),
  channels: uniqueList(ChannelSchema),
  attitudes: uniqueList(AttitudeSchema),
  needs: uniqueList(NeedSchema),
  tags: uniqueList(z.string().min(1).max(60), 40),
  body: z.string().max(100_000),
  source: z.string().max(200),
};

/**
 * One line of a practice/v1 JSON Lines file (`formats/practice-v1.schema.json`): strict, so an
 * unknown field is an error, as `additionalProperties: false` demands.
 */
export const PracticeV1Schema = z.strictObject({
  format: z.literal(PRACTICE_FORMAT).optional(),
  id: SlugSchema,
  title: contentShape.title,
  language: contentShape.language,
  summary: contentShape.summary.optional(),
  situation: contentShape.situation.optional(),
  signals: contentShape.signals.optional(),
  steps: contentShape.steps.optional(),
  say: contentShape.say.optional(),
  avoid: contentShape.avoid.optional(),
  channels: contentShape.channels.optional(),
  attitudes: contentShape.attitudes.optional(),
  needs: contentShape.needs.optional(),
  tags: contentShape.tags.optional(),
  body: contentShape.body.optional(),
  status: PracticeStatusSchema.optional(),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
  source: contentShape.source.optional(),
});
export type PracticeV1 = z.infer<typeof PracticeV1Schema>;

/** The editable text of a practice; also the snapshot stored with every revision. */
export const PracticeContentSchema = z.object(contentShape);
export type PracticeContent = z.infer<typeof PracticeContentSchema>;

export const PersonRefSchema = z.object({ id: z.string(), name: z.string() });
export type PersonRef = z.infer<typeof PersonRefSchema>;

/** Usage figures; present only for managers and administrators. */
export const PracticeStatsSchema = z.object({
  viewCount: z.number().int(),
  helpfulCount: z.number().int(),
  notHelpfulCount: z.number().int(),
  /** helpful / (helpful + not helpful), null before the first rating. */
  helpfulRatio: z.number().nullable(),
  openFlagCount: z.number().int(),
});
export type PracticeStats = z.infer<typeof PracticeStatsSchema>;

/** What the signed-in user may do with this practice now, so the client shows only working buttons. */
export const PracticeActionsSchema = z.object({
  edit: z.boolean(),
  propose: z.boolean(),
  submit: z.boolean(),
  publish: z.boolean(),
  return: z.boolean(),
  archive: z.boolean(),
  unarchive: z.boolean(),
  verify: z.boolean(),
  restoreRevision: z.boolean(),
  /** A draft that was never published may be discarded; everything else is archived instead. */
  deleteDraft: z.boolean(),
});
export type PracticeActions = z.infer<typeof PracticeActionsSchema>;

export const PendingProposalSchema = z.object({
  revisionId: z.string(),
  author: PersonRefSchema.nullable(),
  createdAt: z.string(),
  comment: z.string(),
  baseVersion: z.number().int(),
});

export const PracticeSchema = PracticeContentSchema.extend({
  id: z.string(),
  slug: z.string(),
  status: PracticeStatusSchema,
  /** null: the whole library; otherwise the one branch the practice is written for. */
  branchId: z.string().nullable(),
  author: PersonRefSchema.nullable(),
  owner: PersonRefSchema.nullable(),
  reviewer: PersonRefSchema.nullable(),
  /** Increases with every change of content or status; send it back as `expectedVersion`. */
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  reviewBy: z.string().nullable(),
  /** Past its review-by date; shown, never hidden. */
  stale: z.boolean(),
  verifiedAt: z.string().nullable(),
  verifiedBy: PersonRefSchema.nullable(),
  /** Someone proposed a change that awaits review; the published text above stays in force. */
  proposalPending: z.boolean(),
  /** Details of that proposal, for its author and the managers who may review it. */
  pendingProposal: PendingProposalSchema.nullable(),
  stats: PracticeStatsSchema.optional(),
  actions: PracticeActionsSchema,
});
export type Practice = z.infer<typeof PracticeSchema>;

export const PracticeListItemSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  language: PracticeLanguageSchema,
  status: PracticeStatusSchema,
  branchId: z.string().nullable(),
  channels: z.array(ChannelSchema),
  attitudes: z.array(AttitudeSchema),
  needs: z.array(NeedSchema),
  tags: z.array(z.string()),
  author: PersonRefSchema.nullable(),
  owner: PersonRefSchema.nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  reviewBy: z.string().nullable(),
  stale: z.boolean(),
  proposalPending: z.boolean(),
  stats: PracticeStatsSchema.optional(),
});
export type PracticeListItem = z.infer<typeof PracticeListItemSchema>;

export const PracticePageSchema = z.object({
  items: z.array(PracticeListItemSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type PracticePage = z.infer<typeof PracticePageSchema>;

/** A binder: the list's selection as whole practices, in the list's order (at most 100 a page). */
export const PracticeBinderSchema = z.object({
  items: z.array(PracticeSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type PracticeBinder = z.infer<typeof PracticeBinderSchema>;

/** A practice is addressed by its uuid or by its slug. */
export const PracticeRefSchema = z.union([z.uuid(), SlugSchema]);
export const PracticeParamsSchema = z.strictObject({ id: PracticeRefSchema });
export const RevisionParamsSchema = z.strictObject({ id: PracticeRefSchema, revisionId: z.uuid() });

/** Query values arrive as `a,b` or as a repeated parameter. */
function listParam<T extends z.ZodType>(item: T, max = 20) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').filter((part) => part !== '') : value),
    z.array(item).max(max),
  );
}

export const PRACTICE_SORTS = ['updated', 'views', 'helpful'] as const;

export const PracticeListQuerySchema = z.strictObject({
  /** Within one facet any value matches; different facets must all match. */
  needs: listParam(NeedSchema).optional(),
  channels: listParam(ChannelSchema).optional(),
  attitudes: listParam(AttitudeSchema).optional(),
  tags: listParam(z.string().min(1).max(60)).optional(),
  /** Default: published only. Archived practices appear only when asked for. */
  status: listParam(PracticeStatusSchema, 4).optional(),
  /** `library` for whole-library practices, or a branch id. */
  branch: z.union([z.literal('library'), z.uuid()]).optional(),
  author: z.uuid().optional(),
  owner: z.uuid().optional(),
  language: PracticeLanguageSchema.optional(),
  sort: z.enum(PRACTICE_SORTS).default('updated'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type PracticeListQuery = z.infer<typeof PracticeListQuerySchema>;

const commentSchema = z.string().trim().max(2000);
const expectedVersion = z.number().int().min(1);

const contentDefaults = {
  summary: contentShape.summary.default(''),
  situation: contentShape.situation.default(''),
  signals: contentShape.signals.default([]),
  steps: contentShape.steps.default([]),
  say: contentShape.say.default([]),
  avoid: contentShape.avoid.default([]),
  channels: contentShape.channels.default([]),
  attitudes: contentShape.attitudes.default([]),
  needs: contentShape.needs.default([]),
  tags: contentShape.tags.default([]),
  body: contentShape.body.default(''),
  source: contentShape.source.default(''),
};

export const CreatePracticeSchema = z.strictObject({
  ...contentDefaults,
  title: contentShape.title,
  language: contentShape.language.default('pl'),
  /** Generated from the title when absent; fixed once created. */
  slug: SlugSchema.optional(),
  branchId: z.uuid().nullable().default(null),
  ownerId: z.uuid().optional(),
  comment: commentSchema.default(''),
});
export type CreatePracticeInput = z.input<typeof CreatePracticeSchema>;

const partialContent = z.strictObject(contentShape).partial().shape;

/** Any subset of the content; `expectedVersion` is the version the editor started from. */
export const UpdatePracticeSchema = z.strictObject({
  ...partialContent,
  expectedVersion,
  branchId: z.uuid().nullable().optional(),
  ownerId: z.uuid().nullable().optional(),
  comment: commentSchema.default(''),
});
export type UpdatePracticeInput = z.input<typeof UpdatePracticeSchema>;

/** A change to a published practice that waits for a manager; the published text stays as it is. */
export const ProposePracticeSchema = z.strictObject({
  ...partialContent,
  expectedVersion,
  comment: commentSchema.default(''),
});
export type ProposePracticeInput = z.input<typeof ProposePracticeSchema>;

/** submit, publish, archive, unarchive. */
export const TransitionSchema = z.strictObject({ expectedVersion, comment: commentSchema.default('') });
export const DeleteDraftQuerySchema = z.strictObject({ expectedVersion: z.coerce.number().int().min(1) });
export type TransitionInput = z.input<typeof TransitionSchema>;

/** Returning a draft or a proposal to its author always says why. */
export const ReturnPracticeSchema = z.strictObject({ expectedVersion, comment: commentSchema.pipe(z.string().min(1)) });

export const RestoreRevisionSchema = z.strictObject({ expectedVersion, comment: commentSchema.default('') });

export const REVISION_KINDS = [
  'create',
  'edit',
  'submit',
  'proposal',
  'publish',
  'return',
  'archive',
  'unarchive',
  'restore',
  'import',
  'verify',
] as const;
export const RevisionKindSchema = z.enum(REVISION_KINDS);
export type RevisionKind = z.infer<typeof RevisionKindSchema>;

export const REVIEW_STATES = ['pending', 'approved', 'returned', 'superseded'] as const;
export const ReviewStateSchema = z.enum(REVIEW_STATES);

export const RevisionSummarySchema = z.object({
  id: z.string(),
  practiceId: z.string(),
  number: z.number().int(),
  kind: RevisionKindSchema,
  /** The practice's status right after this revision (unchanged by a proposal). */
  status: PracticeStatusSchema,
  author: PersonRefSchema.nullable(),
  createdAt: z.string(),
  comment: z.string(),
  /** Only for proposals. */
  reviewState: ReviewStateSchema.nullable(),
  reviewer: PersonRefSchema.nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  /** For proposals: the practice version the proposal was written against. */
  baseVersion: z.number().int().nullable(),
});
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;

export const RevisionSchema = RevisionSummarySchema.extend({ content: PracticeContentSchema });
export type Revision = z.infer<typeof RevisionSchema>;

export const ReviewQueueItemSchema = z.object({
  /** submission: a draft sent for review; proposal: a change to a published practice. */
  kind: z.enum(['submission', 'proposal']),
  practice: PracticeListItemSchema,
  revisionId: z.string(),
  submittedBy: PersonRefSchema.nullable(),
  submittedAt: z.string(),
  comment: z.string(),
  /** The practice version the reviewer acts on: send it as `expectedVersion`. */
  version: z.number().int(),
  baseVersion: z.number().int().nullable(),
  proposed: PracticeContentSchema,
  /** The text in force now, to diff against; null when it was never published. */
  published: PracticeContentSchema.nullable(),
});
export type ReviewQueueItem = z.infer<typeof ReviewQueueItemSchema>;

export const ReviewQueueSchema = z.object({ items: z.array(ReviewQueueItemSchema), total: z.number().int() });

export const MyProposalSchema = z.object({
  practice: PracticeListItemSchema,
  revision: RevisionSummarySchema,
});

/** A librarian's own work in progress. */
export const MyWorkSchema = z.object({
  drafts: z.array(PracticeListItemSchema),
  proposals: z.array(MyProposalSchema),
  /** Published practices this user owns whose review-by date has passed. */
  needsReview: z.array(PracticeListItemSchema),
});
export type MyWork = z.infer<typeof MyWorkSchema>;

export const NeedsReviewQuerySchema = z.strictObject({
  /** `true`: only the practices the signed-in user owns. Librarians always get only their own. */
  mine: z.enum(['true', 'false']).default('false'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const FeedbackInputSchema = z.strictObject({
  helpful: z.boolean(),
  /** "Czego zabrakło?" — a comment flags the practice for improvement. */
  comment: z
    .string()
    .trim()
    .max(1000)
    .optional()
    .transform((value) => (value ? value : undefined)),
});
export type FeedbackInput = z.input<typeof FeedbackInputSchema>;

export const FeedbackReceiptSchema = z.object({ id: z.string(), flagged: z.boolean() });

export const FlagSchema = z.object({
  id: z.string(),
  practice: z.object({ id: z.string(), slug: z.string(), title: z.string() }),
  helpful: z.boolean(),
  comment: z.string(),
  user: PersonRefSchema.nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: PersonRefSchema.nullable(),
  resolution: z.string().nullable(),
});
export type Flag = z.infer<typeof FlagSchema>;

export const FlagListQuerySchema = z.strictObject({
  state: z.enum(['open', 'resolved', 'all']).default('open'),
  practice: PracticeRefSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const FlagPageSchema = z.object({ items: z.array(FlagSchema), total: z.number().int() });
export const FlagParamsSchema = z.strictObject({ flagId: z.uuid() });
export const ResolveFlagSchema = z.strictObject({ note: z.string().trim().max(1000).default('') });

export const PracticeSettingsSchema = z.strictObject({
  /** A published practice should be checked again this many months after publishing. */
  reviewMonths: z.number().int().min(1).max(120),
});
export type PracticeSettings = z.infer<typeof PracticeSettingsSchema>;

export const IMPORT_FORMATS = ['jsonl', 'markdown'] as const;

export const ImportRequestSchema = z.strictObject({
  format: z.enum(IMPORT_FORMATS).default('jsonl'),
  /** The whole file as text (UTF-8). */
  text: z.string().max(50_000_000),
  /** Only report what would happen. */
  dryRun: z.boolean().default(false),
  /** Import the valid lines and report the others, instead of all-or-nothing. */
  skipInvalid: z.boolean().default(false),
  /** Overrides the status written in the file. */
  status: z.enum(['draft', 'published']).optional(),
});
export type ImportRequest = z.input<typeof ImportRequestSchema>;

export const ImportLineErrorSchema = z.object({ field: z.string(), code: z.string(), message: z.string() });
export type ImportLineError = z.infer<typeof ImportLineErrorSchema>;

export const ImportLineSchema = z.object({
  /** 1-based line of the JSONL file, or the first line of the Markdown document. */
  line: z.number().int(),
  id: z.string().nullable(),
  title: z.string().nullable(),
  action: z.enum(['create', 'update', 'unchanged', 'reject']),
  errors: z.array(ImportLineErrorSchema),
});
export type ImportLine = z.infer<typeof ImportLineSchema>;

export const ImportReportSchema = z.object({
  format: z.enum(IMPORT_FORMATS),
  dryRun: z.boolean(),
  /** Whether anything was written. */
  committed: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  /** Problems with the file as a whole (not UTF-8, empty …); no line was read. */
  fileErrors: z.array(ImportLineErrorSchema),
  lines: z.array(ImportLineSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const ExportQuerySchema = z.strictObject({
  status: listParam(PracticeStatusSchema, 4).optional(),
  /** Uuids or slugs; all visible practices when absent. */
  ids: listParam(PracticeRefSchema, 500).optional(),
});

/** 409 `edit_conflict`: the practice as it is on the server now, so the editor can show what changed. */
export const EditConflictProblemSchema = ProblemSchema.extend({ current: PracticeSchema });
/** 422 `import_failed`: the full report of an all-or-nothing import that wrote nothing. */
export const ImportFailedProblemSchema = ProblemSchema.extend({ report: ImportReportSchema });
