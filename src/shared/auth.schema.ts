import { z } from 'zod';
import { EmailSchema, LocaleSchema, PasswordSchema, UserSchema } from './users.schema.ts';

export const PASSWORD_MIN_LENGTH = 10;

export const LoginSchema = z.strictObject({
  email: EmailSchema,
  password: PasswordSchema,
});

export const SessionSchema = z.object({
  user: UserSchema,
  csrfToken: z.string(),
});
export type Session = z.infer<typeof SessionSchema>;

export const ChangePasswordSchema = z.strictObject({
  currentPassword: PasswordSchema,
  newPassword: PasswordSchema,
});

export const AcceptInvitationSchema = z.strictObject({
  token: z.string().min(10).max(200),
  newPassword: PasswordSchema,
});

export const PreferencesSchema = z.strictObject({
  locale: LocaleSchema,
});
