import { z } from 'zod';

export const ERROR_CODES = [
  'validation_failed',
  'malformed_json',
  'unsupported_media_type',
  'payload_too_large',
  'not_found',
  'route_not_found',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'invalid_credentials',
  'account_inactive',
  'password_change_required',
  'rate_limited',
  'password_too_short',
  'password_too_common',
  'password_reused',
  'wrong_current_password',
  'email_taken',
  'branch_name_taken',
  'unknown_branch',
  'manager_needs_branch',
  'cannot_deactivate_self',
  'cannot_demote_self',
  'invitation_invalid',
  'conflict',
  'edit_conflict',
  'slug_taken',
  'invalid_transition',
  'import_failed',
  'personal_data_in_text',
  'edit_window_closed',
  'unknown_user',
  'proposal_pending',
  'practice_in_use',
  'branch_required',
  'not_acceptable',
  'date_in_future',
  'unknown_practice',
  'branch_not_allowed',
  'occurred_at_out_of_range',
  'internal_error',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const FieldErrorSchema = z.object({
  field: z.string(),
  code: z.string(),
  message: z.string(),
});

export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.enum(ERROR_CODES),
  requestId: z.string().optional(),
  errors: z.array(FieldErrorSchema).optional(),
});

export type Problem = z.infer<typeof ProblemSchema>;
export type FieldError = z.infer<typeof FieldErrorSchema>;
