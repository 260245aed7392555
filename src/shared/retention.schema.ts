import { z } from 'zod';

export const DEFAULT_RETENTION_DAYS = 90;
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;

export const RetentionDaysSchema = z.number().int().min(MIN_RETENTION_DAYS).max(MAX_RETENTION_DAYS);

/** How many free-text items one run erased, by kind (a kind is missing from runs made before its module existed). */
export const RetentionErasedSchema = z.object({
  interactionNotes: z.number().int(),
  incidentNotes: z.number().int().optional(),
  colleagueAlerts: z.number().int().optional(),
  checkInNotes: z.number().int().optional(),
  searchQueries: z.number().int().optional(),
});
export type RetentionErased = z.infer<typeof RetentionErasedSchema>;

export const RetentionRunSchema = z.object({
  at: z.string(),
  /** Free text from before this moment is erased. */
  cutoff: z.string(),
  erased: RetentionErasedSchema,
});
export type RetentionRun = z.infer<typeof RetentionRunSchema>;

export const RetentionSettingsSchema = z.object({
  days: z.number().int(),
  lastRun: RetentionRunSchema.nullable(),
});
export type RetentionSettings = z.infer<typeof RetentionSettingsSchema>;

export const UpdateRetentionSettingsSchema = z.strictObject({ days: RetentionDaysSchema });
export type UpdateRetentionSettings = z.infer<typeof UpdateRetentionSettingsSchema>;
