import { ReferralHandout } from '../features/referrals/referral-handout.tsx';

export function ReferralsPrintPage() {
  return <ReferralHandout />;
}
