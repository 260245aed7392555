import { SessionSchema } from '../../../shared/auth.schema.ts';
import type { Locale } from '../../../shared/users.schema.ts';
import { ApiError, api, apiVoid } from '../../api/client.ts';

export async function fetchSession() {
  try {
    return await api('/api/auth/session', SessionSchema);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const login = (email: string, password: string) =>
  api('/api/auth/login', SessionSchema, { method: 'POST', body: { email, password } });
export const logout = () => apiVoid('/api/auth/logout', { method: 'POST' });
export const changePassword = (currentPassword: string, newPassword: string) =>
  api('/api/auth/password', SessionSchema, { method: 'POST', body: { currentPassword, newPassword } });
export const acceptInvitation = (token: string, newPassword: string) =>
  api('/api/auth/invitation', SessionSchema, { method: 'POST', body: { token, newPassword } });
export const setPreferences = (locale: Locale) => api('/api/auth/preferences', SessionSchema, { method: 'PATCH', body: { locale } });
