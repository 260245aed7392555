import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireSession } from './features/auth/require-session.tsx';
import { AuditPage } from './pages/audit-page.tsx';
import { BranchesPage } from './pages/branches-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { UsersPage } from './pages/users-page.tsx';

const adminOnly = (element: ReactNode) => <RequireSession roles={['admin']}>{element}</RequireSession>;

/** Every page behind sign-in, by feature. */
export const signedInRoutes: RouteObject[] = [
  { path: '/', element: <HomePage /> },
  { path: '/admin/users', element: adminOnly(<UsersPage />) },
  { path: '/admin/branches', element: adminOnly(<BranchesPage />) },
  { path: '/admin/audit', element: adminOnly(<AuditPage />) },
];
