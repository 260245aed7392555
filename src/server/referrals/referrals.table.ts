import type { ReferralCategory } from '../../shared/referrals.schema.ts';

export interface ReferralsTable {
  id: string;
  branch_id: string | null;
  name: string;
  category: ReferralCategory;
  address: string;
  hours: string;
  phone: string;
  website: string;
  /** JSON array of needs, as text on both databases. */
  needs: string;
  note: string;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}
