import { z } from 'zod';
import { LocalDateSchema, MAX_PERIOD_DAYS } from './interactions.schema.ts';
import { ChannelSchema, NEEDS, NeedSchema } from './practices.schema.ts';

/** Without dates the list covers the last 90 days up to today (stored queries are kept about that long). */
export const GAP_DEFAULT_PERIOD_DAYS = 90;
export const GAP_SORTS = ['recent', 'frequent'] as const;
export const GapSortSchema = z.enum(GAP_SORTS);
export type GapSort = z.infer<typeof GapSortSchema>;

/**
 * Where an occurrence comes from: a stored search with no result, a search whose results nobody
 * opened, "Nie pomogło" feedback on a practice, a logged contact with no practice used.
 */
export const GAP_SOURCES = ['no_results', 'not_opened', 'not_helpful', 'no_practice'] as const;
export const GapSourceSchema = z.enum(GAP_SOURCES);
export type GapSource = z.infer<typeof GapSourceSchema>;

function periodIsValid(query: { from?: string | undefined; to?: string | undefined }): boolean {
  if (!query.from || !query.to) return true;
  const days = (Date.parse(`${query.to}T00:00:00Z`) - Date.parse(`${query.from}T00:00:00Z`)) / 86_400_000;
  return days >= 0 && days < MAX_PERIOD_DAYS;
}

/** `GET /api/gaps`: local days of the library (both inclusive), one branch or all the caller's branches. */
export const GapListQuerySchema = z
  .strictObject({
    from: LocalDateSchema.optional(),
    to: LocalDateSchema.optional(),
    branchId: z.uuid().optional(),
    sort: GapSortSchema.default('recent'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine(periodIsValid, { path: ['to'], params: { code: 'invalid_period' } });
export type GapListQuery = z.output<typeof GapListQuerySchema>;
export type GapListQueryInput = z.input<typeof GapListQuerySchema>;

/** Lower-case letters and digits only: the search analyzer's index tokens. */
const TokenSchema = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[\p{Ll}\p{N}]+$/u);

/**
 * What a group is made of, sent back unchanged to dismiss it: similar wordings (the words of the
 * group's first wording, each as its analyzer lemmas — an ambiguous form has several), or contacts
 * without a practice for one set of needs on one channel.
 */
export const GapMatchSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('wording'), words: z.array(z.array(TokenSchema).min(1).max(8)).min(1).max(30) }),
  z.strictObject({
    kind: z.literal('contact'),
    needs: z
      .array(NeedSchema)
      .min(1)
      .max(NEEDS.length)
      .refine((needs) => new Set(needs).size === needs.length, { params: { code: 'not_unique' } }),
    channel: ChannelSchema,
  }),
]);
export type GapMatch = z.infer<typeof GapMatchSchema>;

export const GapPracticeRefSchema = z.object({ id: z.string(), slug: z.string(), title: z.string() });
export type GapPracticeRef = z.infer<typeof GapPracticeRefSchema>;

/** One distinct wording (or contact note) inside a group. */
export const GapExampleSchema = z.object({
  text: z.string(),
  source: GapSourceSchema,
  count: z.number().int(),
  lastSeenAt: z.string(),
  /** The practice the "Nie pomogło" answer was about. */
  practice: GapPracticeRefSchema.nullable(),
});
export type GapExample = z.infer<typeof GapExampleSchema>;

export const GapSourceCountsSchema = z.object({
  no_results: z.number().int(),
  not_opened: z.number().int(),
  not_helpful: z.number().int(),
  no_practice: z.number().int(),
});
export type GapSourceCounts = z.infer<typeof GapSourceCountsSchema>;

export const GapGroupSchema = z.object({
  /** Stable within one answer; for React keys and links. */
  id: z.string(),
  kind: z.enum(['wording', 'contact']),
  /** The most frequent wording of the group; empty for a contact group without a wording. */
  label: z.string(),
  count: z.number().int(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  sources: GapSourceCountsSchema,
  /** At most five, most frequent first. */
  examples: z.array(GapExampleSchema),
  /** Practices that "did not help" within the group, to improve rather than write anew. */
  practices: z.array(GapPracticeRefSchema),
  /** For a contact group: its needs and channel, to pre-fill a new practice. */
  needs: z.array(NeedSchema),
  channel: ChannelSchema.nullable(),
  match: GapMatchSchema,
});
export type GapGroup = z.infer<typeof GapGroupSchema>;

export const GapListSchema = z.object({
  from: z.string(),
  to: z.string(),
  sort: GapSortSchema,
  /** All groups found, of which `groups` holds the first `limit`. */
  total: z.number().int(),
  groups: z.array(GapGroupSchema),
});
export type GapList = z.infer<typeof GapListSchema>;

/**
 * `POST /api/gaps/dismissals` ("Oznacz jako załatwione"): occurrences matching `match` up to
 * `lastSeenAt` are hidden; newer ones bring the group back. Without `branchId` the dismissal
 * covers every branch the caller manages (an administrator: the whole library).
 */
export const CreateGapDismissalSchema = z.strictObject({
  match: GapMatchSchema,
  lastSeenAt: z.iso.datetime({ offset: true }),
  branchId: z.uuid().optional(),
});
export type CreateGapDismissalInput = z.input<typeof CreateGapDismissalSchema>;
export type CreateGapDismissal = z.output<typeof CreateGapDismissalSchema>;

export const GapDismissalSchema = z.object({
  id: z.string(),
  match: GapMatchSchema,
  upTo: z.string(),
  /** null: the whole library. */
  branchIds: z.array(z.string()).nullable(),
  dismissedBy: z.object({ id: z.string(), name: z.string() }),
  dismissedAt: z.string(),
});
export type GapDismissal = z.infer<typeof GapDismissalSchema>;
