import { z } from 'zod';

export const BranchSchema = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Branch = z.infer<typeof BranchSchema>;

const phone = z
  .string()
  .trim()
  .max(40)
  .refine((value) => /^[0-9+()\- ]*$/.test(value), { params: { code: 'invalid_phone' } });

export const CreateBranchSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  address: z.string().trim().max(300).default(''),
  phone: phone.default(''),
});
export type CreateBranchInput = z.input<typeof CreateBranchSchema>;

export const UpdateBranchSchema = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  address: z.string().trim().max(300).optional(),
  phone: phone.optional(),
});
