import { Button, Group, Loader, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { GapGroup, GapSort } from '../../../shared/gaps.schema.ts';
import { ErrorState, useErrorMessage } from '../../ui/error-state.tsx';
import { useFormat } from '../../ui/format.ts';
import { useSession } from '../auth/use-session.ts';
import { useBranchesQuery } from '../practices/use-practice-queries.ts';
import { GapCard } from './gap-card.tsx';
import { DEFAULT_GAP_FILTERS, type GapFilters, gapFiltersToParams, parseGapFilters, periodReversed, toGapQuery } from './gap-filters.ts';
import { useDismissGapMutation, useGapsQuery } from './use-gaps-queries.ts';

function useBranchChoices() {
  const { user } = useSession();
  const branches = useBranchesQuery();
  const own = (branches.data ?? []).filter((branch) => user.role === 'admin' || user.branchIds.includes(branch.id));
  return own.map((branch) => ({ value: branch.id, label: branch.name }));
}

function GapFiltersBar({ value, onChange }: { value: GapFilters; onChange: (value: GapFilters) => void }) {
  const { t } = useTranslation('gaps');
  const { user } = useSession();
  const branches = useBranchChoices();
  const set = (patch: Partial<GapFilters>) => onChange({ ...value, ...patch });
  return (
    <Group
      component="form"
      role="search"
      aria-label={t('filters.label')}
      align="flex-end"
      gap="sm"
      onSubmit={(event) => event.preventDefault()}
    >
      <TextInput type="date" label={t('filters.from')} value={value.from} onChange={(event) => set({ from: event.currentTarget.value })} />
      <TextInput
        type="date"
        label={t('filters.to')}
        value={value.to}
        onChange={(event) => set({ to: event.currentTarget.value })}
        error={periodReversed(value) ? t('filters.reversed') : undefined}
      />
      {branches.length > 1 && (
        <Select
          label={t('filters.branch')}
          placeholder={user.role === 'admin' ? t('filters.allLibrary') : t('filters.allMine')}
          data={branches}
          value={value.branchId}
          onChange={(branchId) => set({ branchId })}
          clearable
        />
      )}
      <Stack gap={4}>
        <Text size="sm" fw={500} id="gap-sort-label">
          {t('filters.sort')}
        </Text>
        <SegmentedControl
          aria-labelledby="gap-sort-label"
          value={value.sort}
          onChange={(sort) => set({ sort: sort === 'frequent' ? 'frequent' : 'recent' })}
          data={(['recent', 'frequent'] satisfies GapSort[]).map((sort) => ({ value: sort, label: t(`filters.${sort}`) }))}
        />
      </Stack>
      <Button variant="subtle" onClick={() => onChange(DEFAULT_GAP_FILTERS)}>
        {t('filters.reset')}
      </Button>
    </Group>
  );
}

/** The managers' list of gaps: filters in the address, each group with its examples and what to do about it. */
export function GapList() {
  const { t } = useTranslation('gaps');
  const describe = useErrorMessage();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const filters = parseGapFilters(params);
  const gaps = useGapsQuery(toGapQuery(filters));
  const dismiss = useDismissGapMutation();
  const status = useRef<HTMLParagraphElement>(null);

  const onDismiss = (group: GapGroup) => {
    const input = { match: group.match, lastSeenAt: group.lastSeenAt, ...(filters.branchId ? { branchId: filters.branchId } : {}) };
    dismiss.mutate(input, {
      onSuccess: () => {
        notifications.show({ message: t('dismissed'), color: 'green' });
        status.current?.focus();
      },
      onError: (error) => notifications.show({ title: t('dismissFailed'), message: describe(error), color: 'red' }),
    });
  };

  const data = gaps.data;
  return (
    <Stack gap="md">
      <GapFiltersBar value={filters} onChange={(next) => setParams(gapFiltersToParams(next), { replace: true })} />
      {gaps.error && <ErrorState error={gaps.error} />}
      {!data && !gaps.error && <Loader aria-label={t('common:loading')} />}
      {data && (
        <>
          <Text ref={status} tabIndex={-1} aria-live="polite" fw={500}>
            {t('total', { count: data.total })} · {t('period', { from: format.date(data.from), to: format.date(data.to) })}
            {data.groups.length < data.total ? ` ${t('shown', { shown: data.groups.length, total: data.total })}` : ''}
          </Text>
          {data.total === 0 && <Text>{t('empty')}</Text>}
          {data.groups.map((group) => (
            <GapCard
              key={group.id}
              group={group}
              dismissing={dismiss.isPending && dismiss.variables?.lastSeenAt === group.lastSeenAt}
              onDismiss={onDismiss}
            />
          ))}
        </>
      )}
    </Stack>
  );
}
