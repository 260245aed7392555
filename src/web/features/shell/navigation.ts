import type { Role } from '../../../shared/users.schema.ts';

export interface NavItem {
  to: string;
  labelKey: string;
  roles?: readonly Role[];
  section: 'main' | 'admin';
}

/** Only modules that exist appear here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home', section: 'main' },
  { to: '/assistant', labelKey: 'assistant:nav', section: 'main' },
  { to: '/practices', labelKey: 'nav.practices', section: 'main' },
  { to: '/practices/mine', labelKey: 'nav.myPractices', section: 'main' },
  { to: '/contact-log', labelKey: 'interactions:nav.log', section: 'main' },
  { to: '/contact-stats', labelKey: 'interactions:nav.stats', section: 'main' },
  { to: '/referrals', labelKey: 'referrals:nav.directory', section: 'main' },
  { to: '/my-notes', labelKey: 'incidents:nav.myNotes', section: 'main' },
  { to: '/team-support', labelKey: 'incidents:nav.teamSupport', roles: ['admin', 'manager'], section: 'main' },
  { to: '/safety-contacts', labelKey: 'incidents:nav.safetyContacts', roles: ['admin', 'manager'], section: 'main' },
  { to: '/practices/review-queue', labelKey: 'nav.reviewQueue', roles: ['admin', 'manager'], section: 'main' },
  { to: '/gaps', labelKey: 'gaps:nav', roles: ['admin', 'manager'], section: 'main' },
  { to: '/practices/needs-review', labelKey: 'nav.needsReview', section: 'main' },
  { to: '/practices/import', labelKey: 'nav.practicesImport', roles: ['admin', 'manager'], section: 'main' },
  { to: '/search/vocabulary', labelKey: 'search:nav.vocabulary', roles: ['admin', 'manager'], section: 'main' },
  { to: '/admin/users', labelKey: 'nav.users', roles: ['admin'], section: 'admin' },
  { to: '/admin/branches', labelKey: 'nav.branches', roles: ['admin'], section: 'admin' },
  { to: '/admin/audit', labelKey: 'nav.audit', roles: ['admin'], section: 'admin' },
  { to: '/admin/retention', labelKey: 'retention:nav', roles: ['admin'], section: 'admin' },
];
