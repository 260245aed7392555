import { z } from 'zod';

export const ROLES = ['admin', 'manager', 'librarian'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const LocaleSchema = z.enum(['pl', 'en']);
export type Locale = z.infer<typeof LocaleSchema>;

export const IdSchema = z.uuid();
export const IdParamsSchema = z.strictObject({ id: IdSchema });

export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((email) => email.toLowerCase());

export const PasswordSchema = z.string().min(1).max(200);

export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  branchIds: z.array(z.string()),
  active: z.boolean(),
  locale: LocaleSchema,
  mustChangePassword: z.boolean(),
  invitationPending: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

export const UserNameSchema = z.string().trim().min(1).max(120);

export const CreateUserSchema = z.strictObject({
  email: EmailSchema,
  name: UserNameSchema,
  role: RoleSchema,
  branchIds: z.array(IdSchema).max(100).default([]),
  credential: z.enum(['one_time_password', 'invitation']).default('one_time_password'),
});
export type CreateUserInput = z.input<typeof CreateUserSchema>;

export const UpdateUserSchema = z.strictObject({
  name: UserNameSchema.optional(),
  role: RoleSchema.optional(),
  branchIds: z.array(IdSchema).max(100).optional(),
});

export const UserCredentialSchema = z.object({
  user: UserSchema,
  oneTimePassword: z.string().optional(),
  invitationPath: z.string().optional(),
});
export type UserCredential = z.infer<typeof UserCredentialSchema>;

export const ResetCredentialSchema = z.strictObject({
  credential: z.enum(['one_time_password', 'invitation']).default('one_time_password'),
});

export const UserListQuerySchema = z.strictObject({
  q: z.string().max(200).optional(),
  role: RoleSchema.optional(),
  active: z.enum(['true', 'false']).optional(),
});
