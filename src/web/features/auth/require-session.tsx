import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../../../shared/users.schema.ts';
import { NotFound } from '../../ui/not-found.tsx';
import { ErrorState } from '../../ui/error-state.tsx';
import { useSessionQuery } from './use-session.ts';

function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Loader aria-label={t('loading')} />
    </Center>
  );
}

export function RequireSession({ children, roles }: { children: ReactNode; roles?: readonly Role[] }) {
  const { data: session, isPending, error } = useSessionQuery();
  const location = useLocation();
  if (isPending) return <FullPageLoader />;
  if (error) return <ErrorState error={error} />;
  if (!session) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (session.user.mustChangePassword && location.pathname !== '/account/password') return <Navigate to="/account/password" replace />;
  if (roles && !roles.includes(session.user.role)) return <NotFound />;
  return children;
}
