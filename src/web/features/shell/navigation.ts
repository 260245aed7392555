import type { Role } from '../../../shared/users.schema.ts';

export interface NavItem {
  to: string;
  labelKey: string;
  /** The home page card's description, under home.cards in common.json. */
  cardKey?: string;
  roles?: readonly Role[];
  section: 'main' | 'admin';
}

/** Only modules that exist appear here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home', section: 'main' },
  { to: '/assistant', labelKey: 'assistant:nav', cardKey: 'assistant', section: 'main' },
  { to: '/practices', labelKey: 'nav.practices', cardKey: 'practices', section: 'main' },
  { to: '/practices/mine', labelKey: 'nav.myPractices', cardKey: 'myPractices', section: 'main' },
  { to: '/contact-log', labelKey: 'interactions:nav.log', cardKey: 'contactLog', section: 'main' },
  { to: '/contact-stats', labelKey: 'interactions:nav.stats', cardKey: 'contactStats', section: 'main' },
  { to: '/referrals', labelKey: 'referrals:nav.directory', cardKey: 'referrals', section: 'main' },
  { to: '/my-notes', labelKey: 'incidents:nav.myNotes', cardKey: 'myNotes', section: 'main' },
  { to: '/team-support', labelKey: 'incidents:nav.teamSupport', cardKey: 'teamSupport', roles: ['admin', 'manager'], section: 'main' },
  {
    to: '/safety-contacts',
    labelKey: 'incidents:nav.safetyContacts',
    cardKey: 'safetyContacts',
    roles: ['admin', 'manager'],
    section: 'main',
  },
  { to: '/practices/review-queue', labelKey: 'nav.reviewQueue', cardKey: 'reviewQueue', roles: ['admin', 'manager'], section: 'main' },
  { to: '/gaps', labelKey: 'gaps:nav', cardKey: 'gaps', roles: ['admin', 'manager'], section: 'main' },
  { to: '/practices/needs-review', labelKey: 'nav.needsReview', cardKey: 'needsReview', section: 'main' },
  { to: '/practices/import', labelKey: 'nav.practicesImport', cardKey: 'practicesImport', roles: ['admin', 'manager'], section: 'main' },
  { to: '/search/vocabulary', labelKey: 'search:nav.vocabulary', cardKey: 'vocabulary', roles: ['admin', 'manager'], section: 'main' },
  { to: '/admin/users', labelKey: 'nav.users', cardKey: 'users', roles: ['admin'], section: 'admin' },
  { to: '/admin/branches', labelKey: 'nav.branches', cardKey: 'branches', roles: ['admin'], section: 'admin' },
  { to: '/admin/audit', labelKey: 'nav.audit', cardKey: 'audit', roles: ['admin'], section: 'admin' },
  { to: '/admin/retention', labelKey: 'retention:nav', cardKey: 'retention', roles: ['admin'], section: 'admin' },
];
