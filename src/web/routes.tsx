import type { ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { RequireSession } from './features/auth/require-session.tsx';
import { AfterIncidentPage } from './pages/after-incident-page.tsx';
import { AssistantPage } from './pages/assistant-page.tsx';
import { AuditPage } from './pages/audit-page.tsx';
import { BranchesPage } from './pages/branches-page.tsx';
import { DifficultSituationPage } from './pages/difficult-situation-page.tsx';
import { GapsPage } from './pages/gaps-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { InteractionStatsPage } from './pages/interaction-stats-page.tsx';
import { InteractionsPage } from './pages/interactions-page.tsx';
import { MyNotesPage } from './pages/my-notes-page.tsx';
import { MyPracticesPage } from './pages/my-practices-page.tsx';
import { PracticeCreatePage, PracticeEditPage, PracticeProposePage } from './pages/practice-edit-page.tsx';
import { PracticeHistoryPage } from './pages/practice-history-page.tsx';
import { PracticePage } from './pages/practice-page.tsx';
import { PracticesBinderPage } from './pages/practices-binder-page.tsx';
import { PracticesImportPage } from './pages/practices-import-page.tsx';
import { PracticesNeedsReviewPage } from './pages/practices-needs-review-page.tsx';
import { PracticesPage } from './pages/practices-page.tsx';
import { ReferralsPage } from './pages/referrals-page.tsx';
import { ReferralsPrintPage } from './pages/referrals-print-page.tsx';
import { RetentionPage } from './pages/retention-page.tsx';
import { ReviewQueuePage } from './pages/review-queue-page.tsx';
import { SafetyContactsIndexPage, SafetyContactsPage } from './pages/safety-contacts-page.tsx';
import { SearchPage } from './pages/search-page.tsx';
import { SearchVocabularyPage } from './pages/search-vocabulary-page.tsx';
import { TeamSupportPage } from './pages/team-support-page.tsx';
import { UsersPage } from './pages/users-page.tsx';

const adminOnly = (element: ReactNode) => <RequireSession roles={['admin']}>{element}</RequireSession>;
const reviewersOnly = (element: ReactNode) => <RequireSession roles={['admin', 'manager']}>{element}</RequireSession>;

/** Every page behind sign-in, by feature. */
export const signedInRoutes: RouteObject[] = [
  { path: '/', element: <HomePage /> },
  { path: '/assistant', element: <AssistantPage /> },
  { path: '/asystent', element: <Navigate to="/assistant" replace /> },
  { path: '/gaps', element: reviewersOnly(<GapsPage />) },
  { path: '/referrals', element: <ReferralsPage /> },
  { path: '/referrals/print', element: <ReferralsPrintPage /> },
  { path: '/difficult-situation', element: <DifficultSituationPage /> },
  { path: '/difficult-situation/after', element: <AfterIncidentPage /> },
  { path: '/my-notes', element: <MyNotesPage /> },
  { path: '/team-support', element: reviewersOnly(<TeamSupportPage />) },
  { path: '/safety-contacts', element: reviewersOnly(<SafetyContactsIndexPage />) },
  { path: '/branches/:id/safety', element: reviewersOnly(<SafetyContactsPage />) },
  { path: '/admin/users', element: adminOnly(<UsersPage />) },
  { path: '/admin/branches', element: adminOnly(<BranchesPage />) },
  { path: '/admin/audit', element: adminOnly(<AuditPage />) },
  { path: '/admin/retention', element: adminOnly(<RetentionPage />) },
  { path: '/contact-log', element: <InteractionsPage /> },
  { path: '/contact-stats', element: <InteractionStatsPage /> },
  { path: '/practices', element: <PracticesPage /> },
  { path: '/practices/new', element: <PracticeCreatePage /> },
  { path: '/practices/mine', element: <MyPracticesPage /> },
  { path: '/practices/needs-review', element: <PracticesNeedsReviewPage /> },
  { path: '/practices/review-queue', element: reviewersOnly(<ReviewQueuePage />) },
  { path: '/practices/import', element: reviewersOnly(<PracticesImportPage />) },
  { path: '/practices/binder', element: <PracticesBinderPage /> },
  { path: '/practices/:ref', element: <PracticePage /> },
  { path: '/practices/:ref/edit', element: <PracticeEditPage /> },
  { path: '/practices/:ref/propose', element: <PracticeProposePage /> },
  { path: '/practices/:ref/history', element: <PracticeHistoryPage /> },
  { path: '/search', element: <SearchPage /> },
  { path: '/search/vocabulary', element: reviewersOnly(<SearchVocabularyPage />) },
];
