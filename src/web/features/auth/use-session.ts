import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Session } from '../../../shared/auth.schema.ts';
import type { Locale } from '../../../shared/users.schema.ts';
import { setCsrfToken } from '../../api/client.ts';
import { rememberLocale } from '../../i18n/index.ts';
import { acceptInvitation, changePassword, fetchSession, login, logout, setPreferences } from './auth.api.ts';

export const SESSION_KEY = ['session'] as const;

function adopt(session: Session | null): Session | null {
  setCsrfToken(session?.csrfToken ?? '');
  if (session) rememberLocale(session.user.locale);
  return session;
}

export function useSessionQuery() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: async () => adopt(await fetchSession()), staleTime: 60_000, retry: false });
}

export function useSession(): Session {
  const { data } = useSessionQuery();
  if (!data) throw new Error('useSession outside a signed-in page');
  return data;
}

function useSessionMutation<A extends unknown[]>(fn: (...args: A) => Promise<Session>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: A) => fn(...args),
    onSuccess: (session) => client.setQueryData(SESSION_KEY, adopt(session)),
  });
}

export const useLoginMutation = () => useSessionMutation(login);
export const useChangePasswordMutation = () => useSessionMutation(changePassword);
export const useAcceptInvitationMutation = () => useSessionMutation(acceptInvitation);
export const usePreferencesMutation = () => useSessionMutation((locale: Locale) => setPreferences(locale));

/** Signing out reloads the page, so nothing of the previous user stays in memory on a shared desk computer. */
export function useLogoutMutation() {
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      setCsrfToken('');
      window.location.assign('/login');
    },
  });
}
