import { z } from 'zod';
import { PhoneSchema } from './referrals.schema.ts';

export const SAFETY_CONTACT_KINDS = ['security', 'police', 'manager_on_duty', 'other'] as const;
export const SafetyContactKindSchema = z.enum(SAFETY_CONTACT_KINDS);
export type SafetyContactKind = z.infer<typeof SafetyContactKindSchema>;

/** The number every branch shows until it configures its own list. */
export const EMERGENCY_NUMBER = '112';

export const SafetyContactSchema = z.object({
  kind: SafetyContactKindSchema,
  /** Empty for the standard kinds: the client shows the kind's name in the reader's language. */
  label: z.string(),
  phone: z.string(),
  note: z.string(),
});
export type SafetyContact = z.infer<typeof SafetyContactSchema>;

export const BranchSafetyContactsSchema = z.object({
  branchId: z.string(),
  branchName: z.string(),
  /** False while the branch has not saved its own list; the contacts are then the default (112). */
  configured: z.boolean(),
  contacts: z.array(SafetyContactSchema),
  updatedAt: z.string().nullable(),
  updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  canEdit: z.boolean(),
});
export type BranchSafetyContacts = z.infer<typeof BranchSafetyContactsSchema>;

const ContactInputSchema = z
  .strictObject({
    kind: SafetyContactKindSchema,
    label: z.string().trim().max(120).default(''),
    phone: PhoneSchema.pipe(z.string().min(1)),
    note: z.string().trim().max(300).default(''),
  })
  .refine((contact) => contact.kind !== 'other' || contact.label !== '', { params: { code: 'label_required' }, path: ['label'] });

/** The whole list in the order shown; saving an empty list brings back the default. */
export const SaveSafetyContactsSchema = z.strictObject({
  contacts: z.array(ContactInputSchema).max(20),
});
export type SaveSafetyContactsInput = z.input<typeof SaveSafetyContactsSchema>;
