import { z } from 'zod';
import { NeedSchema } from './practices.schema.ts';

export const REFERRAL_CATEGORIES = [
  'social_welfare',
  'legal_aid',
  'employment',
  'library',
  'crisis_line',
  'city_office',
  'ngo',
  'health',
  'other',
] as const;
export const ReferralCategorySchema = z.enum(REFERRAL_CATEGORIES);
export type ReferralCategory = z.infer<typeof ReferralCategorySchema>;

/** Digits, spaces, +, - and brackets: the same rule as a branch's phone, so short numbers like 112 pass. */
export const PhoneSchema = z
  .string()
  .trim()
  .max(40)
  .refine((value) => /^[0-9+()\- ]*$/.test(value), { params: { code: 'invalid_phone' } });

/** Empty, or an http(s) address; anything else (javascript:, mailto:) would not be a safe link on a handout. */
export const WebsiteSchema = z
  .string()
  .trim()
  .max(500)
  .refine((value) => value === '' || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value), { params: { code: 'invalid_website' } });

const needList = z
  .array(NeedSchema)
  .max(20)
  .refine((items) => new Set(items).size === items.length, { params: { code: 'not_unique' } });

export const ReferralSchema = z.object({
  id: z.string(),
  /** null: the whole library; otherwise the one branch this entry is for. */
  branchId: z.string().nullable(),
  name: z.string(),
  category: ReferralCategorySchema,
  address: z.string(),
  hours: z.string(),
  phone: z.string(),
  website: z.string(),
  needs: z.array(NeedSchema),
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** The signed-in user may change or remove this entry. */
  canEdit: z.boolean(),
});
export type Referral = z.infer<typeof ReferralSchema>;

const fields = {
  name: z.string().trim().min(1).max(200),
  category: ReferralCategorySchema,
  address: z.string().trim().max(300),
  hours: z.string().trim().max(300),
  phone: PhoneSchema,
  website: WebsiteSchema,
  needs: needList,
  note: z.string().trim().max(2000),
};

export const CreateReferralSchema = z.strictObject({
  branchId: z.uuid().nullable().default(null),
  name: fields.name,
  category: fields.category,
  address: fields.address.default(''),
  hours: fields.hours.default(''),
  phone: fields.phone.default(''),
  website: fields.website.default(''),
  needs: fields.needs.default([]),
  note: fields.note.default(''),
});
export type CreateReferralInput = z.input<typeof CreateReferralSchema>;

export const UpdateReferralSchema = z.strictObject({
  branchId: z.uuid().nullable().optional(),
  ...z.strictObject(fields).partial().shape,
});
export type UpdateReferralInput = z.input<typeof UpdateReferralSchema>;

export const ReferralListQuerySchema = z.strictObject({
  /** Words matched in the name, category, address and note, ignoring case and Polish diacritics. */
  q: z.string().trim().max(200).optional(),
  need: NeedSchema.optional(),
  category: ReferralCategorySchema.optional(),
  /** `library`: library-wide entries only; `mine`: library-wide and the user's branches; or one branch id. */
  branch: z.union([z.literal('library'), z.literal('mine'), z.uuid()]).optional(),
});
export type ReferralListQuery = z.infer<typeof ReferralListQuerySchema>;

export const ReferralListSchema = z.object({
  items: z.array(ReferralSchema),
  total: z.number().int(),
});
export type ReferralList = z.infer<typeof ReferralListSchema>;
