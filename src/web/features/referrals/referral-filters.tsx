import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Branch } from '../../../shared/branches.schema.ts';
import { NEEDS, type Need } from '../../../shared/practices.schema.ts';
import { REFERRAL_CATEGORIES, type ReferralCategory } from '../../../shared/referrals.schema.ts';
import type { ReferralFilterState } from './use-referral-filters.ts';

export interface ReferralFiltersProps {
  state: ReferralFilterState;
  onChange: (changes: Partial<ReferralFilterState>) => void;
  branches: readonly Branch[];
  /** Whether "my branches" means anything: staff with a branch. */
  hasBranches: boolean;
}

const isNeed = (value: string | null): value is Need => NEEDS.some((need) => need === value);
const isCategory = (value: string | null): value is ReferralCategory => REFERRAL_CATEGORIES.some((category) => category === value);

export function ReferralFilters({ state, onChange, branches, hasBranches }: ReferralFiltersProps) {
  const { t } = useTranslation('referrals');
  const scopes = [
    ...(hasBranches ? [{ value: 'mine', label: t('filters.mine') }] : []),
    { value: 'all', label: t('filters.all') },
    { value: 'library', label: t('filters.library') },
    ...branches.map((branch) => ({ value: branch.id, label: branch.name })),
  ];
  return (
    <Group align="flex-end" gap="sm" className="no-print" role="search" aria-label={t('filters.label')}>
      <TextInput
        label={t('filters.q')}
        description={t('filters.qHint')}
        value={state.q}
        onChange={(event) => onChange({ q: event.currentTarget.value })}
        type="search"
        style={{ flex: '1 1 16rem' }}
      />
      <Select
        label={t('filters.need')}
        placeholder={t('filters.any')}
        data={NEEDS.map((need) => ({ value: need, label: t(`need.${need}`) }))}
        value={state.need}
        onChange={(value) => onChange({ need: isNeed(value) ? value : null })}
        clearable
        w={200}
      />
      <Select
        label={t('filters.category')}
        placeholder={t('filters.any')}
        data={REFERRAL_CATEGORIES.map((category) => ({ value: category, label: t(`category.${category}`) }))}
        value={state.category}
        onChange={(value) => onChange({ category: isCategory(value) ? value : null })}
        clearable
        w={220}
      />
      <Select
        label={t('filters.branch')}
        data={scopes}
        value={state.branch}
        onChange={(value) => onChange({ branch: value ?? 'all' })}
        allowDeselect={false}
        w={220}
      />
    </Group>
  );
}
