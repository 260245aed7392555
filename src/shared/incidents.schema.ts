import { z } from 'zod';
import { PERSONAL_DATA_KINDS } from './personal-data.ts';

const PersonSchema = z.object({ id: z.string(), name: z.string() });

export const ALERT_MESSAGE_MAX = 140;
export const INCIDENT_NOTE_MAX = 2000;

/** "Call for a colleague": the branch is the sender's own, chosen when they work in several. */
export const AlertInputSchema = z.strictObject({
  message: z.string().trim().max(ALERT_MESSAGE_MAX).default(''),
  branchId: z.uuid().optional(),
});
export type AlertInput = z.input<typeof AlertInputSchema>;

export const AlertReceiptSchema = z.object({
  id: z.string(),
  branchId: z.string(),
  branchName: z.string(),
  /** How many colleagues had Relacja open and were notified. */
  notified: z.number().int(),
  sentAt: z.string(),
});
export type AlertReceipt = z.infer<typeof AlertReceiptSchema>;

export const RELIEF_OPTIONS = ['short_break', 'talk_colleague', 'talk_manager', 'walk', 'breathing', 'write_down', 'other'] as const;
export const ReliefSchema = z.enum(RELIEF_OPTIONS);
export type Relief = z.infer<typeof ReliefSchema>;

export const CheckInInputSchema = z.strictObject({
  /** 1: calm … 5: very tense. */
  tension: z.number().int().min(1).max(5),
  reliefs: z
    .array(ReliefSchema)
    .max(RELIEF_OPTIONS.length)
    .refine((items) => new Set(items).size === items.length, { params: { code: 'not_unique' } })
    .default([]),
  reliefOther: z.string().trim().max(500).default(''),
  /** Sends a request to talk to the managers of the branch. */
  wantsTalk: z.boolean().default(false),
  branchId: z.uuid().optional(),
});
export type CheckInInput = z.input<typeof CheckInInputSchema>;

export const TalkRequestStateSchema = z.object({
  branchId: z.string(),
  branchName: z.string(),
  createdAt: z.string(),
  doneAt: z.string().nullable(),
});

/** Private to its author: nobody else, administrators included, can read it. */
export const CheckInSchema = z.object({
  id: z.string(),
  incidentId: z.string().nullable(),
  createdAt: z.string(),
  tension: z.number().int(),
  reliefs: z.array(ReliefSchema),
  reliefOther: z.string(),
  wantsTalk: z.boolean(),
  talkRequest: TalkRequestStateSchema.nullable(),
});
export type CheckIn = z.infer<typeof CheckInSchema>;

export const CreateIncidentSchema = z.strictObject({
  branchId: z.uuid().optional(),
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  whatHappened: z.string().trim().max(INCIDENT_NOTE_MAX).default(''),
  whatHelped: z.string().trim().max(INCIDENT_NOTE_MAX).default(''),
  /** The call for a colleague this incident followed, if any. */
  alertId: z.uuid().optional(),
  checkIn: CheckInInputSchema.omit({ branchId: true }).optional(),
});
export type CreateIncidentInput = z.input<typeof CreateIncidentSchema>;

/** The author's correction of the note within 24 hours, like a logged contact. */
export const UpdateIncidentSchema = z.strictObject({
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  whatHappened: z.string().trim().max(INCIDENT_NOTE_MAX).optional(),
  whatHelped: z.string().trim().max(INCIDENT_NOTE_MAX).optional(),
});
export type UpdateIncidentInput = z.input<typeof UpdateIncidentSchema>;

/** Private to its author; managers see only how many there were. */
export const IncidentSchema = z.object({
  id: z.string(),
  branchId: z.string(),
  branchName: z.string(),
  occurredAt: z.string(),
  createdAt: z.string(),
  whatHappened: z.string(),
  whatHelped: z.string(),
  /** The notes were erased by the retention period; the incident still counts. */
  notesErased: z.boolean(),
  /** Until when the author may still correct the note; null once that time has passed. */
  editableUntil: z.string().nullable(),
  checkIn: CheckInSchema.nullable(),
});
export type Incident = z.infer<typeof IncidentSchema>;

export const PersonalDataWarningSchema = z.object({
  field: z.string(),
  kinds: z.array(z.enum(PERSONAL_DATA_KINDS)),
});
export type PersonalDataWarning = z.infer<typeof PersonalDataWarningSchema>;

/** Saved, with what looked like a phone or card number so the author can still remove it. */
export const IncidentReceiptSchema = z.object({
  incident: IncidentSchema,
  warnings: z.array(PersonalDataWarningSchema),
});

export const CheckInReceiptSchema = z.object({
  checkIn: CheckInSchema,
  warnings: z.array(PersonalDataWarningSchema),
});

export const MyNotesSchema = z.object({
  incidents: z.array(IncidentSchema),
  /** Check-ins written without an incident note. */
  checkIns: z.array(CheckInSchema),
});
export type MyNotes = z.infer<typeof MyNotesSchema>;

const day = z.iso.date();

export const IncidentCountsQuerySchema = z.strictObject({
  /** First day, inclusive (UTC); default 30 days before `to`. */
  from: day.optional(),
  /** Last day, inclusive (UTC); default today. */
  to: day.optional(),
});

export const BranchIncidentCountSchema = z.object({
  branchId: z.string(),
  branchName: z.string(),
  incidents: z.number().int(),
  alerts: z.number().int(),
  talkRequests: z.number().int(),
});

export const IncidentCountsSchema = z.object({
  from: z.string(),
  to: z.string(),
  branches: z.array(BranchIncidentCountSchema),
});
export type IncidentCounts = z.infer<typeof IncidentCountsSchema>;

/** What a manager sees of a request to talk: who and when, never the check-in itself. */
export const TalkRequestSchema = z.object({
  id: z.string(),
  requester: PersonSchema,
  branchId: z.string(),
  branchName: z.string(),
  createdAt: z.string(),
  doneAt: z.string().nullable(),
  doneBy: PersonSchema.nullable(),
});
export type TalkRequest = z.infer<typeof TalkRequestSchema>;

export const TalkRequestListQuerySchema = z.strictObject({
  state: z.enum(['open', 'done', 'all']).default('open'),
});

export const TalkRequestListSchema = z.object({ items: z.array(TalkRequestSchema), total: z.number().int() });
