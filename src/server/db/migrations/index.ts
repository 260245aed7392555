import type { Migration } from 'kysely';
import * as foundation from './2026-11-29T12-00-00_foundation.ts';
import * as practices from './2026-11-29T13-00-00_practices.ts';
import * as referrals from './2026-11-29T16-10-00_referrals.ts';
import * as branchSafetyContacts from './2026-11-29T16-20-00_branch_safety_contacts.ts';
import * as incidents from './2026-11-29T16-30-00_incidents.ts';
import * as eventPresence from './2026-11-29T16-40-00_event_presence.ts';
import * as interactions from './2026-11-29T17-00-00_interactions.ts';
import * as search from './2026-11-29T18-00-00_search.ts';
import * as gapDismissals from './2026-11-29T19-30-00_gap_dismissals.ts';
import * as searchVectorStorage from './2026-11-29T20-00-00_search_vector_storage.ts';

/** Every migration in order; a new one is appended here under its dated name and never edited afterwards. */
export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-29T12-00-00_foundation': foundation,
  '2026-11-29T13-00-00_practices': practices,
  '2026-11-29T16-10-00_referrals': referrals,
  '2026-11-29T16-20-00_branch_safety_contacts': branchSafetyContacts,
  '2026-11-29T16-30-00_incidents': incidents,
  '2026-11-29T16-40-00_event_presence': eventPresence,
  '2026-11-29T17-00-00_interactions': interactions,
  '2026-11-29T18-00-00_search': search,
  '2026-11-29T19-30-00_gap_dismissals': gapDismissals,
  '2026-11-29T20-00-00_search_vector_storage': searchVectorStorage,
};
