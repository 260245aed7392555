import { z } from 'zod';
import type { PersonalDataKind } from './personal-data.ts';
import { AttitudeSchema, ChannelSchema, NEEDS, NeedSchema } from './practices.schema.ts';

export const OUTCOMES = ['resolved', 'referred', 'follow_up', 'unresolved'] as const;
export const RETURN_SUGGESTIONS = ['events', 'follow_up', 'recommendation', 'newsletter'] as const;
/** The READ scale (Reference Effort Assessment Data): 1 needs no specialised knowledge … 6 extensive research. */
export const EFFORT_LEVELS = [1, 2, 3, 4, 5, 6] as const;
export const NOTE_MAX_LENGTH = 500;
/**
 * A PESEL, an e-mail address or a card number names a reader outright, so a note holding one is
 * refused. A phone number is only warned about: notes often hold an institution's number (a referral
 * to a social welfare centre), and the finder cannot tell whose number it is.
 */
export const NOTE_REFUSED_KINDS: readonly PersonalDataKind[] = ['pesel', 'email', 'card_number'];
export const MAX_PRACTICES_PER_CONTACT = 10;
/** How far back a contact may be logged, and how long its author may correct or delete it. */
export const BACKDATE_LIMIT_DAYS = 7;
export const EDIT_WINDOW_HOURS = 24;
/** Periods and hours of day are those of the library. */
export const LIBRARY_TIME_ZONE = 'Europe/Warsaw';
export const MAX_PERIOD_DAYS = 366;

export const OutcomeSchema = z.enum(OUTCOMES);
export const ReturnSuggestionSchema = z.enum(RETURN_SUGGESTIONS);
export const EffortSchema = z.number().int().min(1).max(6);
export type Outcome = z.infer<typeof OutcomeSchema>;
export type ReturnSuggestion = z.infer<typeof ReturnSuggestionSchema>;

function uniqueList<T extends z.ZodType>(item: T, max: number) {
  return z
    .array(item)
    .max(max)
    .refine((items) => new Set(items).size === items.length, { params: { code: 'not_unique' } });
}

/** An empty or blank note is no note. */
const NoteSchema = z
  .string()
  .trim()
  .max(NOTE_MAX_LENGTH)
  .nullable()
  .transform((note) => (note === '' ? null : note));

const contactFields = {
  branchId: z.uuid(),
  channel: ChannelSchema,
  needs: uniqueList(NeedSchema, NEEDS.length).min(1),
  attitude: AttitudeSchema,
  effort: EffortSchema,
  outcome: OutcomeSchema,
  practiceIds: uniqueList(z.uuid(), MAX_PRACTICES_PER_CONTACT),
  returnSuggestions: uniqueList(ReturnSuggestionSchema, RETURN_SUGGESTIONS.length),
  note: NoteSchema,
  occurredAt: z.iso.datetime({ offset: true }),
};

export const CreateInteractionSchema = z.strictObject({
  /** Made by the client once per contact: sending it again never stores a second entry. */
  clientId: z.uuid(),
  ...contactFields,
  practiceIds: contactFields.practiceIds.default([]),
  returnSuggestions: contactFields.returnSuggestions.default([]),
  note: NoteSchema.optional().transform((note) => note ?? null),
  occurredAt: contactFields.occurredAt.optional(),
});
export type CreateInteractionInput = z.input<typeof CreateInteractionSchema>;
export type CreateInteraction = z.output<typeof CreateInteractionSchema>;

export const UpdateInteractionSchema = z.strictObject({
  branchId: contactFields.branchId.optional(),
  channel: contactFields.channel.optional(),
  needs: contactFields.needs.optional(),
  attitude: contactFields.attitude.optional(),
  effort: contactFields.effort.optional(),
  outcome: contactFields.outcome.optional(),
  practiceIds: contactFields.practiceIds.optional(),
  returnSuggestions: contactFields.returnSuggestions.optional(),
  note: NoteSchema.optional(),
  occurredAt: contactFields.occurredAt.optional(),
});
export type UpdateInteractionInput = z.input<typeof UpdateInteractionSchema>;
export type UpdateInteraction = z.output<typeof UpdateInteractionSchema>;

export const PracticeRefItemSchema = z.object({ id: z.string(), title: z.string() });

export const InteractionSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  author: z.object({ id: z.string(), name: z.string() }),
  branch: z.object({ id: z.string(), name: z.string() }),
  channel: ChannelSchema,
  needs: z.array(NeedSchema),
  attitude: AttitudeSchema,
  effort: z.number().int(),
  outcome: OutcomeSchema,
  practices: z.array(PracticeRefItemSchema),
  returnSuggestions: z.array(ReturnSuggestionSchema),
  note: z.string().nullable(),
  /** When retention erased the note; the rest of the entry stays. */
  noteErasedAt: z.string().nullable(),
  occurredAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The author may correct or delete the entry until then. */
  editableUntil: z.string(),
});
export type Interaction = z.infer<typeof InteractionSchema>;

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A day of the library's calendar (Europe/Warsaw), YYYY-MM-DD. */
export const LocalDateSchema = z
  .string()
  .regex(LOCAL_DATE)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    params: { code: 'invalid_format' },
  });

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** Both ends inclusive; `to` not before `from`, at most MAX_PERIOD_DAYS long. */
function periodIsValid(query: { from?: string | undefined; to?: string | undefined }): boolean {
  if (!query.from || !query.to) return true;
  const days = daysBetween(query.from, query.to);
  return days >= 0 && days < MAX_PERIOD_DAYS;
}
const periodIssue = { path: ['to'], params: { code: 'invalid_period' } };

const filterShape = {
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
  branchId: z.uuid().optional(),
  channel: ChannelSchema.optional(),
};

export const InteractionListQuerySchema = z
  .strictObject({
    ...filterShape,
    /** Only the caller's own entries, also for managers and admins. */
    mine: z.enum(['true', 'false']).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .refine(periodIsValid, periodIssue);
export type InteractionListQuery = z.output<typeof InteractionListQuerySchema>;

export const InteractionPageSchema = z.object({
  items: z.array(InteractionSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type InteractionPage = z.infer<typeof InteractionPageSchema>;

export const InteractionStatsQuerySchema = z.strictObject(filterShape).refine(periodIsValid, periodIssue);
export type InteractionStatsQuery = z.output<typeof InteractionStatsQuerySchema>;

export const InteractionExportQuerySchema = z
  .strictObject({
    ...filterShape,
    /** Notes are left out unless asked for. */
    notes: z.enum(['true', 'false']).default('false'),
    delimiter: z.enum(['semicolon', 'comma']).default('semicolon'),
  })
  .refine(periodIsValid, periodIssue);
export type InteractionExportQuery = z.output<typeof InteractionExportQuerySchema>;

const bucket = <K extends z.ZodType>(key: K) => z.array(z.object({ key, count: z.number().int() }));

export const InteractionStatsSchema = z.object({
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  /** Whose entries are counted: the caller's own, their branches', or the whole library's. */
  scope: z.enum(['own', 'branches', 'all']),
  total: z.number().int(),
  withoutPractice: z.number().int(),
  byChannel: bucket(ChannelSchema),
  /** A contact with several needs counts once for each. */
  byNeed: bucket(NeedSchema),
  byAttitude: bucket(AttitudeSchema),
  byOutcome: bucket(OutcomeSchema),
  byEffort: bucket(z.number().int()),
  /** 0–23 in the library's time zone. */
  byHour: bucket(z.number().int()),
  /** ISO weekdays: 1 Monday … 7 Sunday. */
  byWeekday: bucket(z.number().int()),
  byBranch: z.array(z.object({ branchId: z.string(), name: z.string(), count: z.number().int() })),
});
export type InteractionStats = z.infer<typeof InteractionStatsSchema>;

export const InteractionDefaultsSchema = z.object({
  branchId: z.string().nullable(),
  channel: ChannelSchema,
});
export type InteractionDefaults = z.infer<typeof InteractionDefaultsSchema>;

export const UpdateInteractionDefaultsSchema = z.strictObject({
  branchId: z.uuid().nullable(),
  channel: ChannelSchema,
});
