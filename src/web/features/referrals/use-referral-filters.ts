import { useSearchParams } from 'react-router';
import { NEEDS, type Need } from '../../../shared/practices.schema.ts';
import { REFERRAL_CATEGORIES, type ReferralCategory } from '../../../shared/referrals.schema.ts';
import type { ReferralFilters } from './referrals.api.ts';

export interface ReferralFilterState {
  q: string;
  need: Need | null;
  category: ReferralCategory | null;
  /** `mine`, `library`, `all` or a branch id. */
  branch: string;
}

const isNeed = (value: string | null): value is Need => NEEDS.some((need) => need === value);
const isCategory = (value: string | null): value is ReferralCategory => REFERRAL_CATEGORIES.some((category) => category === value);

/** The filters live in the address, so the print view and a shared link show the same selection. */
export function useReferralFilters(defaultBranch: string) {
  const [params, setParams] = useSearchParams();
  const need = params.get('need');
  const category = params.get('category');
  const state: ReferralFilterState = {
    q: params.get('q') ?? '',
    need: isNeed(need) ? need : null,
    category: isCategory(category) ? category : null,
    branch: params.get('branch') ?? defaultBranch,
  };
  const update = (changes: Partial<ReferralFilterState>) => {
    const next = { ...state, ...changes };
    const search = new URLSearchParams();
    if (next.q) search.set('q', next.q);
    if (next.need) search.set('need', next.need);
    if (next.category) search.set('category', next.category);
    if (next.branch !== defaultBranch) search.set('branch', next.branch);
    setParams(search, { replace: true });
  };
  return { state, update, search: params.toString() };
}

export function toQuery(state: ReferralFilterState): ReferralFilters {
  return {
    q: state.q.trim() || undefined,
    need: state.need ?? undefined,
    category: state.category ?? undefined,
    branch: state.branch === 'all' ? undefined : state.branch,
  };
}
