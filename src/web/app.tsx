import { createBrowserRouter, RouterProvider } from 'react-router';
import { RequireSession } from './features/auth/require-session.tsx';
import { AppLayout } from './features/shell/app-layout.tsx';
import { ChangePasswordPage } from './pages/change-password-page.tsx';
import { InvitationPage } from './pages/invitation-page.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { signedInRoutes } from './routes.tsx';

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/invitation/:token', element: <InvitationPage /> },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [{ path: '/account/password', element: <ChangePasswordPage /> }, ...signedInRoutes, { path: '*', element: <NotFoundPage /> }],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
