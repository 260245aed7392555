import { Button, Checkbox, Group, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionStats } from '../../../shared/interactions.schema.ts';
import { useSession } from '../auth/use-session.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { useFormat } from '../../ui/format.ts';
import { exportUrl } from './interactions.api.ts';
import { EMPTY_FILTERS, PeriodFilters, type PeriodFilterValues, periodQuery } from './period-filters.tsx';
import { type ChartRow, StatsChart } from './stats-chart.tsx';
import { useBranchOptionsQuery, useStatsQuery } from './use-interaction-queries.ts';

function Figure({ label, value, hint }: { label: string; value: number; hint?: string }) {
  const format = useFormat();
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700}>
        {format.number(value)}
      </Text>
      {hint && <Text size="xs">{hint}</Text>}
    </Paper>
  );
}

function useChartRows(stats: InteractionStats) {
  const { t } = useTranslation('interactions');
  const rows = <K extends string | number>(buckets: { key: K; count: number }[], label: (key: K) => string): ChartRow[] =>
    buckets.map((bucket) => ({ label: label(bucket.key), count: bucket.count }));
  return {
    channel: rows(stats.byChannel, (key) => t(`channel.${key}`)),
    need: rows(stats.byNeed, (key) => t(`need.${key}`)),
    attitude: rows(stats.byAttitude, (key) => t(`attitude.${key}`)),
    outcome: rows(stats.byOutcome, (key) => t(`outcome.${key}`)),
    effort: rows(stats.byEffort, (key) => String(key)),
    hour: rows(stats.byHour, (key) => String(key)),
    weekday: rows(stats.byWeekday, (key) => t(`stats.weekday.${key}`)),
    branch: stats.byBranch.map((branch) => ({ label: branch.name, count: branch.count })),
  };
}

function Charts({ stats }: { stats: InteractionStats }) {
  const { t } = useTranslation('interactions');
  const rows = useChartRows(stats);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <StatsChart title={t('stats.byNeed')} hint={t('stats.byNeedHint')} rows={rows.need} horizontal />
      <StatsChart title={t('stats.byChannel')} rows={rows.channel} horizontal />
      <StatsChart title={t('stats.byHour')} rows={rows.hour} />
      <StatsChart title={t('stats.byWeekday')} rows={rows.weekday} />
      <StatsChart title={t('stats.byAttitude')} rows={rows.attitude} horizontal />
      <StatsChart title={t('stats.byOutcome')} rows={rows.outcome} horizontal />
      <StatsChart title={t('stats.byEffort')} rows={rows.effort} />
      {stats.byBranch.length > 0 && <StatsChart title={t('stats.byBranch')} rows={rows.branch} horizontal />}
    </SimpleGrid>
  );
}

function Export({ filters }: { filters: PeriodFilterValues }) {
  const { t } = useTranslation('interactions');
  const [notes, setNotes] = useState(false);
  return (
    <Group gap="sm" align="center">
      <Button component="a" href={exportUrl({ ...periodQuery(filters), ...(notes ? { notes: 'true' } : {}) })} download variant="default">
        {t('stats.export')}
      </Button>
      <Checkbox label={t('stats.exportNotes')} checked={notes} onChange={(event) => setNotes(event.currentTarget.checked)} />
      <Text size="sm" c="dimmed">
        {t('stats.exportHint')}
      </Text>
    </Group>
  );
}

/** Counts for managers (their branches), admins (all) and librarians (their own), as charts with tables behind them. */
export function InteractionStatsView() {
  const { t } = useTranslation('interactions');
  const { user } = useSession();
  const format = useFormat();
  const [filters, setFilters] = useState<PeriodFilterValues>(EMPTY_FILTERS);
  const branches = useBranchOptionsQuery();
  const stats = useStatsQuery(periodQuery(filters));
  const branchOptions = (branches.data ?? []).filter((branch) => user.role === 'admin' || user.branchIds.includes(branch.id));
  return (
    <Stack>
      <PeriodFilters
        value={filters}
        onChange={setFilters}
        branches={branchOptions.map((branch) => ({ value: branch.id, label: branch.name }))}
        show={{ branch: user.role !== 'librarian', channel: false, mine: false }}
        onReset={() => setFilters(EMPTY_FILTERS)}
      />
      {stats.error && <ErrorState error={stats.error} />}
      {stats.isPending && <Loader aria-label={t('common:loading')} />}
      {stats.data && (
        <>
          <Text aria-live="polite">
            <strong>{t(`stats.scope.${stats.data.scope}`)}</strong>.{' '}
            {t('stats.period', { from: format.date(stats.data.from), to: format.date(stats.data.to) })}
          </Text>
          <Export filters={filters} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} maw={560}>
            <Figure label={t('stats.total')} value={stats.data.total} />
            <Figure label={t('stats.withoutPractice')} value={stats.data.withoutPractice} hint={t('stats.withoutPracticeHint')} />
          </SimpleGrid>
          {stats.data.total === 0 ? <Text>{t('stats.empty')}</Text> : <Charts stats={stats.data} />}
        </>
      )}
    </Stack>
  );
}
