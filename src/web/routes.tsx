import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireSession } from './features/auth/require-session.tsx';
import { HomePage } from './pages/home-page.tsx';

const adminOnly = (element: ReactNode) => <RequireSession roles={['admin']}>{element}</RequireSession>;

/** Every page behind sign-in, by feature. */
export const signedInRoutes: RouteObject[] = [{ path: '/', element: <HomePage /> }];

void adminOnly;
