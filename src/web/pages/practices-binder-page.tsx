import { Alert, Button, Checkbox, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Binder } from '../features/practices/binder.tsx';
import { downloadText } from '../features/practices/download.ts';
import { toListQuery } from '../features/practices/list-filters.ts';
import { PracticeFiltersPanel } from '../features/practices/practice-filters.tsx';
import { useListFilters } from '../features/practices/use-list-filters.ts';
import { useBinderQuery, useExportMutation } from '../features/practices/use-practice-queries.ts';
import { ErrorState, useErrorMessage } from '../ui/error-state.tsx';
import { PageTitle } from '../ui/page-title.tsx';

/** The most a binder holds; a bigger selection should be narrowed with the filters. */
const BINDER_LIMIT = 100;

export function PracticesBinderPage() {
  const { t } = useTranslation('practices');
  const describe = useErrorMessage();
  const { filters, update } = useListFilters();
  const [withBody, setWithBody] = useState(false);
  const list = useBinderQuery({ ...toListQuery({ ...filters, page: 1 }, BINDER_LIMIT), sort: filters.sort });
  const practices = list.data?.items ?? [];
  const ids = practices.map((practice) => practice.id);
  const exporter = useExportMutation();

  return (
    <Stack gap="md">
      <PageTitle>{t('binder.title')}</PageTitle>
      <Text className="no-print">{t('binder.intro')}</Text>
      <PracticeFiltersPanel filters={filters} onChange={update} />
      <Group className="no-print">
        <Checkbox label={t('binder.withBody')} checked={withBody} onChange={(event) => setWithBody(event.currentTarget.checked)} />
        <Button onClick={() => window.print()} disabled={list.isPending || ids.length === 0}>
          {t('binder.print')}
        </Button>
        <Button
          variant="light"
          disabled={ids.length === 0}
          loading={exporter.isPending}
          onClick={() =>
            exporter.mutate(['markdown', { ids }], { onSuccess: ({ text }) => downloadText(text, 'segregator.md', 'text/markdown') })
          }
        >
          {t('binder.markdown')}
        </Button>
      </Group>
      {exporter.error && <Alert color="red">{describe(exporter.error)}</Alert>}
      {list.error && <ErrorState error={list.error} />}
      {list.data && (
        <Text fw={600} aria-live="polite" className="no-print">
          {t('binder.count', { count: list.data.items.length })}
        </Text>
      )}
      {list.data && list.data.total > BINDER_LIMIT && (
        <Alert color="yellow" className="no-print">
          {t('binder.tooMany', { limit: BINDER_LIMIT, total: list.data.total })}
        </Alert>
      )}
      {list.isPending ? <Loader aria-label={t('common:loading')} /> : <Binder practices={practices} withBody={withBody} />}
    </Stack>
  );
}
